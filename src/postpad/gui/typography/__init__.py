"""Chinese typography in the editor: underlined findings, a findings panel, quick fixes, and
the paragraph indentation commands of the Format menu."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCursor

from postpad.core.settings_registry import (
    TYPOGRAPHY_AUTO_INDENT,
    TYPOGRAPHY_CHECK,
    TYPOGRAPHY_INDENT_FORM,
    TYPOGRAPHY_SPACING,
)
from postpad.core.typography import SPACING_POLICIES, SpacingPolicy, TypographyOptions
from postpad.gui.editor.context_menu import context_menu_for
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow
from postpad.gui.typography.controller import TypographyController, typography_controller
from postpad.gui.typography.indent_commands import auto_indenter, indent, unindent
from postpad.gui.typography.messages import fix_label
from postpad.gui.typography.panel import TypographyPanel
from postpad.gui.typography.paragraph_lines import lines_break

__all__ = ["TypographyController", "TypographyFeature", "typography_controller"]


def _policy(value: object) -> SpacingPolicy:
    for policy in SPACING_POLICIES:
        if value == policy:
            return policy
    return "ignore"


class TypographyFeature(QObject):
    """Window-wide typography state applied to each tab's editor."""

    def __init__(self, window: FeatureWindow, panel: TypographyPanel) -> None:
        super().__init__(window)
        self.setObjectName("typographyFeature")
        self._window = window
        self.panel = panel
        self._settings = window.settings
        self.checking = self._settings.get(TYPOGRAPHY_CHECK)
        self.spacing = _policy(self._settings.get(TYPOGRAPHY_SPACING))
        self.auto_indent = self._settings.get(TYPOGRAPHY_AUTO_INDENT)
        window.current_tab_changed.connect(self.follow)
        panel.go_to_position.connect(self._go_to)

    def options(self) -> TypographyOptions:
        return TypographyOptions(spacing=self.spacing)

    def _tabs(self) -> list[DocumentTabView]:
        return list(self._window.tabs())

    def prepare(self, tab: DocumentTabView) -> TypographyController:
        controller = typography_controller(tab.editor)
        if controller.property("postpadPrepared") is None:
            controller.setProperty("postpadPrepared", True)
            context_menu_for(tab.editor).register(
                "typography", lambda position: self._fix_actions(controller, position)
            )
        controller.set_options(self.options())
        if controller.enabled() != self.checking:
            controller.set_enabled(self.checking)
        indenter = auto_indenter(tab.editor)
        indenter.enabled = self.auto_indent
        indenter.lines_break = lambda: lines_break(tab)
        return controller

    def follow(self, tab: DocumentTabView | None = None) -> None:
        tab = tab if tab is not None else self._window.current_tab()
        self.panel.set_controller(self.prepare(tab) if tab is not None else None)

    def _apply_all(self) -> None:
        for tab in self._tabs():
            self.prepare(tab)
        self.follow()

    def set_checking(self, on: bool) -> None:
        self.checking = on
        self._settings.set(TYPOGRAPHY_CHECK, on)
        self._apply_all()

    def set_spacing(self, policy: str) -> None:
        self.spacing = _policy(policy)
        self._settings.set(TYPOGRAPHY_SPACING, policy)
        self._apply_all()

    def set_auto_indent(self, on: bool) -> None:
        self.auto_indent = on
        self._settings.set(TYPOGRAPHY_AUTO_INDENT, on)
        self._apply_all()

    def indent(self, form: str) -> None:
        tab = self._window.current_tab()
        if tab is not None:
            self._settings.set(TYPOGRAPHY_INDENT_FORM, form)
            indent(tab.editor, form, each_line=lines_break(tab))  # decision 0221

    def unindent(self) -> None:
        tab = self._window.current_tab()
        if tab is not None:
            unindent(tab.editor)

    def fix_all(self) -> None:
        tab = self._window.current_tab()
        if tab is not None:
            typography_controller(tab.editor).fix_all()

    def _fix_actions(self, controller: TypographyController, position: int) -> list[QAction]:
        actions = []
        for finding in controller.findings_at(position):
            if finding.fix is None:
                continue
            action = QAction(fix_label(finding))
            action.triggered.connect(lambda _=False, f=finding: controller.fix(f))
            actions.append(action)
        return actions

    def _go_to(self, position: int) -> None:
        tab = self._window.current_tab()
        if tab is not None:
            cursor = tab.editor.textCursor()
            cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
            tab.editor.setTextCursor(cursor)
            tab.editor.centerCursor()
            tab.editor.setFocus()


TYPOGRAPHY: FeatureKey[TypographyFeature] = FeatureKey("typography")
