"""What the first frame does without Python's ``Qt`` namespace (decision 0205) still happens:
WebEngine's shared GL contexts, the placeholder's centring, the splitter's orientation, the
theme once it is asked, docks on the left by default, translators replaced on a switch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from postpad.core.settings import Preferences
from postpad.gui import i18n, theme
from postpad.gui.first_view import FirstView
from postpad.gui.uistate import UiState

pytestmark = pytest.mark.gui

SHARED_CONTEXTS = """
import json
import PySide6.QtCore
from postpad.gui.app import create_application
create_application()
namespace = "Qt" in vars(PySide6.QtCore)
from PySide6.QtCore import QCoreApplication, Qt
shared = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
print(json.dumps({"shared": shared, "namespace_before": namespace}))
"""


def test_the_application_shares_gl_contexts_without_building_qt_enums(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SHARED_CONTEXTS],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["shared"] is True
    assert report["namespace_before"] is (not sys.platform.startswith("linux"))


def test_the_first_view_is_laid_out_as_before(qtbot) -> None:
    view = FirstView("正文\n", Preferences(), UiState())
    qtbot.addWidget(view)
    assert view.orientation() == Qt.Orientation.Horizontal
    placeholder = view.panes[2]
    assert isinstance(placeholder, QLabel)
    assert placeholder.alignment() == Qt.AlignmentFlag.AlignCenter
    parent = QWidget()
    qtbot.addWidget(parent)
    assert FirstView("x", Preferences(), UiState(), parent).parent() is parent


def test_a_staged_theme_asks_the_system_only_when_its_name_is_needed(qtbot, monkeypatch) -> None:
    asked: list[str] = []
    original = theme.ThemeManager._resolve

    def resolve(self: theme.ThemeManager) -> str:
        asked.append(self.appearance)
        return original(self)

    monkeypatch.setattr(theme.ThemeManager, "_resolve", resolve)
    host = QMainWindow()
    qtbot.addWidget(host)
    manager = theme.ThemeManager("system", host, staged=True)
    assert asked == []
    assert host.styleSheet() == theme.LIGHT_SHEET  # the frame's widgets look as under either
    assert manager.name in (theme.LIGHT, theme.DARK)
    assert asked == ["system"]
    expected = theme.DARK_INDICATORS if manager.name == theme.DARK else theme.LIGHT_SHEET
    assert host.styleSheet() == expected
    assert manager.editor_colors() == theme.EDITOR_COLORS[manager.name]
    assert asked == ["system"]  # once


def test_a_chosen_appearance_applies_before_the_first_frame(qtbot) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    manager = theme.ThemeManager("dark", host, staged=True)
    try:
        assert host.styleSheet() == theme.DARK_INDICATORS
        assert manager.name == theme.DARK
    finally:
        manager.set_appearance("system")  # the application palette back for later tests


def test_switching_language_still_replaces_the_installed_translators(qapp) -> None:
    i18n.install_translators(qapp, QLocale("zh_CN"))
    assert QCoreApplication.translate("menus", "&File") == "文件(&F)"
    i18n.install_translators(qapp, QLocale("en_US"))  # the Chinese ones are removed
    assert QCoreApplication.translate("menus", "&File") == "&File"
