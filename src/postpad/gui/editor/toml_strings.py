"""TOML multi-line strings (``key = \"\"\"`` or ``'''`` up to the closing delimiter) across
highlighted lines.

A syntax highlighter sees one line at a time; inside a multi-line string a line such as
``tags = x`` or ``# x`` is text, not a key or a comment. Whether a line ends inside one is
carried in the line's block state: the editor's Markdown highlighter and the Raw tab's header
highlighter share it, as they share the YAML block scalars' (``yaml_blocks``). The delimiters
are read as TOML 1.0 reads them: a ``\"\"\"`` string's backslash escapes the next character,
a ``'''`` string has no escapes, and a run of up to five quotes closes with the last three.
"""

from __future__ import annotations

#: the state of a line ending inside a ``\"\"\"`` (basic) or ``'''`` (literal) string: negative
#: and above the YAML block states (yaml_blocks.YAML_BLOCK - 1000 and below), below NORMAL (-1)
TOML_BASIC = -10
TOML_LITERAL = -11
_DELIMITERS = {TOML_BASIC: '"""', TOML_LITERAL: "'''"}
_STATES = {delimiter: state for state, delimiter in _DELIMITERS.items()}


def in_string(state: int) -> bool:
    """Whether ``state`` is a multi-line string's (the next line may be its text)."""
    return state in _DELIMITERS


def string_end(text: str, state: int) -> int | None:
    """Where the string open at the start of ``text`` ends (just past its closing delimiter);
    None when it goes on past the line."""
    delimiter = _DELIMITERS[state]
    position = 0
    while position < len(text):
        if delimiter == '"""' and text[position] == "\\":
            position += 2
            continue
        if text.startswith(delimiter, position):
            run = len(text[position:]) - len(text[position:].lstrip(delimiter[0]))
            return position + min(run, 5)
        position += 1
    return None


def opened_after(text: str, start: int = 0) -> int | None:
    """The state after ``text`` (from ``start``, outside any string) when it leaves a
    multi-line string open; None when it does not."""
    position = start
    while position < len(text):
        char = text[position]
        if char == "#":
            return None
        delimiter = text[position : position + 3]
        if delimiter in _STATES:
            state = _STATES[delimiter]
            end = string_end(text[position + 3 :], state)
            if end is None:
                return state
            position += 3 + end
            continue
        position = _past_string(text, position) if char in "\"'" else position + 1
    return None


def _past_string(text: str, position: int) -> int:
    """Just past the one-line string opening at ``position`` (the line's end if unclosed)."""
    quote = text[position]
    position += 1
    while position < len(text):
        if quote == '"' and text[position] == "\\":
            position += 2
            continue
        if text[position] == quote:
            return position + 1
        position += 1
    return position
