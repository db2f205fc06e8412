"""Typography findings in the editor: underlines, the panel, quick fixes as one undo step."""

from __future__ import annotations

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCharFormat

from postpad.gui.editor.context_menu import context_menu_for
from postpad.gui.typography import typography_controller
from postpad.gui.typography.attach import attach as attach_typography
from postpad.gui.typography.panel import TypographyPanel

pytestmark = pytest.mark.gui

POST = "---\ntitle: 标题,副标题\n---\n\n他说:“你好“。很好!!\n`代码,中文`\n𠀀甲,乙\n"


@pytest.fixture
def window(qtbot) -> FakeWindow:
    QSettings().remove("typography")  # menu choices persist; start every test from defaults
    win = FakeWindow()
    qtbot.addWidget(win)
    attach_typography(win)
    tab = win.add_tab(POST)
    # The first check is scheduled (opening a tab never waits for it), not run at once.
    assert typography_controller(tab.editor).findings() == []
    qtbot.waitUntil(lambda: typography_controller(tab.editor).findings() != [], timeout=3000)
    return win


def test_findings_are_underlined_and_listed(window) -> None:
    editor = window.current_tab().editor
    controller = typography_controller(editor)
    assert controller.enabled()
    found = [(f.line, f.found) for f in controller.findings()]
    assert found == [(5, ":"), (5, "“"), (5, "!!"), (7, ",")]
    underlines = [
        s
        for s in editor.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert [s.cursor.selectedText() for s in underlines] == [":", "“", "!!", ","]
    panel = window.findChild(TypographyPanel)
    assert panel.tree.topLevelItemCount() == 4
    assert panel.tree.topLevelItem(0).text(0) == "5:3"


def test_quick_fix_is_one_undo_step_and_astral_safe(window) -> None:
    editor = window.current_tab().editor
    controller = typography_controller(editor)
    last = controller.findings()[-1]
    assert controller.fix(last)
    assert "𠀀甲，乙" in editor.toPlainText()
    editor.undo()
    assert editor.toPlainText() == POST


def test_fix_all_is_one_undo_step(window) -> None:
    editor = window.current_tab().editor
    window.action("actionFixAll").trigger()
    assert "他说：“你好”。很好！\n`代码,中文`\n𠀀甲，乙\n" in editor.toPlainText()
    assert "标题,副标题" in editor.toPlainText()  # front matter untouched
    editor.undo()
    assert editor.toPlainText() == POST


def test_stale_finding_is_not_applied(window) -> None:
    editor = window.current_tab().editor
    controller = typography_controller(editor)
    finding = controller.findings()[0]
    editor.setPlainText("完全不同的文字")
    assert not controller.fix(finding)
    assert editor.toPlainText() == "完全不同的文字"


def test_spacing_policy_and_turning_checks_off(window) -> None:
    editor = window.current_tab().editor
    editor.setPlainText("用Git写")
    controller = typography_controller(editor)
    controller.check_now()
    assert controller.findings() == []
    window.action("actionSpacing_require").trigger()
    assert [f.code for f in controller.findings()] == ["spacing-missing", "spacing-missing"]
    window.action("actionCheckTypography").setChecked(False)
    assert controller.findings() == []
    assert editor.extraSelections() == []


def test_context_menu_offers_the_fix(window) -> None:
    editor = window.current_tab().editor
    position = POST.index("!!") + 1
    actions = context_menu_for(editor).actions_at(position)
    assert [a.text() for a in actions] == ["Replace with “！”"]
    actions[0].trigger()
    assert "很好！\n" in editor.toPlainText()


def test_right_click_shows_the_fix_above_the_standard_menu(window, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    editor = window.current_tab().editor
    window.show()
    cursor = editor.textCursor()
    cursor.setPosition(POST.index("!!") + 1)
    point = editor.cursorRect(cursor).center()
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            seen.extend(a.text() for a in menu.actions())
            menu.close()

    QTimer.singleShot(100, read_and_close)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor.viewport(), event)
    assert seen[0] == "Replace with “！”"
    assert seen[1] == ""  # separator before the standard entries
    assert any("Undo" in text for text in seen)


def test_checks_after_typing_run_off_the_gui_thread(window, qtbot, monkeypatch) -> None:
    """A 5 MB post takes seconds to check: on the GUI thread it froze typing and Ctrl+W
    (issue 12)."""
    import threading

    from postpad.gui.typography import controller as module

    threads: list[threading.Thread] = []
    real_check = module.check_typography

    def recording_check(text, options):
        threads.append(threading.current_thread())
        return real_check(text, options)

    monkeypatch.setattr(module, "check_typography", recording_check)
    editor = window.current_tab().editor
    controller = typography_controller(editor)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText("又一句,没有空格\n")
    qtbot.waitUntil(lambda: len(controller.findings()) == 5, timeout=5000)
    assert threads
    assert threading.main_thread() not in threads


def test_a_late_result_for_older_text_is_dropped(window, qtbot, monkeypatch) -> None:
    import threading

    from postpad.gui.typography import controller as module

    release = threading.Event()
    real_check = module.check_typography
    calls: list[str] = []

    def slow_first_check(text, options):
        calls.append(text)
        if len(calls) == 1:
            release.wait(10)  # the user types on meanwhile
        return real_check(text, options)

    monkeypatch.setattr(module, "check_typography", slow_first_check)
    editor = window.current_tab().editor
    controller = typography_controller(editor)
    shown: list[list[tuple[int, str]]] = []
    controller.findings_changed.connect(
        lambda found: shown.append([(f.line, f.found) for f in found])
    )
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText("甲,乙\n")
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    editor.undo()  # back to the text of the fixture's findings
    release.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and shown != [], timeout=5000)
    qtbot.wait(200)
    assert all((8, ",") not in found for found in shown)  # 甲,乙 was never underlined
    assert [(f.line, f.found) for f in controller.findings()] == [
        (5, ":"),
        (5, "“"),
        (5, "!!"),
        (7, ","),
    ]
