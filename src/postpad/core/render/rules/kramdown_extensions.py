"""kramdown's ``{::comment}`` and ``{::nomarkdown}`` extensions (decision 0273).

kramdown (parser/kramdown/extensions.rb) takes ``{::comment}`` … ``{:/comment}`` (or ``{:/}``) as
an HTML comment and ``{::nomarkdown}`` … ``{:/nomarkdown}`` as raw output, never Markdown. The
block form wants the start and stop tags each alone on a line (``EXT_BLOCK_START``, up to three
spaces before) and starts only where a block can; inside a paragraph the span form applies, its
body running to the first stop tag in the paragraph. ``{::comment/}`` has no body and leaves
nothing. Both become HTML tokens, so the preview's HTML rule (sanitising) writes them; a
``type`` that does not name ``html`` makes nomarkdown write nothing, as kramdown's HTML converter.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

from postpad.core.render.rules.after_window import follows_window

_NAMES = "comment|nomarkdown|options"
#: EXT_START_STR: name, attribute list, self-closing slash
_START = re.compile(rf"\{{::({_NAMES})(?:\s((?:\\\}}|[^}}])*?)|)(/)?\}}")
_BLOCK_START = re.compile(rf" {{0,3}}{_START.pattern}[ \t]*$")
_TYPE = re.compile(r"""\btype=(["'])(.*?)\1""")


def _stop(name: str) -> str:
    return rf"\{{:/(?:{name})?\}}"


def _html(name: str, attributes: str | None, body: str, block: bool) -> str:
    end = "\n" if block else ""
    if name == "options":  # parser options, no output
        return ""
    if name == "comment":
        return f"<!-- {body} -->{end}"
    kind = _TYPE.search(attributes or "")
    if kind and "html" not in kind.group(2).split():
        return ""
    return f"{body}{end}"


def _block_extension(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    first = state.src[state.bMarks[start] : state.eMarks[start]]
    opening = _BLOCK_START.fullmatch(first)
    if opening is None:
        return False
    name, attributes, closed = opening.group(1), opening.group(2), opening.group(3)
    last = start if closed else _stop_line(state, start + 1, end, name)
    if last is None:
        if _stopped_later(state, name):
            state.env["pp_hit_end"] = True
        return False
    if silent:
        return True
    body = state.getLines(start + 1, last, 0, False).removesuffix("\n")
    token = state.push("html_block", "", 0)
    token.map = [start, last + 1]
    token.content = "" if closed else _html(name, attributes, body, block=True)
    state.line = last + 1
    return True


def _stop_line(state: StateBlock, line: int, end: int, name: str) -> int | None:
    """The line of the block's stop tag (kramdown scans on to it, blank lines included)."""
    stop = re.compile(rf" {{0,3}}{_stop(name)}[ \t]*")
    for index in range(line, end):
        if stop.fullmatch(state.src[state.bMarks[index] : state.eMarks[index]]):
            return index
    return None


def _stopped_later(state: StateBlock, name: str) -> bool:
    """Whether the stop tag may follow the parsed window (incremental rendering)."""
    return follows_window(state.env, re.compile(rf"^ {{0,3}}{_stop(name)}[ \t]*$", re.MULTILINE))


def _span_extension(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("{::", state.pos):
        return False
    opening = _START.match(state.src, state.pos, state.posMax)
    if opening is None:
        return False
    name, attributes, closed = opening.group(1), opening.group(2), opening.group(3)
    if closed:
        state.pos = opening.end()
        return True
    stop = re.compile(_stop(name)).search(state.src, opening.end(), state.posMax)
    if stop is None:
        return False
    if not silent:
        token = state.push("html_inline", "", 0)
        token.content = _html(name, attributes, state.src[opening.end() : stop.start()], False)
    state.pos = stop.end()
    return True


def kramdown_extensions_plugin(md: MarkdownIt) -> None:
    """Before the attribute-list rule, which would drop the tag lines and keep the body."""
    md.block.ruler.before("kramdown_ial", "kramdown_extensions", _block_extension)
    md.inline.ruler.before("kramdown_ial", "kramdown_extensions", _span_extension)
