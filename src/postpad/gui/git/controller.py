"""Keeps the Git panel on the current post's repository and carries out its requests: diff with
HEAD (the Compare view), commit, pull, push, and the opt-in backup commit after each save."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from postpad.core.settings_registry import GIT_BACKUP_ON_SAVE
from postpad.core.vcs import GitError, Repo, RepoStatus, find_repo
from postpad.core.vcs.message import suggested_message
from postpad.core.vcs.ops import backup_commit, commit, head_text, pull, push, status
from postpad.gui.errors import error_text as core_error_text
from postpad.gui.git.panel import GitPanel
from postpad.gui.git.texts import error_text, state_text
from postpad.gui.git.worker import GitRunner
from postpad.gui.protocols import SITE, DocumentTabView, FeatureWindow

if TYPE_CHECKING:  # the dialogs load when the user asks for them
    from postpad.gui.dialogs.compare import CompareDialog
    from postpad.gui.git.commit_dialog import CommitDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("GitFeature", text)


class GitController(QObject):
    def __init__(self, window: FeatureWindow, panel: GitPanel) -> None:
        super().__init__(panel)
        self.window, self.panel = window, panel
        self.repo: Repo | None = None
        self.status: RepoStatus | None = None
        self._repos: dict[Path, Repo | None] = {}
        self.runner = GitRunner(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.runner.started.connect(lambda name: panel.set_busy(self._busy_text(name)))
        self.runner.progressed.connect(panel.show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        panel.diff_requested.connect(self.diff)
        panel.commit_requested.connect(self.commit)
        panel.pull_requested.connect(self.pull)
        panel.push_requested.connect(self.push)
        panel.refresh_requested.connect(self.rescan)
        panel.file_activated.connect(lambda path: window.open_paths([path]))
        window.current_tab_changed.connect(self.follow)
        window.document_saved.connect(self._on_saved)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.runner.wait)
        self.follow(window.current_tab())

    # --- which repository --------------------------------------------------------------------
    def repo_for(self, path: Path | None) -> Repo | None:
        if path is None:
            return None
        folder = path.parent
        if folder not in self._repos:
            self._repos[folder] = find_repo(folder)
        return self._repos[folder]

    def follow(self, tab: DocumentTabView | None) -> None:
        repo = self.repo_for(tab.path) if tab is not None else None
        if tab is not None and (repo is not None or self.repo is None):
            self.repo = repo
        self._refresh_timer.start()

    def rescan(self) -> None:
        """Look for repositories again (the user may have run ``git init`` meanwhile)."""
        self._repos.clear()
        self.repo = None
        self.follow(self.window.current_tab())
        self.refresh()

    def refresh(self) -> None:
        """Read ``git status`` (milliseconds on a blog) and show it in both panels."""
        self.status = None
        if self.repo is not None:
            try:
                self.status = status(self.repo)
            except GitError:
                self.status = None
        self.panel.set_status(self.repo.root if self.repo else None, self.status)
        self._show_marks()

    def _show_marks(self) -> None:
        site = self.window.features.get(SITE)
        if site is None:
            return
        marks: dict[str, tuple[str, str]] = {}
        if self.repo is not None and self.status is not None:
            for change in self.status.files:
                path = os.path.normpath(self.repo.root / change.path)
                marks[path] = (change.mark, state_text(change.state))
        site.set_vcs_marks(marks)

    # --- diff --------------------------------------------------------------------------------
    def diff(self) -> CompareDialog | None:
        tab = self.window.current_tab()
        path = tab.path if tab is not None else None
        repo = self.repo_for(path)
        if tab is None or path is None or repo is None:
            self._notify(_t("The current post is not in a git repository."))
            return None
        committed = head_text(repo, path)
        if committed is None:
            self._notify(_t("This post has no committed version yet."))
            return None
        from postpad.gui.dialogs.compare import CompareDialog

        texts = {
            "title": _t("Compare %1 with its last commit").replace("%1", path.name),
            "theirs": _t("Last commit (HEAD)"),
            "take": _t("use the committed version"),
            "take_all": _t("Take all from the commit"),
        }
        dialog = CompareDialog(path.name, committed, tab.text(), self.window, texts=texts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda text: self._apply(tab, text))
        dialog.open()
        return dialog

    @staticmethod
    def _apply(tab: DocumentTabView, text: str) -> None:
        """Put the merged text in the editor as one undoable edit (not saved)."""
        if text == tab.text():
            return
        cursor = tab.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    # --- commit, pull, push --------------------------------------------------------------------
    def commit(self, selected: list[str] | None = None) -> CommitDialog | None:
        self.refresh()
        repo, current = self.repo, self.status
        if repo is None or current is None or not current.files:
            self._notify(_t("Nothing to commit."))
            return None
        from postpad.gui.git.commit_dialog import CommitDialog

        checked = set(selected or []) or self._default_selection(repo, current)
        dialog = CommitDialog(
            current.files, checked, lambda paths: self._message(repo, paths), self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.commit_files(dialog.selected(), dialog.message()))
        dialog.open()
        return dialog

    def _default_selection(self, repo: Repo, current: RepoStatus) -> set[str]:
        """The current post and the files in its asset folder; every change when it has none."""
        tab = self.window.current_tab()
        path = tab.path if tab is not None else None
        changed = {f.path for f in current.files}
        if path is None:
            return changed
        post = repo.relative(path)
        assets = post.rsplit(".", 1)[0] + "/"
        ours = {p for p in changed if p == post or p.startswith(assets)}
        return ours or changed

    @staticmethod
    def _message(repo: Repo, paths: list[str]) -> str:
        return suggested_message([repo.absolute(p) for p in paths])

    def commit_files(self, paths: list[str], message: str) -> bool:
        repo = self.repo
        if repo is None:
            return False
        return self.runner.run("commit", lambda _progress: commit(repo, paths, message))

    def pull(self) -> bool:
        repo = self.repo
        return repo is not None and self.runner.run("pull", lambda p: pull(repo, p))

    def push(self) -> bool:
        repo = self.repo
        return repo is not None and self.runner.run("push", lambda p: push(repo, p))

    # --- backup on save ------------------------------------------------------------------------
    def backup_enabled(self) -> bool:
        return self.window.settings.get(GIT_BACKUP_ON_SAVE)

    def set_backup_enabled(self, on: bool) -> None:
        self.window.settings.set(GIT_BACKUP_ON_SAVE, bool(on))

    def _on_saved(self, tab: DocumentTabView) -> None:
        path = tab.path
        repo = self.repo_for(path)
        if path is not None and repo is not None and self.backup_enabled():
            self._backup(repo, path)
        self._refresh_timer.start()

    def _backup(self, repo: Repo, path: Path) -> None:
        if not self.runner.run("backup", lambda _p: backup_commit(repo, path)):
            self._notify(_t("Backup commit skipped: git is busy."))

    # --- results -------------------------------------------------------------------------------
    @staticmethod
    def _busy_text(name: str) -> str:
        return {
            "commit": _t("Committing…"),
            "pull": _t("Pulling…"),
            "push": _t("Pushing…"),
            "backup": _t("Backup commit…"),
        }.get(name, name)

    def _finished(self, name: str, _result: object) -> None:
        self.panel.set_busy(None)
        self.refresh()
        done = {"commit": _t("Committed."), "pull": _t("Pulled."), "push": _t("Pushed."),
                "backup": _t("Backup commit made.")}  # fmt: skip
        if name != "backup" or _result is not None:
            self._notify(done.get(name, ""))

    def _failed(self, name: str, error: Exception) -> None:
        self.panel.set_busy(None)
        self.refresh()
        self.last_error = error
        if isinstance(error, GitError):
            text, details = error_text(error), error.output.strip()
        else:  # an OSError or a bug: a translated sentence, the exception in the details
            text, details = core_error_text(error), f"{type(error).__name__}: {error}"
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Git"), text,
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.setObjectName("gitErrorBox")
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _notify(self, message: str) -> None:
        bar = self.window.status_bar()
        if bar is not None and message:
            bar.showMessage(message, 8000)
