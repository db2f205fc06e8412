"""The wordcount_popup feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from postpad.gui.i18n import keep_text
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow
from postpad.gui.wordcount_popup import (
    WORD_COUNT,
    WordCountPopup,
    _ClickOpens,
    post_stats,
    selection_stats,
)


def attach(window: FeatureWindow) -> None:
    """Tools > Word Count… and a click on the status bar's count open the popup."""
    popup = WordCountPopup(window)
    window.features.add(WORD_COUNT, popup)

    def open_popup() -> None:
        tab = window.current_tab()
        if tab is None:
            return
        status = window.status_bar()
        rule = getattr(status, "count_rule", None)  # the status bar's rule (decision 0276)
        popup.show_counts(
            post_stats(tab.editor.toPlainText()),
            selection_stats(tab.editor),
            rule() if callable(rule) else None,
        )
        label = status.findChild(QLabel, "statusWords") if status is not None else None
        if label is not None and label.isVisible():
            popup.popup_at(label.mapToGlobal(QPoint(0, 0)))
        else:
            popup.popup_at(window.mapToGlobal(window.rect().center()))

    action = named(QAction(window), "actionWordCount")
    keep_text(window, action, lambda: QCoreApplication.translate("WordCountPopup", "&Word Count…"))
    action.triggered.connect(open_popup)
    window.menu("tools").addAction(action)
    status = window.status_bar()
    label = status.findChild(QLabel, "statusWords") if status is not None else None
    if label is not None:
        _ClickOpens(label, open_popup)
