"""Status, HEAD copy, commit, pull and push against a real bare remote (issue 14, part 1)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from postpad.core.vcs import GitError, find_repo
from postpad.core.vcs.ops import backup_commit, commit, head_text, pull, push, status
from postpad.core.vcs.status import parse_porcelain_v2
from vcs_repos import POST, Remote, git


def _post(root: Path, name: str = "first.md") -> Path:
    return root / "source" / "_posts" / name


def test_not_a_repository_is_none(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("x", encoding="utf-8")
    assert find_repo(tmp_path / "post.md") is None


def test_status_marks_each_kind_of_change(remote: Remote) -> None:
    repo = find_repo(_post(remote.mine))
    assert repo is not None
    assert repo.root == remote.mine.resolve()
    _post(remote.mine).write_text(POST + "More.\n", encoding="utf-8")
    _post(remote.mine, "新文章 draft.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (remote.mine / "_config.yml").unlink()
    (remote.mine / "staged.md").write_text("s", encoding="utf-8")
    git(remote.mine, "add", "staged.md")
    found = status(repo)
    assert found.branch == "main"
    assert found.upstream == "origin/main"
    assert (found.ahead, found.behind) == (0, 0)
    marks = {f.path: (f.state, f.staged, f.unstaged) for f in found.files}
    assert marks == {
        "source/_posts/first.md": ("modified", False, True),
        "source/_posts/新文章 draft.md": ("untracked", False, True),  # no quoting, no escapes
        "_config.yml": ("deleted", False, True),
        "staged.md": ("added", True, False),
    }


def test_status_reads_renames_and_conflict_records() -> None:
    output = (
        "# branch.oid abc\0# branch.head (detached)\0"
        "2 R. N... 100644 100644 100644 aaa bbb R100 new name.md\0old name.md\0"
        "u UU N... 100644 100644 100644 100644 a b c both.md\0! ignored.log\0"
    )
    found = parse_porcelain_v2(output)
    assert found.branch is None
    renamed, conflicted, ignored = found.files
    assert (renamed.path, renamed.original, renamed.state) == (
        "new name.md",
        "old name.md",
        "renamed",
    )
    assert conflicted.state == "conflicted"
    assert found.conflicted == ["both.md"]
    assert ignored.state == "ignored"
    assert ignored.mark == ""


def test_head_text_is_the_committed_copy(remote: Remote) -> None:
    repo = find_repo(remote.mine)
    assert repo is not None
    _post(remote.mine).write_text("changed\n", encoding="utf-8")
    assert head_text(repo, _post(remote.mine)) == POST
    assert head_text(repo, _post(remote.mine, "new.md")) is None


def test_commit_takes_only_the_chosen_files(remote: Remote) -> None:
    repo = find_repo(remote.mine)
    assert repo is not None
    _post(remote.mine).write_text(POST + "Edit.\n", encoding="utf-8")
    new = _post(remote.mine, "second.md")
    new.write_text("---\ntitle: Two\n---\n", encoding="utf-8")
    (remote.mine / "other.md").write_text("staged but not chosen", encoding="utf-8")
    git(remote.mine, "add", "other.md")
    commit(repo, [_post(remote.mine), new], "post: 第一篇文章")
    assert git(remote.mine, "log", "-1", "--format=%s").strip() == "post: 第一篇文章"
    shown = git(remote.mine, "show", "--name-only", "--format=", "HEAD").split()
    assert sorted(shown) == ["source/_posts/first.md", "source/_posts/second.md"]
    assert {f.path: f.staged for f in status(repo).files} == {"other.md": True}


def test_a_refused_commit_leaves_the_index_as_it_was(remote: Remote) -> None:
    repo = find_repo(remote.mine)
    assert repo is not None
    hook = remote.mine / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'hook says no' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    new = _post(remote.mine, "second.md")
    new.write_text("x", encoding="utf-8")
    before = git(remote.mine, "status", "--porcelain=v2")
    head = git(remote.mine, "rev-parse", "HEAD")
    with pytest.raises(GitError) as caught:
        commit(repo, [new], "post: x")
    assert "hook says no" in caught.value.output
    assert git(remote.mine, "status", "--porcelain=v2") == before  # still untracked, not staged
    assert git(remote.mine, "rev-parse", "HEAD") == head


def test_push_then_pull_carries_the_commit(remote: Remote) -> None:
    mine, theirs = find_repo(remote.mine), find_repo(remote.theirs)
    assert mine is not None
    assert theirs is not None
    _post(remote.mine).write_text(POST + "From mine.\n", encoding="utf-8")
    commit(mine, [_post(remote.mine)], "post: edit")
    assert status(mine).ahead == 1
    lines: list[str] = []
    push(mine, progress=lines.append)
    assert status(mine).ahead == 0
    assert git(remote.bare, "log", "-1", "--format=%s", "main").strip() == "post: edit"
    pull(theirs)
    assert _post(remote.theirs).read_text(encoding="utf-8").endswith("From mine.\n")


def test_push_when_behind_is_rejected(remote: Remote) -> None:
    mine, theirs = find_repo(remote.mine), find_repo(remote.theirs)
    assert mine is not None
    assert theirs is not None
    _post(remote.theirs, "t.md").write_text("t", encoding="utf-8")
    commit(theirs, [_post(remote.theirs, "t.md")], "theirs")
    push(theirs)
    _post(remote.mine, "m.md").write_text("m", encoding="utf-8")
    commit(mine, [_post(remote.mine, "m.md")], "mine")
    with pytest.raises(GitError) as caught:
        push(mine)
    assert caught.value.kind == "rejected"


def test_pull_conflict_is_reported_and_undone(remote: Remote) -> None:
    mine, theirs = find_repo(remote.mine), find_repo(remote.theirs)
    assert mine is not None
    assert theirs is not None
    _post(remote.theirs).write_text(POST + "Theirs.\n", encoding="utf-8")
    commit(theirs, [_post(remote.theirs)], "theirs")
    push(theirs)
    _post(remote.mine).write_text(POST + "Mine.\n", encoding="utf-8")
    commit(mine, [_post(remote.mine)], "mine")
    head = git(remote.mine, "rev-parse", "HEAD")
    with pytest.raises(GitError) as caught:
        pull(mine)
    assert caught.value.kind == "conflict"
    assert caught.value.paths == ("source/_posts/first.md",)
    assert git(remote.mine, "rev-parse", "HEAD") == head
    assert mine.in_progress() is None
    assert _post(remote.mine).read_text(encoding="utf-8") == POST + "Mine.\n"
    assert status(mine).files == ()


def test_pull_over_a_local_edit_changes_nothing(remote: Remote) -> None:
    mine, theirs = find_repo(remote.mine), find_repo(remote.theirs)
    assert mine is not None
    assert theirs is not None
    _post(remote.theirs).write_text(POST + "Theirs.\n", encoding="utf-8")
    commit(theirs, [_post(remote.theirs)], "theirs")
    push(theirs)
    _post(remote.mine).write_text(POST + "Unsaved mine.\n", encoding="utf-8")
    with pytest.raises(GitError) as caught:
        pull(mine)
    assert caught.value.kind == "local-changes"
    assert _post(remote.mine).read_text(encoding="utf-8") == POST + "Unsaved mine.\n"


def test_no_remote(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    repo = find_repo(tmp_path)
    assert repo is not None
    for operation in (push, pull):
        with pytest.raises(GitError) as caught:
            operation(repo)
        assert caught.value.kind == "no-remote"


def test_first_push_sets_the_upstream(remote: Remote) -> None:
    repo = find_repo(remote.mine)
    assert repo is not None
    git(remote.mine, "switch", "-q", "-c", "drafts")
    push(repo)
    assert status(repo).upstream == "origin/drafts"


class _Unauthorised(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="git"')
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def auth_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Unauthorised)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/blog.git"
    server.shutdown()


def test_push_without_credentials_is_an_auth_error(remote: Remote, auth_server: str) -> None:
    repo = find_repo(remote.mine)
    assert repo is not None
    git(remote.mine, "remote", "set-url", "origin", auth_server)
    with pytest.raises(GitError) as caught:
        push(repo)  # never waits for a password on a terminal
    assert caught.value.kind == "auth"


def test_backup_commit_only_when_the_post_changed(remote: Remote) -> None:
    repo = find_repo(remote.mine)
    assert repo is not None
    assert backup_commit(repo, _post(remote.mine)) is None
    _post(remote.mine).write_text(POST + "Saved.\n", encoding="utf-8")
    (remote.mine / "unrelated.md").write_text("u", encoding="utf-8")
    assert backup_commit(repo, _post(remote.mine)) is not None
    assert git(remote.mine, "log", "-1", "--format=%s").strip() == "backup: source/_posts/first.md"
    assert [f.path for f in status(repo).files] == ["unrelated.md"]
