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
OPEN = "OPEN in the render profile, reported; remove this entry when fixed: "
MARKED_URL = OPEN + "hexo-renderer-marked passes hrefs through hexo-util encodeURL, which writes "
MARKED_URL += "https://example.com as https://example.com/ (and percent-encodes non-ASCII paths)"
ROUGE_INLINE = OPEN + "kramdown with Rouge gives inline code "
ROUGE_INLINE += 'class="language-plaintext highlighter-rouge" (Jekyll themes style that class)'
LIQUID_IN_CODE = "deliberate: Liquid runs before Markdown, even inside code; the preview marks the "

# (engine, construct) -> why the preview may differ from the engine. The only such list.
ACCEPTED: dict[tuple[str, str], str] = {
    ("hexo", "fenced-code"): HIGHLIGHTER + "highlight.js (token spans and line spans differ)",
    ("hexo", "fenced-code-plain"): HIGHLIGHTER + "highlight.js (Hexo wraps each line in a span)",
    ("hugo", "fenced-code"): HIGHLIGHTER + "Chroma (which writes inline colour styles)",
    ("jekyll", "fenced-code"): HIGHLIGHTER + "Rouge (its own wrapper divs and token names)",
    ("hugo", "fenced-code-plain"): PLAIN_CODE + ' (Hugo: <pre tabindex="0">)',
    ("jekyll", "indented-code"): PLAIN_CODE + " (Rouge adds two wrapper divs)",
    ("hexo", "template-variable"): WARNS + " (Nunjucks deletes an undefined {{ name }})",
    ("jekyll", "template-variable"): WARNS + " (Liquid prints an undefined {{ name }} as nothing)",
    ("hugo", "raw-html-block"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("hugo", "raw-html-inline"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("jekyll", "inline-code"): LIQUID_IN_CODE + "{{ … }} it will replace (the value depends on "
    "the site: here the page title); also Rouge's class on inline code",
    ("jekyll", "fenced-code-plain"): LIQUID_IN_CODE + "{{ … }} it will empty; also Rouge's "
    "wrapper divs",
    ("jekyll", "emphasis-cjk"): "kramdown closes **…：** before a CJK letter; CommonMark's "
    "flanking rule (markdown-it, Hexo, Hugo) does not, and the preview follows CommonMark",
    ("hexo", "raw-tag"): OPEN + "same text, but Hexo wraps no <p> around a paragraph that "
    "starts with a tag such as {% raw %} (its placeholder reads as an HTML block to marked)",
    ("hexo", "www-autolink"): MARKED_URL,
    ("hexo", "ordered-list-start"): MARKED_URL,
    ("hexo", "table-inline-markup"): MARKED_URL,
    ("hexo", "image-in-link"): MARKED_URL,
    ("hugo", "www-autolink"): OPEN + "Goldmark's linkify writes www.… as https:// (Hugo's "
    "linkifyProtocol default), the preview as http://",
    ("hugo", "inline-html-br-kbd"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("jekyll", "heading-with-inline-markup"): ROUGE_INLINE,
    ("jekyll", "table-inline-markup"): ROUGE_INLINE,
    ("jekyll", "ordered-list-start"): OPEN + "kramdown ignores the start number of a list (no "
    'start="3": the blog shows 1, 2), also ' + ROUGE_INLINE.removeprefix(OPEN),
    ("hexo", "hexo-tag-blockquote-source"): OPEN + "{% blockquote author url title %} gives "
    "<strong>author</strong><cite><a href=url>title</a></cite>; the preview puts the title in "
    "<strong> and the URL as text",
    ("hexo", "hexo-tag-pullquote"): OPEN + "{% pullquote right %}: the argument is a class "
    "(blockquote.pullquote.right), not an author footer",
    ("hexo", "hexo-tag-codeblock"): OPEN + "{% codeblock 示例 lang:python %} has "
    "<figcaption><span>示例</span></figcaption>; also " + HIGHLIGHTER + "highlight.js",
    ("hexo", "hexo-tag-img"): OPEN + "{% img src 200 100 \"title 'alt'\" %}: width, height, "
    'title and alt parsed apart, class=""; and a line starting with a tag is not wrapped in <p> '
    "(Hexo's placeholder reads as an HTML block to marked)",
    ("hexo", "hexo-tag-link"): OPEN + '{% link text url title %}: title="…" target="" and no <p> '
    "around a line starting with a tag",
    ("hexo", "hexo-tag-line-start"): OPEN + "a paragraph that starts with a tag becomes an HTML "
    "block in marked: no <p>, and the rest of its line is not Markdown (**粗体** stays literal)",
    ("hugo", "hugo-shortcode-figure"): OPEN + "Hugo's built-in figure shortcode gives <figure><img>"
    "<figcaption><h4>title</h4></figcaption></figure>; the preview shows the shortcode as a chip",
    ("hugo", "hugo-shortcode-details"): 'same content; the preview adds class="pp-shortcode" to '
    "the <details> it draws for the built-in shortcode",
    ("hugo", "hugo-shortcode-highlight"): HIGHLIGHTER + "Chroma (inline colour styles)",
    ("hugo", "hugo-shortcode-escaped"): OPEN + "{{</* figure */>}} is Hugo's escape: it prints "
    "{{< figure >}} as text; the preview shows the escaped form as a shortcode chip",
    ("jekyll", "jekyll-liquid-highlight"): HIGHLIGHTER + "Rouge (Jekyll wraps the tag's output "
    'in <figure class="highlight">)',
    ("jekyll", "jekyll-liquid-comment"): OPEN + "Liquid drops {% comment %}…{% endcomment %} with "
    "its text; the preview marks the two tags but shows the text as ordinary prose",
    ("jekyll", "jekyll-liquid-assign"): "Liquid is not evaluated in the preview: its tags and "
    "outputs are marked where the blog shows their result (你好，世界！)",
    ("jekyll", "kramdown-attribute-list"): OPEN + "kramdown's block attribute list {: .note} sets "
    'class="note" on the paragraph; the preview prints it as text',
    ("jekyll", "kramdown-toc"): OPEN + "kramdown replaces a list item followed by {:toc} with the "
    "table of contents (ul#markdown-toc); the preview prints it as text",
    ("hugo", "smart-quotes-positions"): "Goldmark's count of unclosed quotes carries across "
    'paragraphs (an unclosed “ in one lets a later end." close); the preview renders each block '
    "on its own (incremental rendering), so that one quote stays straight",
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
