"""The built wheel ships the compiled 简体中文 catalogue, and it is the one the sources give.

`pip install .`, `pipx install`, a wheel and PyInstaller all take package data as it is in the
tree, so the compiled catalogues are kept in the tree (docs/decisions/0082-compiled-catalogues.md);
these tests keep them in step with resources/i18n/*.ts and prove an installed wheel has them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "resources" / "i18n").glob("postpad_*.ts"))
COMPILED = ROOT / "src" / "postpad" / "assets" / "i18n"
PIP = [sys.executable, "-m", "pip"]
FIND_CATALOGUES = "from postpad.core.assets import asset_path; print(asset_path('i18n'))"


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    return found


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_committed_catalogue_matches_its_source(source: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"{source.stem}.qm"
    subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(fresh)], check=True)
    committed = COMPILED / fresh.name
    assert committed.is_file(), f"run `make i18n` and commit {committed.name}"
    assert committed.read_bytes() == fresh.read_bytes(), f"run `make i18n`: {fresh.name} is stale"


@pytest.mark.slow
def test_installed_wheel_loads_the_chinese_catalogue(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    [wheel] = wheels.glob("postpad-*.whl")
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    fresh_python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(fresh_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            site,
            str(wheel),
        ],
        check=True,
    )
    where = subprocess.run(
        [
            str(fresh_python),
            "-c",
            "from postpad.core.assets import asset_path; print(asset_path('i18n'))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir), where  # the installed copy, not the checkout

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(Path(where) / "postpad_zh_CN.qm"))
    assert translator.translate("FrontMatterPanel", "This post has no front matter yet.")
