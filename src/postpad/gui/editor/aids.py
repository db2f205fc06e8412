"""Writing aids: list and quote continuation, indentation, emphasis and link wrapping, pairs.

Each function takes the editor's ``QTextCursor`` and performs one undoable edit block. They never
touch text outside the lines they act on (trailing spaces elsewhere are left alone).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor, QTextDocument

from postpad.core.text.lists import line_prefix

INDENT = "    "

PAIRS = {
    "(": ")",
    "[": "]",
    "{": "}",
    '"': '"',
    "`": "`",
    "“": "”",
    "（": "）",
    "《": "》",
    "「": "」",
}
CLOSERS = set(PAIRS.values())


def continue_block(cursor: QTextCursor) -> bool:
    """Handle Enter inside a list item or quote. Return False to let Enter behave normally."""
    if cursor.hasSelection():
        return False
    line = cursor.block().text()
    prefix = line_prefix(line)
    if prefix is None or cursor.positionInBlock() < len(prefix.text):
        return False
    cursor.beginEditBlock()
    if not line[len(prefix.text) :].strip():
        # An empty item ends the list: remove its marker and leave an empty line.
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    else:
        cursor.insertText("\n" + prefix.next_text)
    cursor.endEditBlock()
    return True


def _selected_blocks(cursor: QTextCursor) -> tuple[int, int]:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart()).blockNumber()
    end = cursor.selectionEnd()
    last_block = doc.findBlock(end)
    last = last_block.blockNumber()
    if cursor.hasSelection() and last > first and end == last_block.position():
        last -= 1  # a selection ending at a line start does not include that line
    return first, last


def indent_lines(cursor: QTextCursor, outdent: bool = False) -> None:
    """Indent or outdent every line touched by the selection by one unit."""
    doc = cursor.document()
    first, last = _selected_blocks(cursor)
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    for number in range(first, last + 1):
        block = doc.findBlockByNumber(number)
        edit.setPosition(block.position())
        if not outdent:
            edit.insertText(INDENT)
            continue
        text = block.text()
        width = 1 if text.startswith("\t") else len(text) - len(text.lstrip(" "))
        edit.setPosition(
            block.position() + min(width, len(INDENT)), QTextCursor.MoveMode.KeepAnchor
        )
        edit.removeSelectedText()
    edit.endEditBlock()


def should_indent_lines(cursor: QTextCursor) -> bool:
    """Tab indents lines when the selection spans lines or the cursor sits in a list marker."""
    if cursor.hasSelection():
        doc = cursor.document()
        return doc.findBlock(cursor.selectionStart()) != doc.findBlock(cursor.selectionEnd())
    prefix = line_prefix(cursor.block().text())
    return prefix is not None and cursor.positionInBlock() <= len(prefix.text)


def toggle_wrap(cursor: QTextCursor, marker: str) -> None:
    """Wrap the selection (or an empty pair at the cursor) in ``marker``; unwrap when wrapped."""
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    width = len(marker)
    before = _text_between(doc, start - width, start)
    after = _text_between(doc, end, end + width)
    cursor.beginEditBlock()
    if start != end and before == marker and after == marker:
        _delete(cursor, end, end + width)
        _delete(cursor, start - width, start)
        _select(cursor, start - width, end - width)
    else:
        selected = cursor.selectedText()
        cursor.insertText(marker + selected + marker)
        _select(cursor, start + width, start + width + len(selected))
    cursor.endEditBlock()


def insert_link(cursor: QTextCursor) -> None:
    """Turn the selection into ``[text](url)``, leaving the cursor where the author types next."""
    selected = cursor.selectedText()
    start = cursor.selectionStart()
    looks_like_url = re.match(r"^(?:https?://|mailto:|/|\./)\S*$", selected) is not None
    cursor.beginEditBlock()
    if looks_like_url:
        cursor.insertText(f"[]({selected})")
        _select(cursor, start + 1, start + 1)
    else:
        cursor.insertText(f"[{selected}]()")
        position = start + len(selected) + 3
        _select(cursor, position, position)
    cursor.endEditBlock()


def _text_between(doc: QTextDocument, start: int, end: int) -> str:
    if start < 0 or end > doc.characterCount() - 1:
        return ""
    probe = QTextCursor(doc)
    probe.setPosition(start)
    probe.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return probe.selectedText()


def _delete(cursor: QTextCursor, start: int, end: int) -> None:
    _select(cursor, start, end)
    cursor.removeSelectedText()


def _select(cursor: QTextCursor, start: int, end: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)


def next_char(cursor: QTextCursor) -> str:
    return _text_between(cursor.document(), cursor.position(), cursor.position() + 1)


def previous_char(cursor: QTextCursor) -> str:
    return _text_between(cursor.document(), cursor.position() - 1, cursor.position())


def auto_pair(cursor: QTextCursor, typed: str) -> bool:
    """Insert a closing pair, skip over a typed closer, or wrap a selection. True when handled."""
    following = next_char(cursor)
    if typed in CLOSERS and following == typed and not cursor.hasSelection():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return True
    closer = PAIRS.get(typed)
    if closer is None:
        return False
    if cursor.hasSelection():
        selected = cursor.selectedText()
        start = cursor.selectionStart()
        cursor.insertText(typed + selected + closer)
        _select(cursor, start + 1, start + 1 + len(selected))
        return True
    symmetric = typed == closer
    if following and not following.isspace() and following not in CLOSERS:
        return False
    before = previous_char(cursor)
    if symmetric and (before.isalnum() or before == typed):
        return False  # an apostrophe-like use, or a run such as a ``` fence
    position = cursor.position()
    cursor.insertText(typed + closer)
    _select(cursor, position + 1, position + 1)
    return True


def delete_empty_pair(cursor: QTextCursor) -> bool:
    """Backspace between an empty pair removes both characters."""
    if cursor.hasSelection():
        return False
    opener = previous_char(cursor)
    if not opener or PAIRS.get(opener) != next_char(cursor):
        return False
    position = cursor.position()
    _delete(cursor, position - 1, position + 1)
    return True
