"""Fixtures shared by the site panel's tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


@pytest.fixture
def hexo_root(tmp_path: Path) -> Path:
    """A copy of the Hexo + Butterfly fixture blog."""
    target = tmp_path / "blog"
    shutil.copytree(SITES / "hexo-butterfly", target)
    return target.resolve()
