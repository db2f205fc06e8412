"""Git for a blog: per-post status, diff against HEAD, commit, pull and push (decision 0110).

Qt-free. Everything goes through the ``git`` command (``postpad.core.vcs.git``), never a
reimplementation: the user's own configuration, hooks, credential helpers and SSH keys apply.
"""

from __future__ import annotations

from postpad.core.vcs.git import GitError, Repo, find_repo
from postpad.core.vcs.status import FileStatus, RepoStatus, parse_porcelain_v2

__all__ = ["FileStatus", "GitError", "Repo", "RepoStatus", "find_repo", "parse_porcelain_v2"]
