"""Real git repositories for tests: a bare remote and two clones of it (tmp_path).

Shared by tests/core/vcs, tests/cli (publish) and tests/gui (git panel)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

IDENTITY = {
    "GIT_AUTHOR_NAME": "Test Author",
    "GIT_AUTHOR_EMAIL": "author@example.com",
    "GIT_COMMITTER_NAME": "Test Author",
    "GIT_COMMITTER_EMAIL": "author@example.com",
}


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


@dataclass
class Remote:
    bare: Path
    mine: Path
    theirs: Path


@pytest.fixture
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    for key, value in IDENTITY.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


POST = "---\ntitle: 第一篇文章\ndate: 2024-06-01 10:00:00\n---\nHello.\n"


def make_remote(tmp_path: Path) -> Remote:
    """A bare repository with one commit (a Hexo-like post), cloned twice."""
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    seed = tmp_path / "seed"
    git(tmp_path, "clone", "-q", str(bare), str(seed))
    post = seed / "source" / "_posts" / "first.md"
    post.parent.mkdir(parents=True)
    post.write_text(POST, encoding="utf-8")
    (seed / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "seed")
    git(seed, "push", "-q", "origin", "HEAD:main")
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    git(tmp_path, "clone", "-q", str(bare), str(mine))
    git(tmp_path, "clone", "-q", str(bare), str(theirs))
    return Remote(bare, mine, theirs)


def published_site(tmp_path: Path, fixture_site: Path) -> Path:
    """A copy of ``fixture_site`` committed and pushed to a fresh bare remote (branch main)."""
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    site = tmp_path / "blog"
    git(tmp_path, "clone", "-q", str(bare), str(site))
    shutil.copytree(fixture_site, site, dirs_exist_ok=True)
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "start")
    git(site, "push", "-q", "-u", "origin", "main")
    return site
