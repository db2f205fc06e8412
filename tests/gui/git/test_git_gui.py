"""The Git feature in the real window: status marks, diff with HEAD in the Compare view, commit,
push and a pull conflict, against a real repository with a bare remote (issue 14 part 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from postpad.gui.features import feature_modules
from postpad.gui.protocols import GIT, SITE
from postpad.gui.site.panel import PATH_ROLE
from vcs_repos import git, git_identity, published_site

__all__ = ["git_identity"]

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
POST = "source/_posts/python-notes.md"


@pytest.fixture(autouse=True)
def _identity(git_identity: None) -> None:
    """Commits by a known author; no user git configuration."""


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    site = published_site(tmp_path, SITES / "hexo-butterfly")
    return site.resolve()


def _controller(qtbot, window, post: Path):
    assert "postpad.gui.git.attach" in feature_modules()
    controller = window.features.require(GIT)
    window.open_paths([post])
    qtbot.waitUntil(lambda: controller.repo is not None, timeout=10000)
    return controller


def test_status_marks_and_panel(qtbot, main_window, blog: Path) -> None:
    post = blog / POST
    post.write_text(post.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    controller = _controller(qtbot, main_window, post)
    controller.refresh()
    panel = controller.panel
    assert [panel.files.topLevelItem(0).text(0)] == [POST]
    assert "main → origin/main" in panel.branch_label.text()
    site_panel = main_window.features.require(SITE).panel
    qtbot.waitUntil(lambda: site_panel.model.rowCount() == 4, timeout=10000)
    controller.refresh()
    states = {
        site_panel.model.item(r, 0).data(PATH_ROLE): site_panel.model.item(r, 2).text()
        for r in range(site_panel.model.rowCount())
    }
    assert states[str(post)].endswith("M")
    assert sum(1 for text in states.values() if text.endswith("M")) == 1


def test_diff_with_head_reuses_compare_and_can_take_the_commit(qtbot, main_window, blog) -> None:
    post = blog / POST
    committed = post.read_text(encoding="utf-8")
    controller = _controller(qtbot, main_window, post)
    tab = main_window.current_tab()
    tab.editor.appendPlainText("An unsaved line.")
    dialog = controller.diff()
    assert dialog is not None
    assert "last commit" in dialog.windowTitle()
    assert len(dialog.hunks) == 1
    dialog.set_taken({0})
    dialog._apply()
    assert tab.text() == committed


def test_commit_dialog_suggests_the_title_and_commits(qtbot, main_window, blog: Path) -> None:
    post = blog / POST
    post.write_text(post.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    (blog / "unrelated.txt").write_text("x", encoding="utf-8")
    controller = _controller(qtbot, main_window, post)
    dialog = controller.commit()
    assert dialog.selected() == [POST]  # the current post, not every change
    assert dialog.message() == "post: Python 笔记"
    with qtbot.waitSignal(controller.runner.finished, timeout=20000):
        dialog.accept()
    assert git(blog, "log", "-1", "--format=%s").strip() == "post: Python 笔记"
    assert git(blog, "status", "--short").strip() == "?? unrelated.txt"
    with qtbot.waitSignal(controller.runner.finished, timeout=20000):
        assert controller.push()
    assert git(blog, "rev-parse", "HEAD") == git(blog.parent / "remote.git", "rev-parse", "main")


def test_pull_conflict_is_explained_and_changes_nothing(qtbot, main_window, blog, tmp_path) -> None:
    other = tmp_path / "other"
    git(tmp_path, "clone", "-q", str(tmp_path / "remote.git"), str(other))
    (other / POST).write_text("---\ntitle: theirs\n---\n", encoding="utf-8")
    git(other, "commit", "-qam", "theirs")
    git(other, "push", "-q")
    post = blog / POST
    post.write_text("---\ntitle: mine\n---\n", encoding="utf-8")
    git(blog, "commit", "-qam", "mine")
    head = git(blog, "rev-parse", "HEAD")
    controller = _controller(qtbot, main_window, post)
    with qtbot.waitSignal(controller.runner.failed, timeout=30000):
        assert controller.pull()
    box = main_window.findChild(QMessageBox, "gitErrorBox")
    assert box is not None
    assert "conflict" in box.text()
    assert POST in box.text()
    box.close()
    QApplication.processEvents()
    assert git(blog, "rev-parse", "HEAD") == head
    assert post.read_text(encoding="utf-8") == "---\ntitle: mine\n---\n"


def test_backup_commit_on_save(qtbot, main_window, blog: Path) -> None:
    post = blog / POST
    controller = _controller(qtbot, main_window, post)
    action = main_window.findChild(type(main_window.window_actions["save"]), "actionGitBackup")
    assert action is not None
    assert not action.isChecked()  # off by default
    action.trigger()
    assert controller.backup_enabled()
    tab = main_window.current_tab()
    tab.editor.appendPlainText("Saved line.")
    with qtbot.waitSignal(controller.runner.finished, timeout=20000):
        main_window.documents.save(tab)
    assert git(blog, "log", "-1", "--format=%s").strip() == f"backup: {POST}"


def test_refresh_finds_a_repository_created_meanwhile(qtbot, main_window, tmp_path: Path) -> None:
    site = tmp_path / "plain"
    shutil.copytree(SITES / "hexo-butterfly", site)
    post = site.resolve() / POST
    main_window.open_paths([post])
    controller = main_window.features.require(GIT)
    qtbot.waitUntil(lambda: controller.panel.branch_label.text() != "", timeout=10000)
    assert controller.repo is None
    git(site, "init", "-q", "-b", "main")
    controller.panel.buttons["refresh"].click()
    assert controller.repo is not None
    assert controller.panel.files.topLevelItemCount() > 0  # everything is new to git


def test_an_os_error_in_a_git_job_is_a_translated_sentence(qtbot, main_window, blog) -> None:
    import errno

    controller = _controller(qtbot, main_window, blog / POST)

    def disk_full(_progress):
        raise OSError(errno.ENOSPC, "No space left on device", str(blog / ".git" / "index"))

    with qtbot.waitSignal(controller.runner.failed, timeout=30000) as failed:
        assert controller.runner.run("commit", disk_full)
    assert isinstance(failed.args[1], OSError)  # not re-wrapped as an English GitError
    box = main_window.findChild(QMessageBox, "gitErrorBox")
    assert box is not None
    assert box.text() == "The disk is full."
    assert "No space left" in box.detailedText()  # the OS's words stay for bug reports
    box.close()
