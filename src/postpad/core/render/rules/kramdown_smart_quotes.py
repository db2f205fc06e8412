"""kramdown's smart quotes and typographic symbols (parser/kramdown/smart_quotes.rb,
typographic_symbol.rb), applied to inline text (decision 0171).

kramdown decides each quote from the source around it: the character before it when that is
plain text (a link, emphasis or code span just before leaves none, so ``[x](u)'s`` closes) and
what follows it in the source. The rules are kramdown's ``SQ_RULES`` in order, with Ruby's ASCII
``\\s``/``\\w``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_SPACE = "[ \\t\\n\\r\\f\\v]"
_WORD = "[A-Za-z0-9_]"
_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_CLOSE = r"[^ \\\t\r\n\[{(-]"
#: (pattern, what replaces the match: a group number or a quote name), kramdown's SQ_RULES
_RULES: tuple[tuple[re.Pattern[str], tuple[int | str, ...]], ...] = tuple(
    (re.compile(pattern, re.S | re.M), spec)
    for pattern, spec in (
        (r"(\"|')(?=[_*]{1,2}[^ \t\n\r\f\v])", ("lquote1",)),
        (rf"(\"|')(?={_PUNCT}(?!\.\.)\B)", ("rquote1",)),
        (rf"({_SPACE}?)\"'(?={_WORD})", (1, "“", "‘")),
        (rf"({_SPACE}?)'\"(?={_WORD})", (1, "‘", "“")),
        (rf"({_SPACE}?)'(?=[0-9][0-9]s)", (1, "’")),
        (rf"({_SPACE})('|\")(?={_WORD})", (1, "lquote2")),
        (rf"({_CLOSE})('|\")", (1, "rquote2")),
        (rf"(\"|')(?={_SPACE}|s\b|$)", ("rquote1",)),
        (r"(.?)'", (1, "‘")),
        (r"(.?)\"", (1, "“")),
    )
)
_QUOTES = {("l", '"'): "“", ("l", "'"): "‘", ("r", '"'): "”", ("r", "'"): "’"}
_SYMBOLS = re.compile(r"---|--|\.\.\.|<< | >>|<<|>>")
_SYMBOL = {
    "---": "—",
    "--": "–",
    "...": "…",
    "<< ": "«\u00a0",
    " >>": "\u00a0»",
    "<<": "«",
    ">>": "»",
}
_SYMBOL_END = re.compile(r"(?:--|\.\.\.|<<|>>)\Z")
_CONSUMED = frozenset("[*_`\\")  # span triggers added as text when they begin nothing


def _replacement(match: re.Match[str], spec: tuple[int | str, ...], keep_first: bool) -> str:
    out = []
    for item in spec:
        if isinstance(item, int):
            if item != 1 or keep_first:
                out.append(match[item] or "")
        elif item.endswith(("quote1", "quote2")):
            out.append(_QUOTES[(item[0], match[int(item[-1])])])
        else:
            out.append(item)
    return "".join(out)


def smart_text(text: str, before: str, after: str) -> str:
    """``text`` with kramdown's quotes and symbols; ``before`` is the plain character before it
    in the source ("" when an element ends there), ``after`` what follows it in the source."""
    subject, base, end = before + text, len(before), len(before) + len(text)
    subject += after
    out: list[str] = []
    pos = base
    while (quote := _next_quote(subject, pos, end)) >= 0:
        start = quote - 1 if _takes_previous(subject, pos, base, quote) else quote
        out.append(_symbols(subject[pos : max(start, pos)]))
        for pattern, spec in _RULES:
            match = pattern.match(subject, start)
            if match:
                out.append(_replacement(match, spec, keep_first=start >= base))
                pos = max(match.end(), base)
                break
        else:  # not reached: the last two rules take any quote
            out.append(subject[quote])
            pos = quote + 1
    out.append(_symbols(subject[pos:end]))
    return "".join(out)


def _takes_previous(subject: str, pos: int, base: int, quote: int) -> bool:
    """Whether kramdown's trigger ``[^\\]?["']`` takes the character before the quote: not
    when another span parser consumed it (a symbol such as ``...``, or a ``[``, ``*``, ``_``
    or backtick that began no element and was added as text)."""
    if quote == 0 or (quote == pos and pos > base) or (quote == base and base == 0):
        return False
    if _SYMBOL_END.search(subject, 0, quote):
        return False
    return subject[quote - 1] not in _CONSUMED


def _next_quote(subject: str, pos: int, end: int) -> int:
    found = [i for i in (subject.find('"', pos, end), subject.find("'", pos, end)) if i >= 0]
    return min(found) if found else -1


def _symbols(text: str) -> str:
    return _SYMBOLS.sub(lambda m: _SYMBOL[m[0]], text) if text else text


def _source_of(token: Token) -> str:
    """What a sibling token stands for in the source, enough for the rules' look-ahead."""
    if token.type in ("text", "text_special"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return "\n"
    return token.markup


def _smart_children(children: Sequence[Token]) -> None:
    before = ""
    for index, child in enumerate(children):
        if child.type == "text":
            after = "".join(_source_of(t) for t in children[index + 1 : index + 3])
            original = child.content
            child.content = smart_text(original, before, after)
            before = original[-1:]
        elif child.type in ("softbreak", "hardbreak"):
            before = "\n"
        else:
            before = ""


def _kramdown_typography(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            _smart_children(token.children)


def kramdown_smart_quotes_plugin(md: MarkdownIt) -> None:
    """kramdown's typography on inline text, before entities and escapes join it."""
    md.core.ruler.before("text_join", "kramdown_smart_quotes", _kramdown_typography)
