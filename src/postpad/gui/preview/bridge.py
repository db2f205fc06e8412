"""The QWebChannel object the page talks to (named ``bridge`` on the page)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class PreviewBridge(QObject):
    block_clicked = Signal(int)
    scrolled_to_line = Signal(int)

    @Slot(int)
    def blockClicked(self, line: int) -> None:
        self.block_clicked.emit(line)

    @Slot(int)
    def scrolledToLine(self, line: int) -> None:
        self.scrolled_to_line.emit(line)
