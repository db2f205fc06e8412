"""View › Language applies at once: after a switch no menu, action, dock title, label, button,
radio, check box, tab or placeholder of a running window is left in the old language, and
switching back gives exactly the English window again (issue 12)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from postpad.core.settings import Preferences
from postpad.gui import i18n
from postpad.gui.find import FIND
from postpad.gui.protocols import SITE

pytestmark = pytest.mark.gui

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "i18n"
POST = (
    "---\ntitle: 秋天的第一杯咖啡\ndate: 2026/10/3\ncategories: 生活随笔\ntags: [旅行, 咖啡]\n"
    "top_img: 'linear-gradient(20deg, #0062be, #925696, #cc426e, #fb0347)'\ncover: \n---\n\n"
    "&ensp;&ensp;&ensp;&ensp;十月的第一个周末，我从南京出发。\n"
)
#: words that are names, not English to translate: engines, formats, themes, encodings, keys
ALLOWED = {"Hexo", "YAML", "HTML", "PDF", "A4", "US", "Letter", "UTF", "LF", "CRLF", "Markdown",
           "butterfly", "English", "Postpad", "Ctrl", "Shift", "Alt", "F3", "F11", "Esc", "TOC",
           "URL", "CSS", "Ln", "Col", "Front", "Matter", "ensp", "emsp", "Git",
           "Butterfly", "Mermaid", "Chart", "js", "YouTube", "Vimeo"}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    subprocess.run(
        [lrelease, "-silent", str(SOURCES / "postpad_zh_CN.ts"), "-qm", str(folder / "zh.qm")],
        check=True,
    )
    (folder / "zh.qm").rename(folder / "postpad_zh_CN.qm")
    return folder


@pytest.fixture
def window(qapp, qtbot, tmp_path: Path) -> Iterator[object]:
    from postpad.gui.app import create_application
    from postpad.gui.mainwindow import MainWindow

    create_application()
    i18n.install_translators(qapp, QLocale("en_US"))
    site = tmp_path / "江边手记"
    (site / "source" / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: blog\ntheme: butterfly\n", encoding="utf-8")
    (site / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', encoding="utf-8")
    post = site / "source" / "_posts" / "coffee.md"
    post.write_text(POST, encoding="utf-8")
    win = MainWindow(Preferences(), tmp_path / "preferences.json")
    qtbot.addWidget(win)
    win.attach_remaining_features()  # not shown yet (decision 0151)
    win.resize(1600, 1000)
    win.open_paths([post])
    win.show()
    qtbot.waitExposed(win)
    yield win
    i18n.install_translators(qapp, QLocale("en_US"))
    for tab in win.tabs():
        tab.editor.document().setModified(False)
    win.close()
    for tab in win.tabs():
        tab.shutdown()


def _menu_texts(menu: QMenu, found: list[str]) -> None:
    found.append(f"menu: {menu.title()}")
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            _menu_texts(action.menu(), found)
        elif not Path(action.text()).is_absolute():  # a recent file is a path
            found.append(f"action: {action.text()}")


def _texts(window) -> list[str]:
    found: list[str] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            _menu_texts(action.menu(), found)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QDockWidget):
            found.append(f"dock: {widget.windowTitle()}")
        elif isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found.append(f"{type(widget).__name__}: {widget.text()}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append(f"placeholder: {widget.placeholderText()}")
        elif isinstance(widget, QTabBar):
            found += [f"tab: {widget.tabText(i)}" for i in range(widget.count())]
    return found


def _english_left(texts: list[str], names: set[str]) -> list[str]:
    left = []
    for entry in texts:
        text = entry.split(": ", 1)[1].replace("&", "")
        words = [w for w in WORD.findall(text) if w not in ALLOWED and w not in names]
        if words and not re.fullmatch(r"[\w.-]+\.md", text):  # a tab's file name
            left.append(entry)
    return left


def _switch(qtbot, window, locale: str, catalogue: Path | None, file_title: str) -> None:
    i18n.install_translators(QCoreApplication.instance(), QLocale(locale), catalogue)
    qtbot.waitUntil(lambda: window.menu("file").title() == file_title, timeout=5000)
    for _ in range(5):
        QCoreApplication.processEvents()


def test_switching_language_retranslates_the_running_window(qtbot, window, catalogue) -> None:
    tab = window.current_tab()
    count = window.findChild(QLabel, "siteCount") or window.features.require(SITE).panel.count_label
    qtbot.waitUntil(lambda: count.text() == "1 post", timeout=10000)  # the site index is read
    keys = {row.key for row in tab.form.rows()}
    assert {"categories", "top_img"} <= keys
    window.window_actions["new"].trigger()  # an untitled tab
    window.documents.tab_widget.setCurrentIndex(0)
    for name in ("outlineDock", "typographyDock"):  # closed on first run: open them
        window.findChild(QDockWidget, name).show()
    window.findChild(QAction, "actionReplace").trigger()  # the find bar with its replace row
    window.features.require(FIND).find_edit.setText("咖啡")
    qtbot.waitUntil(lambda: window.features.require(FIND).count_label.text() != "", timeout=5000)
    words = window.findChild(QLabel, "statusWords")
    qtbot.waitUntil(lambda: "min" in words.text(), timeout=10000)  # the first render is in
    english = _texts(window)
    assert "tab: Untitled" in english

    assert {"dock: Site", "dock: Outline", "dock: Typography"} <= set(english)
    assert "QCheckBox: Match case" in english
    assert "RadioButton: Several categories" in [e.replace("QRadio", "Radio") for e in english]
    _switch(qtbot, window, "zh_CN", catalogue, "文件(&F)")
    chinese = _texts(window)

    assert _english_left(chinese, keys) == []
    assert "dock: 站点" in chinese
    assert "tab: Untitled" not in chinese
    assert any(CJK.search(entry) for entry in chinese if entry.startswith("QRadioButton"))
    _switch(qtbot, window, "en_US", None, "&File")  # the packaged English plural forms
    back = _texts(window)
    assert [t for t in back if t not in english] == []
    assert [t for t in english if t not in back] == []
