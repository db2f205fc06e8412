"""Format menu indentation: all or selected paragraphs, the exact inverse, one undo step."""

from __future__ import annotations

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor

from postpad.gui.typography.attach import attach as attach_typography
from postpad.gui.typography.indent_commands import auto_indenter

pytestmark = pytest.mark.gui

POST = (
    "---\ntitle: 秋夜\ncover: \n---\n\n第一段。\n第二段𠀀。\n\n## 小标题\n\n- 列表\n\n"
    "```\n代码\n```\n\n第三段。"
)
ENSP = "&ensp;" * 4


def _qt(offset: int) -> int:
    """UTF-16 position (what QTextCursor uses) of a code-point offset into POST."""
    return len(POST[:offset].encode("utf-16-le")) // 2


@pytest.fixture
def window(qtbot) -> FakeWindow:
    QSettings().remove("typography")  # menu choices persist; start every test from defaults
    win = FakeWindow()
    qtbot.addWidget(win)
    attach_typography(win)
    win.add_tab(POST)
    return win


def test_indent_all_then_remove_is_byte_exact_and_undoable(window) -> None:
    editor = window.current_tab().editor
    window.action("actionIndent_ensp").trigger()
    expected = POST.replace("第一段", ENSP + "第一段").replace("第二段", ENSP + "第二段")
    expected = expected.replace("第三段", ENSP + "第三段")
    assert editor.toPlainText() == expected
    window.action("actionUnindent").trigger()
    assert editor.toPlainText() == POST
    editor.undo()  # undoes the removal in one step
    assert editor.toPlainText() == expected
    editor.undo()  # undoes the indentation in one step
    assert editor.toPlainText() == POST


@pytest.mark.parametrize(("name", "prefix"), [("emsp", "&emsp;&emsp;"), ("ideographic", "　　")])
def test_other_forms(window, name: str, prefix: str) -> None:
    editor = window.current_tab().editor
    window.action(f"actionIndent_{name}").trigger()
    assert editor.toPlainText().endswith("\n" + prefix + "第三段。")
    window.action("actionUnindent").trigger()
    assert editor.toPlainText() == POST


def test_only_selected_paragraphs(window) -> None:
    editor = window.current_tab().editor
    cursor = editor.textCursor()
    cursor.setPosition(_qt(POST.index("第二段")))
    cursor.setPosition(_qt(POST.index("第三段") + 1), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.action("actionIndent_ensp").trigger()
    text = editor.toPlainText()
    assert "\n第一段" in text
    assert ENSP + "第二段𠀀。" in text
    assert text.endswith(ENSP + "第三段。")


def test_auto_indent_new_paragraphs(window, qtbot) -> None:
    editor = window.current_tab().editor
    window.action("actionAutoIndent").setChecked(True)
    assert auto_indenter(editor).enabled
    editor.setPlainText(ENSP + "第一段。")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.toPlainText().endswith(ENSP), timeout=1000)
    editor.insertPlainText("第二段")  # QTest.keyClicks only types ASCII
    assert editor.toPlainText() == f"{ENSP}第一段。\n{ENSP}第二段"
    # Enter on an empty indented line does not indent again
    editor.setPlainText(f"{ENSP}甲。\n{ENSP}")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert editor.toPlainText() == f"{ENSP}甲。\n{ENSP}\n"


def test_auto_indent_is_off_by_default(window, qtbot) -> None:
    editor = window.current_tab().editor
    editor.setPlainText(ENSP + "第一段。")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert editor.toPlainText() == ENSP + "第一段。\n"


TWO_LINES = "---\ntitle: 秋夜\n---\n\n第一行，\n同一段的第二行。\n\n另一段。\n"


def _on_engine(window, qtbot, profile: str, overrides: dict | None = None):
    """The current tab renders as ``profile`` (with the site's render overrides)."""
    from postpad.gui.preview.rendering import PreviewSettings

    tab = window.current_tab()
    settings = PreviewSettings(profile=profile, site_overrides=overrides or {})
    tab.preview_settings = lambda: settings
    window.current_tab_changed.emit(tab)
    tab.editor.setPlainText(TWO_LINES)
    return tab.editor


@pytest.mark.parametrize("profile", ["hugo", "jekyll"])
def test_engines_that_join_lines_indent_a_paragraphs_first_line(window, qtbot, profile) -> None:
    """Goldmark and kramdown join a paragraph's lines: an indentation on the second line would
    show mid-paragraph (decision 0221, checked with real Hugo 0.168 and Jekyll 4.3)."""
    editor = _on_engine(window, qtbot, profile)
    window.action("actionIndent_ensp").trigger()
    assert editor.toPlainText() == TWO_LINES.replace("第一行", ENSP + "第一行").replace(
        "另一段", ENSP + "另一段"
    )
    window.action("actionUnindent").trigger()
    assert editor.toPlainText() == TWO_LINES


@pytest.mark.parametrize(
    ("profile", "config"),
    [("hexo", None), ("hugo", "[markup.goldmark.renderer]\nhardWraps = true\n")],
)
def test_engines_that_break_lines_indent_each_line(window, qtbot, tmp_path, profile, config):
    overrides = None
    if config is not None:  # a Hugo site whose Goldmark breaks lines
        from postpad.core.site.detect import detect_site

        (tmp_path / "hugo.toml").write_text('title = "t"\n' + config, "utf-8")
        (tmp_path / "content").mkdir()
        site = detect_site(tmp_path)
        assert site is not None
        overrides = site.config.render_overrides
    editor = _on_engine(window, qtbot, profile, overrides)
    window.action("actionIndent_ensp").trigger()
    assert ENSP + "同一段的第二行" in editor.toPlainText()


def test_auto_indent_where_lines_join_indents_the_next_paragraph(window, qtbot) -> None:
    editor = _on_engine(window, qtbot, "hugo")
    window.action("actionAutoIndent").setChecked(True)
    editor.setPlainText(ENSP + "第一段，")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the same paragraph goes on: no indentation
    qtbot.wait(20)
    assert editor.toPlainText() == ENSP + "第一段，\n"
    editor.insertPlainText("第二行。")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # after a blank line: a new paragraph
    qtbot.waitUntil(lambda: editor.toPlainText().endswith("\n\n" + ENSP), timeout=1000)
    assert editor.toPlainText() == f"{ENSP}第一段，\n第二行。\n\n{ENSP}"
