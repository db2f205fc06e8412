"""Image paste/drop for the editor: optionally resize/recompress/convert the images (core
``process_image``, decision 0115) off the UI thread, copy them where the engine expects them
(core ``place_image``), optionally upload them (decision 0117), and return the link text to
insert. Plugged in with ``editor.set_image_paste_handler(handler)``.

Converted images that are not uploaded are linked at once and written when their conversion
ends (decision 0144): the author keeps typing while the worker threads run."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, Qt
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from postpad.gui.errors import error_text, upload_error_text

if TYPE_CHECKING:  # loaded at the first image paste, not while the window is built (0100)
    from postpad.core.images.process import Processed, ProcessOptions
    from postpad.core.images.settings import ImageSettings
    from postpad.gui.site.paste_pending import PendingImages

Notify = Callable[[str], None]
# Pillow releases the GIL while decoding and encoding: one image per core
WORKERS = max(2, min(8, os.cpu_count() or 2))
_POOL: ThreadPoolExecutor | None = None


def pool() -> ThreadPoolExecutor:
    """One pool for every tab's pastes. Its threads are joined at exit, so a conversion still
    running when the window closes finishes writing its file."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="postpad-images")
    return _POOL


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteFeature", text)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)  # QImage.save's stub: a wrong type
    buffer.close()
    return bytes(data.data())


def local_images(mime: QMimeData) -> list[Path]:
    """Local image files among the dropped/pasted URLs."""
    from postpad.core.site.images import IMAGE_SUFFIXES

    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                paths.append(path)
    return paths


@dataclass(frozen=True)
class Pasted:
    name: str
    data: bytes


def image_settings(site: Any) -> ImageSettings:
    """This site's image settings (global defaults under per-site overrides)."""
    from postpad.core.images.settings import ImageSettingsStore
    from postpad.core.userdirs import user_data_dir

    store = ImageSettingsStore(user_data_dir() / "images.json")
    return store.for_site(getattr(site, "root", None))


def process_all(items: list[Pasted], options: ProcessOptions) -> list[Processed]:
    """Process every image on worker threads; the UI keeps painting, a dialog shows progress
    when there are several."""
    from postpad.core.images.process import Processed, plan_conversion, process_image

    if not options.changes_anything:
        return [Processed(item.data, Path(item.name).suffix.lstrip("."), False) for item in items]
    plans = [plan_conversion(i.data, Path(i.name).suffix, options) for i in items]
    calls = [(process_image, i.data, Path(i.name).suffix, options) for i in items]
    futures = submit_largest_first(calls, [0 if p is None else p.work for p in plans])
    _wait(futures)
    return [future.result() for future in futures]


def submit_largest_first(calls: list[tuple[Any, ...]], work: list[int]) -> list[Future[Any]]:
    """``pool().submit(*call)`` for each call, the one with the most ``work`` first; the futures
    in the calls' order. With one thread per core, a large photo started last would leave the
    other cores idle while it runs alone (decision 0191)."""
    order = sorted(range(len(calls)), key=lambda index: -work[index])
    futures = {index: pool().submit(*calls[index]) for index in order}
    return [futures[index] for index in range(len(calls))]


def _wait(futures: list[Future[Processed]]) -> None:
    dialog: QProgressDialog | None = None
    if len(futures) > 1:
        dialog = QProgressDialog(_tr("Converting images…"), "", 0, len(futures))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
    while not all(future.done() for future in futures):
        if dialog is not None:
            dialog.setValue(sum(future.done() for future in futures))
        QApplication.processEvents()
        time.sleep(0.01)
    if dialog is not None:
        dialog.close()


def original_name(name: str) -> str:
    """``photo.jpg`` -> ``photo-original.jpg``: the kept original beside a same-format copy."""
    path = Path(name)
    return f"{path.stem}-original{path.suffix}"


