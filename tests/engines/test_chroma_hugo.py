"""The Chroma fixture cases (tests/fixtures/render/hugo_chroma.md) are what real Hugo writes.

Each case is built by Hugo 0.168 with its own ``[markup.highlight]`` settings; the body Hugo
publishes must equal the fixture's expected HTML, which the preview is tested against in
tests/core/render/test_render_chroma.py (decision 0165). Hugo writes no newline after a code
block; the fixture keeps one after each block (the fixture format), so those are compared out.
Also: Hugo writes nothing for a shortcode it removed (gist), as the preview does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engine_harness import ENGINES

from fixture_cases import read_raw_cases

pytestmark = pytest.mark.engines

FIXTURE = Path(__file__).parents[1] / "fixtures" / "render" / "hugo_chroma.md"
CASES = read_raw_cases(FIXTURE)
BLOCK_END = re.compile(r"(</div>|</pre>)\n")


def _toml(settings: str) -> str:
    lines = ["", "[markup.highlight]"]
    for pair in settings.split():
        key, value = pair.split("=", 1)
        plain = value in ("true", "false") or value.isdigit()
        lines.append(f"  {key} = {value}" if plain else f'  {key} = "{value}"')
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [pytest.param(s, e, id=f"{line}:{title[:40]}") for line, title, s, e in CASES],
)
def test_fixture_is_what_hugo_writes(tmp_path: Path, source: str, expected: str) -> None:
    engine = ENGINES["hugo"]
    reason = engine.unavailable()
    if reason:
        pytest.skip(reason)
    settings, markdown = source.split("\n", 1)
    site = engine.new_site(tmp_path)
    config = site / "hugo.toml"
    config.write_text(config.read_text(encoding="utf-8") + _toml(settings), encoding="utf-8")
    page = site / engine.posts_dir / "code.md"
    page.write_text(f'+++\ntitle = "code"\ndate = 2024-06-01\n+++\n{markdown}', "utf-8")
    result = engine.build(site, "UTC")
    assert result.returncode == 0, result.log
    body = next(post.body_html for post in result.posts.values() if post.title == "code")
    assert BLOCK_END.sub(r"\1", body).strip() == BLOCK_END.sub(r"\1", expected).strip()


def test_hugo_writes_nothing_for_a_removed_shortcode_and_fails(tmp_path: Path) -> None:
    """What tests/core/render/test_hugo_removed_shortcodes.py expects of the preview."""
    engine = ENGINES["hugo"]
    reason = engine.unavailable()
    if reason:
        pytest.skip(reason)
    site = engine.new_site(tmp_path)
    page = site / engine.posts_dir / "gist.md"
    text = "前文\n\n{{< gist KaeruCT 6488745 >}}\n\n后文\n"
    page.write_text(f'+++\ntitle = "gist"\ndate = 2024-06-01\n+++\n{text}', "utf-8")
    result = engine.build(site, "UTC")
    assert result.returncode != 0
    assert "removed in v0.156.0" in result.log
    body = next(post.body_html for post in result.posts.values() if post.title == "gist")
    assert body.replace("\n", "") == "<p>前文</p><p>后文</p>"
