"""Paste as Markdown in the real window: Ctrl+V converts clipboard HTML, Ctrl+Shift+V pastes
plain text, a text-only clipboard pastes as before; each paste is one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication

FIXTURES = Path(__file__).parents[1] / "fixtures" / "paste"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _clipboard(html: str | None, text: str) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def _editor(qtbot: Any, main_window: Any, text: str = "") -> Any:
    tab = main_window.documents.new_document()
    tab.editor.setPlainText(text)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    tab.editor.setFocus()
    main_window.activateWindow()
    qtbot.waitUntil(tab.editor.hasFocus)
    return tab.editor


def test_ctrl_v_pastes_zhihu_html_as_markdown_in_one_undo_step(qtbot, main_window) -> None:
    html = (FIXTURES / "zhihu.html").read_text(encoding="utf-8")
    _clipboard(html, "最近在用 hexo.io/zh-cn/docs/ 搭博客 …")
    editor = _editor(qtbot, main_window, "Before\n\n")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    expected = (FIXTURES / "zhihu.md").read_text(encoding="utf-8")
    assert editor.toPlainText() == "Before\n\n" + expected
    editor.undo()
    assert editor.toPlainText() == "Before\n\n"


def test_edit_menu_paste_converts_too(qtbot, main_window) -> None:
    _clipboard("<h2>标题</h2><p>正文 <b>粗体</b></p>", "标题\n正文 粗体")
    editor = _editor(qtbot, main_window)
    main_window.window_actions["paste"].trigger()
    assert editor.toPlainText() == "## 标题\n\n正文 **粗体**\n"


def test_ctrl_shift_v_pastes_plain_text(qtbot, main_window) -> None:
    _clipboard("<h2>标题</h2><p>正文</p>", "标题\n正文")
    editor = _editor(qtbot, main_window)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL | SHIFT)
    assert editor.toPlainText() == "标题\n正文"


def test_text_only_and_code_editor_html_paste_as_before(qtbot, main_window) -> None:
    _clipboard(None, "  *not* converted\u00a0")
    editor = _editor(qtbot, main_window)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "  *not* converted\u00a0"
    vscode = (
        '<div style="white-space: pre;"><div><span>def</span> f():</div><div>    pass</div></div>'
    )
    _clipboard(vscode, "def f():\n    pass")
    editor = _editor(qtbot, main_window)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "def f():\n    pass"


def test_paste_follows_the_post_dialect(qtbot, main_window) -> None:
    _clipboard("<p>a<br>b {{ x }}</p><p>c</p>", "a\nb {{ x }}\nc")
    editor = _editor(qtbot, main_window)
    tab = main_window.current_tab()
    tab.dialect_override = "jekyll"
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "{% raw %}\na  \nb {{ x }}\n{% endraw %}\n\nc\n"


def test_paste_as_markdown_action_forces_conversion(qtbot, main_window) -> None:
    _clipboard("<span>plain words</span>", "plain words")
    editor = _editor(qtbot, main_window)
    main_window.findChild(
        type(main_window.window_actions["paste"]), "actionPasteMarkdown"
    ).trigger()
    assert editor.toPlainText() == "plain words\n"


def test_copy_and_paste_inside_the_editor_keeps_the_markdown(qtbot, main_window) -> None:
    # Qt puts its own rich text (text/html with a qrichtext meta) on the clipboard too
    text = "# Title\n\nSome *em* and snake_case\n\n- a\n- b\n"
    editor = _editor(qtbot, main_window, text)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().mimeData().hasHtml()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == text + text


def test_html_pasted_into_a_code_fence_or_the_header_stays_plain(qtbot, main_window) -> None:
    jetbrains = '<pre style="background-color:#2b2b2b;"><span>val x = 1</span></pre>'
    _clipboard(jetbrains, "val x = 1")
    editor = _editor(qtbot, main_window, "```kotlin\n\n```\n")
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(1).position())
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "```kotlin\nval x = 1\n```\n"
    _clipboard("<p>a <b>b</b></p><p>c</p>", "a b\nc")
    editor = _editor(qtbot, main_window, "---\ntitle: \n---\n")
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(1).position() + len("title: "))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "---\ntitle: a b\nc\n---\n"
    # inside a `|` block of the header too (its lines have their own highlighter state)
    editor = _editor(qtbot, main_window, "---\nd: |\n  x\n  \n---\n")
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(3).position() + 2)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "---\nd: |\n  x\n  a b\nc\n---\n"


def _serve_png(folder: Path) -> tuple[Any, str]:
    """A real local web server holding one PNG (the web page's image)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from PySide6.QtGui import QImage

    image = QImage(12, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF3080C0)
    assert image.save(str(folder / "pic.png"))
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/pic.png"


def test_pasted_web_images_are_downloaded_when_asked(qtbot, main_window, tmp_path) -> None:
    web = tmp_path / "web"
    web.mkdir()
    server, url = _serve_png(web)
    try:
        post = tmp_path / "blog" / "post.md"
        post.parent.mkdir()
        post.write_text("---\ntitle: 图\n---\n\n", encoding="utf-8")
        tab = main_window.open_paths([post])[0]
        tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
        html = f'<h2>网页</h2><p>看图 <img src="{url}" alt="示意"></p>'
        download = main_window.findChild(QAction, "actionPasteDownloadImages")
        assert not download.isChecked()  # off by default: images stay remote
        mime = QMimeData()
        mime.setHtml(html)
        tab.editor.insertFromMimeData(mime)
        assert f"![示意]({url})" in tab.editor.toPlainText()
        tab.editor.undo()
        download.setChecked(True)
        tab.editor.insertFromMimeData(mime)
        text = tab.editor.toPlainText()
        assert url not in text
        assert "## 网页" in text
        assert "![示意](pic.png)" in text
        assert (post.parent / "pic.png").read_bytes() == (web / "pic.png").read_bytes()
        tab.editor.undo()  # the paste with its local link is one undo step
        assert tab.editor.toPlainText() == "---\ntitle: 图\n---\n\n"
    finally:
        server.shutdown()
        main_window.findChild(QAction, "actionPasteDownloadImages").setChecked(False)
