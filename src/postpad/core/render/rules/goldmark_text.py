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
        terminator = terminators.search(state.src, start)
        stop = terminator.start() if terminator else end
        # per pattern: (searched from, next match); valid while from <= start < match
        cache: list[tuple[int, int]] = state.__dict__.setdefault(
            "pp_goldmark_stops", [(0, -1)] * len(stops)
        )
        for index, pattern in enumerate(stops):
            searched, next_stop = cache[index]
            if not searched <= start < next_stop:
                extra = pattern.search(state.src, start + 1, end)
                next_stop = extra.start() if extra is not None else end + 1
                cache[index] = (start, next_stop)
            stop = min(stop, next_stop)
        stop = min(stop, end)
        if stop == start:
            return False
        if not silent:
            state.append_pending(state.src[start:stop])
        state.pos = stop
        return True

    md.inline.ruler.at("text", text)
