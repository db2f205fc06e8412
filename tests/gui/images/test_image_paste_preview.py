"""A pasted image whose file was still empty when the preview showed its link appears once the
conversion has written it (decision 0144), and one the preview showed as its original shows the
converted file in the end (decision 0192), in the real window's preview."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage, QTextCursor

from postpad.core.images import pending
from postpad.core.images.settings import ImageSettings
from postpad.gui.site.paste_pending import RELOAD_BROKEN_IMAGES

pytestmark = pytest.mark.gui
WIDTH = (
    "(function(i){return !!i && i.complete ? i.naturalWidth : -1})(document.querySelector('img'))"
)
VISIBILITY = (
    "(function(i){return i ? getComputedStyle(i).visibility : ''})(document.querySelector('img'))"
)


def test_the_preview_shows_a_pasted_image_once_it_is_written(qtbot, main_window, tmp_path) -> None:
    folder = tmp_path / "blog"
    folder.mkdir()
    post = folder / "post.md"
    post.write_text("---\ntitle: 图\n---\n\n看图：\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "看图")
    (folder / "pic.png").write_bytes(b"")  # written before: the reserved name
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n![](pic.png)\n")
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 0, timeout=10000)  # broken
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(0xFF2040C0)
    assert image.save(str(folder / "pic.png"))
    tab.preview.run_js(RELOAD_BROKEN_IMAGES)
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 8, timeout=10000)


def test_a_real_paste_ends_with_the_images_shown(qtbot, main_window, tmp_path) -> None:
    folder = tmp_path / "blog"
    folder.mkdir()
    post = folder / "post.md"
    post.write_text("---\ntitle: 图\n---\n\n看图：\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "看图")
    source = tmp_path / "Photo.png"
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(0xFF20C040)
    assert image.save(str(source))
    handler = tab.editor._image_paste_handler
    handler.settings_for = lambda _site: ImageSettings(format="webp")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    tab.editor.insertFromMimeData(mime)
    assert "![](photo.webp)" in tab.editor.toPlainText()
    assert handler.wait()
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 640, timeout=10000)


def test_the_preview_ends_with_the_converted_file_not_the_original(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:
    """Decision 0192: until converted, the linked file holds the original (640 px wide), which
    the preview loads but keeps hidden (decision 0227: its decode would compete with the
    conversions); once converted (320 px) the preview loads the file again and shows it."""
    release = threading.Event()
    real_complete = pending.complete

    def held_complete(*args, **kwargs):
        assert release.wait(30)
        return real_complete(*args, **kwargs)

    monkeypatch.setattr(pending, "complete", held_complete)
    folder = tmp_path / "blog"
    folder.mkdir()
    post = folder / "post.md"
    post.write_text("---\ntitle: 图\n---\n\n看图：\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "看图")
    source = tmp_path / "Photo.png"
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(0xFF20C040)
    assert image.save(str(source))
    handler = tab.editor._image_paste_handler
    handler.settings_for = lambda _site: ImageSettings(format="webp", max_width=320)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    tab.editor.insertFromMimeData(mime)
    try:
        assert "![](photo.webp)" in tab.editor.toPlainText()
        qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 640, timeout=10000)
        assert run_js(qtbot, tab.preview, VISIBILITY) == "hidden"
    finally:
        release.set()
    assert handler.wait()
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 320, timeout=10000)
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, VISIBILITY) == "visible", timeout=5000)
    assert (
        run_js(
            qtbot, tab.preview, "document.querySelectorAll('style[id^=\"postpad-pending\"]').length"
        )
        == 0
    )
