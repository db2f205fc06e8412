"""The form fits its pane in the real window at 1600x1000 with the Site panel open (issue 12).

tests/gui/frontmatter/test_narrow_pane.py lays the panel out alone at fixed widths; this one takes
the width the window's own layout gives the form (first-run pane sizes, the Site dock beside
them), where the issue saw "Several ca", a few characters of top_img and a sideways scrollbar.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QScrollArea,
    QWidget,
)

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
POST = (
    "---\ntitle: 江南梅雨季的一次短途骑行与运河边的早晨\ndate: 2025/6/7 09:30:00\n"
    "categories:\n  - [骑行日记, 江南]\n  - 随笔\ntags:\n  - 骑行\n  - 江南\n"
    "top_img: 'linear-gradient(to right, #fbc2eb 0%, #a6c1ee 100%)'\ncover: \n"
    "description: 趁着梅雨的间隙，沿着运河骑了四十公里。\n---\n\n"
    "&ensp;&ensp;&ensp;&ensp;梅雨季的江南，天总是灰蒙蒙的。\n"
)


@pytest.fixture
def butterfly_post(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    shutil.copytree(SITES / "hexo-butterfly", root)
    post = root / "source" / "_posts" / "meiyu-ride.md"
    post.write_text(POST, encoding="utf-8")
    return post


def _visible_parts(row: QWidget) -> list[QWidget]:
    return [w for w in row.findChildren(QWidget) if w.isVisible() and w.width() > 0]


def test_form_fits_beside_the_site_panel_at_1600(qtbot, main_window, butterfly_post) -> None:
    main_window.resize(1600, 1000)
    tab = main_window.open_paths([butterfly_post])[0]
    dock = main_window.findChild(QDockWidget, "siteDock")
    qtbot.waitUntil(dock.isVisible, timeout=10000)  # a post inside a blog: the Site panel shows
    qtbot.waitUntil(lambda: tab.form.row("top_img") is not None, timeout=10000)
    for _ in range(5):  # rows reflow to the width, which settles in a couple of passes
        QApplication.processEvents()
    scroll = tab.form.findChild(QScrollArea)
    viewport = scroll.viewport()
    assert not scroll.horizontalScrollBar().isVisible()
    right = viewport.width()
    assert right >= 240, right  # the pane is not squeezed to nothing by the docks
    for row in tab.form.rows():
        for part in _visible_parts(row):
            edge = part.mapTo(viewport, QPoint(part.width(), 0)).x()
            assert edge <= right, (row.key, type(part).__name__, edge, right)
            if isinstance(part, QAbstractButton) and part.text():  # radios, Browse…, Now
                assert part.width() >= part.sizeHint().width(), (row.key, part.text())
            if isinstance(part, QLabel) and part.objectName() == "fieldKey":
                assert part.width() >= part.sizeHint().width(), row.key  # keys are not cut
    several = tab.form.row("categories").editor.several
    assert several.width() >= several.sizeHint().width()  # "Several categories", not "Several ca"
