"""Qt document positions count UTF-16 code units (moved here from the pure textdiff tests)."""

from __future__ import annotations

from postpad.gui.frontmatter.document_header import utf16_len


def test_utf16_length_counts_astral_characters_twice() -> None:
    assert utf16_len("abc") == 3
    assert utf16_len("标题") == 2
    assert utf16_len("😀𠀀") == 4
