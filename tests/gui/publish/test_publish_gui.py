"""File › Publish… in the real window: errors block with the findings, a clean site is committed
and pushed to a real bare remote with the log shown, a failed push undoes the commit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postpad.gui.features import feature_modules
from postpad.gui.protocols import GIT
from postpad.gui.publish.attach import publish
from vcs_repos import git, git_identity, published_site

__all__ = ["git_identity"]

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
NEW = "source/_posts/fresh.md"


@pytest.fixture(autouse=True)
def _identity(git_identity: None) -> None:
    """Commits by a known author; no user git configuration."""


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    site = published_site(tmp_path, SITES / "hexo-butterfly")
    (site / NEW).write_text("---\ntitle: 新文章\n---\nHello.\n", encoding="utf-8")
    return site.resolve()


def _dialog(qtbot, window, post: Path):
    assert "postpad.gui.publish.attach" in feature_modules()
    assert window.findChild(type(window.window_actions["save"]), "actionPublish") is not None
    window.open_paths([post])
    dialog = publish(window)
    qtbot.waitUntil(
        lambda: dialog._prepare is None and "Check:" in dialog.summary.text(), timeout=30000
    )
    return dialog


def test_errors_block_publishing_with_the_findings(qtbot, main_window, blog: Path) -> None:
    broken = blog / "source/_posts/broken.md"
    broken.write_text("---\ntitle: a: b\n---\n", encoding="utf-8")
    dialog = _dialog(qtbot, main_window, blog / NEW)
    assert "publishing is blocked" in dialog.summary.text()
    assert "%" not in dialog.summary.text()
    assert re.match(r"Check: 1 error(\(s\))?, \d+ warning", dialog.summary.text())
    assert not dialog.publish_button.isEnabled()
    items = [
        dialog.findings.topLevelItem(i).text(0) for i in range(dialog.findings.topLevelItemCount())
    ]
    assert any(text.startswith("✖ source/_posts/broken.md") for text in items)
    with qtbot.waitSignal(dialog.location_activated) as blocker:
        dialog.findings.itemActivated.emit(dialog.findings.topLevelItem(0), 0)
    assert blocker.args[0] == broken
    assert dialog.start() is False
    dialog.close()


def test_publish_commits_pushes_and_logs(qtbot, main_window, blog: Path) -> None:
    dialog = _dialog(qtbot, main_window, blog / NEW)
    steps = [dialog.steps.item(i).text() for i in range(dialog.steps.count())]
    assert steps == ["1. git commit 1 file(s): post: 新文章", "2. git push --progress"]
    assert dialog.publish_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_run, timeout=60000):
        dialog.publish_button.click()
    assert dialog.outcome.status == "done"
    assert "$ git push --progress" in dialog.log.toPlainText()
    assert git(blog, "rev-parse", "HEAD") == git(blog.parent / "remote.git", "rev-parse", "main")
    assert "No changes" in main_window.features.require(GIT).panel.branch_label.text()
    dialog.close()


def test_a_failed_push_is_shown_and_undone(qtbot, main_window, blog: Path, tmp_path) -> None:
    other = tmp_path / "other"
    git(tmp_path, "clone", "-q", str(tmp_path / "remote.git"), str(other))
    (other / "x.md").write_text("x", encoding="utf-8")
    git(other, "add", "-A")
    git(other, "commit", "-qm", "elsewhere")
    git(other, "push", "-q")
    head = git(blog, "rev-parse", "HEAD")
    dialog = _dialog(qtbot, main_window, blog / NEW)
    with qtbot.waitSignal(dialog.finished_run, timeout=60000):
        dialog.start()
    assert dialog.outcome.status == "failed"
    assert "exit status 1" in dialog.summary.text()
    assert "undone" in dialog.summary.text()
    assert git(blog, "rev-parse", "HEAD") == head
    assert git(blog, "status", "--short").strip() == f"?? {NEW}"
    dialog.close()


def test_unsaved_posts_must_be_saved_first(qtbot, main_window, blog: Path) -> None:
    main_window.open_paths([blog / NEW])
    main_window.current_tab().editor.appendPlainText("unsaved")
    dialog = _dialog(qtbot, main_window, blog / NEW)
    assert "Save these posts first" in dialog.summary.text()
    assert not dialog.publish_button.isEnabled()
    dialog.close()
