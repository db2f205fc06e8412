"""Every row of the site list is as tall as a Chinese title needs, whichever post sorts first.

The list has uniform row heights (thousands of posts), which Qt takes from the first row: a new
post with an English title at the top cramped every Chinese title below it (their glyphs
touched, 14 px rows instead of 18 here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from postpad.core.site.detect import detect_site
from postpad.core.site.index import build_index
from postpad.gui.site.panel import SitePanel

pytestmark = pytest.mark.gui

CHINESE = "图集"


def _hugo_site(root: Path) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text("title = 'x'\n", encoding="utf-8")
    posts = {"new.md": ("Hello World", "2026-12-06"), "old.md": (CHINESE, "2024-06-03")}
    for name, (title, date) in posts.items():
        text = f"---\ntitle: {title}\ndate: {date}\n---\n\nbody\n"
        (root / "content" / "posts" / name).write_text(text, encoding="utf-8")
    return root


def _alone_height(qtbot, panel: SitePanel) -> int:
    """The row height a plain list in the same font gives the Chinese title on its own."""
    model = QStandardItemModel(0, 1)
    model.appendRow(QStandardItem(CHINESE))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setFont(panel.view.font())
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    return view.visualRect(model.index(0, 0)).height()


def test_chinese_rows_are_not_cramped_under_an_english_first_row(qtbot, tmp_path: Path) -> None:
    site = detect_site(_hugo_site(tmp_path / "blog"))
    assert site is not None
    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_site(site)
    panel.set_index(build_index(site))
    panel.show()
    qtbot.waitExposed(panel)
    proxy = panel.proxy
    titles = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert titles == ["Hello World", CHINESE]  # newest first: the English title leads
    chinese_row = panel.view.visualRect(proxy.index(1, 0)).height()
    assert chinese_row >= _alone_height(qtbot, panel)
