"""The typography feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup

from postpad.gui.i18n import keep_text
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow
from postpad.gui.typography import TYPOGRAPHY, TypographyFeature
from postpad.gui.typography.panel import TypographyPanel


def _checkable(window: FeatureWindow, text: Callable[[], str], name: str, checked: bool) -> QAction:
    action = named(QAction(window), name)
    keep_text(window, action, text)
    action.setCheckable(True)
    action.setChecked(checked)
    return action


def _format_menu(window: FeatureWindow, feature: TypographyFeature) -> None:
    menu = window.menu("format")
    menu.addSeparator()
    indent_menu = menu.addMenu("")
    keep_text(
        window,
        indent_menu,
        lambda: QCoreApplication.translate("TypographyFeature", "I&ndent Paragraphs"),
    )
    indent_menu.setObjectName("menuIndentParagraphs")
    forms = [
        (
            "ensp",
            lambda: QCoreApplication.translate(
                "TypographyFeature", "With Four &En Spaces (&&ensp;)"
            ),
        ),
        (
            "emsp",
            lambda: QCoreApplication.translate(
                "TypographyFeature", "With Two E&m Spaces (&&emsp;)"
            ),
        ),
        (
            "ideographic",
            lambda: QCoreApplication.translate(
                "TypographyFeature", "With Two &Full-Width Spaces (　)"
            ),
        ),
    ]
    for form, label in forms:
        action = named(QAction(window), f"actionIndent_{form}")
        keep_text(window, action, label)
        action.triggered.connect(lambda _=False, f=form: feature.indent(f))
        indent_menu.addAction(action)
    remove = named(QAction(window), "actionUnindent")
    keep_text(
        window,
        remove,
        lambda: QCoreApplication.translate("TypographyFeature", "&Remove Paragraph Indentation"),
    )
    remove.triggered.connect(feature.unindent)
    menu.addAction(remove)
    auto = _checkable(
        window,
        lambda: QCoreApplication.translate("TypographyFeature", "&Auto-Indent New Paragraphs"),
        "actionAutoIndent",
        feature.auto_indent,
    )
    auto.toggled.connect(feature.set_auto_indent)
    menu.addAction(auto)


def _tools_menu(window: FeatureWindow, feature: TypographyFeature) -> None:
    menu = window.menu("tools")
    menu.addSeparator()
    check = _checkable(
        window,
        lambda: QCoreApplication.translate("TypographyFeature", "Check &Typography"),
        "actionCheckTypography",
        feature.checking,
    )
    check.toggled.connect(feature.set_checking)
    menu.addAction(check)
    spacing_menu = menu.addMenu("")
    keep_text(
        window,
        spacing_menu,
        lambda: QCoreApplication.translate("TypographyFeature", "&Space Between Chinese and Latin"),
    )
    spacing_menu.setObjectName("menuSpacing")
    group = QActionGroup(window)
    labels = {
        "require": lambda: QCoreApplication.translate("TypographyFeature", "&Require a Space"),
        "forbid": lambda: QCoreApplication.translate("TypographyFeature", "&Forbid Spaces"),
        "ignore": lambda: QCoreApplication.translate("TypographyFeature", "&Ignore"),
    }
    for policy, label in labels.items():
        action = _checkable(window, label, f"actionSpacing_{policy}", feature.spacing == policy)
        action.triggered.connect(lambda _=False, p=policy: feature.set_spacing(p))
        group.addAction(action)
        spacing_menu.addAction(action)
    fix_all = named(QAction(window), "actionFixAll")
    keep_text(
        window,
        fix_all,
        lambda: QCoreApplication.translate("TypographyFeature", "&Fix All Typography Problems"),
    )
    fix_all.triggered.connect(feature.fix_all)
    menu.addAction(fix_all)


def attach(window: FeatureWindow) -> None:
    """Add the Typography panel, Format > indentation commands and Tools > typography checks."""
    panel = TypographyPanel()
    dock = window.add_side_panel(
        panel, "", "typographyDock", Qt.DockWidgetArea.BottomDockWidgetArea
    )
    keep_text(dock, dock, lambda: QCoreApplication.translate("TypographyFeature", "Typography"))
    dock.hide()
    feature = TypographyFeature(window, panel)
    _format_menu(window, feature)
    _tools_menu(window, feature)
    toggle = dock.toggleViewAction()
    keep_text(
        dock,
        toggle,
        lambda: QCoreApplication.translate("TypographyFeature", "T&ypography Problems"),
    )
    toggle.setObjectName("actionShowTypography")  # add_side_panel put it in the View menu
    window.features.add(TYPOGRAPHY, feature)
    feature.follow()
