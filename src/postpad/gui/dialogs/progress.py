"""Run a core job on a worker thread behind a modal progress dialog; the UI keeps painting."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


def run_with_progress(
    parent: QWidget, label: str, job: Callable[[Progress], T], title: str = ""
) -> T | None:
    """``job(progress)`` off the UI thread; None (and a message) when it raised. Shared by
    window features (images, paste), so it lives outside them."""
    state = {"done": 0, "total": 0}

    def progress(done: int, total: int) -> None:  # called on the worker thread
        state["done"], state["total"] = done, total

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(200)
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(job, progress)
        while not future.done():
            if state["total"]:
                dialog.setMaximum(state["total"])
                dialog.setValue(state["done"])
            QApplication.processEvents()
            time.sleep(0.02)
    dialog.close()
    error: Any = future.exception()
    if error is not None:
        from postpad.gui.errors import error_text

        title = title or QCoreApplication.translate("ImagesFeature", "Images")
        QMessageBox.warning(parent, title, error_text(error))
        return None
    return future.result()
