"""Git feature: the Git panel (a dock, View › Git Panel) and File › Git (Diff with Last Commit,
Commit…, Pull, Push, Backup Commit on Save). Listed in ``postpad.gui.features.FEATURES``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from postpad.gui.git.controller import GitController
from postpad.gui.git.panel import GitPanel
from postpad.gui.i18n import keep_text
from postpad.gui.protocols import GIT, FeatureWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("GitFeature", text)


def _action(
    window: FeatureWindow,
    menu: QMenu,
    name: str,
    text: Callable[[], str],
    slot: Callable[..., object],
) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    keep_text(window, action, text)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def attach(window: FeatureWindow) -> None:
    panel = GitPanel()
    dock = window.add_side_panel(panel, "", "gitDock", Qt.DockWidgetArea.RightDockWidgetArea)
    keep_text(dock, dock, lambda: _t("Git"))
    site_dock = window.findChild(type(dock), "siteDock")
    if site_dock is not None:
        window.tabifyDockWidget(site_dock, dock)
        site_dock.raise_()
    dock.hide()  # shown on demand; a restored layout brings it back
    toggle = dock.toggleViewAction()
    toggle.setObjectName("actionShowGitPanel")
    keep_text(dock, toggle, lambda: _t("&Git Panel"))
    controller = GitController(window, panel)
    window.features.add(GIT, controller)
    menu = QMenu(window)
    menu.setObjectName("menu_git")
    keep_text(window, menu, lambda: _t("&Git"))
    menu.addAction(toggle)
    diff = _action(window, menu, "actionGitDiff", lambda: _t("&Diff with Last Commit"),
                   controller.diff)  # fmt: skip
    diff.setShortcut(QKeySequence("Ctrl+Alt+D"))
    _action(window, menu, "actionGitCommit", lambda: _t("&Commit…"), lambda: controller.commit())
    _action(window, menu, "actionGitPull", lambda: _t("P&ull"), controller.pull)
    _action(window, menu, "actionGitPush", lambda: _t("Pu&sh"), controller.push)
    menu.addSeparator()
    backup = _action(window, menu, "actionGitBackup", lambda: _t("&Backup Commit on Save"),
                     controller.set_backup_enabled)  # fmt: skip
    backup.setCheckable(True)
    backup.setChecked(controller.backup_enabled())
    window.menu("file").addMenu(menu)
