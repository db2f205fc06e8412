"""The i18n feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from postpad.gui.i18n import (
    apply_override,
    available_languages,
    keep_translated,
    language_override,
    set_language,
)
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow


def attach(window: FeatureWindow) -> None:
    """Apply the language override, and add View > Language (a change applies at once)."""
    keep_translated(window, window.retranslate)
    apply_override(window)
    menu = window.menu("view").addMenu("")
    menu.setObjectName("menuLanguage")
    keep_translated(
        window, lambda: menu.setTitle(QCoreApplication.translate("Language", "&Language"))
    )
    group = QActionGroup(window)
    current = language_override()
    choices = {"": ""}
    choices.update(available_languages())
    for code, name in choices.items():
        action = named(QAction(name, window), f"actionLanguage_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, c=code: set_language(c, window.settings))
        group.addAction(action)
        menu.addAction(action)
    system = group.actions()[0]
    keep_translated(
        window, lambda: system.setText(QCoreApplication.translate("Language", "System Default"))
    )
