"""Where kramdown's raw HTML element ends (parser/html.rb ``parse_raw_html``, decision 0275).

kramdown reads a block-level element's raw content as HTML, not as lines: nested elements each
need their own end tag (void elements and ``<x/>`` excepted), ``<script>``/``<style>`` run to
their end tag, comments and ``<?…?>`` are skipped, and an end tag that closes nothing open is
text. An element still open at the end of the post is closed there.
"""

from __future__ import annotations

import re

_NAME = r"[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?"  # REXML's UNAME_STR
_VALUE = r"""(?:\s*=\s*(?:\w+|(?P<q>["']).*?(?P=q)))?"""
#: HTML_TAG_RE: groups ``name``, ``attributes`` and the self-closing ``slash``
START_TAG = re.compile(
    rf"<(?P<name>{_NAME})\s*(?P<attributes>(?:\s+{_NAME}{_VALUE})*)\s*(?P<slash>/)?>", re.S
)
END_TAG = re.compile(rf"</({_NAME})\s*>", re.S)
_NEXT = re.compile(rf"<(?:{_NAME}|/|!--|\?)")  # HTML_RAW_START
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INSTRUCTION = re.compile(r"<\?.*?\?>", re.S)
_VOID_NAMES = "area base br col command embed hr img input keygen link meta param source track wbr"
VOID = frozenset(_VOID_NAMES.split())  # HTML_ELEMENTS_WITHOUT_BODY


def raw_element_end(src: str, pos: int, name: str) -> int | None:
    """The offset just after the end tag of the element ``name`` whose start tag ends at
    ``pos``; None when the post ends first (kramdown closes it there)."""
    stack = [name.lower()]
    while stack:
        found = _NEXT.search(src, pos)
        if found is None:
            return None
        at = found.start()
        skipped = _COMMENT.match(src, at) or _INSTRUCTION.match(src, at)
        if skipped:
            pos = skipped.end()
        elif start := START_TAG.match(src, at):
            pos = start.end()
            tag = start["name"].lower()
            if tag in ("script", "style") and not start["slash"]:
                closing = re.compile(rf"</{tag}\s*>", re.I).search(src, pos)
                if closing is None:
                    return None
                pos = closing.end()
            elif not start["slash"] and tag not in VOID:
                stack.append(tag)
        elif end := END_TAG.match(src, at):
            pos = end.end()
            if end[1].lower() == stack[-1]:
                stack.pop()
        else:
            pos = at + 1
    return pos
