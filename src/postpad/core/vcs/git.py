"""Run the ``git`` command for one repository and turn its failures into typed errors.

Git runs with the user's configuration (hooks, credential helpers, SSH keys) but never asks on a
terminal (``GIT_TERMINAL_PROMPT=0``, SSH in batch mode): a GUI has no terminal to answer it, so a
missing credential is an "auth" error instead of a hang (decision 0110). Messages are read in the
C locale so the classification below sees git's English words.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: seconds a local git command may take; network commands get NETWORK_TIMEOUT
LOCAL_TIMEOUT = 60
NETWORK_TIMEOUT = 600

#: (kind, pattern in git's output); the first match names the failure
_KINDS: tuple[tuple[str, str], ...] = (
    ("not-a-repo", r"not a git repository"),
    ("conflict", r"CONFLICT|Automatic merge failed|fix conflicts|unmerged files|needs merge"),
    ("local-changes", r"would be overwritten by (merge|checkout)|commit your changes or stash"),
    ("auth", r"Authentication failed|Permission denied|could not read (Username|Password)|"
             r"terminal prompts disabled|Host key verification failed|returned error: 40[13]|"
             r"Invalid username or password"),
    ("no-remote", r"No configured push destination|No remote repository specified|"
                  r"does not appear to be a git repository|no such remote|"
                  r"repository '.*' not found|Repository not found"),
    ("no-upstream", r"no tracking information|has no upstream branch|no upstream configured"),
    ("rejected", r"\[rejected\]|non-fast-forward|fetch first|Updates were rejected"),
    ("network", r"Could not resolve host|Connection (refused|timed out)|unable to access|"
                r"Network is unreachable|Could not read from remote"),
    ("identity", r"Please tell me who you are|unable to auto-detect email"),
    ("nothing", r"nothing to commit|no changes added to commit"),
)  # fmt: skip


class GitError(Exception):
    """A git command failed. ``kind`` is one of the names in ``_KINDS``, "missing-git",
    "timeout" or "failed"; ``output`` is what git printed; ``paths`` the files concerned."""

    def __init__(self, kind: str, output: str = "", paths: Sequence[str] = ()) -> None:
        super().__init__(f"git: {kind}: {output.strip()[-500:]}")
        self.kind = kind
        self.output = output
        self.paths = tuple(paths)


def classify(output: str) -> str:
    """The failure kind git's ``output`` shows ("failed" when none is recognised)."""
    for kind, pattern in _KINDS:
        if re.search(pattern, output, re.IGNORECASE if kind != "conflict" else 0):
            return kind
    return "failed"


def git_binary() -> str | None:
    return shutil.which("git")


def git_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(GIT_TERMINAL_PROMPT="0", LC_ALL="C", LANGUAGE="C", GIT_OPTIONAL_LOCKS="0")
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    return env


@dataclass(frozen=True)
class Result:
    code: int
    output: str


def run_git(
    cwd: Path,
    args: Sequence[str],
    *,
    timeout: float = LOCAL_TIMEOUT,
    on_output: Callable[[str], None] | None = None,
) -> Result:
    """Run ``git args`` in ``cwd``; stdout and stderr together, decoded as UTF-8."""
    binary = git_binary()
    if binary is None:
        raise GitError("missing-git")
    command = [binary, "-c", "core.quotePath=false", *args]
    if on_output is None:
        try:
            done = subprocess.run(
                command, cwd=cwd, env=git_env(), capture_output=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise GitError("timeout", str(exc)) from exc
        text = (done.stdout + done.stderr).decode("utf-8", "replace")
        return Result(done.returncode, text)
    return _run_streaming(command, cwd, timeout, on_output)


def _run_streaming(
    command: list[str], cwd: Path, timeout: float, on_output: Callable[[str], None]
) -> Result:
    """Run with output read as it comes; each progress line (``\\r`` or ``\\n`` ended) is
    reported: ``git push --progress`` rewrites one line with ``\\r``."""
    process = subprocess.Popen(
        command, cwd=cwd, env=git_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    assert process.stdout is not None
    chunks: list[bytes] = []
    pending = b""
    while chunk := os.read(process.stdout.fileno(), 4096):
        chunks.append(chunk)
        pending += chunk
        *lines, pending = re.split(rb"[\r\n]", pending)
        for line in lines:
            if line.strip():
                on_output(line.decode("utf-8", "replace"))
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        process.kill()
        raise GitError("timeout", str(exc)) from exc
    return Result(code, b"".join(chunks).decode("utf-8", "replace"))


def find_repo(path: Path) -> Repo | None:
    """The work tree ``path`` (a file or folder) is in, or None (no git, or not a repository)."""
    folder = path if path.is_dir() else path.parent
    if git_binary() is None or not folder.is_dir():
        return None
    result = run_git(folder, ["rev-parse", "--show-toplevel"])
    if result.code != 0:
        return None
    return Repo(Path(result.output.strip().splitlines()[0]))


class Repo:
    """One git work tree. Paths given to its methods may be absolute or relative to ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.realpath(root))

    def __repr__(self) -> str:
        return f"Repo({str(self.root)!r})"

    def git(self, *args: str, timeout: float = LOCAL_TIMEOUT) -> str:
        """Run ``git args``; return its output or raise ``GitError`` with the failure's kind."""
        result = run_git(self.root, args, timeout=timeout)
        if result.code != 0:
            raise GitError(classify(result.output), result.output)
        return result.output

    def relative(self, path: Path | str) -> str:
        """``path`` relative to the root, with ``/`` (what git prints and accepts)."""
        candidate = Path(path)
        if not candidate.is_absolute():
            return candidate.as_posix()
        real = Path(os.path.realpath(candidate))
        return real.relative_to(self.root).as_posix()

    def absolute(self, relative: str) -> Path:
        return self.root / relative

    def show(self, spec: str) -> bytes | None:
        """``git show spec`` as bytes (a file's content at a commit), or None when it fails."""
        binary = git_binary()
        if binary is None:
            raise GitError("missing-git")
        done = subprocess.run(
            [binary, "show", spec], cwd=self.root, env=git_env(), capture_output=True,
            timeout=LOCAL_TIMEOUT, check=False,
        )  # fmt: skip
        return done.stdout if done.returncode == 0 else None

    def has_remote(self) -> bool:
        return bool(self.git("remote").strip())

    def has_head(self) -> bool:
        return run_git(self.root, ["rev-parse", "--verify", "-q", "HEAD"]).code == 0

    def in_progress(self) -> str | None:
        """A merge, rebase, cherry-pick or revert the user has not finished, or None."""
        git_dir = Path(self.git("rev-parse", "--absolute-git-dir").strip())
        for name, marker in (("merge", "MERGE_HEAD"), ("rebase", "rebase-merge"),
                             ("rebase", "rebase-apply"), ("cherry-pick", "CHERRY_PICK_HEAD"),
                             ("revert", "REVERT_HEAD")):  # fmt: skip
            if (git_dir / marker).exists():
                return name
        return None
