"""Goldmark's definition lists take ``:`` only; markdown-it-deflist also takes ``~`` (pandoc).

``~ gRPC Maintainers`` under a line of text is a paragraph in Hugo, a definition here without
this (found on a corpus post, decision 0098). The plugin's rule is wrapped: a definition whose
marker is ``~`` is not one.
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock


def _marker(state: StateBlock, line: int) -> str:
    start = state.bMarks[line] + state.tShift[line]
    return state.src[start : start + 1]


def _colon_only(rule: Any) -> Any:
    def deflist(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if silent:
            return _marker(state, start) != "~" and bool(rule(state, start, end, silent))
        following = start + 1
        if following < end and state.isEmpty(following):
            following += 1
        if following < end and _marker(state, following) == "~":
            return False
        return bool(rule(state, start, end, silent))

    return deflist


def goldmark_deflist_plugin(md: MarkdownIt) -> None:
    """Run after ``deflist_plugin``."""
    for rule in md.block.ruler.__rules__:
        if rule.name == "deflist":
            md.block.ruler.at("deflist", _colon_only(rule.fn), {"alt": list(rule.alt)})
            return
