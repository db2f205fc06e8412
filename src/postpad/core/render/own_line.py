"""Where in its block a path the render warns about is written (decision 0245).

The render reports a warning at its block's first line; a missing image in the third line of a
paragraph or a gallery is at its own line in ``postpad check``. The block's source lines are
searched for the path as the post may write it, with check's own search
(``core/text/urls.written_line``), so both name the same line. Only the block being rendered is
read, and the parsed text is split into lines once per parse, when a block first needs it.
"""

from __future__ import annotations

from typing import Any

from markdown_it.rules_core import StateCore

from postpad.core.text.urls import written_line


def keep_source(state: StateCore) -> None:
    """A core rule: the parsed text, for the blocks' lines (here) and Hugo's shortcode marks
    (``blocks._shortcode_marks``, decision 0238). A reference, not a copy."""
    state.env["pp_source"] = state.src


class BlockLines:
    """The lines ``start``..``end`` (end exclusive, 0-based) of the text ``env`` was parsed
    from (``env["pp_source"]``)."""

    def __init__(self, env: dict[str, Any], start: int, end: int) -> None:
        self._env = env
        self.start = start
        self.end = end
        self._seen: dict[str, int] = {}  # paths met in this block: a second is looked for next

    def line_of(self, path: str) -> tuple[int, str] | None:
        """The parsed text's 0-based line that writes ``path`` in this block (its second
        writing for the second call, as check counts them), and the path as written there;
        None when the block does not write it (a reference definition)."""
        lines = self._env.get("pp_source_lines")
        if lines is None:
            source = self._env.get("pp_source")
            if not isinstance(source, str):
                return None
            lines = self._env["pp_source_lines"] = source.split("\n")
        seen = self._seen.get(path, 0)
        self._seen[path] = seen + 1
        return written_line(lines, path, self.start, self.end, seen)
