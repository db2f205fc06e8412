"""The Preferences dialog: editor font, appearance, engine profile, preview options."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postpad.core.engines import listed
from postpad.core.settings import Preferences


def known_profiles() -> tuple[str, ...]:
    """The engines whose dialect a post outside any site may be previewed in."""
    return listed()


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._prefs = prefs
        self.default_font = QCheckBox(self.tr("Use the built-in font stack"), self)
        self.font_family = QFontComboBox(self)
        self.font_family.setEnabled(bool(prefs.editor_font_family))
        if prefs.editor_font_family:
            self.font_family.setCurrentFont(QFont(prefs.editor_font_family))
        self.default_font.setChecked(not prefs.editor_font_family)
        self.default_font.toggled.connect(lambda on: self.font_family.setEnabled(not on))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(6, 48)
        self.font_size.setValue(prefs.editor_font_size)
        self.appearance = self._combo(
            [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
            prefs.appearance,
        )
        profiles = [(name, name.capitalize()) for name in known_profiles()]
        self.default_profile = self._combo(profiles, prefs.default_profile)
        self.dialect = self._combo(
            [("", self.tr("Same as the site")), *profiles], prefs.preview_dialect
        )
        self.remote_images = QCheckBox(self.tr("Load remote images in the preview"), self)
        self.remote_images.setChecked(prefs.remote_images)
        self.auto_pair = QCheckBox(self.tr("Close brackets and quotes automatically"), self)
        self.auto_pair.setChecked(prefs.auto_pair)
        self.soft_wrap = QCheckBox(self.tr("Wrap long lines"), self)
        self.soft_wrap.setChecked(prefs.soft_wrap)
        self._layout()

    def _combo(self, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Editor font:"), self.default_font)
        form.addRow("", self.font_family)
        form.addRow(self.tr("Font size:"), self.font_size)
        form.addRow(self.tr("Appearance:"), self.appearance)
        form.addRow(self.tr("Default engine profile:"), self.default_profile)
        form.addRow(self.tr("Preview dialect:"), self.dialect)
        form.addRow("", self.remote_images)
        form.addRow("", self.auto_pair)
        form.addRow("", self.soft_wrap)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        """The preferences as edited in the dialog."""
        family = "" if self.default_font.isChecked() else self.font_family.currentFont().family()
        return replace(
            self._prefs,
            editor_font_family=family,
            editor_font_size=self.font_size.value(),
            appearance=str(self.appearance.currentData()),
            default_profile=str(self.default_profile.currentData()),
            preview_dialect=str(self.dialect.currentData()),
            remote_images=self.remote_images.isChecked(),
            auto_pair=self.auto_pair.isChecked(),
            soft_wrap=self.soft_wrap.isChecked(),
        )
