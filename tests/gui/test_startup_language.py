"""Start-up speaks the View › Language override from the first frame (issue 8)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "postpad_zh_CN.ts"

STORE = """
from PySide6.QtCore import QCoreApplication, QSettings
QCoreApplication.setApplicationName("Postpad")
QCoreApplication.setOrganizationName("Postpad")
QSettings().setValue("ui/language", "zh_CN")
QSettings().sync()
"""

START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from postpad.gui import i18n
i18n.catalogue_folder = lambda: Path(sys.argv[1])
from postpad.gui.app import create_application
create_application()
print(QCoreApplication.translate("menus", "&File"))
"""


def _python(code: str, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


@pytest.mark.parametrize(("stored", "expected"), [(True, "文件(&F)"), (False, "&File")])
def test_stored_language_override_is_installed_by_create_application(
    tmp_path: Path, stored: bool, expected: str
) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    catalogue = tmp_path / "i18n"
    catalogue.mkdir()
    subprocess.run(
        [lrelease, "-silent", str(TS), "-qm", str(catalogue / "postpad_zh_CN.qm")], check=True
    )
    env = dict(os.environ)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="en_US.UTF-8",
        LC_ALL="en_US.UTF-8",
        LANGUAGE="en_US",
    )
    if stored:
        _python(STORE, env)
    assert _python(START, env, str(catalogue)) == expected
