"""Fixture sites (tests/fixtures/sites/<name>) and writable copies of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


@pytest.fixture
def sites_dir() -> Path:
    return SITES


@pytest.fixture
def site_copy(tmp_path: Path):
    """Copy a fixture site into tmp_path so a test may change it (``site_copy("hugo")``)."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(SITES / name, target)
        return target

    return copy
