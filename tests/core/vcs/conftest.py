"""Fixtures of the vcs tests: a git identity for every test, and a bare remote with two clones."""

from __future__ import annotations

import pytest

from vcs_repos import Remote, git_identity, make_remote

__all__ = ["git_identity"]


@pytest.fixture(autouse=True)
def _identity(git_identity: None) -> None:
    """Every test commits as a known author, with no user or system git configuration."""


@pytest.fixture
def remote(tmp_path) -> Remote:  # type: ignore[no-untyped-def]
    return make_remote(tmp_path)
