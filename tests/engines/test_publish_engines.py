"""`postpad publish` with the real Hexo: clean, generate and deploy (hexo-deployer-git) into a
bare repository in tmp_path; a failing deploy stops with its exit status (issue 14 part 2)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hexo_extra import hexo_site_with_plugins

from conftest import require_engine
from postpad.cli import main

pytestmark = pytest.mark.engines

POST = "---\ntitle: Deployed post\ndate: 2024-06-01 10:00:00\n---\nDeployed body.\n"


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Test Author")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "author@example.com")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")


def _site(tmp_path: Path, repo: str) -> Path:
    require_engine("hexo")
    root = hexo_site_with_plugins(tmp_path)
    (root / "source/_posts/deployed.md").write_text(POST, encoding="utf-8")
    config = root / "_config.yml"
    deploy = f"deploy:\n  type: git\n  repo: {repo}\n  branch: main\n"
    config.write_text(config.read_text(encoding="utf-8") + deploy, encoding="utf-8")
    return root


def test_hexo_publish_generates_and_deploys(tmp_path: Path, capsys) -> None:
    bare = tmp_path / "pages.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(bare)], check=True)
    root = _site(tmp_path, str(bare))
    assert main(["publish", str(root), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "  1. hexo clean",
        "  2. hexo generate",
        "  3. hexo deploy",
    ]
    assert main(["publish", str(root)]) == 0
    captured = capsys.readouterr()
    assert "$ hexo deploy" in captured.out
    files = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", "main"], cwd=bare, capture_output=True,
        text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert "2024/06/01/deployed/index.html" in files


def test_a_failing_deploy_stops_with_its_status(tmp_path: Path, capsys) -> None:
    root = _site(tmp_path, str(tmp_path / "no-such-repository.git"))
    assert main(["publish", str(root)]) == 1
    err = capsys.readouterr().err
    assert "`hexo deploy` failed (exit status" in err
