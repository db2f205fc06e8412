"""A header Postpad's YAML reader refuses and the engine reads: the read-only form shows every
field as the engine reads it, the row holding the error line marked (decision 0249); before,
only the fields above the error were shown (decision 0201)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from postpad.gui import i18n
from postpad.gui.frontmatter.editors.chips import TagsEditor

pytestmark = pytest.mark.gui

HUGO_TAB = "---\ntitle: 骑行\np:\n  \tq: 1\ntags: [江南, 单车]\ndraft: true\n---\n正文\n"
JEKYLL_TWICE = (
    "---\ntitle: 骑行\ntags: [a]\nlayout: post\ntags: [江南, 单车]\nsummary: 好\n---\n正文\n"
)


def test_hugo_reads_past_the_tab_and_the_form_shows_it_all(make_panel) -> None:
    editor, panel = make_panel(HUGO_TAB, "hugo", None)
    assert [row.key for row in panel.rows()] == ["title", "p", "tags", "draft"]
    assert panel.fields()["p"] == {"q": 1}
    tags = panel.row("tags")
    assert tags is not None
    assert isinstance(tags.editor, TagsEditor)
    assert tags.editor.value() == ["江南", "单车"]
    assert not panel.form_body.isEnabled()
    assert not panel.add_field("date")
    marked = panel.row("p")
    assert marked is not None
    assert marked.hint.text().startswith("⚠ Line 4, column 3: Postpad's YAML reader stops here")
    assert marked.hint.text().endswith("stops here; Hugo reads it.")
    assert not marked.hint.isHidden()
    assert all(not row.hint.text() for row in panel.rows() if row.key != "p")
    banner = panel.error_label.text()
    assert "it shows the fields as Hugo reads them, the one at line 4 marked" in banner
    assert "above line" not in banner
    assert panel.raw_view.toPlainText().startswith("title: 骑行\np:\n  \tq: 1")
    assert editor.toPlainText() == HUGO_TAB


def test_jekyll_keeps_the_last_value_of_a_key_written_twice(make_panel) -> None:
    editor, panel = make_panel(JEKYLL_TWICE, "jekyll", None)
    assert [row.key for row in panel.rows()] == ["title", "tags", "layout", "summary"]
    assert panel.fields()["tags"] == ["江南", "单车"]
    marked = panel.row("tags")
    assert marked is not None
    assert marked.hint.text().startswith("⚠ Line 5, column 1:")
    assert editor.toPlainText() == JEKYLL_TWICE


def test_an_engine_that_refuses_it_still_gets_only_the_fields_above(make_panel) -> None:
    _editor, panel = make_panel(JEKYLL_TWICE, "hugo", None)  # go-yaml stops at a key twice
    assert [row.key for row in panel.rows()] == ["title", "tags", "layout"]
    assert "it shows the fields above line 5" in panel.error_label.text()
    assert all(not row.hint.text() for row in panel.rows())


def test_the_mark_goes_when_the_header_parses_again(make_panel) -> None:
    editor, panel = make_panel(HUGO_TAB, "hugo", None)
    editor.setPlainText(HUGO_TAB.replace("  \tq", "  q"))
    assert panel.error() is None
    assert panel.form_body.isEnabled()
    row = panel.row("p")
    assert row is not None
    assert row.hint.text() == ""


def test_the_engine_switched_to_one_that_refuses(make_panel) -> None:
    _editor, panel = make_panel(HUGO_TAB, "hugo", None)
    panel.set_schema("jekyll", None)  # Psych refuses the tab after spaces
    assert [row.key for row in panel.rows()] == ["title"]
    assert all(not row.hint.text() for row in panel.rows())


def test_in_chinese(make_panel, qapp) -> None:
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, panel = make_panel(HUGO_TAB, "hugo", None)
        panel.set_language("zh_CN")
        banner = panel.error_label.text()
        row = panel.row("p")
        assert row is not None
        hint = row.hint.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "按 Hugo 读到的样子显示全部字段，第 4 行所在的字段已标出" in banner
    assert hint.startswith("⚠ 第 4 行第 3 列")
    assert "Hugo 能读" in hint
