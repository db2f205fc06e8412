"""Detect a Linux input method that this Qt cannot load, and say how to fix it, once.

pip's PySide6 wheels ship the ``ibus`` and ``compose`` input-context plugins but not fcitx/fcitx5,
so with ``QT_IM_MODULE=fcitx`` Chinese input silently does nothing (hydrus #1794, ReText #35/#380).
fcitx5 also speaks the IBus protocol, so ``QT_IM_MODULE=ibus`` is the fix that needs no build.
The check runs before or after the ``QApplication`` exists: it only reads the environment and lists
the plugin folders.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, Qt

FIX_ENV = "QT_IM_MODULE=ibus"
_open_boxes: list[QObject] = []


@dataclass(frozen=True)
class ImeProblem:
    """The requested input method, where the request came from, and what is installed."""

    requested: str
    source: str  # the environment variable that asked for it
    available: tuple[str, ...]

    @property
    def signature(self) -> str:
        return f"{self.source}={self.requested};{','.join(self.available)}"


def plugin_keys(file_names: Iterable[str]) -> set[str]:
    """Input-method keys provided by plugin files (``libfcitx5platforminputcontextplugin.so``)."""
    keys: set[str] = set()
    for name in file_names:
        stem = name.lower()
        if "platforminputcontext" not in stem:
            continue
        if "fcitx5" in stem:
            keys.update({"fcitx5", "fcitx"})  # fcitx5-qt answers to both keys
        elif "fcitx" in stem:
            keys.add("fcitx")
        if "ibus" in stem:
            keys.add("ibus")
        if "compose" in stem:
            keys.add("compose")
        if "virtualkeyboard" in stem:
            keys.add("qtvirtualkeyboard")
    return keys


def requested_input_method(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """(module, variable) the user's session asks for, as Qt will see it."""
    qt = environ.get("QT_IM_MODULE", "").strip()
    if qt:
        return qt.split(";")[0].strip().lower(), "QT_IM_MODULE"
    # No Qt setting: GTK's and XIM's settings tell which framework the desktop runs.
    gtk = environ.get("GTK_IM_MODULE", "").strip().lower()
    if gtk in {"fcitx", "fcitx5"}:
        return gtk, "GTK_IM_MODULE"
    xmods = environ.get("XMODIFIERS", "").lower()
    if "@im=fcitx" in xmods:
        return "fcitx", "XMODIFIERS"
    return None


def find_problem(
    environ: Mapping[str, str], plugin_dirs: Iterable[Path], platform: str = sys.platform
) -> ImeProblem | None:
    """An input method the session wants but no installed plugin provides, or None."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return None
    wanted = requested_input_method(environ)
    if wanted is None:
        return None
    module, source = wanted
    names: list[str] = []
    for folder in plugin_dirs:
        try:
            names.extend(p.name for p in (folder / "platforminputcontexts").iterdir())
        except OSError:
            continue
    keys = plugin_keys(names)
    if module in keys or module in {"none", "compose"}:
        return None
    return ImeProblem(module, source, tuple(sorted(keys)))


def qt_plugin_dirs(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where this Qt looks for plugins (its own folder, QT_PLUGIN_PATH, library paths)."""
    env = os.environ if environ is None else environ
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    dirs += [Path(p) for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    if QCoreApplication.instance() is not None:
        dirs += [Path(p) for p in QCoreApplication.libraryPaths()]
    return list(dict.fromkeys(dirs))


def warning_text(problem: ImeProblem) -> str:
    """The message for the user (translated through the caller's context)."""
    return QCoreApplication.translate(
        "InputMethod",
        "Your desktop uses the {im} input method ({source}), but this Postpad's Qt has no {im} "
        "plugin, so typing Chinese may not work.\n\nFix: start Postpad with {fix} (fcitx5 "
        "understands IBus), e.g. add {fix} to the launcher, or install a Qt 6 {im} plugin "
        "matching this Qt version.",
    ).format(im=problem.requested, source=problem.source, fix=FIX_ENV)


def _stamp_file(environ: Mapping[str, str]) -> Path:
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "postpad" / "ime-warning-shown"


def should_warn(problem: ImeProblem, environ: Mapping[str, str] | None = None) -> bool:
    """True the first time this exact problem is seen (a changed setting warns again)."""
    stamp = _stamp_file(os.environ if environ is None else environ)
    try:
        return stamp.read_text(encoding="utf-8") != problem.signature
    except OSError:
        return True


def remember_warned(problem: ImeProblem, environ: Mapping[str, str] | None = None) -> None:
    stamp = _stamp_file(os.environ if environ is None else environ)
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(problem.signature, encoding="utf-8")
    except OSError:
        pass  # warning again next time is better than failing to start


def warn_once(parent: QObject | None = None) -> ImeProblem | None:
    """Check, print the warning to stderr every time, show it in a dialog the first time."""
    problem = find_problem(os.environ, qt_plugin_dirs())
    if problem is None:
        return None
    text = warning_text(problem)
    print(f"postpad: {text}", file=sys.stderr)
    if should_warn(problem):
        from PySide6.QtWidgets import QMessageBox, QWidget

        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("InputMethod", "Input method"))
        box.setText(text)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_boxes.append(box)  # a parentless box would be garbage-collected at once
        box.destroyed.connect(lambda: _open_boxes.remove(box) if box in _open_boxes else None)
        box.open()
        remember_warned(problem)
    return problem
