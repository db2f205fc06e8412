"""Heading ids the way each engine makes them.

* ``hexo``: hexo-util ``slugize`` (keeps case and CJK; runs of spaces and ASCII punctuation become
  one ``-``), duplicates get ``-1``, ``-2`` (hexo-renderer-marked ``headingId`` counter). The
  text is the heading's HTML unescaped and then stripped of tags, so a ``<audio>`` written in
  inline code is dropped from the id (``anchorId`` in hexo-renderer-marked; :func:`strip_html`).
* ``goldmark``: Hugo's ``autoIDType = "github"`` (markup/goldmark/autoid.go): the heading's
  plain text (its last line for a multi-line setext heading), trimmed; letters, ``Nd`` digits
  and ``_`` kept lowercased, each space or ``-`` becomes ``-``, everything else (punctuation,
  emoji, variation selectors) dropped. An empty result gets no id. A taken id gets the first
  free ``-1``, ``-2`` … (so ``a``, ``a``, ``a-1`` give ``a``, ``a-1``, ``a-1-1``).
* ``github``: lowercase, letters/digits/``-``/``_`` kept, spaces become ``-``, other characters
  dropped (Goldmark ``autoHeadingID`` github style, github-slugger); duplicates ``-1``, ``-2``.
* ``kramdown``: Jekyll's kramdown GFM parser: as ``github`` but the text is not trimmed, only space
  and tab become ``-`` (a no-break space is dropped) and an empty id is no id.
"""

from __future__ import annotations

import unicodedata

from postpad.core.text.hexo_slug import hexo_slugize


def strip_html(text: str) -> str:
    """hexo-util ``stripHTML``: drops ``<…>`` runs (quotes and nesting respected) and comments.

    A ``<`` followed by a space or newline is text; an unclosed tag drops the rest.
    """
    out: list[str] = []
    state, depth, quote, tag_start, plain_start = "text", 0, "", -1, 0
    for idx, ch in enumerate(text):
        if state == "text":
            if ch == "<":
                out.append(text[plain_start:idx])
                state, tag_start = "tag", idx
        elif state == "tag":
            if ch == "<" and not quote:
                depth += 1
            elif ch == ">" and not quote:
                if depth:
                    depth -= 1
                else:
                    state, quote, plain_start = "text", "", idx + 1
            elif ch in "\"'":
                quote = "" if ch == quote else quote or ch
            elif ch == "-" and idx - tag_start == 3 and text[tag_start + 1 : idx] == "!-":
                state = "comment"
            elif ch in " \n" and idx - tag_start == 1:
                out.append("< ")
                state, plain_start = "text", idx + 1
        elif ch == ">" and text[max(0, idx - 2) : idx] == "--":
            state, plain_start = "text", idx + 1
    if state == "text":
        out.append(text[plain_start:])
    return "".join(out)


def github_slug(text: str) -> str:
    """GitHub-style id: lowercase, punctuation dropped, spaces to ``-``."""
    out: list[str] = []
    for ch in text.strip().lower():
        if ch.isalnum() or ch in "-_":
            out.append(ch)
        elif ch.isspace():
            out.append("-")
        elif unicodedata.category(ch).startswith("M"):
            out.append(ch)
    return "".join(out)


def kramdown_slug(text: str) -> str:
    """kramdown GFM's id (``generate_gfm_header_id``, decision 0171): the heading's text
    lowercased, not trimmed, every character but word characters, ``-``, space and tab dropped
    (a no-break space too), space and tab to ``-``."""
    out: list[str] = []
    for ch in text.lower():
        if ch in " \t":
            out.append("-")
        elif ch == "-" or _ruby_word(ch):
            out.append(ch)
    return "".join(out)


def _ruby_word(ch: str) -> bool:
    """Onigmo's ``\\p{Word}``: letters (the circled ones too), marks, decimal digits, letter
    numbers and connector punctuation; ``①``, ``²`` and ``½`` are not (decision 0275)."""
    category = unicodedata.category(ch)
    return category[0] in "LM" or category in ("Nd", "Nl", "Pc") or "\u24b6" <= ch <= "\u24e9"


def goldmark_slug(text: str) -> str:
    """Hugo's github-style id for a heading's plain text ("" when nothing is left)."""
    out: list[str] = []
    for ch in text.split("\n")[-1].strip():
        if ch in "- ":
            out.append("-")
        elif ch == "_" or unicodedata.category(ch) in _GO_LETTER_OR_DIGIT:
            out.append(ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out)


_GO_LETTER_OR_DIGIT = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd"})


def base_slug(style: str, text: str, transform: int = 0) -> str:
    if style == "goldmark":
        return goldmark_slug(text)
    if style == "marked":
        return hexo_slugize(strip_html(text).strip(), transform=transform)
    if style == "markdown-it":  # hexo-renderer-markdown-it's anchors: the text as it is
        return hexo_slugize(text, transform=transform)
    if style == "kramdown":
        return kramdown_slug(text)  # kramdown writes no id for an empty one
    if style == "github":
        return github_slug(text) or "heading"
    return ""


class HeadingIdAllocator:
    """Hands out unique ids in document order (``x``, ``x-1``, ``x-2`` …).

    For ``style="goldmark"`` a taken id gets the first suffix not yet handed out and an empty
    base gets no id, as Hugo's id factory does; otherwise suffixes count per base.
    """

    def __init__(self, style: str = "") -> None:
        self._counts: dict[str, int] = {}
        self._goldmark = style == "goldmark"
        self._taken: set[str] = set()
        # hexo-renderer-markdown-it: repeats are -2, -3 …; a heading without a base has no id
        self._markdown_it = style == "markdown-it"  # decision 0158

    def allocate(self, base: str) -> str:
        if self._goldmark:
            return self._allocate_free(base)
        if self._markdown_it and not base:
            return ""
        count = self._counts.get(base)
        if count is None:
            self._counts[base] = 1
            return base
        self._counts[base] = count + 1
        return f"{base}-{count + self._markdown_it}"

    def _allocate_free(self, base: str) -> str:
        if not base:
            return ""
        found, suffix = base, 0
        while found in self._taken:
            suffix += 1
            found = f"{base}-{suffix}"
        self._taken.add(found)
        return found
