"""The form on TOML and JSON headers, dates with offsets, emoji titles, big files."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from postpad.gui.frontmatter import document_header
from postpad.gui.frontmatter.editors.boolean import BoolEditor
from postpad.gui.frontmatter.editors.chips import TagsEditor
from postpad.gui.frontmatter.editors.dates import DateEditor
from postpad.gui.frontmatter.editors.nested import NestedEditor
from postpad.gui.frontmatter.editors.number import NumberEditor

HUGO_TOML = """+++
title = "Hugo 文章"
date = 2024-06-01T13:05:09+08:00
draft = true
weight = 3
tags = ["a", "b"]

[params]
cover = "c.png"
+++
正文
"""


def test_hugo_toml_rows_and_date_keeps_its_offset(make_panel) -> None:
    editor, panel = make_panel(HUGO_TOML, engine="hugo", theme=None)
    kinds = {row.key: type(row.editor) for row in panel.rows()}
    assert kinds == {
        "title": kinds["title"],
        "date": DateEditor,
        "draft": BoolEditor,
        "weight": NumberEditor,
        "tags": TagsEditor,
        "params": NestedEditor,
    }
    date = panel.row("date")
    assert date is not None
    assert isinstance(date.editor, DateEditor)
    assert date.editor.picker.displayFormat() == "yyyy-MM-dd'T'HH:mm:ss'+08:00'"  # 0248
    date.editor.picker.setDateTime(QDateTime(QDate(2024, 7, 2), QTime(8, 30, 0), QTimeZone.utc()))
    assert "date = 2024-07-02T08:30:00+08:00\n" in editor.toPlainText()
    assert editor.toPlainText().replace("2024-07-02T08:30:00", "2024-06-01T13:05:09") == HUGO_TOML


def test_raw_view_shows_toml_and_nested_leaf_edits(make_panel) -> None:
    editor, panel = make_panel(HUGO_TOML, engine="hugo", theme=None)
    assert panel.raw_view.toPlainText().startswith('title = "Hugo 文章"')
    row = panel.row("params")
    assert row is not None
    assert isinstance(row.editor, NestedEditor)
    row.editor.set_leaf(("cover",), "d.png")
    assert 'cover = "d.png"' in editor.toPlainText()
    assert panel.fields()["params"] == {"cover": "d.png"}


def test_json_header(make_panel) -> None:
    text = '{\n  "title": "JSON",\n  "draft": false\n}\nbody\n'
    editor, panel = make_panel(text, engine="hugo", theme=None)
    assert [row.key for row in panel.rows()] == ["title", "draft"]
    panel.apply_field("draft", True)
    assert editor.toPlainText() == '{\n  "title": "JSON",\n  "draft": true\n}\nbody\n'


def test_astral_characters_before_the_edit_keep_positions_right(make_panel) -> None:
    text = "---\ntitle: 😀 表情 𠀀\ncomments: true\n---\nbody 😀\n"
    editor, panel = make_panel(text)
    panel.apply_field("comments", False)
    assert editor.toPlainText() == text.replace("comments: true", "comments: false")


def test_big_body_is_not_read_for_the_header(make_panel) -> None:
    body = "一段正文。\n" * 400_000  # ~2.4 M characters
    text = "---\ntitle: 大文件\n---\n" + body
    editor, panel = make_panel(text)
    snapshot = document_header.read(editor.document())
    assert len(snapshot.prefix) < document_header.PREFIX_CHARS + 100
    assert not snapshot.complete
    panel.apply_field("title", "还是大文件")
    assert editor.document().characterCount() - 1 == len(text) + 2
    assert panel.fields()["title"] == "还是大文件"


def test_unclosed_header_longer_than_the_prefix_is_found(make_panel) -> None:
    long_text = "".join(f"  第{i}行说明文字。\n" for i in range(8_000))  # ~100 K characters
    text = "---\ntitle: 长\ndescription: |\n" + long_text + "---\nbody\n"
    _editor, panel = make_panel(text)
    assert str(panel.fields()["description"]).count("\n") == 8_000
