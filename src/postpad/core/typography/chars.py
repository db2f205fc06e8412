"""Character classes shared by the typography rules (Han, Latin, punctuation pairs)."""

from __future__ import annotations

HAN_RANGES = (
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\U00020000-\U0003134f"  # Extensions B-G
    "\u3007"  # 〇
)
HAN = f"[{HAN_RANGES}]"
"""A regular-expression class matching one Han character."""

LATIN = "[A-Za-z0-9\u00c0-\u024f]"
"""Latin letters (with accents) and ASCII digits: what Chinese typography spaces apart from Han."""

HALF_TO_FULL = {",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；"}
"""Half-width sentence punctuation and its full-width form in Chinese text."""

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "《": "》"}
"""Chinese opening punctuation -> its closing partner."""

CLOSERS = {close: open_ for open_, close in PAIRS.items()}

MASK = "\x00"
"""Stands in for ignored characters (code, URLs, markup) so offsets stay those of the source."""


def is_han(char: str) -> bool:
    """True when ``char`` is one Han character."""
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
        or code == 0x3007
    )
