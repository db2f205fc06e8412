"""Changed regions between two texts and merging chosen ones (line-based, Qt-free).

The compare dialog (``gui/dialogs/compare.py``) lists these hunks with a check box each and
returns :func:`merge`'s text; the recovery dialog shows them side by side.
"""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Hunk:
    """Lines ``mine[m0:m1]`` of the buffer differ from lines ``theirs[t0:t1]`` on disk."""

    index: int
    tag: str  # "replace" | "delete" | "insert" (difflib opcodes, seen from mine -> theirs)
    m0: int
    m1: int
    t0: int
    t1: int


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _unique_anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Lines that occur once in each text, kept in an order both agree on (patience diff's
    anchors: the longest increasing run of their positions in ``b``)."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {line: j for j, line in enumerate(b) if count_b[line] == 1}
    pairs = [
        (i, where_b[line]) for i, line in enumerate(a) if count_a[line] == 1 and line in where_b
    ]
    tails: list[int] = []  # tails[k]: index in pairs of the smallest end of a run of length k+1
    tail_values: list[int] = []  # the b-positions of those ends, for bisect
    previous: list[int] = [-1] * len(pairs)
    for index, (_i, j) in enumerate(pairs):
        k = bisect.bisect_left(tail_values, j)
        if k > 0:
            previous[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
            tail_values.append(j)
        else:
            tails[k], tail_values[k] = index, j
    run: list[tuple[int, int]] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        run.append(pairs[index])
        index = previous[index]
    return run[::-1]


def diff_hunks(mine: str, theirs: str) -> list[Hunk]:
    """The changed regions between the buffer (``mine``) and the disk copy (``theirs``).

    Lines unique to both texts anchor the comparison and difflib runs only between anchors:
    difflib without autojunk is quadratic on a long post whose lines repeat (a 5 MB post took
    minutes, freezing the recovery dialog at start-up).
    """
    a, b = _lines(mine), _lines(theirs)
    hunks: list[Hunk] = []
    start_a = start_b = 0
    for end_a, end_b in [*_unique_anchors(a, b), (len(a), len(b))]:
        for tag, m0, m1, t0, t1 in _segment_opcodes(a[start_a:end_a], b[start_b:end_b]):
            hunks.append(
                Hunk(len(hunks), tag, m0 + start_a, m1 + start_a, t0 + start_b, t1 + start_b)
            )
        start_a, start_b = end_a + 1, end_b + 1
    return hunks


def _segment_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's changes between two runs of lines, common start and end cut off first (a
    single edit among repeated lines then comes out as that one line, not a shifted block)."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    matcher = difflib.SequenceMatcher(
        None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False
    )
    return [
        (tag, m0 + head, m1 + head, t0 + head, t1 + head)
        for tag, m0, m1, t0, t1 in matcher.get_opcodes()
        if tag != "equal"
    ]


def merge(mine: str, theirs: str, take_theirs: set[int]) -> str:
    """``mine`` with the hunks numbered in ``take_theirs`` replaced by the disk version."""
    mine_lines, their_lines = _lines(mine), _lines(theirs)
    out: list[str] = []
    position = 0
    for hunk in diff_hunks(mine, theirs):
        out.extend(mine_lines[position : hunk.m0])
        chosen = their_lines[hunk.t0 : hunk.t1] if hunk.index in take_theirs else None
        out.extend(chosen if chosen is not None else mine_lines[hunk.m0 : hunk.m1])
        position = hunk.m1
    out.extend(mine_lines[position:])
    return "".join(out)


def hunk_summary(hunk: Hunk) -> str:
    """A short label such as ``lines 4-6``, in buffer line numbers (1-based)."""
    first, last = hunk.m0 + 1, max(hunk.m1, hunk.m0 + 1)
    return f"{first}" if first == last else f"{first}-{last}"
