"""Pasted images still converting after their links went in (decision 0144).

The worker threads write the files; this object, on the UI thread, shows the progress in the
status bar, puts a failed image's own link in place of the reserved one, and reloads the
preview's images once the files are there.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QTextDocument

from postpad.core.images.pending import Completed
from postpad.gui.errors import error_text
from postpad.gui.preview.reload_images import RELOAD_BROKEN_IMAGES

POLL_MS = 100

# The converted files (``names``) load again too, once: until converted they held the original
# (decision 0192), which the preview may have shown under the same address.
_RELOAD_CONVERTED = """
(function (names) {
  for (const img of document.images) {
    if (!img.src) continue;
    const url = new URL(img.src);
    const file = decodeURIComponent(url.pathname.split("/").pop());
    if (names.includes(file) && !url.searchParams.has("postpad-reload")) {
      url.searchParams.set("postpad-reload", String(Date.now()));
      img.src = url.href;
    }
  }
})(%s);
"""


_HIDE_PENDING = """
(function (id, names) {
  let style = document.getElementById(id);
  if (!names.length) { if (style) style.remove(); return; }
  if (!style) {
    style = document.createElement("style");
    style.id = id;
    document.head.appendChild(style);
  }
  const images = names.map(n => `img[src$="/${n}"]`).join(", ");
  const holders = names.map(n => `:is(p, a, figure):has(> img[src$="/${n}"])`).join(", ");
  style.textContent = `${images} { visibility: hidden; }
${holders} { background: repeating-linear-gradient(135deg, rgba(128, 128, 128, 0.10) 0 8px,
  transparent 8px 16px); }`;
})(%s, %s);
"""


def hide_pending_script(paste_id: str, names: list[str]) -> str:
    """The preview keeps the images of a paste still converting (``names``, file names) hidden,
    over a striped box of their size, until the paste's last conversion ends: the files hold
    the originals until then (decision 0192), whose full-size decode, and the converted files'
    as each lands, the web engine would do on the cores the conversions need (decision 0227).
    An empty ``names`` removes the rule."""
    quoted = sorted({quote(name) for name in names})  # as file URLs write them (Path.as_uri)
    return _HIDE_PENDING % (json.dumps(paste_id), json.dumps(quoted))


def reload_images_script(names: list[str]) -> str:
    """The preview's reload after a paste's conversions: the broken images, and those showing
    one of the files ``names`` that are not reloaded yet."""
    return RELOAD_BROKEN_IMAGES + _RELOAD_CONVERTED % json.dumps(sorted(set(names)))


#: the reload runs again after these delays: a preview patch that was on its way when the
#: files landed may show a load that failed before them (a loaded machine)
RELOAD_AGAIN_MS = (500, 2000)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteFeature", text)


def replace_link(editor: Any, old: str, new: str) -> bool:
    """Put ``new`` in place of the first ``old`` in the editor (one undo step)."""
    flags = QTextDocument.FindFlag.FindCaseSensitively
    cursor = editor.document().find(old, 0, flags)
    if cursor.isNull():
        return False  # the author removed or changed the link meanwhile
    cursor.insertText(new)
    return True


class PendingImages(QObject):
    """The conversions of one paste: ``done`` is called once all have ended."""

    def __init__(
        self,
        tab: Any,
        futures: list[Future[Completed]],
        notify: Callable[[str], None],
        done: Callable[[PendingImages], None] | None = None,
        names: list[str] | None = None,
    ) -> None:
        super().__init__(tab if isinstance(tab, QObject) else None)
        self.tab = tab
        self.futures = futures
        self.notify = notify
        self._done = done
        self._shown = -1
        self._over = False
        self._converted: list[str] = []  # the converted files' names, for the preview
        self._style_id = f"postpad-pending-{id(self):x}"
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self._run_in_preview(hide_pending_script(self._style_id, list(names or ())))  # 0227

    @property
    def finished(self) -> bool:
        return all(future.done() for future in self.futures)

    def poll(self) -> None:
        if self._over:
            return
        count = sum(future.done() for future in self.futures)
        if count == len(self.futures):
            self._over = True
            self._timer.stop()
            self._finish()
            return
        if count != self._shown:
            self._shown = count
            self.notify(
                _tr("Converting images… %1/%2")
                .replace("%1", str(count))
                .replace("%2", str(len(self.futures)))
            )

    def _finish(self) -> None:
        failed, errors = 0, []
        for future in self.futures:
            error = future.exception()
            if error is not None:
                errors.append(error_text(error))
                continue
            completed = future.result()
            if completed.converted:
                self._converted.append(completed.placement.target.name)
            else:
                failed += 1
                self._relink(completed)
        if errors:  # the file still holds the original (decision 0192)
            self.notify(
                _tr("Could not write a converted image; the original stays linked: %1").replace(
                    "%1", errors[0]
                )
            )
        elif failed:
            self.notify(
                _tr("Images not converted, their originals linked: %1").replace("%1", str(failed))
            )
        else:
            self.notify(_tr("Images converted: %1").replace("%1", str(len(self.futures))))
        self._reload_preview()
        if self._done is not None:
            self._done(self)

    def _relink(self, completed: Completed) -> None:
        editor = getattr(self.tab, "editor", None)
        if editor is None:
            return
        with contextlib.suppress(RuntimeError):  # the tab was closed meanwhile
            replace_link(editor, completed.reservation.placement.link, completed.placement.link)

    def _reload_preview(self) -> None:
        self._reload_once()
        for delay in RELOAD_AGAIN_MS:
            QTimer.singleShot(delay, self, self._reload_once)

    def _reload_once(self) -> None:
        self._run_in_preview(
            reload_images_script(self._converted) + hide_pending_script(self._style_id, [])
        )

    def _run_in_preview(self, script: str) -> None:
        preview = getattr(self.tab, "preview", None)
        with contextlib.suppress(RuntimeError, AttributeError):
            if preview is not None and preview.ready:
                preview.run_js(script)
