"""Goldmark's typographer (Hugo ``extensions.typographer``), its quote rules copied exactly.

Goldmark decides each quote where it stands, from the raw character before it and the raw bytes
of the rest of its line (``extension/typographer.go``, decision 0084):

* a quote opens (“ ‘) when it is left-flanking and not right-flanking, and counts one unclosed;
* it closes (” ’) only while a quote of its kind is unclosed, when it is right-flanking and not
  left-flanking, or both but followed by punctuation and then punctuation or a space;
* otherwise ``"`` stays straight, while ``'`` becomes ’ when two more bytes follow and the next
  character is not a digit (so ``= ' ';`` gives ``= ’ ‘;``), and apostrophes (it's, 'twas, '90s,
  I'm, I've) become ’.

Its byte tests read single bytes of UTF-8, so a CJK character after a quote is neither space nor
punctuation: ``说"放弃”`` closes, ``"$"通常`` keeps ``"``. Goldmark never resets its unclosed count
(its reset hook has the wrong signature), so an unclosed quote in one paragraph lets a later one
close: the preview counts across the post too (decision 0253). The count lives in the parse's
``env``; each change is recorded with its block's line (``pp_quote_marks``), so that an
incremental render starts a window with the count before it and renders the whole post again
when an edit changes the count after the window.
Dashes, ellipses and angle quotes are matched on the source too: ``---`` → —, ``--`` → –,
``...`` → …, ``<<``/``>>`` → «/».
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline

LEFT_DOUBLE, RIGHT_DOUBLE = "\u201c", "\u201d"
#: env keys: the unclosed (single, double) count, its changes (line, single, double) and the
#: first line of the block being parsed
QUOTES, MARKS, INLINE_LINE = "pp_goldmark_quotes", "pp_quote_marks", "pp_inline_line"
LEFT_SINGLE, RIGHT_SINGLE = "\u2018", "\u2019"
#: where the text rule must stop for :func:`_quote`
STOP = re.compile("['\"]|\\.\\.\\.")
_ASCII_PUNCT = frozenset(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ASCII_SPACE = frozenset(b" \t\n\x0b\x0c\r")


def _is_punct(ch: str) -> bool:
    """Go ``unicode.IsPunct``."""
    return unicodedata.category(ch).startswith("P")


def _is_punct_or_symbol(ch: str) -> bool:
    """Goldmark ``util.IsPunctRune``."""
    return unicodedata.category(ch)[0] in "PS"


def _is_space(ch: str) -> bool:
    return ch.isspace()


def _rune(data: bytes, index: int) -> str:
    """Go ``util.ToRune``: the character starting at byte ``index`` (U+FFFD mid-character)."""
    for width in (1, 2, 3, 4):
        try:
            return data[index : index + width].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return "\ufffd"


def _flanking(line: str, before: str) -> tuple[bool, bool]:
    """Goldmark ``ScanDelimiter``: (can open, can close) for the run starting ``line``."""
    run = len(line) - len(line.lstrip(line[0]))
    after = line[run] if run < len(line) else " "
    before_punct, before_space = _is_punct_or_symbol(before), _is_space(before)
    after_punct, after_space = _is_punct_or_symbol(after), _is_space(after)
    left = not after_space and (not after_punct or before_space or before_punct)
    right = not before_space and (not before_punct or after_space or after_punct)
    return left, right


def _closes(data: bytes, can_open: bool, can_close: bool) -> bool:
    if can_close and not can_open:
        return True
    return (
        can_close
        and can_open
        and len(data) > 1
        and _is_punct(_rune(data, 1))
        and (len(data) == 2 or data[2] in _ASCII_PUNCT or data[2] in _ASCII_SPACE)
    )


def _apostrophe(data: bytes, before: str, can_open: bool, can_close: bool) -> bool:
    if can_open and not can_close and len(data) > 3 and data[1:3].isdigit() and data[3:4] == b"s":
        after = _rune(data, 4) if len(data) > 4 else " "
        if _is_space(after) or _is_punct_or_symbol(after):
            return True  # '90s
    if len(data) > 1 and (_is_punct(before) or _is_space(before)) and data[1:2] in b"tenl":
        return True  # 'twas, 'em, 'net
    second = _rune(data, 1) if len(data) > 1 else ""
    return bool(second) and (before.isdigit() or before.isalpha()) and second.isalpha()


def _single(data: bytes, before: str, counter: list[int]) -> str | None:
    can_open, can_close = _flanking(data.decode("utf-8", "replace"), before)
    if _apostrophe(data, before, can_open, can_close):
        return RIGHT_SINGLE
    if can_open and not can_close:
        if (
            len(data) > 1
            and data[1:2] in (b"s", b"m", b"t", b"d")
            and (len(data) < 3 or data[2] in _ASCII_PUNCT or data[2] in _ASCII_SPACE)
        ):
            return RIGHT_SINGLE  # Alice's, I'm, Don't, You'd
        if (
            len(data) > 2
            and data[1:3] in (b"ve", b"ll", b"re")
            and (len(data) < 4 or data[3] in _ASCII_PUNCT or data[3] in _ASCII_SPACE)
        ):
            return RIGHT_SINGLE  # I've, I'll, You're
        counter[0] += 1
        return LEFT_SINGLE
    if len(data) > 2 and not _rune(data, 1).isdigit():
        return RIGHT_SINGLE  # Smiths', doin' (Goldmark's condition reduces to this)
    if counter[0] > 0 and _closes(data, can_open, can_close):
        counter[0] -= 1
        return RIGHT_SINGLE
    return None


def _double(data: bytes, before: str, counter: list[int]) -> str | None:
    can_open, can_close = _flanking(data.decode("utf-8", "replace"), before)
    if can_open and not can_close:
        counter[1] += 1
        return LEFT_DOUBLE
    if counter[1] > 0 and _closes(data, can_open, can_close):
        if len(data) > 1 and data[1:2] == b'"' and before.isdigit():
            return None  # "Monitor 21""
        counter[1] -= 1
        return RIGHT_DOUBLE
    return None


def _quote(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    ch = state.src[pos]
    if ch not in "'\"":
        return False
    before = state.src[pos - 1] if pos > 0 else "\n"
    newline = state.src.find("\n", pos, state.posMax)
    data = state.src[pos : state.posMax if newline < 0 else newline + 1].encode("utf-8")
    counts: list[int] = state.env.setdefault(QUOTES, [0, 0])
    counter = list(counts)  # a link label's silent scan counts nothing
    replaced = (_single if ch == "'" else _double)(data, before, counter)
    if replaced is None:
        return False
    if not silent:
        if counter != counts:
            counts[:] = counter
            line = state.env.get(INLINE_LINE, 0)
            state.env.setdefault(MARKS, []).append((line, counter[0], counter[1]))
        state.pending += replaced
    state.pos += 1
    return True


_MARKS = (
    ("---", "\u2014"),
    ("--", "\u2013"),
    ("...", "\u2026"),
    ("<<", "\u00ab"),
    (">>", "\u00bb"),
)


def _dash(state: StateInline, silent: bool) -> bool:
    """``---`` → —, ``--`` → –, ``...`` → …, ``<<`` → «, ``>>`` → » where they stand in the
    source, so an escaped ``\\-`` stays out of the run (``\\------`` gives ``-—–``)."""
    src, pos = state.src, state.pos
    for mark, replacement in _MARKS:
        if src.startswith(mark, pos) and pos + len(mark) <= state.posMax:
            if not silent:
                state.pending += replacement
            state.pos += len(mark)
            return True
    return False


def _inline_with_lines(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, telling the quote rule each block's first line."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            state.env[INLINE_LINE] = token.map[0] if token.map else 0
            state.md.inline.parse(token.content, state.md, state.env, token.children)


def quotes_before(marks: list[tuple[int, int, int]], line: int) -> tuple[int, int]:
    """The unclosed (single, double) count before body ``line``, from a render's marks."""
    count = (0, 0)
    for mark_line, single, double in marks:
        if mark_line >= line:
            break
        count = (single, double)
    return count


def splice_marks(
    old: list[tuple[int, int, int]],
    window: list[tuple[int, int, int]],
    w0: int,
    old_stop: int | None,
    delta: int,
) -> list[tuple[int, int, int]] | None:
    """The post's marks after an incremental window re-parsed body lines ``w0`` up to the old
    line ``old_stop`` (None: the end); ``window`` holds the window's marks (lines from ``w0``).
    None when the count after the window is not what it was: what follows must be parsed again.
    """
    kept = [(w0 + line, s, d) for line, s, d in window]
    if old_stop is None:
        return [m for m in old if m[0] < w0] + kept
    kept = [m for m in kept if m[0] < old_stop + delta]
    after = kept[-1][1:] if kept else quotes_before(old, w0)
    if after != quotes_before(old, old_stop):
        return None
    tail = [(line + delta, s, d) for line, s, d in old if line >= old_stop]
    return [m for m in old if m[0] < w0] + kept + tail


def goldmark_typographer_plugin(md: MarkdownIt) -> None:
    md.core.ruler.at("inline", _inline_with_lines)
    md.inline.ruler.before("text", "goldmark_quotes", _quote)
    md.inline.ruler.before("text", "goldmark_dashes", _dash)
