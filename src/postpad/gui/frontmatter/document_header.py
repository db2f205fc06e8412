"""The header region of the editor's QTextDocument: read it cheaply, patch it as one undo step.

Only a prefix of the document is ever read (the header lives at the top), so a 5 MB post costs
no more than a short one. Patches replace just the changed lines through a QTextCursor edit block,
so the editor's Ctrl+Z undoes a form edit like typing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument

from postpad.core.engines import engine_for
from postpad.core.frontmatter import split_front_matter
from postpad.core.frontmatter.split import FrontMatterSplit
from postpad.core.text.textdiff import line_edit

# Enough for any real header; a longer one is found by reading further (see ``read``).
PREFIX_CHARS = 64 * 1024
_MAX_PREFIX_CHARS = 1024 * 1024


@dataclass(frozen=True)
class HeaderSnapshot:
    """The first lines of the document and how they split."""

    prefix: str  # document text [0, len(prefix)), whole lines
    split: FrontMatterSplit
    complete: bool  # the prefix is the whole document

    @property
    def header_end(self) -> int:
        """Document position (UTF-16 units, as Qt counts) just after the header; 0 if none."""
        return utf16_len(self.split.header) if self.split.present else 0


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: Qt document positions count these, Python counts code points."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def document_prefix(document: QTextDocument, limit: int) -> tuple[str, bool]:
    """Whole lines from the top of ``document`` until at least ``limit`` characters."""
    parts: list[str] = []
    total = 0
    block = document.firstBlock()
    while block.isValid():
        text = block.text()
        following = block.next()
        parts.append(text + "\n" if following.isValid() else text)
        total += len(parts[-1])
        if total >= limit and following.isValid():
            return "".join(parts), False
        block = following
    return "".join(parts), True


def read(document: QTextDocument, engine: str | None = None) -> HeaderSnapshot:
    """Split the top of the document; read further only for a header longer than the prefix.

    ``engine`` finds the header where that engine does (decision 0090)."""
    limit = PREFIX_CHARS
    while True:
        prefix, complete = document_prefix(document, limit)
        found = split_front_matter(prefix, engine=engine)
        # A header that ends inside the prefix is the document's header: the split never looks
        # past its closing line. Otherwise a longer read may still find the closing delimiter.
        if complete or found.present or limit >= _MAX_PREFIX_CHARS or not _may_open(prefix):
            return HeaderSnapshot(prefix, found, complete)
        limit *= 4


def reads_otherwise(snapshot: HeaderSnapshot, engine: str) -> bool:
    """Whether ``engine`` may read the header of ``snapshot`` otherwise than it was read: it
    finds the header elsewhere (decision 0090), or its YAML reader takes tabs otherwise (only
    Hexo's turns leading tabs into spaces, decision 0221)."""
    if "\t" in snapshot.split.inner:
        return True
    return split_front_matter(snapshot.prefix, engine=engine) != snapshot.split


def _may_open(prefix: str) -> bool:
    first = prefix.split("\n", 1)[0]
    return first.startswith(("---", "+++", ";;;", "{"))  # headless headers are short


def replace_prefix(document: QTextDocument, old_prefix: str, new_prefix: str) -> bool:
    """Turn the document's ``old_prefix`` into ``new_prefix`` replacing only the changed lines.

    One edit block, so it is one undo step in the editor. Returns False when nothing changed.
    """
    edit = line_edit(old_prefix, new_prefix)
    if edit.is_noop:
        return False
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    start = utf16_len(old_prefix[: edit.start])
    end = start + utf16_len(old_prefix[edit.start : edit.end])
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(edit.replacement)
    cursor.endEditBlock()
    return True


def raw_text(snapshot: HeaderSnapshot) -> str:
    """What the raw view shows: the header's inner text, without its final line break."""
    split = snapshot.split
    if not split.present:
        return ""
    return split.inner[:-1] if split.inner.endswith("\n") else split.inner


def prefix_with_raw(snapshot: HeaderSnapshot, raw: str, engine: str) -> str:
    """The prefix with ``raw`` as the header's inner text (a new header when there was none)."""
    split = snapshot.split
    if not split.present:
        if not raw.strip():
            return snapshot.prefix
        fence = "+++" if engine_for(engine).header_format == "toml" else "---"
        return f"{fence}\n{raw}\n{fence}\n{snapshot.prefix}"
    inner = raw if split.format == "json" or not raw else raw + "\n"
    return split.join(inner)
