"""Image paste/drop for the editor: copy the image where the engine expects it (core
``place_image``) and return the link text to insert. Plugged in with
``editor.set_image_paste_handler(handler)``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage

from postpad.core.site.images import IMAGE_SUFFIXES, pasted_image_name, place_image

Notify = Callable[[str], None]


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def local_images(mime: QMimeData) -> list[Path]:
    """Local image files among the dropped/pasted URLs."""
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                paths.append(path)
    return paths


class ImagePasteHandler:
    """``handler(mime) -> str | None`` for one tab: None lets the editor paste normally."""

    def __init__(self, tab: Any, notify: Notify | None = None) -> None:
        self.tab = tab
        self.notify = notify or (lambda _message: None)

    def __call__(self, mime: QMimeData) -> str | None:
        post = getattr(self.tab, "path", None)
        files = local_images(mime)
        has_bitmap = mime.hasImage() and not files
        if not files and not has_bitmap:
            return None  # not an image: ordinary paste or drop
        if post is None:
            self.notify(
                QCoreApplication.translate(
                    "SiteFeature", "Save the post first: images are stored next to it."
                )
            )
            return None
        site = getattr(self.tab, "site", None)
        links = []
        try:
            if has_bitmap:
                image = QImage(mime.imageData())
                if image.isNull():
                    return None
                placement = place_image(
                    site, Path(post), name=pasted_image_name(), data=_png_bytes(image)
                )
                links.append(placement.link)
            for path in files:
                links.append(place_image(site, Path(post), name=path.name, source=path).link)
        except OSError as exc:
            self.notify(
                QCoreApplication.translate("SiteFeature", "Could not copy the image: %1").replace(
                    "%1", str(exc)
                )
            )
            return None
        return "\n".join(links)
