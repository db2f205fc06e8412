"""The editor's front-matter highlighting: lines inside a TOML multi-line string (``\"\"\"`` or
``'''``, in a ``+++`` header) are text, not keys or comments, up to the closing delimiter; the
keys after it are keys again and the header's closing ``+++`` still closes. The shape is a real
generator's (spacecowboy/yourss writes Hugo posts with ``description = \"\"\"{summary}\"\"\"``, a
feed's summary of several lines)."""

from __future__ import annotations

import pytest

from postpad.gui.editor.highlighter import FRONT_MATTER_TOML, NORMAL
from postpad.gui.editor.toml_strings import TOML_BASIC, TOML_LITERAL, opened_after, string_end
from postpad.gui.editor.widget import MarkdownEditor
from postpad.gui.theme import EDITOR_COLORS

COLORS = EDITOR_COLORS["light"]
POST = '''+++
title = "江南"
description = """
tags = not a key
# not a comment
  also = text \\""" still text
"""
summary = \'\'\'
weight = 'not a key either' \\
# still text\'\'\'  # after
date = 2024-06-01
quote = "a \\"\\"\\" b"
notes = """one line"""
draft = false
+++
tags = body
'''


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
        if item.format.fontItalic() and item.start == 0:
            roles.add("comment")
    return roles


def _line(text: str) -> int:
    return POST.split("\n").index(text)


@pytest.mark.parametrize(
    "text",
    [
        "tags = not a key",
        "# not a comment",
        '  also = text \\""" still text',
        "weight = 'not a key either' \\",
        "# still text'''  # after",
    ],
)
def test_lines_inside_a_multi_line_string_are_text(editor, text: str) -> None:
    roles = _roles(editor, _line(text))
    assert "frontmatter_key" not in roles
    assert "comment" not in roles


@pytest.mark.parametrize(
    "text",
    ['description = """', "summary = '''", "date = 2024-06-01", "draft = false"],
)
def test_keys_around_multi_line_strings_stay_keys(editor, text: str) -> None:
    assert "frontmatter_key" in _roles(editor, _line(text))


def test_a_comment_after_the_closing_delimiter_is_a_comment(editor) -> None:
    line = "# still text'''  # after"
    block = editor.document().findBlockByNumber(_line(line))
    italic = [item for item in block.layout().formats() if item.format.fontItalic()]
    assert [(item.start, item.length) for item in italic] == [(line.index("# after"), 7)]


def test_the_header_still_closes_after_the_strings(editor) -> None:
    doc = editor.document()
    closing = POST.split("\n").index("+++", 1)
    assert doc.findBlockByNumber(_line('"""')).userState() == FRONT_MATTER_TOML
    assert doc.findBlockByNumber(_line('quote = "a \\"\\"\\" b"')).userState() == FRONT_MATTER_TOML
    assert doc.findBlockByNumber(closing - 1).userState() == FRONT_MATTER_TOML
    assert doc.findBlockByNumber(closing).userState() == NORMAL


def test_a_plus_line_inside_a_string_closes_the_header_as_the_split_does(qtbot) -> None:
    widget = MarkdownEditor(COLORS)
    qtbot.addWidget(widget)
    widget.setPlainText('+++\ndescription = """\n+++\n# Heading\n')
    assert widget.document().findBlockByNumber(2).userState() == NORMAL


def test_typing_the_delimiter_away_makes_the_lines_keys_again(editor) -> None:
    block = editor.document().findBlockByNumber(_line('description = """'))
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)  # after the '"""'
    cursor.deletePreviousChar()
    cursor.deletePreviousChar()
    assert "frontmatter_key" in _roles(editor, _line("tags = not a key"))
    cursor.insertText('""')
    assert "frontmatter_key" not in _roles(editor, _line("tags = not a key"))


@pytest.mark.parametrize(
    ("text", "state", "end"),
    [
        ('"""', TOML_BASIC, 3),
        ('a\\""" b', TOML_BASIC, None),  # an escaped quote does not close
        ('a"""""', TOML_BASIC, 6),  # up to five quotes: the last three close
        ("a\\'''", TOML_LITERAL, 5),  # no escapes in a literal string
        ('"""', TOML_LITERAL, None),
    ],
)
def test_where_a_multi_line_string_ends(text: str, state: int, end: int | None) -> None:
    assert string_end(text, state) == end


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ('a = """', TOML_BASIC),
        ("a = '''x", TOML_LITERAL),
        ('a = """x"""', None),
        ('a = "x" # """', None),
        ('a = \'"""\'', None),
        ('a = ["""x""", """', TOML_BASIC),
    ],
)
def test_which_lines_open_a_multi_line_string(text: str, state: int | None) -> None:
    assert opened_after(text) == state
