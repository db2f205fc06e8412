"""kramdown's abbreviations: ``*[HTML]: Hyper Text Markup Language`` (decision 0273).

The definition line is no text (parser/kramdown/abbreviation.rb ``ABBREV_DEFINITION_START``:
up to three spaces, ``*[``, the name, ``]:``, the title to the line end; it does not break a
paragraph, and a later definition of the same name wins). After the whole post is parsed,
kramdown's ``replace_abbreviations`` wraps every occurrence of a defined name in plain text, not
code, HTML or an image's alt, in ``<abbr title="…">``: names tried longest first, at a word edge
in Ruby's ASCII sense (``(?:\\W|^)name(?!\\w)``), so ``HTML5`` and ``中HTML`` differ. A definition
anywhere changes text everywhere, so the definitions are kept with the link reference
definitions, which the incremental renderer carries from one render to the next, and their lines
are recorded as theirs (``pp_ref_lines``): an edit that touches one re-renders the whole post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

#: the key of the name -> title map in ``env["references"]``: markdown-it strips a link label,
#: so no label is written with a leading space
ABBREVIATIONS = " abbreviations"
_DEFINITION = re.compile(r" {0,3}\*\[(.+?)\]:(.*)")
_WORD = "[A-Za-z0-9_]"  # Ruby's \\w: ASCII only
_NOT_WORD = re.compile("[^A-Za-z0-9_]")


def _definition(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    line = state.src[state.bMarks[start] : state.eMarks[start]]
    match = _DEFINITION.fullmatch(line)
    if match is None:
        return False
    if not silent:
        # Ruby's strip: ASCII blanks only (a no-break space stays in the title)
        references = state.env.setdefault("references", {})
        defined = dict(references.get(ABBREVIATIONS, {}))  # not the previous render's map
        defined[match[1]] = match[2].strip(" \t\r\n\f\v\0")
        references[ABBREVIATIONS] = defined
        state.env.setdefault("pp_ref_lines", []).append(start)
        state.line = start + 1
    return True


def _patterns(names: Sequence[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """kramdown's two expressions: the names (longest first) and where one may start."""
    union = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    starts = rf"(?=(?:{_NOT_WORD.pattern}|^)(?:{union})(?!{_WORD}))"
    return re.compile(union), re.compile(starts, re.M)


def _split(text: str, names: re.Pattern[str], starts: re.Pattern[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is an abbreviation), as ``replace_abbreviations`` cuts it."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    while (found := starts.search(text, pos)) is not None:
        at = found.start()
        name = names.match(text, at)
        if name is None:  # a \W character before the name is the word edge (scan(/\W|^/))
            at += 1 if _NOT_WORD.match(text, at) else 0
            name = names.match(text, at)
        if name is None:
            break
        parts.append((text[pos:at], False))
        parts.append((name[0], True))
        pos = name.end()
    parts.append((text[pos:], False))
    return [part for part in parts if part[0]]


def _replace(state: StateCore) -> None:
    defined: dict[str, str] = state.env.get("references", {}).get(ABBREVIATIONS) or {}
    if not defined:
        return
    names, starts = _patterns(list(defined))
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        children: list[Token] = []
        for child in token.children:
            if child.type != "text" or not names.search(child.content):
                children.append(child)
                continue
            for piece, is_name in _split(child.content, names, starts):
                children.extend(_abbr(piece, defined) if is_name else [_text(piece)])
        token.children = children


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _abbr(name: str, defined: dict[str, str]) -> list[Token]:
    """``<abbr title="…">name</abbr>`` as tokens, so a heading's id still reads the name."""
    opening = Token("abbr_open", "abbr", 1)
    if defined.get(name):
        opening.attrSet("title", defined[name])
    return [opening, _text(name), Token("abbr_close", "abbr", -1)]


def kramdown_abbreviations_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("paragraph", "kramdown_abbreviations", _definition)
    md.core.ruler.after("inline", "kramdown_abbreviations", _replace)
