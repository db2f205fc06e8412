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
WARNS = "deliberate: the preview shows, marked and with a warning, text the engine silently drops"
OPEN = "OPEN in the render profile, reported; remove this entry when fixed: "
LIQUID_IN_CODE = "deliberate: Liquid runs before Markdown, even inside code; the preview marks the "

# (engine, construct) -> why the preview may differ from the engine. The only such list.
ACCEPTED: dict[tuple[str, str], str] = {
    ("hexo", "fenced-code"): HIGHLIGHTER + "highlight.js (token classes differ)",
    ("hexo", "template-variable"): WARNS + " (Nunjucks deletes an undefined {{ name }})",
    ("jekyll", "template-variable"): WARNS + " (Liquid prints an undefined {{ name }} as nothing)",
    ("hugo", "raw-html-block"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("hugo", "raw-html-inline"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("jekyll", "inline-code"): LIQUID_IN_CODE + "{{ … }} it will replace (the value depends on "
    "the site: here the page title)",
    ("jekyll", "fenced-code-plain"): LIQUID_IN_CODE + "{{ … }} it will empty",
    ("hugo", "inline-html-br-kbd"): WARNS + " (Goldmark replaces raw HTML with a comment)",
    ("jekyll", "jekyll-liquid-assign"): "Liquid is not evaluated in the preview: its tags and "
    "outputs are marked where the blog shows their result (你好，世界！)",
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
