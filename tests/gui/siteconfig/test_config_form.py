"""The config form in the real window: a ``_config.butterfly.yml`` opened in Postpad shows typed
fields with the theme's defaults; one nested edit changes one line on save, is one undo step,
and a broken file locks the form without ever being rewritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from postpad.gui.siteconfig.editors import BoolEditor, ChoiceEditor, LineEditor
from postpad.gui.siteconfig.panel import ConfigFormPanel

SITE = Path(__file__).parents[2] / "fixtures" / "siteconfig" / "hexo-site"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    target = tmp_path / "blog"
    shutil.copytree(SITE, target)
    return target


def changed_line_numbers(before: bytes, after: bytes) -> list[int]:
    old, new = before.split(b"\n"), after.split(b"\n")
    assert len(old) == len(new)
    return [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]


def test_butterfly_config_gets_the_config_form(qtbot, main_window, site) -> None:
    tab = main_window.open_paths([site / "_config.butterfly.yml"])[0]
    form = tab.form
    assert isinstance(form, ConfigFormPanel)
    assert form.kind.role == "theme"
    assert form.kind.theme == "butterfly"
    assert isinstance(form.editor("nav.fixed"), BoolEditor)
    assert isinstance(form.editor("code_blocks.theme"), ChoiceEditor)
    entries = {".".join(entry.path): entry for entry in form.entries()}
    # defaults and help come from the installed theme's own _config.yml
    assert entries["code_blocks.theme"].field.default == "light"
    assert "Colour theme" in entries["code_blocks.theme"].field.help("en")
    # keys the file lacks are listed from the defaults, not present
    assert not entries["wordcount.enable"].present
    assert form.item("nav.fixed").parent().parent().text(0) == "Navigation 导航"


def test_a_config_file_shows_no_markdown_preview(qtbot, main_window, site) -> None:
    post = site / "source" / "_posts" / "p.md"
    post.parent.mkdir(parents=True, exist_ok=True)
    post.write_text("---\ntitle: p\n---\nbody\n", encoding="utf-8")
    config, article = main_window.open_paths([site / "_config.butterfly.yml", post])
    main_window.show()
    assert config.is_config
    assert not article.is_config
    for visible in (False, True):  # View › Preview off and on again
        main_window.set_pane_visible("preview", visible)
        assert config.preview.isHidden()
        assert article.preview.isHidden() is not visible


def test_nested_checkbox_edit_saves_one_line_and_is_one_undo_step(qtbot, main_window, site) -> None:
    path = site / "_config.butterfly.yml"
    before = path.read_bytes()
    tab = main_window.open_paths([path])[0]
    editor = tab.form.editor("nav.fixed")
    assert isinstance(editor, BoolEditor)
    assert not editor.box.isChecked()
    editor.box.click()  # the real widget, as a user clicks it
    assert main_window.isWindowModified()
    main_window.window_actions["save"].trigger()
    after = path.read_bytes()
    assert changed_line_numbers(before, after) == [8]
    assert after.split(b"\n")[8] == "  fixed: true   # 滚动时固定导航栏".encode()
    tab.editor.undo()
    assert tab.editor.toPlainText().encode() == before


def test_untouched_config_saves_identical_bytes(qtbot, main_window, site) -> None:
    path = site / "_config.butterfly.yml"
    before = path.read_bytes()
    tab = main_window.open_paths([path])[0]
    assert isinstance(tab.form, ConfigFormPanel)
    tab.editor.document().setModified(True)
    main_window.window_actions["save"].trigger()
    assert path.read_bytes() == before


def test_missing_key_is_added_under_its_section_and_reset_restores_default(
    qtbot, main_window, site
) -> None:
    path = site / "_config.butterfly.yml"
    tab = main_window.open_paths([path])[0]
    form = tab.form
    editor = form.editor("toc.expand")
    assert isinstance(editor, BoolEditor)
    editor.box.click()
    lines = tab.editor.toPlainText().split("\n")
    at = lines.index("  number: false")
    assert lines[at + 1] == "  expand: true"
    # a changed value differs from the theme default: reset writes the default back
    assert form.reset(("code_blocks", "theme"))
    assert "  theme: 'light'" in tab.editor.toPlainText().split("\n")


def test_search_filters_keys(qtbot, main_window, site) -> None:
    form = main_window.open_paths([site / "_config.butterfly.yml"])[0].form
    qtbot.keyClicks(form.search, "height")
    assert not form.item("code_blocks.height_limit").isHidden()
    assert form.item("nav.fixed").isHidden()
    form.search.clear()
    assert not form.item("nav.fixed").isHidden()


def test_text_field_edit_through_the_line_edit(qtbot, main_window, site) -> None:
    path = site / "_config.butterfly.yml"
    tab = main_window.open_paths([path])[0]
    editor = tab.form.editor("avatar.img")
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "/img/me.png")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    assert '  img: "/img/me.png"' in tab.editor.toPlainText().split("\n")


def test_broken_yaml_locks_the_form_and_the_file_is_not_rewritten(qtbot, main_window, site) -> None:
    path = site / "_config.butterfly.yml"
    before = path.read_bytes()
    tab = main_window.open_paths([path])[0]
    form = tab.form
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("broken: [unclosed\n")
    qtbot.waitUntil(lambda: form.error() is not None, timeout=5000)
    assert form.is_read_only()
    assert not form.tree.isEnabled()
    assert form.error_label.isVisible()
    assert not form.apply_value(("nav", "fixed"), True)
    assert path.read_bytes() == before  # nothing written
    assert "fixed: false" in tab.editor.toPlainText()


def test_hugo_toml_gets_curated_keys(qtbot, main_window) -> None:
    site = Path(__file__).parents[2] / "fixtures" / "siteconfig" / "hugo-site"
    tab = main_window.open_paths([site / "hugo.toml"])[0]
    form = tab.form
    assert isinstance(form, ConfigFormPanel)
    assert form.kind.engine == "hugo"
    entries = {".".join(entry.path): entry for entry in form.entries()}
    assert entries["markup.goldmark.renderer.unsafe"].present
    assert entries["summaryLength"].field.default == 70
    assert not entries["summaryLength"].present


def test_theme_not_installed_says_so(qtbot, main_window, site) -> None:
    shutil.rmtree(site / "themes")
    form = main_window.open_paths([site / "_config.butterfly.yml"])[0].form
    assert isinstance(form, ConfigFormPanel)
    assert "themes/butterfly" in form.source_label.text()
    assert all(entry.present for entry in form.entries())  # no defaults to list


def test_hugo_nested_checkbox_saves_one_line(qtbot, main_window, tmp_path) -> None:
    site = tmp_path / "hugo"
    shutil.copytree(Path(__file__).parents[2] / "fixtures" / "siteconfig" / "hugo-site", site)
    path = site / "hugo.toml"
    before = path.read_bytes()
    tab = main_window.open_paths([path])[0]
    editor = tab.form.editor("markup.goldmark.renderer.unsafe")
    assert isinstance(editor, BoolEditor)
    editor.box.click()
    main_window.window_actions["save"].trigger()
    after = path.read_bytes()
    assert after == before.replace(b"unsafe = false", b"unsafe = true")


def test_choice_from_the_theme_comment(qtbot, main_window, site) -> None:
    tab = main_window.open_paths([site / "_config.butterfly.yml"])[0]
    editor = tab.form.editor("code_blocks.theme")
    assert isinstance(editor, ChoiceEditor)
    combo = editor.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "darker",
        "pale night",
        "light",
        "ocean",
        "false",
    ]
    assert combo.currentText() == "pale night"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert "  theme: 'darker'" in tab.editor.toPlainText().split("\n")
    editor = tab.form.editor("code_blocks.theme")
    assert isinstance(editor, ChoiceEditor)
    editor.combo.setCurrentIndex(4)
    editor.combo.activated.emit(4)
    assert "  theme: false" in tab.editor.toPlainText().split("\n")  # the boolean, unquoted


def test_crlf_config_keeps_its_line_endings(qtbot, main_window, site) -> None:
    path = site / "_config.butterfly.yml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    before = path.read_bytes()
    tab = main_window.open_paths([path])[0]
    editor = tab.form.editor("toc.number")
    assert isinstance(editor, BoolEditor)
    editor.box.click()
    main_window.window_actions["save"].trigger()
    assert path.read_bytes() == before.replace(b"  number: false\r\n", b"  number: true\r\n")


def test_missing_keys_can_be_hidden(qtbot, main_window, site) -> None:
    form = main_window.open_paths([site / "_config.butterfly.yml"])[0].form
    assert not form.item("wordcount.enable").isHidden()
    form.missing_box.click()
    assert form.item("wordcount.enable").isHidden()
    assert not form.item("toc.post").isHidden()
