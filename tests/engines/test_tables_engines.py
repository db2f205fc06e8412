"""``postpad fmt --tables`` changes no engine's output: the real Hexo, Hugo and Jekyll render every
corpus post that has a table, and every formatter fixture, identically before and after
formatting (decision 0120). For Jekyll the formatter leaves alone what kramdown does not read as a
table (a table straight after a heading, or followed by a line without a pipe)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engine_harness import ENGINES
from markdown_it.utils import read_fixture_file

from conftest import require_engine
from postpad.core.frontmatter.split import split_front_matter
from postpad.core.text.tables import find_tables, format_tables
from postpad.core.textfile import read_text_file

pytestmark = pytest.mark.engines

ROOT = Path(__file__).parents[1]
#: template calls that need the post's own site (shortcodes, theme tags) are not what is compared
_TEMPLATES = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)


def _bodies() -> dict[str, str]:
    bodies = {}
    for path in sorted((ROOT / "corpus").rglob("*.md")):
        try:
            text = read_text_file(path).text
        except Exception:  # legacy-encoded or binary corpus files are other tests' business
            continue
        if find_tables(text):
            bodies[str(path.relative_to(ROOT))] = split_front_matter(text).body
    fixture = ROOT / "fixtures" / "text" / "tables.md"
    for line, title, source, _ in read_fixture_file(fixture):
        bodies[f"fixture {line}: {title}"] = split_front_matter(source).body
    return {name: _TEMPLATES.sub("", body) for name, body in bodies.items()}


@pytest.mark.parametrize("engine", ["hexo", "hugo", "jekyll"])
def test_formatting_tables_changes_no_rendered_byte(engine: str, tmp_path: Path) -> None:
    require_engine(engine)
    bodies = _bodies()
    flavour = "kramdown" if engine == "jekyll" else "gfm"
    changed = {name: format_tables(body, flavour) for name, body in bodies.items()}
    assert sum(changed[name] != bodies[name] for name in bodies) >= 12  # real work was done
    snippets = {f"{n}@old": b for n, b in bodies.items()} | {
        f"{n}@new": b for n, b in changed.items()
    }
    html = ENGINES[engine].render_snippets(snippets, tmp_path)
    compared = [name for name in bodies if html[f"{name}@old"] is not None]
    assert len(compared) >= 30
    different = [name for name in compared if html[f"{name}@old"] != html[f"{name}@new"]]
    assert different == []
