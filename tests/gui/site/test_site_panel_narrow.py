"""In a narrow dock the site list gives the titles room: Categories steps aside (its filter
stays above the list) and comes back when the dock is widened; Date and State stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site.detect import detect_site
from postpad.core.site.index import build_index
from postpad.gui.site.narrow_columns import CATEGORIES, DATE, STATE, title_room
from postpad.gui.site.panel import SitePanel

pytestmark = pytest.mark.gui


def _shown_at(qtbot, panel: SitePanel, width: int) -> tuple[bool, bool, bool, int]:
    """What shows when the list's viewport is ``width`` pixels wide."""
    view = panel.view
    view.setMinimumWidth(1)
    panel.setMinimumWidth(1)
    extra = panel.width() - view.viewport().width()
    panel.resize(width + extra, 400)
    qtbot.waitUntil(
        lambda: abs(view.viewport().width() - width) <= 2 or panel.width() > width + extra
    )
    qtbot.wait(20)
    hidden = tuple(view.isColumnHidden(column) for column in (DATE, STATE, CATEGORIES))
    return (*hidden, view.header().sectionSize(0))  # type: ignore[return-value]


def test_a_narrow_panel_hides_categories_for_the_titles(qtbot, hexo_root: Path) -> None:
    panel = SitePanel()
    qtbot.addWidget(panel)
    site = detect_site(hexo_root)
    panel.set_site(site)
    panel.set_index(build_index(site))
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.view.header()
    others = sum(header.sectionSize(column) for column in (DATE, STATE, CATEGORIES))
    narrow = title_room(panel.view) + others - 10  # the categories would squeeze the titles
    date, state, categories, title = _shown_at(qtbot, panel, narrow)
    assert (date, state, categories) == (False, False, True)
    assert title >= title_room(panel.view) - 12
    date, state, categories, _ = _shown_at(qtbot, panel, 700)
    assert (date, state, categories) == (False, False, False)
    assert panel.category.isVisible()  # the categories' filter is there all along
