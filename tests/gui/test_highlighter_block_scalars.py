"""The editor's front-matter highlighting: lines inside a YAML block scalar (``key: |`` or
``>`` and the lines indented under it) are text, not keys or comments; the block ends at the
first line indented no deeper than its key, and the header's closing ``---`` still closes."""

from __future__ import annotations

import pytest

from postpad.gui.editor.highlighter import FRONT_MATTER_YAML, NORMAL
from postpad.gui.editor.widget import MarkdownEditor
from postpad.gui.theme import EDITOR_COLORS

COLORS = EDITOR_COLORS["light"]
POST = """---
title: 江南
description: |
  tags: not a key
  # not a comment

  also: text
summary: >-
    a: b
date: 2024-06-01
list:
  - |
    k: v
  - plain
nested:
  other: key
  sub: |
    in: block
---
tags: body
"""


@pytest.fixture
def editor(qtbot) -> MarkdownEditor:
    widget = MarkdownEditor(COLORS)
    qtbot.addWidget(widget)
    widget.setPlainText(POST)
    return widget


def _roles(editor: MarkdownEditor, line: int) -> set[str]:
    """The roles coloured on the line: the key's colour, and "comment" for italic (a comment
    has the front matter's colour, in italics)."""
    block = editor.document().findBlockByNumber(line)
    roles = set()
    for item in block.layout().formats():
        if item.format.foreground().color().name() == COLORS["frontmatter_key"]:
            roles.add("frontmatter_key")
        if item.format.fontItalic():
            roles.add("comment")
    return roles


def _line(text: str) -> int:
    return POST.split("\n").index(text)


@pytest.mark.parametrize(
    "text", ["  tags: not a key", "  # not a comment", "  also: text", "    a: b", "    k: v",
             "    in: block"],
)  # fmt: skip
def test_lines_inside_a_block_scalar_are_text(editor, text: str) -> None:
    roles = _roles(editor, _line(text))
    assert "frontmatter_key" not in roles
    assert "comment" not in roles


@pytest.mark.parametrize(
    "text", ["description: |", "summary: >-", "date: 2024-06-01", "  other: key", "  sub: |"]
)
def test_keys_around_block_scalars_stay_keys(editor, text: str) -> None:
    assert "frontmatter_key" in _roles(editor, _line(text))


def test_the_header_still_closes_after_a_block(editor) -> None:
    doc = editor.document()
    closing = POST.split("\n").index("---", 1)
    assert doc.findBlockByNumber(closing - 1).userState() != FRONT_MATTER_YAML  # in a block
    assert doc.findBlockByNumber(closing).userState() == NORMAL
    assert doc.findBlockByNumber(_line("date: 2024-06-01")).userState() == FRONT_MATTER_YAML


def test_typing_the_indicator_away_makes_the_lines_keys_again(editor) -> None:
    block = editor.document().findBlockByNumber(_line("description: |"))
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + block.length() - 2)  # before the "|"
    cursor.deleteChar()
    cursor.insertText("x")
    assert "frontmatter_key" in _roles(editor, _line("  tags: not a key"))
    cursor.deletePreviousChar()
    cursor.insertText("|")
    assert "frontmatter_key" not in _roles(editor, _line("  tags: not a key"))


def test_a_comment_ending_in_a_bar_opens_no_block(qtbot) -> None:
    widget = MarkdownEditor(COLORS)
    qtbot.addWidget(widget)
    widget.setPlainText("---\n# old: |\n  key: v\n---\n")
    assert "frontmatter_key" in _roles(widget, 2)
