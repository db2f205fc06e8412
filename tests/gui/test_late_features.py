"""Features attached after the first frame (decision 0151): the early ones before it, the rest
one per event-loop turn, a key pressed meanwhile not lost, the open post followed, docks restored.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QMenu

from postpad.core.settings import Preferences
from postpad.gui.features import FEATURES
from postpad.gui.find import FIND
from postpad.gui.focus import FOCUS
from postpad.gui.outline import OUTLINE
from postpad.gui.protocols import SITE
from postpad.gui.recovery.attach import RECOVERY
from postpad.gui.startup_stages import LateFeatures

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


def _new_window(tmp_path: Path) -> object:
    from postpad.gui.app import create_application
    from postpad.gui.mainwindow import MainWindow

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    window = MainWindow(Preferences(), tmp_path / "config" / "preferences.json")
    window.resize(1100, 700)
    return window


def _close(window: object) -> None:
    window.attach_remaining_features()  # type: ignore[attr-defined]
    for tab in window.tabs():  # type: ignore[attr-defined]
        tab.editor.document().setModified(False)
    assert window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[object]:
    """The real main window, built and not shown: only the early features attached."""
    built = _new_window(tmp_path)
    yield built
    _close(built)


@pytest.fixture
def hexo_post(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    shutil.copytree(SITES / "hexo-butterfly", root)
    return root / "source" / "_posts" / "python-notes.md"


def test_only_the_early_features_attach_before_the_first_frame(qtbot, window) -> None:
    assert {f.module for f in FEATURES if f.early} == {
        "postpad.gui.i18n.attach",
        "postpad.gui.recovery.attach",
        "postpad.gui.site.attach",
    }
    assert window.features.get(RECOVERY) is not None  # journal before any edit
    assert window.features.get(SITE) is not None
    assert window.features.get(FIND) is None
    assert not window.features_attached
    QCoreApplication.processEvents()
    assert window.features.get(FIND) is None  # not shown, nothing painted: nothing more


def test_the_others_attach_one_per_turn_after_the_first_frame(qtbot, window) -> None:
    attached: list[int] = []
    window.features_ready.connect(lambda: attached.append(len(window.features.names())))
    # each event-loop turn of the late features (their _step) attaches one: counted per turn,
    # not by polling, which a fast machine outruns (it saw 3, 9, 17 and failed)
    late = window._late_features
    step = late._step
    per_turn: list[int] = []

    def counted_step() -> None:
        before = len(window.features.names())
        step()
        per_turn.append(len(window.features.names()) - before)

    late._step = counted_step
    window.show()
    qtbot.waitUntil(lambda: window.features_attached, timeout=10000)
    assert window.features.get(FIND) is not None
    assert window.features.get(OUTLINE) is not None
    assert attached == [len(window.features.names())]
    assert len(per_turn) > 3  # several turns: not all in one go
    assert max(per_turn) == 1, per_turn


def test_with_a_post_open_they_wait_for_its_first_preview(
    qtbot, window, hexo_post, monkeypatch
) -> None:
    from postpad.gui import window_start

    monkeypatch.setattr(window_start, "LATE_WAIT_MS", 60000)  # no fallback: the preview decides
    [tab] = window.open_paths([hexo_post])
    order: list[str] = []
    tab.preview.patch_applied.connect(lambda _version: order.append("preview"))
    window.features_ready.connect(lambda: order.append("features"))
    window.show()
    qtbot.waitUntil(lambda: window.features_attached, timeout=20000)
    assert order[:2] == ["preview", "features"]


def test_a_shortcut_pressed_before_its_feature_attached_still_works(
    qtbot, window, hexo_post, monkeypatch
) -> None:
    monkeypatch.setattr(LateFeatures, "start", lambda self: None)  # the user is faster
    [tab] = window.open_paths([hexo_post])
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tab.editor.setFocus()
    assert window.features.get(FIND) is None
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.features_attached
    assert window.findChild(QDockWidget, "findDock").isVisible()  # Edit › Find… ran
    assert tab.text() == hexo_post.read_text(encoding="utf-8")  # no "f" typed instead


def test_a_shortcut_pressed_early_runs_once(qtbot, window, hexo_post, monkeypatch) -> None:
    monkeypatch.setattr(LateFeatures, "start", lambda self: None)
    [tab] = window.open_paths([hexo_post])
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tab.editor.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.features.require(FOCUS).zoom_step == 1  # View › Zoom In, once


def test_a_letter_typed_early_is_typed_once(qtbot, window, hexo_post, monkeypatch) -> None:
    monkeypatch.setattr(LateFeatures, "start", lambda self: None)
    [tab] = window.open_paths([hexo_post])
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tab.editor.setFocus()
    before = tab.text()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier)
    assert window.features_attached
    assert len(tab.text()) == len(before) + 1
    assert tab.text().count("x") == before.count("x") + 1


def test_a_menu_clicked_before_the_features_attached_is_complete(
    qtbot, window, monkeypatch
) -> None:
    monkeypatch.setattr(LateFeatures, "start", lambda self: None)
    window.show()
    qtbot.waitExposed(window)
    bar = window.menuBar()
    edit = window.menu("edit")
    where = bar.actionGeometry(edit.menuAction()).center()
    QTest.mousePress(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, where))
    assert window.features_attached
    assert "actionFind" in [action.objectName() for action in edit.actions()]
    edit.close()


def test_late_features_follow_the_post_opened_before_they_attached(
    qtbot, window, hexo_post
) -> None:
    window.open_paths([hexo_post])  # as from the command line, before the first frame
    window.show()
    qtbot.waitUntil(lambda: window.features_attached, timeout=10000)
    # Insert › tags shows the site's libraries (a Hexo + Butterfly blog: no Hugo shortcodes)
    assert window.findChild(QMenu, "menuButterflyTags").menuAction().isVisible()
    assert not window.findChild(QMenu, "menuHugoShortcodes").menuAction().isVisible()


def test_a_late_features_dock_goes_back_where_it_was_saved(qtbot, tmp_path: Path) -> None:
    first = _new_window(tmp_path)
    first.attach_remaining_features()
    outline = first.findChild(QDockWidget, "outlineDock")
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, outline)
    outline.show()
    _close(first)  # saves the layout
    again = _new_window(tmp_path)
    try:
        again.show()
        qtbot.waitUntil(lambda: again.features_attached, timeout=10000)
        dock = again.findChild(QDockWidget, "outlineDock")
        assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert dock.isVisible()
    finally:
        _close(again)


def test_a_recreated_native_window_does_not_stop_the_late_features(qtbot, tmp_path: Path) -> None:
    """Under X11 Qt replaces the window's QWindow when WebEngine's view arrives; the late
    features must still finish (and their docks go back) with the first one deleted."""
    window = _new_window(tmp_path)
    try:
        window.show()
        qtbot.waitExposed(window)
        first_handle = window.windowHandle()
        window.destroy()  # what a GL child does to the platform window under X11
        window.show()
        qtbot.waitExposed(window)
        assert window.windowHandle() is not first_handle
        ready: list[bool] = []
        window.features_ready.connect(lambda: ready.append(True))
        window.attach_remaining_features()
        assert ready == [True]
        assert window.features_attached
    finally:
        _close(window)
