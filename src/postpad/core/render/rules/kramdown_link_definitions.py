"""kramdown's link definitions (parser/kramdown/link.rb ``LINK_DEFINITION_START``, decision
0275): the URL is the rest of the line, spaces included, up to an optional quoted title (on the
line or the next one), so ``[#1081]: {{ site.repository }}/issues/1081`` and
``[teach]: {% link _teach.md %}`` define links once Jekyll's Liquid has run, where CommonMark's
destination stops at the first space and defines nothing. markdown-it's rule is tried first;
kramdown's line is the fallback, and its line is recorded as a definition's (``pp_ref_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_block import StateBlock

BlockRule = Callable[[StateBlock, int, int, bool], bool]

_DEFINITION = re.compile(
    r" {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?(?:\n|$)"
)


def _kramdown_definition(reference: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if reference(state, start, end, silent):
            return True
        if state.sCount[start] - state.blkIndent >= 4:
            return False
        stop = state.eMarks[min(start + 1, end - 1)]  # a title may sit on the next line
        found = _DEFINITION.match(state.src[state.bMarks[start] : stop + 1])
        if found is None or re.search(r"[ \t]+[\"']", found[3] or ""):
            return False
        if silent:
            return True
        label = normalizeReference(found[1])
        if label:
            state.env.setdefault("references", {})[label] = {
                "title": found[5] or "",
                "href": state.md.normalizeLink((found[2] or found[3] or "").strip()),
                "map": [start, start + 1],
            }
            state.env.setdefault("pp_ref_lines", []).append(start)
        state.line = start + found[0].rstrip("\n").count("\n") + 1
        return True

    return rule


def kramdown_link_definitions_plugin(md: MarkdownIt) -> None:
    """Wrap the reference rule in place (its definition-line tracking included)."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("reference")]
    md.block.ruler.at("reference", _kramdown_definition(original.fn), {"alt": list(original.alt)})
