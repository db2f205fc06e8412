"""User-facing words for git failures and states (translated; ``GitError.kind`` is the key)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postpad.core.vcs import GitError


def _t(text: str) -> str:
    return QCoreApplication.translate("GitFeature", text)


def error_text(error: GitError) -> str:
    """One sentence saying what went wrong and what to do; git's own output goes in details."""
    texts = {
        "missing-git": _t("Git is not installed: install it from https://git-scm.com/."),
        "not-a-repo": _t("This site is not a git repository."),
        "conflict": _t(
            "Pulling would conflict with your commits in these files. Nothing was changed: "
            "merge them in a terminal or another git tool, then pull again."
        ),
        "local-changes": _t(
            "Pulling would overwrite changes you have not committed. Commit them first."
        ),
        "auth": _t(
            "The remote refused the credentials (or none are set up). Check your SSH key or "
            "credential helper; Postpad does not ask for passwords."
        ),
        "no-remote": _t("This repository has no remote to pull from or push to."),
        "no-upstream": _t("The current branch does not track a remote branch."),
        "rejected": _t("The remote has commits you do not have yet: pull first, then push."),
        "network": _t("The remote cannot be reached. Check the network and the remote address."),
        "identity": _t("Git does not know who you are: set user.name and user.email first."),
        "nothing": _t("There is nothing to commit."),
        "no-message": _t("Write a commit message first."),
        "detached": _t("No branch is checked out (detached HEAD): switch to a branch first."),
        "timeout": _t("Git took too long and was stopped."),
    }
    text = texts.get(error.kind, _t("Git failed."))
    if error.paths:
        text += "\n\n" + "\n".join(error.paths)
    return text


def state_text(state: str) -> str:
    return {
        "modified": _t("Modified"),
        "added": _t("Added"),
        "deleted": _t("Deleted"),
        "renamed": _t("Renamed"),
        "untracked": _t("New, not in git yet"),
        "conflicted": _t("Conflicted"),
    }.get(state, state)
