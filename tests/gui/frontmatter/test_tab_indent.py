"""The form reads a tab-indented header as the post's engine does (decision 0221): fields for
Hexo (hexo-front-matter turns leading tabs into spaces), the parse-error banner at the tab for
Hugo and Jekyll, whose builds refuse the header (Hugo stops, Jekyll drops the front matter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from postpad.gui import i18n

pytestmark = pytest.mark.gui

TAB_LIST = "---\ntitle: 骑行\ntags:\n\t- 江南\n\t- 骑行\n---\n正文\n"


def test_hexo_shows_the_fields(make_panel) -> None:
    _editor, panel = make_panel(TAB_LIST, "hexo", None)
    assert panel.error() is None
    assert panel.row("tags") is not None


@pytest.mark.parametrize("engine", ["hugo", "jekyll"])
def test_hugo_and_jekyll_show_where_the_engine_stops(make_panel, engine: str) -> None:
    _editor, panel = make_panel(TAB_LIST, engine, None)
    error = panel.error()
    assert error is not None
    assert (error.line, error.column) == (4, 1)
    assert "line 4" in panel.error_label.text()


def test_the_banner_speaks_chinese(make_panel, qapp) -> None:
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, panel = make_panel(TAB_LIST, "hugo", None)
        panel.set_language("zh_CN")
        text = panel.error_label.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "tab character" not in text
    assert "制表符" in text
