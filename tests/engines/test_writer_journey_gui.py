"""The issue's "done when" journey with the real Hexo, from the GUI alone: in a Hexo site that is a
git repository, create a post, write and save it, see it in Site Preview served by `hexo server`,
and publish it (check gate, commit, push to a bare remote). Marked `engines` (real Hexo)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6.QtWebEngineWidgets  # noqa: F401, TID251  (before the QApplication; a GUI journey)
import pytest
from hexo_extra import hexo_site_with_plugins
from PySide6.QtCore import QCoreApplication  # noqa: TID251  (a GUI journey)

from conftest import require_engine
from gui_window import open_main_window
from postpad.core.publish.permalink import post_url_path
from postpad.core.site import detect_site
from postpad.gui.publish.attach import publish
from postpad.gui.site.newpost_dialog import NewPostDialog
from postpad.gui.sitepreview.attach import SITE_PREVIEW

pytestmark = pytest.mark.engines


@pytest.fixture
def main_window(qtbot, tmp_path: Path) -> Iterator[object]:
    """The real main window with its own settings, closed without save prompts afterwards."""
    yield from open_main_window(qtbot, tmp_path)
    QCoreApplication.processEvents()


def page_text(qtbot, pane, needle: str, timeout: int = 60000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the site preview page's text contains ``needle``."""
    seen = {"text": ""}

    def check() -> bool:
        script = "document.body ? document.body.innerText : ''"
        pane.run_js(script, lambda v: seen.update(text=v or ""))
        return needle in str(seen["text"])

    qtbot.waitUntil(check, timeout=timeout)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def blog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Writer")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "writer@example.com")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    require_engine("hexo")
    root = hexo_site_with_plugins(tmp_path)
    (root / ".gitignore").write_text("node_modules/\npublic/\ndb.json\n", encoding="utf-8")
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    git(root, "init", "-q", "-b", "main")
    git(root, "remote", "add", "origin", str(bare))
    git(root, "add", "-A")
    git(root, "commit", "-qm", "site")
    git(root, "push", "-q", "-u", "origin", "main")
    return root.resolve()


def test_write_preview_in_the_real_theme_and_publish(qtbot, main_window, blog: Path) -> None:
    site = detect_site(blog / "_config.yml")
    dialog = NewPostDialog(site, main_window)
    dialog.title_edit.setText("Hello Hexo")
    dialog.accept()
    post = dialog.created_path
    assert post is not None
    main_window.open_paths([post])
    tab = main_window.current_tab()
    tab.editor.appendPlainText("\nWritten in Postpad, served by Hexo.\n")
    assert main_window.documents.save(tab)
    preview = main_window.features.require(SITE_PREVIEW)
    action = main_window.findChild(type(main_window.window_actions["save"]), "actionSitePreview")
    action.trigger()
    qtbot.waitUntil(lambda: preview.server.is_ready, timeout=120000)
    expected = post_url_path(detect_site(post), post)
    qtbot.waitUntil(lambda: preview.pane.view.url().path() == expected, timeout=30000)
    page_text(qtbot, preview.pane, "Written in Postpad, served by Hexo.")
    action.trigger()  # close the pane: the server stops
    dialog = publish(main_window)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60000)
    assert dialog.publish_button.isEnabled(), dialog.summary.text()
    with qtbot.waitSignal(dialog.finished_run, timeout=120000):
        dialog.publish_button.click()
    assert dialog.outcome.status == "done", dialog.log.toPlainText()
    assert git(blog, "log", "-1", "--format=%s").strip() == "post: Hello Hexo"
    assert git(blog, "rev-parse", "HEAD") == git(blog.parent / "remote.git", "rev-parse", "main")
    dialog.close()
