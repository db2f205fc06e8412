"""``postpad publish``: the check gate, the dry run and a real commit + push to a bare remote."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postpad.cli import main
from vcs_repos import git, git_identity, published_site

__all__ = ["git_identity"]

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
NEW_POST = "---\ntitle: 发布测试\ndate: 2024-06-01 10:00:00\n---\nHello.\n"


@pytest.fixture(autouse=True)
def _identity(git_identity: None) -> None:
    """Commits by a known author; no user git configuration."""


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    """A clean Hexo site committed to a clone of a bare remote, with one new post written."""
    site = published_site(tmp_path, SITES / "hexo-butterfly")
    (site / "source" / "_posts" / "publish-me.md").write_text(NEW_POST, encoding="utf-8")
    return site


def _head(repo: Path, ref: str = "HEAD") -> str:
    return git(repo, "rev-parse", ref).strip()


def test_dry_run_prints_the_steps_and_changes_nothing(blog: Path, capsys) -> None:
    head = _head(blog)
    assert main(["publish", str(blog), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        "  1. git commit 1 file(s): post: 发布测试",
        "       source/_posts/publish-me.md",
        "  2. git push --progress",
    ]
    assert _head(blog) == head
    assert "?? source/_posts/publish-me.md" in git(blog, "status", "--short")


def test_publish_commits_and_pushes(blog: Path, capsys) -> None:
    assert main(["publish", str(blog)]) == 0
    assert "published" in capsys.readouterr().err
    assert git(blog, "log", "-1", "--format=%s").strip() == "post: 发布测试"
    assert _head(blog) == _head(blog.parent / "remote.git", "main")
    assert git(blog, "status", "--short") == ""


def test_a_check_error_blocks_publishing(blog: Path, capsys) -> None:
    broken = blog / "source" / "_posts" / "broken.md"
    broken.write_text("---\ntitle: a: b\n---\nx\n", encoding="utf-8")
    head, remote = _head(blog), _head(blog.parent / "remote.git", "main")
    assert main(["publish", str(blog)]) == 1
    captured = capsys.readouterr()
    assert "broken.md:2:" in captured.out
    assert "[front-matter-parse]" in captured.out
    assert "nothing was published" in captured.err
    assert (_head(blog), _head(blog.parent / "remote.git", "main")) == (head, remote)


def test_a_failed_push_undoes_the_commit(blog: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other"
    git(tmp_path, "clone", "-q", str(tmp_path / "remote.git"), str(other))
    (other / "elsewhere.md").write_text("x", encoding="utf-8")
    git(other, "add", "-A")
    git(other, "commit", "-q", "-m", "from another machine")
    git(other, "push", "-q")
    head, status = _head(blog), git(blog, "status", "--porcelain=v2")
    assert main(["publish", str(blog)]) == 1
    captured = capsys.readouterr()
    assert "`git push --progress` failed" in captured.err
    assert "[rejected]" in captured.out
    assert _head(blog) == head
    assert git(blog, "status", "--porcelain=v2") == status


def test_not_a_repository_cannot_publish(tmp_path: Path, capsys) -> None:
    site = tmp_path / "blog"
    shutil.copytree(SITES / "hexo-butterfly", site)
    assert main(["publish", str(site), "--dry-run"]) == 2
    assert "not a git repository" in capsys.readouterr().err


def test_hexo_deploy_without_hexo_says_what_to_install(blog: Path, capsys) -> None:
    config = blog / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "deploy:\n  type: git\n  repo: x\n", "utf-8"
    )
    assert main(["publish", str(blog), "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert "1. hexo clean" not in captured.out  # no command found: nothing to show as run
    assert "run `npm install` in the site folder" in captured.err


def test_hexo_deploy_plan_with_the_installed_hexo(blog: Path, capsys) -> None:
    installed = Path(__file__).resolve().parents[1] / "engines" / "sites" / "hexo" / "node_modules"
    if not (installed / "hexo").is_dir():
        pytest.skip("Hexo is not installed for the engine tests")
    (blog / "node_modules").symlink_to(installed, target_is_directory=True)
    config = blog / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "deploy:\n  type: git\n  repo: x\n", "utf-8"
    )
    assert main(["publish", str(blog), "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines()[1:] == [
        "  1. hexo clean",
        "  2. hexo generate",
        "  3. hexo deploy",
    ]
    assert "needs hexo-deployer-git" in captured.err
