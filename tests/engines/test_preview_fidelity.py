"""Postpad's preview renders each Markdown construct as the engine itself does.

For every construct in corpus/constructs.txt and every engine it applies to, Postpad's HTML
(`postpad.core.render.render` with that engine's profile) and the engine's own HTML (one build
per engine) are compared after normalising whitespace, attribute order and character references
(html_normalise.py). A difference is accepted only when ACCEPTED lists it with a reason; such
cases run as non-strict xfail, so a fixed one shows up as XPASS and its entry can be removed.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_harness import ENGINES
from fidelity_kit import Construct, compare, engine_snippets, load_corpus

pytestmark = pytest.mark.engines

CONSTRUCTS = load_corpus()

HIGHLIGHTER = "code is highlighted by Pygments (our chosen dependency), not by the engine's "
PLAIN_CODE = "code block wrapper differs (same text); the preview styles every code block alike"
WARNS = "deliberate: the preview shows, marked and with a warning, text the engine silently drops"
OPEN = "OPEN BUG in the render profile, reported; remove this entry when fixed: "

# (engine, construct) -> why the preview may differ from the engine. The only such list.
ACCEPTED: dict[tuple[str, str], str] = {
    ("hexo", "fenced-code"): HIGHLIGHTER + "highlight.js (token spans and line spans differ)",
    ("hexo", "fenced-code-plain"): HIGHLIGHTER + "highlight.js (Hexo wraps each line in a span)",
    ("hugo", "fenced-code"): HIGHLIGHTER + "Chroma (which writes inline colour styles)",
    ("jekyll", "fenced-code"): HIGHLIGHTER + "Rouge (its own wrapper divs and token names)",
    ("hugo", "fenced-code-plain"): PLAIN_CODE,
    ("hugo", "indented-code"): PLAIN_CODE,
    ("jekyll", "indented-code"): PLAIN_CODE + " (Rouge adds two wrapper divs)",
    ("hexo", "template-variable"): WARNS + " (Nunjucks deletes an undefined {{ name }})",
    ("jekyll", "template-variable"): WARNS + " (Liquid prints an undefined {{ name }} as nothing)",
    ("hugo", "raw-html-block"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("hugo", "raw-html-inline"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("hexo", "html-comment"): "invisible either way: Hexo turns <!-- more --> into an empty "
    '<span id="more">, the preview keeps the comment',
    ("jekyll", "emphasis-cjk"): "kramdown closes **…：** before a CJK letter; CommonMark's "
    "flanking rule (markdown-it, Hexo, Hugo) does not, and the preview follows CommonMark",
    ("hexo", "table"): OPEN + 'marked writes align="left", the preview style="text-align:left"',
    ("hexo", "task-list"): OPEN + "marked writes a bare <ul><li><input>, the preview adds "
    "task-list classes (its CSS then hides the bullets Hexo shows)",
    ("hexo", "indented-code"): OPEN + "Hexo highlights fenced code only; indented code stays "
    "<pre><code>, the preview draws a figure with line numbers",
    ("hugo", "smart-quotes-cjk"): OPEN + "Goldmark turns '单引号' after 。 into ‘…’, the preview "
    "leaves the opening quote straight",
    ("hugo", "task-list"): OPEN + "the checkbox is replaced by the raw-HTML-omitted marker",
    ("hugo", "footnotes"): OPEN + "Goldmark writes 1 (not [1]) with fn:1 ids and a "
    'div.footnotes role="doc-endnotes"',
    ("hugo", "html-comment"): OPEN + "Goldmark drops an HTML comment silently (<!--more--> is "
    "Hugo's summary divider), the preview shows the raw-HTML-omitted marker",
    ("jekyll", "smart-quotes-cjk"): OPEN + "kramdown turns CJK-adjacent quotes into ”…” and ’…’, "
    "the preview leaves them straight",
    ("jekyll", "strikethrough"): OPEN + "kramdown writes <del>, the preview <s>",
    ("jekyll", "task-list"): OPEN + "kramdown writes ul.task-list and no space after the box",
    ("jekyll", "footnotes"): OPEN + "kramdown writes 1 (not [1]), fn:1 ids, div.footnotes, ↩",
    ("jekyll", "inline-code"): OPEN + "Liquid runs before Markdown, so {{ page.title }} inside "
    "a code span is replaced; also Rouge's class on inline code",
    ("jekyll", "fenced-code-plain"): OPEN + "Liquid empties {{ … }} inside fenced code too; "
    "also Rouge's wrapper divs",
    ("hexo", "raw-tag"): OPEN + "{% raw %}…{% endraw %} keeps {{ name }} literally, the preview "
    "marks it as deleted (Hexo also drops the <p> around a line starting with {% raw %})",
    ("jekyll", "raw-tag"): OPEN + "{% raw %}…{% endraw %} keeps {{ name }} literally, the "
    "preview marks it as Liquid output",
    ("hugo", "smart-quotes-positions"): OPEN + "Goldmark decides each quote alone (no pairing): "
    "an opening quote at the start stays “ even unclosed, '90s gets ’. Note its count of unclosed "
    "quotes also carries across paragraphs, which a block-wise preview cannot follow",
    ("jekyll", "smart-quotes-positions"): OPEN + "kramdown, like Hexo's smartypants, opens a "
    "quote only after a space or ([{ and closes every other one",
    ("hugo", "html-comment-inline"): OPEN + "Goldmark drops an inline HTML comment silently, the "
    "preview shows the raw-HTML-omitted marker",
    ("hugo", "footnotes-repeated"): OPEN + "Goldmark: fnref:1 then fnref1:1, one ↩ per reference",
    ("jekyll", "footnotes-repeated"): OPEN + "kramdown: ids named after the label (fn:a), "
    "fnref:a:1 and ↩<sup>2</sup> for a second reference",
}


def cases() -> list[object]:
    params = []
    for construct in CONSTRUCTS:
        for engine in sorted(construct.engines):
            reason = ACCEPTED.get((engine, construct.name))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            params.append(
                pytest.param(engine, construct, id=f"{engine}-{construct.name}", marks=marks)
            )
    return params


@pytest.fixture(scope="module")
def engine_html(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, str | None]]:
    """Per engine: its own HTML for every construct, from one build (cached for the module)."""
    built: dict[str, dict[str, str | None]] = {}

    def get(name: str) -> dict[str, str | None]:
        reason = ENGINES[name].unavailable()
        if reason:
            pytest.skip(f"{name}: {reason}")
        if name not in built:
            where: Path = tmp_path_factory.mktemp(f"fidelity-{name}")
            built[name] = engine_snippets(name, CONSTRUCTS, where)
        return built[name]

    return get


def test_accepted_table_names_real_cases() -> None:
    known = {(engine, c.name) for c in CONSTRUCTS for engine in c.engines}
    assert set(ACCEPTED) <= known, set(ACCEPTED) - known
    assert all(reason.strip() for reason in ACCEPTED.values())


@pytest.mark.parametrize(("engine", "construct"), cases())
def test_preview_matches_engine(
    engine: str, construct: Construct, engine_html: Callable[[str], dict[str, str | None]]
) -> None:
    [result] = compare(engine, engine_html(engine), [construct])
    assert result.engine_html is not None, f"{engine} did not render {construct.name}"
    if not result.identical:
        diff = difflib.unified_diff(
            result.engine_html.splitlines(),
            result.postpad.splitlines(),
            f"{engine} (engine)",
            "postpad preview",
            lineterm="",
        )
        pytest.fail(f"{construct.name}: preview differs from {engine}\n" + "\n".join(diff))
