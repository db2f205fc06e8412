"""Keep the recovery dialog above its window without a window manager.

The dialog opens as soon as the event loop runs, while the window is still being completed. With
a window manager the dialog stays above its parent (it is transient for it). Without one (a
bare X server: Xvfb, some kiosk and container set-ups) the stacking order is the order in which
windows were mapped, and the main window is mapped again after the dialog: adding the preview
(Qt WebEngine) recreates the window's native surface. The dialog ended up hidden behind it, and,
being window-modal, left a window that took no input.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: what the window goes through when it is mapped again (a new native window, shown again)
_REMAPPED = (QEvent.Type.WinIdChange, QEvent.Type.Show, QEvent.Type.WindowActivate)


class KeepAbove(QObject):
    """Raises ``dialog`` over ``window`` whenever the window may have been put on top of it."""

    def __init__(self, dialog: QWidget, window: QWidget) -> None:
        super().__init__(dialog)
        self.setObjectName("keepAbove")
        self._dialog = dialog
        window.installEventFilter(self)
        self.raise_dialog()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REMAPPED and self._dialog.isVisible():
            QTimer.singleShot(0, self, self.raise_dialog)  # after the window is mapped again
        return False

    def raise_dialog(self) -> None:
        if self._dialog.isVisible():
            self._dialog.raise_()
            self._dialog.activateWindow()
