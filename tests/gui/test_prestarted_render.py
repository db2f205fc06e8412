"""The first post of a staged start renders in a child process (decision 0210): the page shows
the child's blocks first, the tab's render thread takes over with the very same blocks (not sent
again), and a child that rendered another text or other options is not shown."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QTextCursor

from postpad.core.render import render

pytestmark = pytest.mark.gui

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "hexo-butterfly"
# the post both the first-render child (tests/core) and the window (tests/gui) are given
POST = (SITE.parents[1] / "text" / "prestarted-butterfly.md").read_text(encoding="utf-8")

PAGE_BLOCKS = """(function () {
  var root = document.querySelector('[data-postpad-root]');
  var list = root.querySelectorAll(':scope > .pp-block, :scope > .pp-chunk > .pp-block');
  return JSON.stringify(Array.prototype.map.call(list, function (c) { return c.outerHTML; }));
})()"""

FULL_BLOCKS = """(function (full) {
  var fresh = document.createElement('main');
  fresh.innerHTML = full;
  var list = fresh.querySelectorAll(':scope > .pp-block');
  return JSON.stringify(Array.prototype.map.call(list, function (c) { return c.outerHTML; }));
})(%s)"""


@pytest.fixture(autouse=True)
def idle_cpus(monkeypatch) -> None:
    """Two idle CPUs, as on a calm machine (the shared test machine's load would otherwise
    decide whether a child starts)."""
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2), raising=False)


@pytest.fixture
def site_post(tmp_path: Path) -> Path:
    from postpad.gui.app import create_application

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    root = tmp_path / "blog"
    shutil.copytree(SITE, root)
    post = root / "source/_posts/prestarted.md"
    post.write_text(POST, encoding="utf-8")
    return post.resolve()


def _staged(qtbot: Any, post: Path) -> Any:
    from postpad.gui import app as gui_app

    window = gui_app.build_window([post], staged=True)
    window.resize(1200, 700)
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=20000)
    return window


def _close(window: Any) -> None:
    for tab in window.tabs():
        tab.editor.document().setModified(False)
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


def _page_is_full_render(qtbot: Any, tab: Any) -> bool:
    full = render(tab.editor.toPlainText(), tab.preview_settings().options()).html
    page = run_js(qtbot, tab.preview, PAGE_BLOCKS)
    return bool(page == run_js(qtbot, tab.preview, FULL_BLOCKS % json.dumps(full)))


def test_the_page_shows_the_childs_blocks_before_the_tab_renders(
    qtbot, site_post: Path, monkeypatch
) -> None:
    from postpad.gui.documents import tab as tab_module

    monkeypatch.setattr(tab_module, "WAIT_MS", 120_000)  # a loaded test machine's slow child
    window = _staged(qtbot, site_post)
    tab = window.current_tab()
    first: list[tuple[int, object]] = []
    tab.preview.patch_applied.connect(lambda version: first.append((version, tab.last_rendered)))
    refused: list[bool] = []
    tab.preview.out_of_step.connect(lambda: refused.append(True))
    assert tab.scheduler.held  # the render thread waits for the child
    qtbot.waitUntil(lambda: bool(first), timeout=30000)
    assert first[0] == (1, None)  # on the page before the tab's own renderer rendered anything
    wait_for_preview_text(qtbot, tab.preview, "Butterfly 的提示块。")  # the site's theme tags
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=30000)
    assert not tab.scheduler.held
    assert tab.preview.applied_version == 1  # the thread's identical blocks were not sent again
    assert _page_is_full_render(qtbot, tab)

    cursor = tab.editor.textCursor()  # the thread's patches fit the child's blocks (same ids)
    cursor.setPosition(tab.editor.toPlainText().index("正文第一段"))
    cursor.insertText("新加的字，")
    tab.editor.setTextCursor(cursor)
    wait_for_preview_text(qtbot, tab.preview, "新加的字，正文第一段")
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    assert tab.preview.applied_version == 2
    assert refused == []
    assert _page_is_full_render(qtbot, tab)
    _close(window)


def test_text_typed_before_the_child_answers_is_what_the_page_shows(qtbot, site_post: Path) -> None:
    window = _staged(qtbot, site_post)
    tab = window.current_tab()
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n打字比子进程快。\n")  # before the child can have answered (~0.5 s)
    assert not tab.scheduler.held  # typing lets the render thread go
    wait_for_preview_text(qtbot, tab.preview, "打字比子进程快。")
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    qtbot.wait(1500)  # the child has answered by now: its older blocks must not replace these
    assert _page_is_full_render(qtbot, tab)
    _close(window)


def test_a_child_that_rendered_other_options_is_not_shown(qtbot, site_post: Path) -> None:
    from postpad.core.first_render import options_for, text_sha
    from postpad.gui.preview.prestart import PrestartedRender

    window = _staged(qtbot, site_post)
    tab = window.current_tab()
    other = PrestartedRender(
        site_post, default_profile="hexo", dialect="jekyll", remote_images=False, parent=window
    )
    qtbot.waitUntil(lambda: other.finished, timeout=30000)
    sha = text_sha(tab.editor.snapshot())
    assert other.ops_for(sha, repr(tab.preview_settings().options())) is None  # Jekyll's render
    jekyll = other.ops_for(sha, repr(options_for(site_post, "hexo", "jekyll", False)))
    assert jekyll is not None
    assert jekyll[0]["op"] == "reset"
    assert other.ops_for("0" * 64, repr(options_for(site_post, "hexo", "jekyll", False))) is None
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=30000)
    _close(window)


def test_a_frozen_build_starts_itself_with_the_flag(monkeypatch) -> None:
    import sys

    from postpad.core.first_render import FROZEN_FLAG
    from postpad.gui.preview.prestart import child_arguments

    assert child_arguments("{}") == ["-P", "-m", "postpad.core.first_render", "{}"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert child_arguments("{}") == [FROZEN_FLAG, "{}"]


def test_a_tab_closed_before_the_child_answers_is_left_alone(qtbot, site_post: Path) -> None:
    window = _staged(qtbot, site_post)
    prestarted = window._start.prestarted
    tab = window.current_tab()
    window.documents.close_tab(tab)  # unmodified: closes at once
    assert window.tabs() == []
    QCoreApplication.sendPostedEvents(None, 0)  # the tab's deferred delete
    qtbot.waitUntil(lambda: prestarted.finished, timeout=30000)  # its answer reaches no tab
    qtbot.wait(50)
    again = window.open_paths([site_post])[0]  # reopened: renders itself, the child is spent
    assert not again.scheduler.held
    wait_for_preview_text(qtbot, again.preview, "Butterfly 的提示块。")
    _close(window)


def test_with_one_cpu_no_child_is_started(qtbot, site_post: Path, monkeypatch) -> None:
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    window = _staged(qtbot, site_post)
    tab = window.current_tab()
    assert window._start.prestarted is None
    assert not tab.scheduler.held
    wait_for_preview_text(qtbot, tab.preview, "Butterfly 的提示块。")  # rendered by the thread
    assert tab.last_rendered is not None
    _close(window)


def test_an_answer_in_time_waits_for_the_page_then_gives_up(
    qtbot, site_post: Path, monkeypatch
) -> None:
    """The child's blocks arrived but the shell has not loaded: the wait for the child no
    longer releases the render thread (it would render beside the loading shell); a page that
    never confirms releases it after SHOWN_WAIT_MS."""
    from postpad.gui.documents import tab as tab_module
    from postpad.gui.preview.view import PreviewView

    monkeypatch.setattr(PreviewView, "materialize", lambda self: None)  # no page: no confirm
    monkeypatch.setattr(tab_module, "SHOWN_WAIT_MS", 1500)
    window = _staged(qtbot, site_post)
    tab = window.current_tab()
    qtbot.waitUntil(lambda: window._start.prestarted.finished, timeout=30000)
    qtbot.waitUntil(lambda: tab._prestart_ops is not None, timeout=5000)
    tab._prestart_late()  # what the WAIT_MS timer calls
    assert tab.scheduler.held
    qtbot.waitUntil(lambda: not tab.scheduler.held, timeout=5000)
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=30000)
    _close(window)


def test_with_no_idle_cpu_no_child_is_started(monkeypatch) -> None:
    import os

    from postpad.gui.preview.prestart import worth_starting

    assert worth_starting()
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 1.0, 1.0), raising=False)
    assert worth_starting()  # two CPUs, one and a half busy: some room
    monkeypatch.setattr(os, "getloadavg", lambda: (2.5, 2.0, 2.0), raising=False)
    assert not worth_starting()  # more runnable than CPUs
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(8)), raising=False)
    assert worth_starting()
