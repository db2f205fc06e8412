"""A site's template opened in the window is not a broken post (decisions 0250, 0258): its
``{{ … }}`` header is in neither the Problems count nor the list, as ``postpad check`` skips it;
the same header in a post is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.gui.render_warnings import RENDER_PROBLEMS
from postpad.gui.render_warnings.tracker import problems_for

pytestmark = pytest.mark.gui

SCAFFOLD = "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n\n正文\n"


def _hexo(root: Path) -> Path:
    (root / "scaffolds").mkdir(parents=True)
    (root / "source" / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (root / "package.json").write_text('{"dependencies": {"hexo": "8.1.2"}}', encoding="utf-8")
    (root / "scaffolds" / "post.md").write_text(SCAFFOLD, encoding="utf-8")
    (root / "source" / "_posts" / "p.md").write_text(SCAFFOLD, encoding="utf-8")
    return root


def _codes(tab, qtbot) -> list[tuple[str, str]]:
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=15000)
    problems = problems_for(tab)
    problems.refresh()
    return [(f.code, f.severity) for f in problems.findings]


def test_a_scaffold_has_no_header_problem(main_window, tmp_path, qtbot) -> None:
    root = _hexo(tmp_path / "blog")
    (post,) = main_window.open_paths([root / "source" / "_posts" / "p.md"])
    assert _codes(post, qtbot) == [("front-matter-parse", "error")]
    (scaffold,) = main_window.open_paths([root / "scaffolds" / "post.md"])
    assert _codes(scaffold, qtbot) == []
    feature = main_window.features.require(RENDER_PROBLEMS)
    assert feature.problems() is problems_for(scaffold)
    assert not feature.button.isVisible()
