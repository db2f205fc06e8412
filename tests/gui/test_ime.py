"""Input-method check: fcitx requested but the PySide6 wheel has no fcitx plugin."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.gui import ime

pytestmark = pytest.mark.gui

WHEEL_PLUGINS = [
    "libcomposeplatforminputcontextplugin.so",
    "libibusplatforminputcontextplugin.so",
    "libqtvirtualkeyboardplugin.so",
]


def _plugins(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "plugins"
    (folder / "platforminputcontexts").mkdir(parents=True)
    for name in names:
        (folder / "platforminputcontexts" / name).write_bytes(b"")
    return folder


def test_fcitx_without_plugin_is_a_problem(tmp_path: Path) -> None:
    plugins = _plugins(tmp_path, WHEEL_PLUGINS)
    problem = ime.find_problem({"QT_IM_MODULE": "fcitx"}, [plugins], "linux")
    assert problem is not None
    assert problem.requested == "fcitx"
    assert problem.source == "QT_IM_MODULE"
    assert "ibus" in problem.available
    assert ime.FIX_ENV in ime.warning_text(problem)


def test_gtk_or_xim_setting_reveals_fcitx_when_qt_variable_is_unset(tmp_path: Path) -> None:
    plugins = _plugins(tmp_path, WHEEL_PLUGINS)
    gtk = ime.find_problem({"GTK_IM_MODULE": "fcitx"}, [plugins], "linux")
    assert gtk is not None
    assert gtk.source == "GTK_IM_MODULE"
    xim = ime.find_problem({"XMODIFIERS": "@im=fcitx"}, [plugins], "linux")
    assert xim is not None
    assert xim.source == "XMODIFIERS"


def test_available_plugins_and_other_platforms_are_fine(tmp_path: Path) -> None:
    plugins = _plugins(tmp_path, [*WHEEL_PLUGINS, "libfcitx5platforminputcontextplugin.so"])
    assert ime.find_problem({"QT_IM_MODULE": "fcitx"}, [plugins], "linux") is None
    assert ime.find_problem({"QT_IM_MODULE": "fcitx5"}, [plugins], "linux") is None
    wheel = _plugins(tmp_path / "w", WHEEL_PLUGINS)
    assert ime.find_problem({"QT_IM_MODULE": "ibus"}, [wheel], "linux") is None
    assert ime.find_problem({}, [wheel], "linux") is None
    assert ime.find_problem({"QT_IM_MODULE": "fcitx"}, [wheel], "win32") is None
    offscreen = {"QT_IM_MODULE": "fcitx", "QT_QPA_PLATFORM": "offscreen"}
    assert ime.find_problem(offscreen, [wheel], "linux") is None


def test_the_real_wheel_has_no_fcitx_plugin() -> None:
    """Guards the premise: if a future wheel ships fcitx, this check can go."""
    keys = ime.plugin_keys(
        p.name for d in ime.qt_plugin_dirs({}) for p in (d / "platforminputcontexts").glob("*")
    )
    assert "ibus" in keys
    assert "fcitx" not in keys
    problem = ime.find_problem({"QT_IM_MODULE": "fcitx"}, ime.qt_plugin_dirs({}), "linux")
    assert problem is not None


def test_warned_once_per_distinct_setting(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    problem = ime.ImeProblem("fcitx", "QT_IM_MODULE", ("ibus",))
    assert ime.should_warn(problem, env)
    ime.remember_warned(problem, env)
    assert not ime.should_warn(problem, env)
    other = ime.ImeProblem("fcitx", "GTK_IM_MODULE", ("ibus",))
    assert ime.should_warn(other, env)


def test_warn_once_shows_a_dialog_the_first_time(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plugins = _plugins(tmp_path, WHEEL_PLUGINS)
    monkeypatch.setenv("QT_IM_MODULE", "fcitx")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # only the environment check reads it
    monkeypatch.setattr(ime, "qt_plugin_dirs", lambda: [plugins])
    monkeypatch.setattr(ime.sys, "platform", "linux")
    from PySide6.QtWidgets import QApplication, QMessageBox

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    before = len(boxes())
    assert ime.warn_once() is not None
    shown = boxes()
    assert len(shown) == before + 1
    assert ime.FIX_ENV in shown[-1].text()
    shown[-1].close()
    shown[-1].deleteLater()
    assert ime.warn_once() is not None
    assert len([b for b in boxes() if b.isVisible()]) == 0
