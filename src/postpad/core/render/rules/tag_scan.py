"""The search for a block tag's closing tag, as a scan over lines.

A search goes line by line from the line after the opener (indentation stripped): a fence
marker opens or closes a fence (tags inside are code), a line starting with the same tag opens
a nested pair, its end tag closes one. What one line does to the search (:func:`line_effect`)
depends only on the line, so two texts whose lines do the same things leave the search in the
same place. The incremental renderer uses that to tell, from the edited lines alone, that an
earlier unclosed tag stays unclosed (docs/decisions/0203).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

Syntax = str  # "nunjucks" | "liquid" | "shortcode" (Hugo) | "tera" (Zola)

#: an edit that changes the searches of more earlier unclosed tags is parsed from the next one
_MAX_SCANS = 8
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")

#: lines a search can react to, group 1 the line without the spaces and tabs that markdown-it
#: strips: a ``{`` or a fence marker after at most three more whitespace characters
_CANDIDATE_LINE = re.compile(r"^[ \t]*(\{.*|[^\S\n]{0,3}(?:`{3,}|~{3,}).*)$", re.MULTILINE)
#: the same after a newline: a literal first character lets the regex engine skip ahead fast
_NEXT_CANDIDATE_LINE = re.compile(r"\n[ \t]*(\{.*|[^\S\n]{0,3}(?:`{3,}|~{3,}).*)$", re.MULTILINE)


def closing_pattern(syntax: Syntax, name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(opening pattern for nesting, closing pattern) of a block tag."""
    n = re.escape(name)
    if syntax == "shortcode":
        return (
            re.compile(rf"^\{{\{{[<%]\s*{n}\b(?!.*/\s*[>%]\}}\}}\s*$)"),
            re.compile(rf"^\{{\{{[<%]\s*/\s*{n}\s*[>%]\}}\}}\s*$"),
        )
    if syntax == "tera":
        return (re.compile(rf"^\{{%-?\s*{n}\s*\("), re.compile(r"^\{%-?\s*end\s*-?%\}\s*$"))
    return (
        re.compile(rf"^\{{%-?\s*{n}\b"),
        re.compile(rf"^\{{%-?\s*end{n}\s*-?%\}}\s*$"),
    )


def line_effect(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> str | None:
    """What a line (indentation stripped) does to a search: a fence marker, open, close, none."""
    fence_match = _FENCE.match(text)
    if fence_match:
        return fence_match.group(1)
    if not text.startswith("{"):
        return None
    if closing.match(text):
        return "close"
    if opening.match(text):
        return "open"
    return None


@dataclass
class Scan:
    """Where a search for a closing tag stands: nesting depth and the open fence, if any."""

    depth: int = 0
    fence: str | None = None

    def feed(self, text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> bool:
        """Take one line (indentation stripped); True when it is the matching closing tag."""
        effect = line_effect(text, opening, closing)
        if effect is None:
            return False
        if effect not in ("open", "close"):
            if self.fence is None:
                self.fence = effect
            elif effect[0] == self.fence[0] and len(effect) >= len(self.fence):
                self.fence = None
            return False
        if self.fence is not None:
            return False
        if effect == "close":
            if self.depth == 0:
                return True
            self.depth -= 1
        else:
            self.depth += 1
        return False


def scan_finds_close(scan: Scan, syntax: Syntax, name: str, text: str, offset: int) -> bool:
    """Whether ``scan``, going on over ``text`` from ``offset`` (a line start), meets the end
    tag. Only candidate lines are looked at: the regex jumps over the rest at C speed."""
    if text.find(_end_literal(syntax, name), offset) < 0:
        return False  # no end tag anywhere after: the usual case for an unknown tag
    opening, closing = closing_pattern(syntax, name)
    return any(scan.feed(line, opening, closing) for line in _candidate_lines(text, offset))


def _end_literal(syntax: Syntax, name: str) -> str:
    """Text that every end tag of ``name`` holds."""
    if syntax == "tera":
        return "end"
    return name if syntax == "shortcode" else "end" + name


def _candidate_lines(text: str, offset: int) -> Iterator[str]:
    if offset == 0:
        first = _CANDIDATE_LINE.match(text)
        if first is not None:
            yield first.group(1)
        matches = _NEXT_CANDIDATE_LINE.finditer(text)
    else:  # a line start follows a newline; the newline in front makes the search fast
        matches = _NEXT_CANDIDATE_LINE.finditer(text, offset - 1)
    for match in matches:
        yield match.group(1)


def effects(syntax: Syntax, name: str, lines: str) -> list[str]:
    """What each of ``lines`` does to a search for ``name``'s end tag, the lines that do nothing
    left out."""
    opening, closing = closing_pattern(syntax, name)
    found = []
    for match in _CANDIDATE_LINE.finditer(lines):
        effect = line_effect(match.group(1), opening, closing)
        if effect is not None:
            found.append(effect)
    return found


def earliest_closed(
    syntax: Syntax,
    earlier: Sequence[tuple[int, str]],
    changed: tuple[str, str],
    new: str,
    line_offset: Callable[[int], int],
) -> int | None:
    """The first of the ``earlier`` unclosed tags (line, name) that an edit closes.

    ``changed`` holds the edited whole lines before and after the edit, ``new`` the new body
    and ``line_offset`` gives where a body line (before the edit) starts in it. The edit
    changes a tag's search only if the edited lines do something else to it than the lines
    they replace (a fence marker, a nested opener, an end tag): otherwise the search, over
    the same text before and after them, still fails. Only then is the rest of the body
    scanned for the end tag, by regex. The cost is the edited lines, not the text between
    the tag and the edit (decision 0203).
    """
    old_lines, new_lines = changed
    touched: dict[str, bool] = {}
    scans = 0
    for line, name in earlier:
        if name not in touched:  # not when the edit does the same to the search, or no end tag
            same = effects(syntax, name, old_lines) == effects(syntax, name, new_lines)
            touched[name] = not same and new.find(_end_literal(syntax, name)) >= 0
        if not touched[name]:
            continue
        scans += 1
        if scans > _MAX_SCANS or scan_finds_close(Scan(), syntax, name, new, line_offset(line + 1)):
            return line
    return None
