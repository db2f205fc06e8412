"""Markup details that differ between engines for the same construct.

Task lists, footnotes and table alignment come out of each engine in its own shape; matching it
keeps the theme's CSS (and the fidelity comparison in tests/engines) working:

* ``marked`` (Hexo): bare ``<ul><li><input checked="" disabled="" type="checkbox">``; table
  cells carry ``align="left"``.
* ``goldmark`` (Hugo): bare task lists like marked; footnotes ``fn:1`` / ``fnref:1`` in
  ``div.footnotes[role=doc-endnotes]``; a bare URL is linked only at the start, after a space or
  ``*_~(``, and ends at its first non-ASCII character (``访问https://…`` stays text).
* ``kramdown`` (Jekyll): ``ul.task-list`` with the checkbox glued to the text; footnotes named by
  label (``fn:a``) with ``reversefootnote`` back links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from postpad.core.render.rules.hexo_encode_url import hexo_encode_url
from postpad.core.render.rules.marked_list_end import marked_list_end_plugin
from postpad.core.render.rules.marked_paragraph import marked_paragraph_plugin

_ALIGN = re.compile(r"text-align:(left|right|center)")


def _strip_class(token: Token, name: str) -> None:
    classes = [c for c in str(token.attrGet("class") or "").split() if c != name]
    if classes:
        token.attrSet("class", " ".join(classes))
    elif token.attrs and "class" in token.attrs:
        del token.attrs["class"]


def _checkboxes(flavour: str) -> Any:
    def convert(state: StateCore) -> None:
        tokens = state.tokens
        for token in tokens:
            if token.type == "bullet_list_open" or token.type == "ordered_list_open":
                if "contains-task-list" in str(token.attrGet("class") or ""):
                    _strip_class(token, "contains-task-list")
                    if flavour == "kramdown":
                        token.attrSet("class", "task-list")
            elif token.type == "list_item_open" and flavour != "kramdown":
                _strip_class(token, "task-list-item")
            elif token.type == "inline" and token.children:
                first = token.children[0]
                if first.type == "html_inline" and "task-list-item-checkbox" in first.content:
                    first.type = "pp_checkbox"
                    first.meta = {
                        "checked": 'checked="checked"' in first.content,
                        "flavour": flavour,
                    }
                    if flavour == "kramdown" and len(token.children) > 1:
                        token.children[1].content = token.children[1].content.lstrip(" ")

    return convert


def _checkbox(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    meta = tokens[idx].meta
    if meta["flavour"] == "kramdown":
        checked = ' checked="checked"' if meta["checked"] else ""
        return (
            '<input type="checkbox" class="task-list-item-checkbox" '
            f'disabled="disabled"{checked} />'
        )
    checked = ' checked=""' if meta["checked"] else ""
    return f'<input{checked} disabled="" type="checkbox">'


def _links(flavour: str) -> Any:
    """Goldmark links ``www.`` with ``https://`` (Hugo's ``linkifyProtocol``); marked's links
    get hexo-util ``encodeURL`` as their ``normalizeLink`` (decision 0252)."""

    def adjust(state: StateCore) -> None:
        for token in state.tokens:
            for child in token.children or ():
                if child.type != "link_open":
                    continue
                href = str(child.attrGet("href") or "")
                if (
                    flavour == "goldmark"
                    and child.markup == "linkify"
                    and href.startswith("http://www.")
                ):
                    child.attrSet("href", "https://" + href[len("http://") :])

    return adjust


_AUTOLINK_AFTER = frozenset("*_~(")


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _last_char(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    last = tokens[-1]
    if last.type == "text":
        return last.content[-1:] or " "
    if last.type in ("softbreak", "hardbreak"):
        return "\n"
    return last.markup[-1:] or "\0"  # after *emphasis* markup Goldmark sees the "*"


def _goldmark_autolink(tokens: list[Token], index: int, out: list[Token]) -> int:
    """Emit the linkify link at ``index`` the way Goldmark's Linkify would; return the next index.

    Goldmark links a bare URL only at the start, after a space or one of ``*_~(``, and its URL
    pattern is ASCII: it ends before the first other character (CJK punctuation or text).
    """
    link_open, text, link_close = tokens[index : index + 3]
    before = _last_char(out)
    if not (before == "" or before.isspace() or before in _AUTOLINK_AFTER):
        out.append(_text_token(text.content))
        return index + 3
    cut = next((i for i, ch in enumerate(text.content) if not ch.isascii()), None)
    if cut is None:
        out.extend((link_open, text, link_close))
        return index + 3
    head, tail = text.content[:cut], text.content[cut:]
    href = str(link_open.attrGet("href") or "")
    prefix = next((p for p in ("mailto:", "http://") if href.startswith(p)), "")
    has_scheme = head.lower().startswith(("http://", "https://", "ftp://", "mailto:"))
    link_open.attrSet("href", ("" if has_scheme else prefix) + head)
    text.content = head
    out.extend((link_open, text, link_close, _text_token(tail)))
    return index + 3


def _goldmark_autolinks(state: StateCore) -> None:
    for token in state.tokens:
        children = token.children or []
        if not any(c.type == "link_open" and c.markup == "linkify" for c in children):
            continue
        out: list[Token] = []
        index = 0
        while index < len(children):
            child = children[index]
            is_autolink = child.type == "link_open" and child.markup == "linkify"
            if is_autolink and index + 2 < len(children):
                index = _goldmark_autolink(children, index, out)
            else:
                out.append(child)
                index += 1
        token.children = out


def _kramdown_markup(state: StateCore) -> None:
    """kramdown ignores an ordered list's start number; Rouge classes inline code."""
    for token in state.tokens:
        if token.type == "ordered_list_open" and token.attrs and "start" in token.attrs:
            del token.attrs["start"]
        for child in token.children or ():
            if child.type == "code_inline":
                child.attrSet("class", "language-plaintext highlighter-rouge")


def _table_align(state: StateCore) -> None:
    for token in state.tokens:
        if token.type in ("th_open", "td_open"):
            style = str(token.attrGet("style") or "")
            match = _ALIGN.search(style)
            if match and token.attrs is not None:
                del token.attrs["style"]
                token.attrSet("align", match.group(1))


# --- footnotes ------------------------------------------------------------------------------


def _number(token: Token) -> str:
    return str(token.meta["id"] + 1)


def _name(token: Token, flavour: str) -> str:
    if flavour == "kramdown" and token.meta.get("label"):
        return escape(str(token.meta["label"]))
    return _number(token)


def _ref_id(token: Token, flavour: str) -> str:
    name, sub = _name(token, flavour), token.meta.get("subId", 0)
    if not sub:
        return f"fnref:{name}"
    return f"fnref:{name}:{sub}" if flavour == "kramdown" else f"fnref{sub}:{name}"


def _footnote_rules(flavour: str) -> dict[str, Any]:
    def ref(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        name, number = _name(token, flavour), _number(token)
        if flavour == "kramdown":
            return (
                f'<sup id="{_ref_id(token, flavour)}" role="doc-noteref"><a href="#fn:{name}" '
                f'class="footnote" rel="footnote">{number}</a></sup>'
            )
        return (
            f'<sup id="{_ref_id(token, flavour)}"><a href="#fn:{name}" class="footnote-ref" '
            f'role="doc-noteref">{number}</a></sup>'
        )

    def block_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        rule = "" if flavour == "kramdown" else "<hr>\n"
        return f'<div class="footnotes" role="doc-endnotes">\n{rule}<ol>\n'

    def block_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "</ol>\n</div>\n"

    def item_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        name = _name(tokens[idx], flavour)
        role = ' role="doc-endnote"' if flavour == "kramdown" else ""
        return f'<li id="fn:{name}"{role}>'

    def anchor(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        target = _ref_id(token, flavour)
        sub = token.meta.get("subId", 0)
        if flavour == "kramdown":
            mark = "&#8617;" + (f"<sup>{sub + 1}</sup>" if sub else "")
            return (
                f'&#160;<a href="#{target}" class="reversefootnote" role="doc-backlink">{mark}</a>'
            )
        return (
            f'&#160;<a href="#{target}" class="footnote-backref" role="doc-backlink">'
            "&#x21a9;&#xfe0e;</a>"
        )

    return {
        "footnote_ref": ref,
        "footnote_block_open": block_open,
        "footnote_block_close": block_close,
        "footnote_open": item_open,
        "footnote_anchor": anchor,
    }


def _raw_link_text(url: str) -> str:
    """marked and Goldmark print an autolink's text as written (``%E4%B8%AD`` stays), not
    decoded (Goldmark's ``renderAutoLink`` writes the label's source bytes, decision 0251)."""
    return url


def flavour_plugin(md: MarkdownIt, flavour: str, *, tasklists: bool, footnotes: bool) -> None:
    """Install the markup of ``flavour`` (no-op for ``markdown-it``)."""
    if flavour == "markdown-it":
        return
    if tasklists:
        md.core.ruler.after("github-tasklists", "pp_checkboxes", _checkboxes(flavour))
        md.add_render_rule("pp_checkbox", _checkbox)
    if flavour == "marked":
        md.core.ruler.push("pp_table_align", _table_align)
        marked_list_end_plugin(md)
        marked_paragraph_plugin(md)
        md.normalizeLinkText = _raw_link_text  # type: ignore[method-assign,assignment]
        md.normalizeLink = hexo_encode_url  # type: ignore[method-assign]
    if flavour == "goldmark":
        md.core.ruler.push("pp_goldmark_autolinks", _goldmark_autolinks)
        md.normalizeLinkText = _raw_link_text  # type: ignore[method-assign,assignment]
    if flavour == "goldmark":
        md.core.ruler.push("pp_links", _links(flavour))
    if flavour == "kramdown":
        from postpad.core.render.rules.kramdown_lists import kramdown_lists  # (decision 0210)

        md.core.ruler.push("pp_kramdown_markup", _kramdown_markup)
        md.core.ruler.push("pp_kramdown_lists", kramdown_lists)
    if footnotes and flavour in ("goldmark", "kramdown"):
        for name, rule in _footnote_rules(flavour).items():
            md.add_render_rule(name, rule)
