"""Single editors and panel actions: hints, add-field menu, completions, pending typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from postpad.gui.frontmatter.editors.categories import paths_of, value_of
from postpad.gui.frontmatter.editors.chips import TagsEditor
from postpad.gui.frontmatter.editors.choice import ChoiceEditor
from postpad.gui.frontmatter.editors.image import ImageEditor
from postpad.gui.frontmatter.editors.number import NumberEditor
from postpad.gui.frontmatter.editors.text import LongTextEditor, TextEditor

POST = "---\ntitle: 标题\ntoc: 'false'\nsticky: 2\ntags: 读书\n---\n正文\n"


def test_quoted_boolean_is_shown_as_text_with_a_hint(make_panel) -> None:
    _editor, panel = make_panel(POST)
    toc = panel.row("toc")
    assert toc is not None
    assert isinstance(toc.editor, TextEditor)
    assert "true or false" in toc.hint.text()


def test_number_editor_writes_a_bare_integer(make_panel) -> None:
    editor, panel = make_panel(POST)
    sticky = panel.row("sticky")
    assert sticky is not None
    assert isinstance(sticky.editor, NumberEditor)
    assert sticky.editor.spin is not None
    sticky.editor.spin.setValue(5)
    assert "\nsticky: 5\n" in editor.toPlainText()


def test_decimal_value_is_shown_as_written_and_edits_write_a_decimal(make_panel) -> None:
    # TOML/YAML priority = 0.5 (Hugo sitemaps) was shown as 0.500000
    editor, panel = make_panel("---\ntitle: x\npriority: 0.5\n---\n")
    row = panel.row("priority")
    assert row is not None
    assert isinstance(row.editor, NumberEditor)
    spin = row.editor.spin
    assert spin is not None
    assert spin.text() == "0.5"
    spin.setValue(2.0)
    assert spin.text() == "2.0"
    assert "\npriority: 2.0\n" in editor.toPlainText()
    spin.setValue(0.125)
    assert spin.text() == "0.125"
    assert "\npriority: 0.125\n" in editor.toPlainText()


def test_single_tag_stays_a_scalar_until_a_second_is_added(make_panel) -> None:
    _editor, panel = make_panel(POST)
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    assert row.editor.chips.chip_texts() == ["读书"]
    row.editor.chips.add("写作")
    assert panel.fields()["tags"] == ["读书", "写作"]
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    row.editor.chips.remove_at(1)
    assert panel.fields()["tags"] == ["读书"]


def test_comma_in_the_chip_input_adds_a_chip(make_panel) -> None:
    _editor, panel = make_panel(POST)
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    row.editor.chips.input.textEdited.emit("笔记，")
    assert panel.fields()["tags"] == ["读书", "笔记"]


def test_completions_reach_the_chip_inputs(make_panel) -> None:
    _editor, panel = make_panel(POST)
    panel.set_completions(["Python", "读书"], ["随笔"])
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    completer = row.editor.chips.input.completer()
    assert completer is not None
    model = completer.model()
    words = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert words == ["Python", "读书"]


def test_add_field_menu_offers_missing_schema_keys(make_panel) -> None:
    editor, panel = make_panel(POST)
    panel.add_button.fill_menu()
    names = [action.text() for action in panel.add_button.menu().actions() if action.text()]
    assert "cover" in names
    assert "title" not in names
    assert "tags" not in names
    assert names[-1] == "Custom field…"
    next(a for a in panel.add_button.menu().actions() if a.text() == "description").trigger()
    assert editor.toPlainText().endswith("tags: 读书\ndescription:\n---\n正文\n")
    row = panel.row("description")
    assert row is not None
    assert isinstance(row.editor, LongTextEditor)


def test_added_boolean_and_date_get_real_values(make_panel) -> None:
    editor, panel = make_panel(POST)
    panel.add_field("comments")
    panel.add_field("updated")
    text = editor.toPlainText()
    assert "\ncomments: false\n" in text
    updated = panel.fields()["updated"]
    assert isinstance(updated, str)
    assert len(updated) == len("2025-01-01 00:00:00")  # Hexo's default layout


def test_remove_button_removes_the_key(make_panel) -> None:
    editor, panel = make_panel(POST)
    row = panel.row("sticky")
    assert row is not None
    row.remove_button.click()
    assert editor.toPlainText() == POST.replace("sticky: 2\n", "")


def test_typing_pause_commits_and_enter_commits_at_once(make_panel, qtbot) -> None:
    editor, panel = make_panel(POST)
    row = panel.row("title")
    assert row is not None
    assert isinstance(row.editor, TextEditor)
    row.editor.line.setText("新")
    row.editor.line.textEdited.emit("新")
    assert "title: 标题" in editor.toPlainText()  # not yet: waiting for the pause
    qtbot.waitUntil(lambda: "title: 新\n" in editor.toPlainText(), timeout=3000)
    row.editor.line.setText("新标题")
    qtbot.keyClick(row.editor.line, Qt.Key.Key_Return)
    assert "title: 新标题\n" in editor.toPlainText()


def test_pending_typing_is_written_before_rows_are_rebuilt(make_panel) -> None:
    editor, panel = make_panel(POST)
    row = panel.row("title")
    assert row is not None
    assert isinstance(row.editor, TextEditor)
    row.editor.line.setText("未提交")
    row.editor.line.textEdited.emit("未提交")
    panel.set_schema("hugo", None)  # rebuilds every row
    assert "title: 未提交\n" in editor.toPlainText()


def test_choice_editor(qtbot) -> None:
    choice = ChoiceEditor(["tags", "categories"])
    qtbot.addWidget(choice)
    seen: list[object] = []
    choice.edited.connect(seen.append)
    choice.set_value(None)
    choice.combo.setCurrentText("categories")
    choice.commit()
    assert seen == ["categories"]


def test_categories_encoding_rules() -> None:
    assert paths_of("随笔") == (False, [["随笔"]])
    assert paths_of(["生活", "随笔"]) == (False, [["生活", "随笔"]])
    assert paths_of([["生活", "随笔"], "技术"]) == (True, [["生活", "随笔"], ["技术"]])
    assert value_of(False, [["随笔"]], scalar_ok=True) == "随笔"
    assert value_of(False, [["随笔"]], scalar_ok=False) == ["随笔"]
    assert value_of(True, [["A", "B"], ["C"]], scalar_ok=True) == [["A", "B"], "C"]
    # Without any two-level path, plain items would read as ONE path: keep them lists.
    assert value_of(True, [["A"], ["C"]], scalar_ok=True) == [["A"], ["C"]]
    assert value_of(False, [], scalar_ok=True) is None


def test_jekyll_space_separated_tags_stay_a_string(make_panel) -> None:
    editor, panel = make_panel(
        "---\nlayout: post\ntags: ruby web\n---\nbody\n", engine="jekyll", theme=None
    )
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    assert row.editor.chips.chip_texts() == ["ruby", "web"]
    row.editor.chips.add("jekyll")
    assert "\ntags: ruby web jekyll\n" in editor.toPlainText()


def test_cover_shows_a_thumbnail_or_a_missing_file_warning(make_panel, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a5298"))
    assert image.save(str(tmp_path / "cover.png"))
    _editor, panel = make_panel(POST.replace("sticky: 2\n", "sticky: 2\ncover: cover.png\n"))
    panel.set_post(post)
    row = panel.row("cover")
    assert row is not None
    assert isinstance(row.editor, ImageEditor)
    assert not row.editor.thumbnail.isHidden()
    assert row.editor.missing.isHidden()
    row.editor.set_path("gone.png")
    assert row.editor.thumbnail.isHidden()
    assert not row.editor.missing.isHidden()
    assert "gone.png" in row.editor.missing.text()
    row.editor.set_path("https://example.com/a.png")
    assert row.editor.missing.isHidden()


def test_impossible_date_is_kept_as_text(make_panel) -> None:
    editor, panel = make_panel("---\ntitle: x\ndate: 2024-13-40\n---\n")
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, TextEditor)
    assert row.editor.line.text() == "2024-13-40"
    assert editor.toPlainText() == "---\ntitle: x\ndate: 2024-13-40\n---\n"
