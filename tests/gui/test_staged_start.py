"""The staged start (issue 12, decision 0200): the frame with the post's text first, the form,
highlighter, menus' entries and features once that frame is painted, the preview after that."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import child_report_on_site_post
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPlainTextEdit

from postpad.gui.first_view import FIRST_VIEW_MAX_BYTES, FirstView

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
POST = (
    "---\ntitle: 分阶段启动\ndate: 2024/3/5\ncategories: 笔记\ncover: \n---\n\n"
    "&ensp;&ensp;&ensp;&ensp;正文。\n"
)

#: what the first frame must do without: the form and its YAML, the editor's highlighter, the
#: site and the document manager (the frame is about as cheap as a bare Qt window)
NOT_BEFORE_THE_FIRST_FRAME = [
    "yaml",
    "postpad.core.frontmatter",
    "postpad.core.site",
    "postpad.core.engines.spec",  # the package itself only names DEFAULT_ENGINE
    "postpad.gui.documents.manager",
    "postpad.gui.documents.tab",
    "postpad.gui.frontmatter.panel",
    "postpad.gui.editor.widget",
    "postpad.gui.statusbar",
    "markdown_it",
    "PySide6.QtWebEngineWidgets",
    "postpad.gui.ime",  # the input-method check runs after the complete window
]

CHILD = """
import json, sys
from pathlib import Path
from postpad.gui import app as gui_app
qt_app = gui_app.create_application()
window = gui_app.build_window([Path(sys.argv[1])], staged=True)
loaded = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
print(json.dumps({"built": window.built, "tabs": window.tab_widget.count(), "loaded": loaded}))
"""


def test_the_first_frame_loads_nothing_heavy(tmp_path: Path) -> None:
    report = child_report_on_site_post(tmp_path, CHILD, NOT_BEFORE_THE_FIRST_FRAME)
    assert report == {"built": False, "tabs": 1, "loaded": []}


#: the real launcher (``postpad FILE``: argparse, the single-instance lock, translators, theme)
#: reports at its first paint which of the names are loaded and whether Python's ``Qt``
#: namespace exists (PySide6 builds its ~90 enums on first use, ~50 ms: decision 0205)
LAUNCHER_CHILD = """
import json, os, sys
from pathlib import Path
run = Path(sys.argv[1]).parent / "run"
run.mkdir(mode=0o700)
os.environ["XDG_RUNTIME_DIR"] = str(run)  # a lock of its own
from PySide6.QtCore import QEvent
from postpad.gui import startup_stages
original = startup_stages.FirstFrame.eventFilter
def report(self, watched, event):
    if event.type() == QEvent.Type.Paint and not self.painted:
        import PySide6.QtCore
        names = json.loads(sys.argv[2])
        import PySide6.QtGui, PySide6.QtWidgets
        classes = [(PySide6.QtWidgets, "QFileDialog"), (PySide6.QtWidgets, "QMessageBox"),
                   (PySide6.QtWidgets, "QStyle"), (PySide6.QtWidgets, "QDockWidget"),
                   (PySide6.QtGui, "QKeySequence")]
        print(json.dumps({
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
            # PySide6 creates a class (and its enums) when Python first uses it
            "qt_classes": [name for module, name in classes if name in vars(module)],
            "loaded": [name for name in names if name in sys.modules],
            "title": watched.windowTitle(),
        }), flush=True)
        os._exit(0)
    return original(self, watched, event)
startup_stages.FirstFrame.eventFilter = report
from postpad.cli import main
main([sys.argv[1]])
"""


def test_the_launcher_paints_its_first_frame_without_qt_enums_or_qtnetwork(
    tmp_path: Path,
) -> None:
    names = [*NOT_BEFORE_THE_FIRST_FRAME, "PySide6.QtNetwork"]
    report = child_report_on_site_post(tmp_path, LAUNCHER_CHILD, names)
    assert report == {
        "qt_namespace": False,
        "qt_classes": [],
        "loaded": [],
        "title": "python-notes.md — Postpad",
    }


@pytest.fixture
def settings_home(tmp_path: Path) -> Path:
    from postpad.gui.app import create_application

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    return tmp_path


@pytest.fixture
def staged(qtbot, settings_home: Path) -> Iterator[tuple[object, Path]]:
    from postpad.gui import app as gui_app

    post = settings_home / "post.md"
    post.write_bytes(POST.encode("utf-8"))
    window = gui_app.build_window([post], staged=True)
    window.resize(1200, 700)
    yield window, post
    for tab in window.tabs() if window.built else []:
        tab.editor.document().setModified(False)
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


def test_the_first_frame_shows_the_text_read_only_then_the_real_tab(qtbot, staged) -> None:
    window, post = staged
    first = window.tab_widget.currentWidget()
    assert isinstance(first, FirstView)
    assert first.editor.isReadOnly()  # nothing typed before the real editor exists is lost
    assert first.editor.toPlainText() == POST
    assert window.windowTitle() == "post.md — Postpad"
    assert window.tab_widget.tabText(0) == "post.md"
    assert not window.built

    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    assert window.tab_widget.count() == 1  # the first view gave its place to the tab
    tab = window.current_tab()
    assert tab is not None
    assert tab.path == post
    assert tab.text() == POST
    assert not tab.editor.isReadOnly()
    assert type(window.statusBar()).__name__ == "StatusBar"
    assert window.windowTitle() == "post.md[*] — Postpad"
    assert window.menu("file").actions()  # the menus have their entries now
    qtbot.waitUntil(lambda: window.features_attached, timeout=20000)


def test_when_built_runs_in_order_after_the_frame(qtbot, staged) -> None:
    window, _post = staged
    ran: list[str] = []
    window.when_built(lambda: ran.append(f"first:{len(window.tabs())}"))
    window.when_built(lambda: ran.append("second"))
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    assert ran == ["first:1", "second"]  # the files are open before later callbacks run
    window.when_built(lambda: ran.append("at once"))
    assert ran[-1] == "at once"


def test_closing_before_the_rest_is_built_just_closes(qtbot, staged) -> None:
    window, _post = staged
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()


def test_no_first_view_for_a_huge_binary_legacy_or_missing_file(qtbot, settings_home: Path) -> None:
    from postpad.gui import app as gui_app

    huge = settings_home / "huge.md"
    huge.write_bytes(b"x" * (FIRST_VIEW_MAX_BYTES + 1))
    binary = settings_home / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    legacy = settings_home / "gbk.md"
    legacy.write_bytes("---\ntitle: 旧编码\n---\n正文\n".encode("gbk"))
    for path in (huge, binary, legacy, settings_home / "missing.md", settings_home):
        window = gui_app.build_window([path], staged=True)
        assert window.tab_widget.count() == 0, path.name
        assert not window.findChildren(QPlainTextEdit, "firstViewEditor")
        window.close()
        window.deleteLater()
    QCoreApplication.processEvents()


def test_crlf_and_bom_show_as_the_editor_will(qtbot, settings_home: Path) -> None:
    from postpad.gui.first_view import first_text

    post = settings_home / "crlf.md"
    post.write_bytes(b"\xef\xbb\xbf" + POST.replace("\n", "\r\n").encode("utf-8"))
    assert first_text(post) == POST


def test_an_unstaged_window_is_complete_at_once(qtbot, settings_home: Path) -> None:
    from postpad.gui import app as gui_app

    post = settings_home / "plain.md"
    post.write_text(POST, encoding="utf-8")
    window = gui_app.build_window([post])
    assert window.built
    assert len(window.tabs()) == 1
    assert not window.findChildren(FirstView)
    for tab in window.tabs():
        tab.editor.document().setModified(False)
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
