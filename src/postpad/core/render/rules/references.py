"""Record where reference definitions are, so the incremental renderer can see them change.

Definitions (``[label]: /url``) produce no tokens, yet they change links anywhere in the post.
The wrapped rule notes the first line of each definition in ``env["pp_ref_lines"]``.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock


def reference_tracking_plugin(md: MarkdownIt) -> None:
    original = md.block.ruler.__rules__[md.block.ruler.__find__("reference")].fn

    def tracked_reference(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        found: bool = original(state, start, end, silent)
        if found and not silent:
            state.env.setdefault("pp_ref_lines", []).append(start)
        return found

    md.block.ruler.at("reference", tracked_reference)
