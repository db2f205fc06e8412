"""Saving a post while its pasted images still convert (decision 0192): the saved post links
whole pictures (the originals' bytes until each conversion replaces them), never empty files,
and the conversions still end in the converted files."""

from __future__ import annotations

import io
import re
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QTextCursor

from postpad.core.images import pending
from postpad.core.images.settings import ImageSettings

pytestmark = pytest.mark.gui


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (900, 600), colour).save(path, "JPEG", quality=90)
    return path


def test_a_post_saved_while_its_images_convert_links_no_empty_file(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:
    release = threading.Event()
    real_complete = pending.complete

    def held_complete(*args, **kwargs):  # the conversions are still running at the save
        assert release.wait(30)
        return real_complete(*args, **kwargs)

    monkeypatch.setattr(pending, "complete", held_complete)
    folder = tmp_path / "blog"
    folder.mkdir()
    post = folder / "post.md"
    post.write_text("---\ntitle: 图\n---\n\n看图：\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    photos = [_photo(tmp_path / f"IMG_{n}.jpg", (40 * n, 90, 160)) for n in range(3)]
    handler = tab.editor._image_paste_handler
    handler.settings_for = lambda _site: ImageSettings(format="webp", max_width=450)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    tab.editor.insertFromMimeData(mime)
    try:
        assert handler.pending
        assert main_window.documents.save(tab)
        saved = post.read_text(encoding="utf-8")
        names = re.findall(r"!\[\]\(([^)]+)\)", saved)
        assert names == ["img_0.webp", "img_1.webp", "img_2.webp"]
        for name, photo in zip(names, photos, strict=True):
            assert (folder / name).read_bytes() == photo.read_bytes()  # whole, not empty
    finally:
        release.set()
    assert handler.wait()
    for name in names:
        with Image.open(io.BytesIO((folder / name).read_bytes())) as converted:
            assert (converted.format, converted.size) == ("WEBP", (450, 300))
