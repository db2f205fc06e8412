"""The render's warnings as problems in the window: the status bar count, its list, F8, the
underlines; per tab, and gone once the text is fixed (decision 0198)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QToolButton

from postpad.gui.editor.textspans import layers_for
from postpad.gui.render_warnings import RENDER_PROBLEMS

pytestmark = pytest.mark.gui

POST = (
    "---\ntitle: Problems\n---\n\n"  # 1-4
    "Intro paragraph,\nwith a picture: ![cat](images/cat.png) inside.\n\n"  # 5-7: image on 6
    "Some text.\n\n"  # 8-9
    "{% nosuchtag one %}\n\n"  # 10-11
    "The end.\n"  # 12
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _button(window) -> QToolButton:
    return window.findChild(QToolButton, "statusProblems")


def test_problems_show_their_lines_and_clear_when_fixed(main_window, tmp_path: Path, qtbot):
    (tab,) = main_window.open_paths([_write(tmp_path, "post.md", POST)])
    button = _button(main_window)
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: button.isVisible(), timeout=15000)
    problems = feature.problems()
    assert [(f.line, f.code, f.severity) for f in problems.findings] == [
        (6, "broken-link", "warning"),  # at its own line, not its paragraph's (0245)
        (10, "unknown-tag", "warning"),  # in no site: a theme or plugin may register it
    ]
    assert "2" in button.text()
    assert len(layers_for(tab.editor).get("render-warnings")) == 2

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = feature.popup
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    entries = popup.entries()
    assert [line for _text, line in entries] == [6, 10]  # the image's own line
    assert "images/cat.png" in entries[0][0]
    assert "nosuchtag" in entries[1][0]

    tree = popup.tree
    item = tree.topLevelItem(1)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    cursor = tab.editor.textCursor()
    assert cursor.blockNumber() + 1 == 10
    assert cursor.block().text()[cursor.positionInBlock() :].startswith("{% nosuchtag")
    assert not popup.isVisible()

    document = tab.editor.document()
    fix = QTextCursor(document.findBlockByNumber(9))  # line 10: the tag
    fix.select(QTextCursor.SelectionType.BlockUnderCursor)
    fix.insertText("")
    qtbot.waitUntil(
        lambda: [f.code for f in feature.problems().findings] == ["broken-link"], timeout=15000
    )
    assert "1" in button.text()
    assert button.isVisible()
    image = QTextCursor(document.findBlockByNumber(5))  # line 6: the picture
    image.select(QTextCursor.SelectionType.LineUnderCursor)
    image.insertText("with a picture of a cat.")
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=15000)
    assert feature.problems().findings == []
    assert layers_for(tab.editor).get("render-warnings") == []


def test_problems_are_per_tab_and_f8_walks_them(main_window, tmp_path: Path, qtbot):
    clean = _write(tmp_path, "clean.md", "---\ntitle: Clean\n---\n\nNothing wrong here.\n")
    broken = _write(tmp_path, "broken.md", POST)
    first, second = main_window.open_paths([clean, broken])
    button = _button(main_window)
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: button.isVisible(), timeout=15000)  # the broken post is current
    main_window.document_manager().tab_widget.setCurrentWidget(first)
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=5000)
    main_window.document_manager().tab_widget.setCurrentWidget(second)
    qtbot.waitUntil(lambda: button.isVisible(), timeout=5000)
    second.editor.moveCursor(QTextCursor.MoveOperation.Start)
    following = main_window.findChild(QAction, "actionNextProblem")
    following.trigger()
    assert second.editor.textCursor().blockNumber() + 1 == 6
    following.trigger()
    assert second.editor.textCursor().blockNumber() + 1 == 10
    following.trigger()  # wraps round
    assert second.editor.textCursor().blockNumber() + 1 == 6
    main_window.findChild(QAction, "actionPreviousProblem").trigger()
    assert second.editor.textCursor().blockNumber() + 1 == 10
    assert feature.problems() is not None


def test_hovering_an_underline_names_the_problem(main_window, tmp_path: Path, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    (tab,) = main_window.open_paths([_write(tmp_path, "post.md", POST)])
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: len(feature.problems().findings) == 2, timeout=15000)
    cursor = QTextCursor(tab.editor.document().findBlockByNumber(9))  # "{% nosuchtag one %}"
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=4)
    here = tab.editor.cursorRect(cursor).center()
    viewport = tab.editor.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, here, viewport.mapToGlobal(here))
    QApplication.sendEvent(viewport, event)
    assert "nosuchtag" in QToolTip.text()
    QToolTip.hideText()
    assert feature.problems().at(tab.editor.cursorForPosition(QPoint(here)).position())


def test_a_problem_deep_in_a_long_block_is_found_on_its_own_line(main_window, tmp_path, qtbot):
    filler = "".join(f"- item {n}\n" for n in range(90))
    text = "---\ntitle: Long\n---\n\n{% note info %}\n" + filler + "![x](gone.png)\n{% endnote %}\n"
    main_window.open_paths([_write(tmp_path, "long.md", text)])
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: bool(feature.problems().findings), timeout=15000)
    (finding,) = feature.problems().findings
    assert finding.line == 96  # the image's own line in the finding itself (decision 0245)
    assert feature.problems().span(0).line == 96


def test_a_site_config_in_a_tab_has_no_problems(main_window, tmp_path: Path, qtbot):
    root = tmp_path / "site"
    (root / "source/_posts").mkdir(parents=True)
    config = _write(
        root, "_config.yml", "title: Blog\nsubtitle: '{% nosuchtag %} ![x](gone.png)'\n"
    )
    (tab,) = main_window.open_paths([config])
    assert tab.is_config
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=15000)
    feature = main_window.features.require(RENDER_PROBLEMS)
    feature.problems().refresh()
    assert feature.problems().findings == []
    assert not _button(main_window).isVisible()
