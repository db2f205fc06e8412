"""A post is rendered whole once when it opens, and not again without an edit (0279, 0280).

The first-render child renders the post of a staged start (decision 0210); the tab's render
thread goes on from the child's state instead of rendering the post a second time, and the
next keystroke is a patch of that state. Switching tabs, saving, Save As onto the same file,
resizing, hiding and showing the preview, the Preferences dialog and a file touched outside
with the same bytes render nothing whole either. Whole renders are counted where they happen,
``render_body`` in this process.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from postpad.core.render import incremental, pipeline, render
from postpad.gui.documents.external import EXTERNAL_CHANGES

pytestmark = pytest.mark.gui

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "hexo-butterfly"
POST = (SITE.parents[1] / "text" / "prestarted-butterfly.md").read_text(encoding="utf-8")

PAGE_HTML = """(function () {
  var root = document.querySelector('[data-postpad-root]');
  var list = root.querySelectorAll(':scope > .pp-block, :scope > .pp-chunk > .pp-block');
  return Array.prototype.map.call(list, function (c) { return c.outerHTML; }).join('');
})()"""

FULL_HTML = """(function (full) {
  var fresh = document.createElement('main');
  fresh.innerHTML = full;
  var list = fresh.querySelectorAll(':scope > .pp-block');
  return Array.prototype.map.call(list, function (c) { return c.outerHTML; }).join('');
})(%s)"""


@pytest.fixture(autouse=True)
def idle_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two idle CPUs: the first-render child starts whatever the test machine's load."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2), raising=False)


@pytest.fixture
def whole_renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every post rendered whole in this process, in order."""
    calls: list[int] = []
    original = pipeline.render_body

    def counting(ctx: Any, header: str, body: str, body_line: int) -> Any:
        calls.append(len(body))
        return original(ctx, header, body, body_line)

    monkeypatch.setattr(pipeline, "render_body", counting)
    monkeypatch.setattr(incremental, "render_body", counting)
    return calls


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


@pytest.fixture
def window(qtbot: Any, site_post: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A staged start on ``site_post``, as ``postpad`` starts, once the tab has its render."""
    from postpad.gui import app as gui_app
    from postpad.gui.documents import manager
    from postpad.gui.documents import tab as tab_module

    monkeypatch.setattr(tab_module, "WAIT_MS", 120_000)  # a loaded test machine's slow child
    monkeypatch.setattr(manager.DocumentManager, "ask_save_changes", lambda *_a: None)
    opened = gui_app.build_window([site_post], staged=True)
    opened.resize(1200, 700)
    opened.show()
    qtbot.waitUntil(lambda: opened.built, timeout=20000)
    qtbot.waitUntil(lambda: opened.current_tab().last_rendered is not None, timeout=30000)
    qtbot.waitUntil(lambda: opened.features_attached, timeout=20000)
    yield opened
    for each in opened.tabs():
        each.editor.document().setModified(False)
    opened.close()
    opened.deleteLater()
    QCoreApplication.processEvents()


def _page_is_full_render(qtbot: Any, tab: Any) -> bool:
    full = render(tab.editor.toPlainText(), tab.preview_settings().options()).html
    page = run_js(qtbot, tab.preview, PAGE_HTML)
    return bool(page == run_js(qtbot, tab.preview, FULL_HTML % json.dumps(full)))


def _settled(qtbot: Any, tab: Any, wait_ms: int = 600) -> None:
    qtbot.wait(wait_ms)
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)


def test_an_unchanged_post_is_rendered_once_on_open(
    qtbot: Any, whole_renders: list[int], window: Any
) -> None:
    tab = window.current_tab()
    assert window._start.prestarted.finished  # the child rendered it: the one whole render
    _settled(qtbot, tab)
    assert whole_renders == []  # the render thread went on from the child's state
    assert tab.preview.applied_version == 1  # the child's blocks, not sent again
    assert [h.text for h in tab.last_rendered.outline] == ["一个标题"]
    cursor = tab.editor.textCursor()  # the next keystroke is a patch of that state
    cursor.setPosition(tab.editor.toPlainText().index("正文第一段"))
    cursor.insertText("新加的字，")
    wait_for_preview_text(qtbot, tab.preview, "新加的字，正文第一段")
    _settled(qtbot, tab)
    assert whole_renders == []
    assert tab.preview.applied_version == 2
    assert _page_is_full_render(qtbot, tab)


def _answer_modal(accept: bool) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(50, lambda: _answer_modal(accept))
    elif accept:
        dialog.accept()  # type: ignore[attr-defined]
    else:
        dialog.reject()  # type: ignore[attr-defined]


def test_nothing_is_rendered_whole_without_an_edit(
    qtbot: Any, whole_renders: list[int], window: Any, site_post: Path, monkeypatch: Any
) -> None:
    tab = window.current_tab()
    other = site_post.with_name("other.md")
    other.write_text("---\ntitle: other\n---\n\nanother post\n", encoding="utf-8")
    second = window.open_paths([other])[0]
    qtbot.waitUntil(lambda: second.last_rendered is not None, timeout=30000)
    _settled(qtbot, second)
    whole_renders.clear()  # the second post's own first render
    version = tab.preview.applied_version

    window.tab_widget.setCurrentWidget(tab)  # tab switches
    qtbot.wait(300)
    window.tab_widget.setCurrentWidget(second)
    qtbot.wait(300)
    window.tab_widget.setCurrentWidget(tab)
    window.resize(900, 600)  # a resize, the preview hidden and shown
    qtbot.wait(300)
    window.set_pane_visible("preview", False)
    qtbot.wait(300)
    window.set_pane_visible("preview", True)
    window.documents.save(tab)  # Save, and Save As onto the same file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(site_post), ""))
    assert window.documents.save_as(tab)
    for accept in (True, False):  # Preferences opened and closed, with OK and with Cancel
        QTimer.singleShot(100, lambda accept=accept: _answer_modal(accept))
        window.show_preferences()
    site_post.write_bytes(site_post.read_bytes())  # touched outside, same bytes
    window.features.require(EXTERNAL_CHANGES).check_all()
    _settled(qtbot, tab, 1500)
    assert whole_renders == []
    assert tab.preview.applied_version == version  # the page was not even sent its blocks again
    assert _page_is_full_render(qtbot, tab)
