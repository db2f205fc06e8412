"""The form panel on the editor's document: rows, minimal patches, undo, raw view, errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from postpad.core.frontmatter import WrittenDate
from postpad.gui.frontmatter.editors.boolean import BoolEditor
from postpad.gui.frontmatter.editors.categories import CategoriesEditor
from postpad.gui.frontmatter.editors.chips import TagsEditor
from postpad.gui.frontmatter.editors.dates import DateEditor
from postpad.gui.frontmatter.editors.image import DEFAULT, IMAGE, NONE, ImageEditor
from postpad.gui.frontmatter.editors.text import TextEditor


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.split("\n"), after.split("\n")
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def test_rows_follow_the_file_order_with_typed_widgets(make_panel, post_text) -> None:
    _editor, panel = make_panel(post_text)
    assert [row.key for row in panel.rows()] == [
        "title",
        "date",
        "categories",
        "top_img",
        "comments",
        "cover",
        "copyright_author",
    ]
    kinds = {row.key: type(row.editor) for row in panel.rows()}
    assert kinds["title"] is TextEditor
    assert kinds["date"] is DateEditor
    assert kinds["categories"] is CategoriesEditor
    assert kinds["top_img"] is ImageEditor
    assert kinds["comments"] is BoolEditor
    assert kinds["cover"] is ImageEditor
    assert kinds["copyright_author"] is TextEditor
    cover = panel.row("cover")
    assert cover is not None
    assert isinstance(cover.editor, ImageEditor)
    assert cover.editor.current_mode() == DEFAULT
    top_img = panel.row("top_img")
    assert top_img is not None
    assert isinstance(top_img.editor, ImageEditor)
    assert top_img.editor.path.text() == "linear-gradient(45deg, #1e3c72, #2a5298, #6dd5ed)"
    assert "Empty: a random theme default cover" in cover.label.toolTip()


def test_chinese_help_follows_the_ui_language(make_panel, post_text) -> None:
    _editor, panel = make_panel(post_text)
    panel.set_language("zh_CN")
    cover = panel.row("cover")
    assert cover is not None
    assert "主题默认封面" in cover.label.toolTip()


def test_title_edit_changes_only_the_title_line(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)
    title = panel.row("title")
    assert title is not None
    assert isinstance(title.editor, TextEditor)
    title.editor.line.setText("新标题: 副标题")
    title.editor.commit()
    after = editor.toPlainText()
    assert changed_lines(post_text, after) == [
        ("title: 2025年第1季度读书笔记 关于长期主义", "title: '新标题: 副标题'")
    ]
    assert "\ncover: \n" in after  # the trailing space survives
    assert panel.fields()["title"] == "新标题: 副标题"


def test_ctrl_z_after_a_form_edit_restores_the_exact_text(make_panel, post_text, qtbot) -> None:
    editor, panel = make_panel(post_text)
    panel.apply_field("title", "改过的标题")
    panel.apply_field("comments", False)
    assert editor.toPlainText() != post_text
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor, Qt.Key.Key_Z, ctrl)
    assert "comments: true" in editor.toPlainText()
    assert "title: 改过的标题\n" in editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Z, ctrl)
    assert editor.toPlainText() == post_text
    assert panel.fields()["title"] == "2025年第1季度读书笔记 关于长期主义"
    editor.redo()
    assert "title: 改过的标题\n" in editor.toPlainText()


def test_date_edit_keeps_the_written_layout(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, DateEditor)
    assert row.editor.picker.displayFormat() == "yyyy/M/d"
    assert row.editor.picker.text() == "2025/3/9"
    row.editor.picker.setDate(QDate(2025, 12, 1))
    assert changed_lines(post_text, editor.toPlainText()) == [("date: 2025/3/9", "date: 2025/12/1")]
    value = panel.fields()["date"]
    assert isinstance(value, WrittenDate)
    assert value.value == dt.date(2025, 12, 1)


def test_cover_tri_state_writes_empty_false_or_path(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)

    def cover_editor() -> ImageEditor:
        row = panel.row("cover")
        assert row is not None
        assert isinstance(row.editor, ImageEditor)
        return row.editor

    cover_editor().set_mode(NONE)
    assert changed_lines(post_text, editor.toPlainText()) == [("cover: ", "cover: false")]
    cover_editor().set_mode(IMAGE)
    cover_editor().set_path("images/cover.png")
    assert changed_lines(post_text, editor.toPlainText()) == [
        ("cover: ", "cover: images/cover.png")
    ]
    assert cover_editor().current_mode() == IMAGE
    cover_editor().set_mode(DEFAULT)
    assert panel.fields()["cover"] is None
    assert changed_lines(post_text, editor.toPlainText()) in ([], [("cover: ", "cover:")])


def test_tags_chips_add_and_remove(make_panel, post_text, qtbot) -> None:
    editor, panel = make_panel(post_text)
    assert panel.add_field("tags")
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    chips = row.editor.chips
    chips.input.setText("读书")
    qtbot.keyClick(chips.input, Qt.Key.Key_Return)
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    row.editor.chips.add("Python")
    assert panel.fields()["tags"] == ["读书", "Python"]
    assert "tags:\n  - 读书\n  - Python\n---" in editor.toPlainText()
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    assert row.editor.chips.chip_texts() == ["读书", "Python"]
    row.editor.chips.remove_at(0)
    assert panel.fields()["tags"] == ["Python"]
    head, _sep, _body = editor.toPlainText().partition("\n---\n")
    assert head.splitlines()[:8] == post_text.splitlines()[:8]


def test_categories_path_versus_several(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)

    def categories() -> CategoriesEditor:
        row = panel.row("categories")
        assert row is not None
        assert isinstance(row.editor, CategoriesEditor)
        return row.editor

    assert categories().paths() == [["随笔"]]
    assert not categories().is_several()
    assert categories().tree_paths() == ["随笔"]
    categories()._set_path(0, ["随笔", "读书"])  # one path: 随笔 › 读书
    assert panel.fields()["categories"] == ["随笔", "读书"]
    assert categories().tree_paths() == ["随笔", "随笔 › 读书"]
    categories().several.click()
    assert panel.fields()["categories"] == [["随笔", "读书"]]
    categories()._add_path()
    categories()._set_path(1, ["技术"])
    assert panel.fields()["categories"] == [["随笔", "读书"], "技术"]
    assert categories().is_several()
    assert categories().tree_paths() == ["随笔", "随笔 › 读书", "技术"]
    assert not categories().one_path.isEnabled()  # two paths cannot become one silently
    assert "categories:\n  - [随笔, 读书]\n  - 技术\n" in editor.toPlainText()


def test_raw_view_edit_updates_the_form(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)
    raw = panel.raw_view.toPlainText()
    assert raw.startswith("title: 2025年")
    assert raw.endswith("copyright_author: Wen_Lan")
    panel.raw_view.setPlainText(raw.replace("comments: true", "comments: false\ntoc: true"))
    assert panel.fields()["comments"] is False
    assert panel.fields()["toc"] is True
    assert [row.key for row in panel.rows()][4:] == [
        "comments",
        "toc",
        "cover",
        "copyright_author",
    ]
    assert editor.toPlainText().endswith(post_text.split("---\n", 2)[2])
    assert "comments: false\ntoc: true\ncover: \n" in editor.toPlainText()


def test_editor_typing_in_the_header_updates_the_form(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)
    cursor = editor.textCursor()
    cursor.setPosition(post_text.index("Wen_Lan") + len("Wen_Lan"))
    cursor.insertText("2")
    assert panel.fields()["copyright_author"] == "Wen_Lan2"
    row = panel.row("copyright_author")
    assert row is not None
    assert isinstance(row.editor, TextEditor)
    assert row.editor.line.text() == "Wen_Lan2"


def test_broken_yaml_shows_line_and_column_and_locks_the_form(make_panel, post_text) -> None:
    editor, panel = make_panel(post_text)
    raw = panel.raw_view.toPlainText()
    broken = raw.replace("comments: true", "comments: [true")
    panel.raw_view.setPlainText(broken)
    error = panel.error()
    assert error is not None
    assert error.line is not None
    assert panel.is_read_only()
    assert not panel.form_body.isEnabled()
    assert f"line {error.line}, column {error.column}" in panel.error_label.text()
    assert panel.rows()[0].key == "title"  # the last good form stays visible
    assert not panel.apply_field("title", "x")
    assert "comments: [true\n" in editor.toPlainText()  # the user's text is kept as typed
    panel.raw_view.setPlainText(raw)
    assert panel.error() is None
    assert panel.form_body.isEnabled()
    assert editor.toPlainText() == post_text


def test_remove_field_and_unknown_keys(make_panel, post_text) -> None:
    text = post_text.replace("comments: true\n", "comments: true\ncategroies: 误拼\nmusic_id: 42\n")
    editor, panel = make_panel(text)
    typo = panel.row("categroies")
    assert typo is not None
    assert "categories" in typo.hint.text()
    music = panel.row("music_id")
    assert music is not None
    assert music.kind == "number"
    assert music.label.toolTip() == ""
    panel.remove_field("categroies")
    assert "categroies" not in editor.toPlainText()
    assert panel.row("categroies") is None
    assert changed_lines(post_text, editor.toPlainText().replace("music_id: 42\n", "")) == []


def test_body_edits_do_not_reread_the_header(make_panel, post_text, monkeypatch) -> None:
    editor, panel = make_panel(post_text)
    calls: list[int] = []
    original = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: (calls.append(1), original()))
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("正文")
    assert calls == []


def test_post_without_front_matter_gets_one_from_the_form(make_panel) -> None:
    editor, panel = make_panel("只有正文。\n")
    assert panel.rows() == []
    assert panel.add_field("title")
    panel.apply_field("title", "新文章")
    assert editor.toPlainText() == "---\ntitle: 新文章\n---\n只有正文。\n"


def test_form_edit_keeps_the_raw_view_cursor_and_marks_errors(make_panel, post_text) -> None:
    _editor, panel = make_panel(post_text)
    raw = panel.raw_view
    cursor = raw.textCursor()
    cursor.setPosition(raw.toPlainText().index("copyright_author"))
    raw.setTextCursor(cursor)
    panel.apply_field("title", "短")
    assert raw.toPlainText().startswith("title: 短\n")
    assert raw.textCursor().blockNumber() == 6
    assert raw.textCursor().positionInBlock() == 0
    raw.setPlainText(raw.toPlainText().replace("comments: true", "comments: true: false"))
    error = panel.error()
    assert error is not None
    assert error.line == 6  # file line of "comments: …" (the header's inner text starts at 2)
    marks = raw.extraSelections()
    assert len(marks) == 1
    assert marks[0].cursor.blockNumber() == 4


def test_typing_in_the_raw_view_of_a_bare_post_creates_front_matter(make_panel) -> None:
    editor, panel = make_panel("正文第一行\n")
    panel.raw_view.setPlainText("title: 新")
    assert editor.toPlainText() == "---\ntitle: 新\n---\n正文第一行\n"
    assert panel.fields() == {"title": "新"}


def test_post_opened_with_broken_yaml_does_not_claim_it_has_no_front_matter(make_panel) -> None:
    _editor, panel = make_panel("---\ntitle: [unclosed\ndate: 2024/6/1\n---\n\n正文\n")
    assert panel.error() is not None
    assert panel.error_label.isVisibleTo(panel)
    assert not panel.form_body.empty_label.isVisibleTo(panel)
    panel.raw_view.setPlainText("title: fixed\ndate: 2024/6/1\n")
    assert panel.error() is None
    assert not panel.form_body.empty_label.isVisibleTo(panel)  # rows now fill the form


def test_post_without_front_matter_says_so(make_panel) -> None:
    _editor, panel = make_panel("只有正文。\n")
    assert panel.error() is None
    assert panel.form_body.empty_label.isVisibleTo(panel)


def test_broken_header_shows_only_the_fields_above_the_broken_entry(make_panel, post_text) -> None:
    """Typing ``x: `` before ``categories`` passes through ``x:categories: 随笔`` (a valid key)
    and then breaks the header: the form must not keep that half-typed key and its hint."""
    editor, panel = make_panel(post_text)
    cursor = editor.textCursor()
    cursor.setPosition(post_text.index("categories"))
    for char in "x: ":
        cursor.insertText(char)
    assert panel.is_read_only()
    assert [row.key for row in panel.rows()] == ["title", "date"]
    assert all(not row.hint.text() for row in panel.rows())
    assert "above line 4" in panel.error_label.text()
    cursor.setPosition(editor.toPlainText().index("2025/3/9") + len("2025/3/"))
    cursor.deleteChar()
    cursor.insertText("8")  # an edit above the broken line shows while it stays broken
    date = panel.row("date")
    assert date is not None
    assert panel.fields()["date"] == WrittenDate("2025/3/8")
    cursor.setPosition(editor.toPlainText().index("x: categories"))
    for _ in range(3):
        cursor.deleteChar()
    assert panel.error() is None
    assert "categories" in [row.key for row in panel.rows()]
    assert not panel.error_label.isVisibleTo(panel)


def test_broken_first_entry_leaves_the_form_without_rows(make_panel) -> None:
    _editor, panel = make_panel("---\ntitle: a: b\ndate: 2024/6/1\n---\n正文\n")
    assert panel.error() is not None
    assert panel.rows() == []
    assert not panel.form_body.empty_label.isVisibleTo(panel)
    assert "above line" not in panel.error_label.text()
