"""A front matter that does not parse is one of the window's Problems (decision 0240): at the
parser's line and column, an error or a warning as ``postpad check`` says for the site's engine
(decision 0239), in the count and the list, and it follows the typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton

from postpad.gui.render_warnings import RENDER_PROBLEMS

pytestmark = pytest.mark.gui

NESTED_TAB = "---\ntitle: 骑行\np:\n  \tq: 1\n---\n\n正文\n"  # real Hugo 0.168 reads p.q = 1


def _hugo_post(root: Path, text: str) -> Path:
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    (root / "content" / "posts").mkdir(parents=True)
    path = root / "content" / "posts" / "p.md"
    path.write_text(text, encoding="utf-8")
    return path


def _triples(feature) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.column, f.code, f.severity) for f in feature.problems().findings]


def test_a_header_hugo_reads_is_a_warning_listed_at_its_line(main_window, tmp_path, qtbot):
    (tab,) = main_window.open_paths([_hugo_post(tmp_path, NESTED_TAB)])
    assert tab.engine == "hugo"
    feature = main_window.features.require(RENDER_PROBLEMS)
    button = main_window.findChild(QToolButton, "statusProblems")
    qtbot.waitUntil(lambda: button.isVisible(), timeout=15000)
    assert _triples(feature) == [(4, 3, "front-matter-parse", "warning")]
    assert "1" in button.text()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(feature.popup.isVisible, timeout=5000)
    ((text, line),) = feature.popup.entries()
    assert line == 4
    assert "Hugo reads it" in text
    item = feature.popup.tree.topLevelItem(0)
    rect = feature.popup.tree.visualItemRect(item)
    qtbot.mouseClick(feature.popup.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = tab.editor.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock()) == (4, 2)  # the parser's column


def test_it_follows_the_typing_and_is_an_error_when_the_engine_refuses(
    main_window, tmp_path, qtbot
):
    (tab,) = main_window.open_paths([_hugo_post(tmp_path, NESTED_TAB)])
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: bool(feature.problems().findings), timeout=15000)

    cursor = QTextCursor(tab.editor.document().findBlockByNumber(3))
    cursor.setPosition(cursor.position() + 2)
    cursor.deleteChar()  # the tab: "  q: 1" parses
    qtbot.waitUntil(lambda: not feature.problems().findings, timeout=15000)

    cursor = QTextCursor(tab.editor.document().findBlockByNumber(1))
    cursor.insertText("k: *nope\n")  # an undefined alias: Hugo stops the build
    qtbot.waitUntil(lambda: bool(feature.problems().findings), timeout=15000)
    assert _triples(feature) == [(2, 4, "front-matter-parse", "error")]
    assert "1" in feature.button.text()
    assert tab.editor.toPlainText().endswith("正文\n")  # the problem never edits the text
