"""The publish runner with real processes: exit statuses decide, Cancel stops the running step,
and the run's commit is undone when a later step fails (decision 0111)."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path

import pytest

from postpad.core.publish.engines import EngineMissingError, engine_command
from postpad.core.publish.plan import PublishPlan, Step, plan_publish
from postpad.core.publish.runner import Cancel, run_plan
from postpad.core.site.detect import detect_site
from postpad.core.vcs import find_repo
from vcs_repos import git, git_identity, make_remote

__all__ = ["git_identity"]

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


@pytest.fixture(autouse=True)
def _identity(git_identity: None) -> None:
    """Commits by a known author; no user git configuration."""


def _plan_with(tmp_path: Path, *steps: Step) -> tuple[PublishPlan, Path]:
    remote = make_remote(tmp_path)
    (remote.mine / "new.md").write_text("---\ntitle: N\n---\n", encoding="utf-8")
    site = detect_site(remote.mine / "source" / "_posts" / "first.md")
    assert site is not None
    repo = find_repo(remote.mine)
    commit = Step("commit", remote.mine, paths=("new.md",), message="post: N")
    return PublishPlan(site, "push", (commit, *steps), (), repo), remote.mine


def test_a_failing_step_stops_the_run_and_undoes_the_commit(tmp_path: Path) -> None:
    python = sys.executable
    fail = Step("run", tmp_path, (python, "-c", "print('building'); raise SystemExit(3)"))
    never = Step("run", tmp_path, (python, "-c", "open('ran', 'w')"))
    plan, clone = _plan_with(tmp_path, fail, never)
    head = git(clone, "rev-parse", "HEAD")
    lines: list[str] = []
    outcome = run_plan(plan, lines.append)
    assert (outcome.status, outcome.failed_step, outcome.code) == ("failed", 1, 3)
    assert outcome.undone
    assert "building" in lines
    assert not (tmp_path / "ran").exists()
    assert git(clone, "rev-parse", "HEAD") == head
    assert git(clone, "status", "--short") == "?? new.md\n"


def test_cancel_stops_the_running_step(tmp_path: Path) -> None:
    slow = Step(
        "run",
        tmp_path,
        (sys.executable, "-c", "import time; print('up', flush=True); time.sleep(60)"),
    )
    plan, clone = _plan_with(tmp_path, slow)
    head = git(clone, "rev-parse", "HEAD")
    cancel = Cancel()
    started = threading.Event()

    def out(line: str) -> None:
        if line == "up":
            started.set()

    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(run_plan(plan, out, cancel)))
    begun = time.monotonic()
    worker.start()
    assert started.wait(30)
    cancel.cancel()
    worker.join(30)
    assert time.monotonic() - begun < 30
    outcome = result[0]
    assert outcome.status == "cancelled"  # type: ignore[attr-defined]
    assert git(clone, "rev-parse", "HEAD") == head


def test_a_missing_command_is_exit_status_127(tmp_path: Path) -> None:
    plan, _clone = _plan_with(tmp_path, Step("run", tmp_path, ("postpad-no-such-engine",)))
    lines: list[str] = []
    outcome = run_plan(plan, lines.append)
    assert (outcome.status, outcome.code) == ("failed", 127)


def test_hugo_plan_builds_first_and_a_broken_build_pushes_nothing(tmp_path: Path) -> None:
    site_root = tmp_path / "site"
    shutil.copytree(SITES / "hugo", site_root)
    try:
        engine_command(detect_site(site_root))  # type: ignore[arg-type]
    except EngineMissingError:
        pytest.skip("hugo is not installed")
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    git(site_root, "init", "-q", "-b", "main")
    git(site_root, "remote", "add", "origin", str(bare))
    git(site_root, "add", "-A")
    git(site_root, "commit", "-qm", "start")
    layouts = site_root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text("{{ .Title ", encoding="utf-8")  # a template error
    site = detect_site(site_root)
    assert site is not None
    plan = plan_publish(site)
    assert [s.kind for s in plan.steps] == ["run", "commit", "push"]
    assert Path(plan.steps[0].argv[0]).name == "hugo"
    outcome = run_plan(plan, lambda _line: None)
    assert (outcome.status, outcome.failed_step) == ("failed", 0)
    assert git(bare, "branch", "--list") == ""  # nothing reached the remote


def test_hugo_publish_builds_commits_and_pushes(tmp_path: Path) -> None:
    site_root = tmp_path / "site"
    shutil.copytree(SITES / "hugo", site_root)
    (site_root / ".gitignore").write_text("public/\n.hugo_build.lock\n", encoding="utf-8")
    try:
        engine_command(detect_site(site_root))  # type: ignore[arg-type]
    except EngineMissingError:
        pytest.skip("hugo is not installed")
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    git(site_root, "init", "-q", "-b", "main")
    git(site_root, "remote", "add", "origin", str(bare))
    git(site_root, "add", "-A")
    git(site_root, "commit", "-qm", "start")
    post = site_root / "content/posts/new-one.md"
    post.write_text("---\ntitle: 新的一篇\ndate: 2024-06-02\n---\n正文。\n", encoding="utf-8")
    site = detect_site(site_root)
    assert site is not None
    lines: list[str] = []
    outcome = run_plan(plan_publish(site), lines.append)
    assert outcome.status == "done", "\n".join(lines)
    assert (site_root / "public").is_dir()  # hugo built the site first
    assert git(site_root, "log", "-1", "--format=%s").strip() == "post: 新的一篇"
    assert git(bare, "rev-parse", "main") == git(site_root, "rev-parse", "HEAD")
    assert git(site_root, "status", "--short") == ""  # the build output was not committed
