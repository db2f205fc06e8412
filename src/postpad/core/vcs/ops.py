"""What the editor does with a repository: status, the HEAD copy of a post, commit, pull, push.

Each operation either succeeds or leaves the work tree, the index and HEAD as they were (issue
14): a failed commit restores the index it staged into, a pull that stops on a conflict is
aborted, and the conflicted files are reported instead (decision 0110).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from postpad.core.vcs.git import NETWORK_TIMEOUT, GitError, Repo, classify, run_git
from postpad.core.vcs.status import RepoStatus, parse_porcelain_v2

Progress = Callable[[str], None]


def status(repo: Repo) -> RepoStatus:
    """Branch, upstream, ahead/behind and every changed or untracked file (not ignored ones)."""
    output = repo.git("status", "--porcelain=v2", "--branch", "-z", "--untracked-files=all")
    return parse_porcelain_v2(output)


def head_text(repo: Repo, path: Path | str) -> str | None:
    """The file's text at HEAD (UTF-8, line breaks as ``\\n``), or None when HEAD lacks it."""
    raw = repo.show(f"HEAD:{repo.relative(path)}")
    if raw is None:
        return None
    text = raw.decode("utf-8-sig", "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def commit(repo: Repo, paths: Sequence[Path | str], message: str) -> str:
    """Commit exactly ``paths`` (new, changed or deleted) with ``message``; other staged work
    stays staged and uncommitted. Returns the new commit's id."""
    if not paths:
        raise GitError("nothing")
    if not message.strip():
        raise GitError("no-message")
    relative = [repo.relative(p) for p in paths]
    saved_index = _index_tree(repo)
    try:
        repo.git("add", "-A", "--", *relative)
        repo.git("commit", "--quiet", "-m", message, "--", *relative)
    except GitError:
        _restore_index(repo, saved_index)
        raise
    return repo.git("rev-parse", "HEAD").strip()


def _index_tree(repo: Repo) -> str | None:
    result = run_git(repo.root, ["write-tree"])
    return result.output.strip() if result.code == 0 else None


def _restore_index(repo: Repo, tree: str | None) -> None:
    if tree is not None:
        run_git(repo.root, ["read-tree", tree])
    elif repo.has_head():
        run_git(repo.root, ["read-tree", "HEAD"])
    else:
        run_git(repo.root, ["read-tree", "--empty"])


def changed_paths(repo: Repo, under: Path | None = None) -> list[str]:
    """Changed and untracked files (repository-relative), optionally only those below ``under``."""
    prefix = "" if under is None else repo.relative(under).rstrip("/") + "/"
    if prefix == "./":
        prefix = ""
    return [f.path for f in status(repo).files if f.path.startswith(prefix)]


def pull(repo: Repo, progress: Progress | None = None) -> str:
    """Fetch and merge the upstream branch. A conflict aborts the merge (the work tree and HEAD
    go back to what they were) and raises ``GitError("conflict", paths=...)``."""
    _require_remote(repo)
    before = repo.git("rev-parse", "HEAD").strip() if repo.has_head() else None
    result = run_git(
        repo.root, ["pull", "--no-rebase", "--no-edit", "--progress"],
        timeout=NETWORK_TIMEOUT, on_output=progress,
    )  # fmt: skip
    if result.code == 0:
        return result.output
    kind = classify(result.output)
    conflicted = status(repo).conflicted if kind == "conflict" else []
    if repo.in_progress() == "merge":
        run_git(repo.root, ["merge", "--abort"])
    if before is not None and repo.git("rev-parse", "HEAD").strip() != before:
        raise GitError("failed", result.output + "\nHEAD moved during a failed pull")
    raise GitError(kind, result.output, conflicted)


def push_args(repo: Repo) -> list[str]:
    """``git push`` arguments for the current branch: with ``--set-upstream <origin or the only
    remote> <branch>`` when the branch tracks nothing yet."""
    _require_remote(repo)
    args = ["push", "--progress"]
    current = status(repo)
    if current.upstream is None:
        if current.branch is None:
            raise GitError("detached")
        args += ["--set-upstream", _default_remote(repo), current.branch]
    return args


def push(repo: Repo, progress: Progress | None = None) -> str:
    """Push the current branch (see ``push_args``)."""
    result = run_git(repo.root, push_args(repo), timeout=NETWORK_TIMEOUT, on_output=progress)
    if result.code != 0:
        raise GitError(classify(result.output), result.output)
    return result.output


def _require_remote(repo: Repo) -> None:
    if not repo.has_remote():
        raise GitError("no-remote", "this repository has no remote")


def _default_remote(repo: Repo) -> str:
    remotes = repo.git("remote").split()
    return "origin" if "origin" in remotes else remotes[0]


def undo_commit(repo: Repo, before: str | None, index_tree: str | None) -> None:
    """Put HEAD back on ``before`` (the work tree untouched) and the index on ``index_tree``:
    what a publish does when the push after its commit fails (decision 0111)."""
    if before is None:
        repo.git("update-ref", "-d", "HEAD")
    else:
        repo.git("reset", "--soft", before)
    _restore_index(repo, index_tree)


def save_point(repo: Repo) -> tuple[str | None, str | None]:
    """(HEAD commit or None, index tree or None): what ``undo_commit`` goes back to."""
    head = repo.git("rev-parse", "HEAD").strip() if repo.has_head() else None
    return head, _index_tree(repo)


def backup_commit(repo: Repo, path: Path) -> str | None:
    """The automatic commit after a save (opt-in): only ``path``, only when it differs from HEAD
    and no merge or rebase is under way. Returns the commit id, or None when nothing was done."""
    if repo.in_progress() is not None:
        return None
    relative = repo.relative(path)
    if relative not in status(repo).by_path():
        return None
    return commit(repo, [relative], f"backup: {relative}")
