"""The text rule for Goldmark's inline extensions (decision 0084).

markdown-it's text rule swallows everything up to its next terminator character, so a rule that
must look at a quote or at the start of a bare URL would never be called there. Goldmark tries
its Linkify and Typographer parsers at exactly those places; this text rule also stops there.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline


def goldmark_text_plugin(md: MarkdownIt, stops: list[re.Pattern[str]]) -> None:
    """Replace the text rule with one that also stops where any of ``stops`` matches."""
    if not stops:
        return
    terminators = md.inline.terminator_re

    def text(state: StateInline, silent: bool) -> bool:
        start, end = state.pos, state.posMax
        found = terminators.search(state.src, start)
        stop = found.start() if found else end
        cache: list[int] = state.__dict__.setdefault("pp_goldmark_stops", [-1] * len(stops))
        for index, pattern in enumerate(stops):
            if cache[index] <= start:  # the next stop at or after start + 1, searched once
                extra = pattern.search(state.src, start + 1, end)
                cache[index] = extra.start() if extra is not None else end + 1
            stop = min(stop, cache[index])
        stop = min(stop, end)
        if stop == start:
            return False
        if not silent:
            state.append_pending(state.src[start:stop])
        state.pos = stop
        return True

    md.inline.ruler.at("text", text)
