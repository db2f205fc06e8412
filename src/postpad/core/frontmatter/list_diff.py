"""Which items of a changed list stay, as a diff matches lines (the smallest change), and a
one-line ``[…]`` list written anew in its own layout.

Used by the YAML list and TOML array patchers, so that adding, removing or changing one item
changes that item's text alone (decisions 0264, 0267, 0268).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from postpad.core.frontmatter.values import same_value

#: beyond this many item pairs the matcher is difflib's (quick, not always the smallest change)
_MAX_CELLS = 1_000_000
#: (tag, old start, old end, new start, new end) as ``difflib.SequenceMatcher.get_opcodes``
Opcode = tuple[str, int, int, int, int]


def opcodes(old: list[int], new: list[int]) -> list[Opcode]:
    """``difflib``'s opcodes for a smallest change (a longest common subsequence): difflib's own
    matcher may move equal items (``[a, a, a]`` to ``[a, x, a, a]`` rewrote three lines)."""
    if len(old) * len(new) > _MAX_CELLS:
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        return [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    common = _common_lengths(old, new)

    def on_path(i: int, j: int) -> bool:  # old[i] and new[j] are matched in a longest one
        return (
            i < len(old)
            and j < len(new)
            and old[i] == new[j]
            and (common[i][j] == common[i + 1][j + 1] + 1)
        )

    codes: list[Opcode] = []
    i = j = 0
    while i < len(old) or j < len(new):
        if on_path(i, j):
            codes.append(("equal", i, i + 1, j, j + 1))
            i, j = i + 1, j + 1
            continue
        start_i, start_j = i, j
        while (i < len(old) or j < len(new)) and not on_path(i, j):
            if i < len(old) and (j == len(new) or common[i + 1][j] >= common[i][j + 1]):
                i += 1
            else:
                j += 1
        codes.append(("replace", start_i, i, start_j, j))
    return codes


def _common_lengths(old: list[int], new: list[int]) -> list[list[int]]:
    """``[i][j]``: the length of the longest common subsequence of ``old[i:]`` and ``new[j:]``."""
    common = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            if old[i] == new[j]:
                common[i][j] = common[i + 1][j + 1] + 1
            else:
                common[i][j] = max(common[i + 1][j], common[i][j + 1])
    return common


def classes(previous: list[object], value: list[object]) -> tuple[list[int], list[int]]:
    """Each item as the number of its first equal (``same_value``) item, for the matcher."""
    seen: list[object] = []

    def number(item: object) -> int:
        for index, other in enumerate(seen):
            if same_value(item, other):
                return index
        seen.append(item)
        return len(seen) - 1

    return [number(item) for item in previous], [number(item) for item in value]


#: the blanks between ``[`` and the first item, and between the last item and ``]``
_LEAD = re.compile(r"[ \t]*")
_TAIL = re.compile(r"[ \t]*,?[ \t]*")
_SEPARATOR = re.compile(r"[ \t]*,[ \t]*")


@dataclass(frozen=True)
class OneLine:
    """A one-line ``[…]`` list as written: ``[`` + lead + items joined by separators + tail +
    ``]`` (YAML flow sequences and TOML arrays share this shape)."""

    lead: str
    texts: list[str]
    separators: list[str]
    tail: str

    @classmethod
    def parse(cls, text: str, texts: list[str]) -> OneLine | None:
        """The layout of ``text`` whose items are written ``texts``; None when it is not just
        that (a comment, a line break, an empty list)."""
        if not (text.startswith("[") and text.endswith("]")) or not texts:
            return None
        lead = _LEAD.match(text, 1)
        assert lead is not None  # matches the empty string
        position = lead.end()
        separators: list[str] = []
        for number, item_text in enumerate(texts):
            if number:
                separator = _SEPARATOR.match(text, position)
                if separator is None:
                    return None
                separators.append(separator.group())
                position = separator.end()
            if not text.startswith(item_text, position):
                return None
            position += len(item_text)
        tail = text[position:-1]
        return cls(lead.group(), texts, separators, tail) if _TAIL.fullmatch(tail) else None

    def changed(self, old: list[object], new: list[object], new_texts: list[str]) -> str:
        """The list holding ``new`` (written ``new_texts``): kept items as written, each in its
        place's separator; an added one with the list's last separator (``, `` when none)."""
        default = self.separators[-1] if self.separators else ", "
        parts: list[str] = []
        old_ids, new_ids = classes(old, new)
        for index, (text, origin) in enumerate(self._entries(old_ids, new_ids, new_texts)):
            if index:
                parts.append(self.separators[origin - 1] if origin else default)
            parts.append(text)
        return "[" + self.lead + "".join(parts) + self.tail + "]"

    def _entries(
        self, old_ids: list[int], new_ids: list[int], new_texts: list[str]
    ) -> list[tuple[str, int | None]]:
        """Each new item's text and the old item whose place it takes (None: added)."""
        entries: list[tuple[str, int | None]] = []
        for tag, i1, i2, j1, j2 in opcodes(old_ids, new_ids):
            if tag == "equal":
                entries.extend((self.texts[i1 + k], i1 + k) for k in range(i2 - i1))
                continue
            pairs = min(i2 - i1, j2 - j1)
            entries.extend(
                (new_texts[j1 + k], i1 + k if k < pairs else None) for k in range(j2 - j1)
            )
        return entries
