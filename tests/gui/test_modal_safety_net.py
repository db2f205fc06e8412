"""The GUI test safety net closes a forgotten modal dialog instead of hanging the run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def test_a_forgotten_modal_dialog_fails_the_test_instead_of_hanging(tmp_path: Path) -> None:
    conftest = Path(__file__).with_name("conftest.py")
    (tmp_path / "conftest.py").write_text(
        conftest.read_text(encoding="utf-8").replace(
            "MODAL_GRACE_SECONDS = 15.0", "MODAL_GRACE_SECONDS = 0.5"
        ),
        encoding="utf-8",
    )
    (tmp_path / "test_forgotten.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtWidgets import QMessageBox

            def test_forgets_a_prompt(qtbot):
                QMessageBox.question(None, "Unsaved", "Save changes?")
            """
        ),
        encoding="utf-8",
    )
    # The child inherits QT_QPA_PLATFORM=offscreen from tests/conftest.py via the environment;
    # the copied conftest imports the shared helpers that live in tests/.
    tests_dir = str(Path(__file__).parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [tests_dir, os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "--timeout",
            "60",
            str(tmp_path / "test_forgotten.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "a modal dialog was left waiting for an answer" in result.stdout
    assert "Save changes?" in result.stdout
