"""Light and dark appearance: follows the system colour scheme unless the user overrides it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

LIGHT = "light"
DARK = "dark"

EDITOR_COLORS: dict[str, dict[str, str]] = {
    LIGHT: {
        "text": "#24292f",
        "heading": "#0b5cad",
        "emphasis": "#6e4a9e",
        "strong": "#24292f",
        "strike": "#6e7781",
        "code": "#b3401a",
        "fence": "#5a6b7b",
        "link": "#0a7e6e",
        "url": "#0a7e6e",
        "image": "#8a5a00",
        "quote": "#57606a",
        "list": "#cf222e",
        "html": "#8250df",
        "entity": "#953800",
        "frontmatter": "#6e7781",
        "frontmatter_key": "#0550ae",
        "tag": "#1a7f37",
        "comment": "#6e7781",
        "rule": "#6e7781",
        "escape": "#6e7781",
    },
    DARK: {
        "text": "#d4d7dc",
        "heading": "#7cb7ff",
        "emphasis": "#d2a8ff",
        "strong": "#f0f3f6",
        "strike": "#8b949e",
        "code": "#ffa657",
        "fence": "#a5b3c2",
        "link": "#56d4bc",
        "url": "#56d4bc",
        "image": "#e3b341",
        "quote": "#9da7b3",
        "list": "#ff7b72",
        "html": "#d2a8ff",
        "entity": "#ffa657",
        "frontmatter": "#8b949e",
        "frontmatter_key": "#79c0ff",
        "tag": "#7ee787",
        "comment": "#8b949e",
        "rule": "#8b949e",
        "escape": "#8b949e",
    },
}


HINT_RULE = 'QLabel[postpadRole="hint"] {{ color: {}; }}'
LIGHT_SHEET = HINT_RULE.format("#9a4d00")
"""Warnings under form fields (typos in keys, missing images): orange that reads as text."""

DARK_INDICATORS = (
    HINT_RULE.format("#e8a45c")
    + """
QRadioButton::indicator { width: 12px; height: 12px; border-radius: 7px;
    border: 1px solid #8b949e; background: #1b1d21; }
QRadioButton::indicator:checked { border: 1px solid #7cb7ff; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
    stop: 0 #7cb7ff, stop: 0.5 #7cb7ff, stop: 0.6 #1b1d21, stop: 1 #1b1d21); }
QRadioButton::indicator:disabled { border-color: #4a5059; }
"""
)
"""Fusion draws radio buttons with dark-on-dark outlines from a dark palette: the ring vanished
and an unchecked button looked like a filled (checked) one. WCAG asks 3:1 for such controls."""


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    # Fusion's highlight gives white selected text 3.7:1; AA asks 4.5:1.
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a65b0"))
    return palette


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#23262b",
        QPalette.ColorRole.WindowText: "#d4d7dc",
        QPalette.ColorRole.Base: "#1b1d21",
        QPalette.ColorRole.AlternateBase: "#262a30",
        QPalette.ColorRole.ToolTipBase: "#2d3138",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Text: "#d4d7dc",
        QPalette.ColorRole.Button: "#2b2f36",
        QPalette.ColorRole.ButtonText: "#d4d7dc",
        QPalette.ColorRole.BrightText: "#ff7b72",
        QPalette.ColorRole.Highlight: "#2f5f9e",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7cb7ff",
        QPalette.ColorRole.PlaceholderText: "#7d8590",
        QPalette.ColorRole.Mid: "#3a3f47",
        QPalette.ColorRole.Dark: "#15171a",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return palette


class ThemeManager(QObject):
    """Owns the effective appearance; emits ``changed(name)`` with ``"light"`` or ``"dark"``."""

    changed = Signal(str)

    def __init__(
        self, appearance: str = "system", parent: QObject | None = None, *, staged: bool = False
    ) -> None:
        """``staged``: for a staged start's first frame (decision 0205). Following the system,
        the scheme is asked for when ``name`` is first read: its answer is a ``Qt`` enum, and
        PySide6 builds all ~90 of the namespace's enums then. Until then the window has the
        light sheet, which only styles hint labels and radio buttons (none in that frame), and
        the application keeps the system palette it already has."""
        super().__init__(parent)
        self._appearance = appearance
        self._system_palette = QApplication.palette()
        self._name: str | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        if staged and appearance == "system":
            self._apply_sheet(LIGHT_SHEET)
        else:
            self.resolve()

    def resolve(self) -> str:
        """The effective appearance, applied (once; later changes arrive by signal)."""
        if self._name is None:
            self._name = self._resolve()
            self._apply_palette()
        return self._name

    @property
    def name(self) -> str:
        return self.resolve()

    @property
    def appearance(self) -> str:
        return self._appearance

    def editor_colors(self) -> dict[str, str]:
        return EDITOR_COLORS[self.name]

    def set_appearance(self, appearance: str) -> None:
        """``"system"``, ``"light"`` or ``"dark"``."""
        self._appearance = appearance
        self._update()

    def toggle_dark(self) -> None:
        self.set_appearance(LIGHT if self.name == DARK else DARK)

    def _resolve(self) -> str:
        if self._appearance in (LIGHT, DARK):
            return self._appearance
        from PySide6.QtCore import Qt  # not at import: see __init__

        scheme = QGuiApplication.styleHints().colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._appearance == "system":
            self._update()

    def _update(self) -> None:
        name = self._resolve()
        if name == self._name:
            return
        self._name = name
        self._apply_palette()
        self.changed.emit(name)

    def _apply_palette(self) -> None:
        # The system palette already matches in "system" mode; an override needs our own.
        if self._appearance == "system":
            QApplication.setPalette(self._system_palette)
        else:
            QApplication.setPalette(_dark_palette() if self._name == DARK else _light_palette())
        # The palette first, then the sheet: re-polishing under a new sheet fixes each widget's
        # palette to the application's as it is then (sheet first left the editor and the form
        # light in a dark window). The sheet goes on the window, not the application: an
        # application-wide sheet re-polishes every widget of the process, including ones being
        # deleted (a crash).
        self._apply_sheet(DARK_INDICATORS if self._name == DARK else LIGHT_SHEET)

    def _apply_sheet(self, sheet: str) -> None:
        window = self.parent()
        if isinstance(window, QWidget) and window.styleSheet() != sheet:
            window.setStyleSheet(sheet)
