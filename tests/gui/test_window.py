"""Window behaviour: appearance, tabs, prompts, dropping files, panes, status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QMessageBox

from postpad.gui.mainwindow import MainWindow
from postpad.gui.preview.page import PreviewPage
from postpad.gui.theme import EDITOR_COLORS


def _second_post(post_file: Path) -> Path:
    other = post_file.with_name("second.md")
    other.write_text("---\ntitle: 第二篇\n---\n\n第二篇的正文。", encoding="utf-8")
    return other


def test_toggle_dark_mode_reaches_editor_and_preview(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了")
    main_window.window_actions["dark_mode"].setChecked(True)
    assert main_window.theme.name == "dark"
    qtbot.waitUntil(
        lambda: run_js(qtbot, tab.preview, "document.documentElement.dataset.theme") == "dark"
    )
    assert run_js(qtbot, tab.preview, "document.documentElement.classList.contains('dark')")
    heading = tab.editor.document().findBlockByNumber(13)  # "## 第一节 准备"
    ranges = heading.layout().formats()
    colors = [r.format.foreground().color().name() for r in ranges]
    assert EDITOR_COLORS["dark"]["heading"] in colors
    assert QApplication.palette().base().color().name() == "#1b1d21"
    assert main_window.preferences.appearance == "dark"
    main_window.window_actions["dark_mode"].setChecked(False)
    qtbot.waitUntil(
        lambda: run_js(qtbot, tab.preview, "document.documentElement.dataset.theme") == "light"
    )


def test_two_tabs_keep_their_own_text_and_undo(qtbot, main_window, post_file) -> None:
    first, second = main_window.open_paths([post_file, _second_post(post_file)])
    assert main_window.tabs() == [first, second]
    assert main_window.current_tab() is second
    assert main_window.windowTitle().startswith("second.md")
    qtbot.keyClicks(second.editor, "XY")
    main_window.tab_widget.setCurrentWidget(first)
    assert main_window.windowTitle().startswith("autumn-notes.md")
    assert not main_window.isWindowModified()
    first.editor.undo()
    assert first.editor.toPlainText() == post_file.read_text(encoding="utf-8")
    main_window.tab_widget.setCurrentWidget(second)
    assert main_window.isWindowModified()
    assert "XY" in second.editor.toPlainText()
    second.editor.undo()
    assert "XY" not in second.editor.toPlainText()
    main_window.window_actions["next_tab"].trigger()
    assert main_window.current_tab() is first
    main_window.window_actions["previous_tab"].trigger()
    assert main_window.current_tab() is second
    # Opening a file that is already open switches to its tab instead of a duplicate.
    assert main_window.open_paths([post_file]) == [first]
    assert len(main_window.tabs()) == 2


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_unsaved_changes_prompt(qtbot, main_window, post_file, monkeypatch, answer, closes, saved):
    original = post_file.read_bytes()
    tab = main_window.open_paths([post_file])[0]
    tab.editor.textCursor().insertText("新")  # at the start (QTest types ASCII only)
    asked: list[str] = []

    def fake_warning(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    main_window.window_actions["close"].trigger()
    assert asked
    assert "autumn-notes.md" in asked[0]
    assert (tab not in main_window.tabs()) is closes
    assert (post_file.read_bytes() != original) is saved
    if saved:
        assert post_file.read_bytes() == "新".encode() + original


def test_closing_the_window_with_unsaved_changes_can_be_cancelled(
    qtbot, main_window, post_file, monkeypatch
) -> None:
    tab = main_window.open_paths([post_file])[0]
    qtbot.keyClicks(tab.editor, "x")
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Cancel)
    main_window.close()
    assert main_window.isVisible()
    assert tab in main_window.tabs()


def test_dropping_a_markdown_file_opens_it(qtbot, main_window, post_file) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(post_file)), QUrl.fromLocalFile("/tmp/picture.png")])
    buttons, modifiers = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(main_window, drop)
    assert [t.path for t in main_window.tabs()] == [post_file.resolve()]


def test_editor_ignores_dropped_posts_so_the_window_gets_them(qtbot, main_window, post_file):
    tab = main_window.open_paths([post_file])[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_second_post(post_file)))])
    assert tab.editor._is_post_drop(mime)
    text = QMimeData()
    text.setText("words")
    assert not tab.editor._is_post_drop(text)


def test_panes_hide_show_and_are_remembered(qtbot, main_window, post_file, tmp_path) -> None:
    tab = main_window.open_paths([post_file])[0]
    main_window.window_actions["show_form"].setChecked(False)
    assert not tab.form.isVisible()
    assert tab.editor.isVisible()
    main_window.window_actions["show_editor"].setChecked(False)
    # The last visible pane cannot be hidden.
    main_window.window_actions["show_preview"].setChecked(False)
    assert main_window.window_actions["show_preview"].isChecked()
    assert tab.preview.isVisible()
    second = main_window.open_paths([_second_post(post_file)])[0]
    assert not second.form.isVisible()
    assert not second.editor.isVisible()
    again = MainWindow(main_window.preferences, None)
    qtbot.addWidget(again)
    assert not again.window_actions["show_form"].isChecked()
    assert again.window_actions["show_preview"].isChecked()
    main_window.window_actions["show_form"].setChecked(True)
    main_window.window_actions["show_editor"].setChecked(True)
    assert not tab.form.isHidden()  # (tab is in the background, so not "visible")
    assert not tab.editor.isHidden()


def test_status_bar_shows_position_words_and_format(qtbot, main_window, tmp_path) -> None:
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes("---\r\ntitle: 中文\r\n---\r\n\r\n你好世界 hello world\r\n".encode())
    tab = main_window.open_paths([crlf])[0]
    bar = main_window.status_bar()
    assert bar.newline.text() == "CRLF"
    assert bar.encoding.text() == "UTF-8"
    assert bar.profile.text().lower().startswith("hexo")
    cursor = tab.editor.textCursor()
    cursor.setPosition(len("---\ntitle: 中"))
    tab.editor.setTextCursor(cursor)
    assert bar.position.text() == "Ln 2, Col 9"
    qtbot.waitUntil(lambda: "min" in bar.words.text(), timeout=10000)


def test_status_bar_never_shows_another_tabs_count(qtbot, main_window, tmp_path) -> None:
    short, long = tmp_path / "short.md", tmp_path / "long.md"
    short.write_text("---\ntitle: 短\n---\n\n一二三\n", encoding="utf-8")
    long.write_text("---\ntitle: 长\n---\n\n" + "春眠不觉晓，处处闻啼鸟。\n\n" * 3000, "utf-8")
    main_window.open_paths([short])
    bar = main_window.status_bar()
    qtbot.waitUntil(lambda: "min" in bar.words.text(), timeout=10000)
    short_count = bar.words.text()
    main_window.open_paths([long])
    assert bar.words.text() != short_count  # at once: "Counting…" or the new tab's figure
    qtbot.waitUntil(lambda: "30,000" in bar.words.text(), timeout=20000)  # grouped (0222)


def test_closing_a_tab_mid_render_returns_at_once_and_keeps_the_app(qtbot, main_window, tmp_path):
    """Closing a long post while its render runs used to wait 5 s, then destroy the running
    render thread, which aborted the whole process."""
    from postpad.gui.preview import scheduler

    big = tmp_path / "big.md"
    paragraph = "段落 [链接](https://example.org) **粗** 文字。\n\n"
    big.write_text("# 大\n\n" + paragraph * 40000, "utf-8")
    tab = main_window.open_paths([big])[0]
    qtbot.waitUntil(lambda: tab.scheduler.busy, timeout=10000)
    assert main_window.documents.close_tab(tab)
    assert big not in [t.path for t in main_window.tabs()]
    qtbot.waitUntil(lambda: not scheduler._RETIRING, timeout=120000)  # the render ends, then goes


def test_clicking_a_preview_block_moves_the_editor_cursor(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "第一节 准备")
    qtbot.waitUntil(
        lambda: run_js(qtbot, tab.preview, "typeof QWebChannel !== 'undefined'") is True
    )
    qtbot.wait(300)  # the page's QWebChannel handshake
    run_js(qtbot, tab.preview, "document.querySelector('h2').click(); true")
    qtbot.waitUntil(lambda: tab.editor.current_line() == 14, timeout=5000)


def test_links_open_outside_and_remote_images_do_not_load(
    qtbot, main_window, post_file, monkeypatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "第一节 准备")
    script = (
        "var a = document.createElement('a'); a.href = 'https://example.org/x'; a.id = 'go';"
        "a.textContent = 'go'; document.body.appendChild(a);"
        "var img = document.createElement('img'); img.id = 'remote';"
        "img.src = 'http://example.org/tracker.png';"
        "document.body.appendChild(img); a.click(); true"
    )
    run_js(qtbot, tab.preview, script)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened[0].toString() == "https://example.org/x"
    assert run_js(qtbot, tab.preview, "document.getElementById('go') !== null")  # not navigated
    failed = (
        "(function(i){return i.complete && i.naturalWidth === 0})"
        "(document.getElementById('remote'))"
    )
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, failed) is True, timeout=5000)


def test_interceptor_blocks_network_even_without_a_csp(qtbot) -> None:
    """Second line of defence: a page with no CSP at all still reaches no server."""
    view = QWebEngineView()
    qtbot.addWidget(view)
    page = PreviewPage(view)
    view.setPage(page)
    remote = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
    page.settings().setAttribute(remote, True)  # open Chromium's own gate on purpose
    html = "<img src='http://example.org/a.png'><script src='https://example.org/s.js'></script>"
    with qtbot.waitSignal(view.loadFinished, timeout=10000):
        view.setHtml(html, QUrl.fromLocalFile("/tmp/"))
    blocked = page.blocker.blocked
    qtbot.waitUntil(lambda: "http://example.org/a.png" in blocked, timeout=5000)
    assert "https://example.org/s.js" in blocked
    page.blocker.allow_remote_images = True
    assert page.blocker.allow_remote_images


def test_local_images_resolve_against_the_post_folder(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "第一节 准备")
    base = run_js(qtbot, tab.preview, "document.baseURI")
    assert base == QUrl.fromLocalFile(str(post_file.parent) + "/").toString()


def test_new_document_and_preferences_apply(qtbot, main_window, tmp_path) -> None:
    tab = main_window.documents.new_document()
    assert main_window.windowTitle().startswith("Untitled")
    from dataclasses import replace

    main_window.preferences_ui.save(replace(main_window.preferences, editor_font_size=17))
    assert tab.editor.font().pointSize() == 17
    saved = tmp_path / "config" / "preferences.json"  # tests/gui_window.py's path
    assert saved.exists()
    assert '"editor_font_size": 17' in saved.read_text(encoding="utf-8")


def test_edit_commands_go_to_the_focused_field(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    form = tab.form
    title = form.row("title")
    assert title is not None
    from PySide6.QtWidgets import QLineEdit

    field = title.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    before = tab.editor.toPlainText()
    main_window.window_actions["select_all"].trigger()
    assert field.selectedText() == field.text()
    assert not tab.editor.textCursor().hasSelection()
    # formatting never reaches into a form field's post
    main_window.window_actions["bold"].trigger()
    assert tab.editor.toPlainText() == before
