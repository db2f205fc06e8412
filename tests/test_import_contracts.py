"""The layer rules in .importlinter (decision 0106) cover every window feature and hold."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / ".importlinter"


def _contract(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser()
    parser.read(CONFIG, encoding="utf-8")
    return parser[f"importlinter:contract:{name}"]


def _feature_packages() -> set[str]:
    from postpad.gui.features import feature_modules

    skipped = {"postpad.gui.i18n"}  # the UI language: infrastructure every feature may use
    packages = {name.removesuffix(".attach") for name in feature_modules()}
    return packages - skipped


def test_every_feature_is_in_the_independence_contract() -> None:
    listed = set(_contract("features-independent")["modules"].split())
    missing = _feature_packages() - listed
    assert not missing, f"add to .importlinter [features-independent]: {sorted(missing)}"


def test_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    if not linter.exists():
        pytest.skip("import-linter is in the dev extra")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
