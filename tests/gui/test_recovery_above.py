"""The recovery dialog stays above its window.

Found under a bare Xvfb (issue 12 audit): with no window manager the stacking order is the order
windows are mapped in, and the main window was mapped again after the recovery dialog opened
(the preview recreates its native window), so the window-modal dialog sat hidden behind a window
that took no input. Offscreen the raise itself is checked; under Xvfb (when installed) the real
application is started and the X server's stacking order is read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from postpad.core.recovery import RecoveryJournal, new_untitled_key
from postpad.gui.recovery.above import KeepAbove
from postpad.gui.recovery.attach import RECOVERY

pytestmark = pytest.mark.gui


def test_the_dialog_is_raised_when_its_window_is_shown_again(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    dialog.open()
    raised: list[bool] = []
    dialog.raise_ = lambda: raised.append(True)  # type: ignore[method-assign]
    KeepAbove(dialog, window)
    raised.clear()
    window.hide()
    window.show()  # mapped again: over the dialog, without a window manager
    qtbot.waitUntil(lambda: bool(raised), timeout=2000)
    dialog.close()
    raised.clear()
    window.hide()
    window.show()
    qtbot.wait(50)
    assert raised == []  # a closed dialog is left alone


def test_the_offer_keeps_its_dialog_above(qtbot, main_window) -> None:
    journal = RecoveryJournal()
    orphan = RecoveryJournal(journal.directory)
    orphan.session, orphan.pid = "0" * 32, 999_999_999  # a session whose process is gone
    orphan.write(new_untitled_key(), "丢失的文字\n", path=None)
    dialog = main_window.features.require(RECOVERY).offer()
    assert dialog is not None
    assert dialog.findChild(KeepAbove, "keepAbove") is not None
    dialog.close()


CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from postpad.gui import app as app_module
    app = app_module.create_application()
    window = app_module.build_window([], staged=True)
    window.when_built(lambda: QTimer.singleShot(3000, lambda: print("built", flush=True)))
    window.show()
    app.exec()
    """
)


def _stacking(display: str) -> list[str]:
    """Top-level window names, top-most first (xwininfo lists the root's children so)."""
    out = subprocess.run(
        ["xwininfo", "-root", "-children"], env=dict(os.environ, DISPLAY=display),
        capture_output=True, text=True, timeout=10, check=True,
    ).stdout  # fmt: skip
    return [line.split('"')[1] for line in out.splitlines() if line.count('"') >= 2]


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xwininfo")), reason="no Xvfb")
def test_on_a_bare_x_server_the_dialog_is_on_top(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = dict(os.environ, HOME=str(tmp_path), XDG_STATE_HOME=str(state),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               DISPLAY=":87")  # fmt: skip
    env.pop("QT_QPA_PLATFORM", None)
    orphan = RecoveryJournal(state / "postpad" / "recovery")
    orphan.session, orphan.pid = "0" * 32, 999_999_999
    orphan.write(new_untitled_key(), "lost text\n", path=None)
    server = subprocess.Popen(["Xvfb", ":87", "-screen", "0", "1600x1000x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    child = None
    try:
        time.sleep(1)
        child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "built"
        names = [n for n in _stacking(":87") if "Postpad" in n and "—" in n]
        assert names[0].startswith("Recover Unsaved Work"), names
    finally:
        if child is not None:
            child.kill()
            child.wait()
        server.kill()
        server.wait()