class ImagePasteHandler:
    """``handler(mime) -> str | None`` for one tab: None lets the editor paste normally."""

    def __init__(self, tab: Any, notify: Notify | None = None) -> None:
        self.tab = tab
        self.notify = notify or (lambda _message: None)
        self.settings_for: Callable[[Any], ImageSettings] = image_settings
        self.pending: list[PendingImages] = []  # pastes whose images are still converting

    def _items(self, mime: QMimeData, files: list[Path]) -> list[Pasted]:
        from postpad.core.site.images import pasted_image_name

        items = []
        if mime.hasImage() and not files:
            image = QImage(mime.imageData())
            if not image.isNull():
                items.append(Pasted(pasted_image_name(), _png_bytes(image)))
        items.extend(Pasted(path.name, path.read_bytes()) for path in files)
        return items

    def __call__(self, mime: QMimeData) -> str | None:
        post = getattr(self.tab, "path", None)
        files = local_images(mime)
        if not files and not mime.hasImage():
            return None  # not an image: ordinary paste or drop
        if post is None:
            self.notify(_tr("Save the post first: images are stored next to it."))
            return None
        site = getattr(self.tab, "site", None)
        try:
            items = self._items(mime, files)
            if not items:
                return None
            return "\n".join(self._place(site, Path(post), items))
        except OSError as exc:
            self.notify(_tr("Could not copy the image: %1").replace("%1", error_text(exc)))
            return None

    def wait(self, timeout: float = 60.0) -> bool:
        """Turn the event loop until every pending conversion is written (tests, benchmark)."""
        deadline = time.monotonic() + timeout
        while self.pending and time.monotonic() < deadline:
            for pending in list(self.pending):
                if pending.finished:
                    pending.poll()
            QApplication.processEvents()
            time.sleep(0.005)
        return not self.pending

    def _place(self, site: Any, post: Path, items: list[Pasted]) -> list[str]:
        from postpad.core.images.process import processed_name
        from postpad.core.site.images import place_image

        settings = self.settings_for(site)
        upload = self._wants_upload(settings, len(items))
        if not upload and settings.process_options().changes_anything:
            return self._place_later(site, post, items, settings)
        results = process_all(items, settings.process_options())
        placements = []
        for item, result in zip(items, results, strict=True):
            name = processed_name(item.name, result)
            if result.changed and settings.keep_original:
                same = name.lower() == item.name.lower()
                original = original_name(item.name) if same else item.name
                place_image(site, post, name=original, data=item.data)
            placements.append(place_image(site, post, name=name, data=result.data))
        links = [placement.link for placement in placements]
        if upload:
            links = self._upload(settings, [p.target for p in placements], links)
        return links

    def _place_later(
        self, site: Any, post: Path, items: list[Pasted], settings: ImageSettings
    ) -> list[str]:
        """Link every image now; convert on the pool and write the files when done. A file
        that cannot be written removes the ones this paste already wrote or claimed."""
        from postpad.core.images.pending import Reservation, complete, reserve
        from postpad.core.images.process import plan_conversion
        from postpad.core.site.images import place_image
        from postpad.gui.site.paste_pending import PendingImages

        options = settings.process_options()
        links: list[str] = []
        reservations: list[Reservation] = []
        work: list[int] = []
        written: list[Path] = []
        try:
            for item in items:
                plan = plan_conversion(item.data, Path(item.name).suffix, options)
                if plan is None:  # passes through (SVG, animation, nothing to do): placed as is
                    placement = place_image(site, post, name=item.name, data=item.data)
                    written.append(placement.target)
                    links.append(placement.link)
                    continue
                reservation = reserve(site, post, item.name, item.data, plan.suffix)
                written.append(reservation.placement.target)
                if settings.keep_original:
                    kept = reservation.placement.target.suffix.lower()
                    same = kept == Path(item.name).suffix.lower()
                    original = original_name(item.name) if same else item.name
                    written.append(place_image(site, post, name=original, data=item.data).target)
                links.append(reservation.placement.link)
                reservations.append(reservation)
                work.append(plan.work)
        except OSError:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        if reservations:
            futures = submit_largest_first([(complete, r, options) for r in reservations], work)
            names = [r.placement.target.name for r in reservations]
            self.pending.append(
                PendingImages(self.tab, futures, self.notify, self._ended, names=names)
            )
        return links

    def _ended(self, pending: PendingImages) -> None:
        if pending in self.pending:
            self.pending.remove(pending)

    def _wants_upload(self, settings: ImageSettings, count: int) -> bool:
        if settings.uploader == "none" or settings.upload_on_paste == "never":
            return False
        if settings.upload_on_paste == "always":
            return True
        answer = QMessageBox.question(
            None, _tr("Upload Images"),
            _tr("Images pasted: %1. Upload them to the image host and link the uploaded copies?")
            .replace("%1", str(count)),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _upload(self, settings: ImageSettings, files: list[Path], links: list[str]) -> list[str]:
        # keyring and urllib load at the first upload, not at start-up (decision 0100)
        from postpad.core.images.upload import UploadError, uploader_for

        uploader = uploader_for(settings)
        if uploader is None:
            return links
        try:
            urls = uploader.upload(files)
        except UploadError as exc:
            reason = upload_error_text(settings.uploader, exc)
            self.notify(_tr("Upload failed, the local copies are linked: %1").replace("%1", reason))
            return links
        return [f"![]({url})" for url in urls]
