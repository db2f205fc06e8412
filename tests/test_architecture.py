"""The core and the CLI never load Qt; only postpad.gui may."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import postpad

SRC = Path(postpad.__file__).parent


def _qt_free_modules() -> list[str]:
    names = []
    for package in ("core", "cli"):
        prefix = f"postpad.{package}."
        names.append(f"postpad.{package}")
        for info in pkgutil.walk_packages([str(SRC / package)], prefix=prefix):
            names.append(info.name)
    return names


def test_core_and_cli_modules_exist() -> None:
    modules = _qt_free_modules()
    assert "postpad.core.assets" in modules
    assert "postpad.cli.editor" in modules


def test_importing_core_and_cli_loads_no_qt() -> None:
    script = (
        "import importlib, json, sys\n"
        f"for name in {_qt_free_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_cli_main_runs_without_qt() -> None:
    script = (
        "import sys\n"
        "from postpad.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False"
