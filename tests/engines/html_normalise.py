"""Canonical text for an HTML fragment, so two renderers' output can be compared.

What is normalised (differences a reader cannot see): attribute order and quoting; `<br>` versus
`<br />`; boolean attributes (`disabled`, `disabled=""`, `disabled="disabled"`); the spacing of
`style` declarations; character references versus the characters they stand for (`&ensp;` and
U+2002, `&quot;` and `"`; only `&amp;`, `&lt;` and `&gt;` stay escaped); whitespace that HTML
collapses (runs of spaces and newlines become one space, and whitespace next to block-level tags
or `<br>` is dropped); line breaks at the very end of <pre> content. Other whitespace inside
<pre> is kept exactly. Everything else is kept: tag names, attribute values, text and comments
(Hugo's `<!-- raw HTML omitted -->` records what it dropped).
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt"}
    | {"figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"}
    | {"li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td"}
    | {"tfoot", "th", "thead", "tr", "ul"}
)
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
BOOLEAN_ATTRIBUTES = frozenset({"checked", "disabled", "hidden", "open", "readonly", "selected"})
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def canonical_style(style: str) -> str:
    """`text-align: left;` and `text-align:left` are the same declaration."""
    declarations = (d.split(":", 1) for d in style.split(";") if ":" in d)
    return ";".join(f"{name.strip().lower()}:{value.strip()}" for name, value in declarations)


def canonical_attribute(name: str, value: str | None) -> str:
    if name in BOOLEAN_ATTRIBUTES:
        return ""  # `disabled`, `disabled=""` and `disabled="disabled"` mean the same
    if name == "style":
        return canonical_style(value or "")
    return escape(value or "")


class _Canonicaliser(HTMLParser):
    def __init__(self, ignored_attributes: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.ignored = ignored_attributes
        self.parts: list[str] = []
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kept = sorted((k, canonical_attribute(k, v)) for k, v in attrs if k not in self.ignored)
        text = "".join(f' {k}="{v}"' for k, v in kept)
        self.parts.append(f"\0<{tag}{text}>\0" if tag in BLOCK_TAGS else f"<{tag}{text}>")
        if tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        if self.pre_depth and tag in ("pre", "code"):
            self._drop_final_newlines()
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        self.parts.append(f"\0</{tag}>\0" if tag in BLOCK_TAGS else f"</{tag}>")

    def _drop_final_newlines(self) -> None:
        """A line break at the very end of <pre> content draws no extra line."""
        if self.parts and not self.parts[-1].startswith(("<", "\0")):
            self.parts[-1] = self.parts[-1].rstrip("\2")

    def handle_data(self, data: str) -> None:
        data = escape(data, quote=False)  # `&lt;tag&gt;` must not read as a tag
        if self.pre_depth:
            self.parts.append(data.replace("\0", "").replace(" ", "\1").replace("\n", "\2"))
        else:
            self.parts.append(data)

    def handle_comment(self, data: str) -> None:
        self.parts.append(f"<!--{HTML_SPACE.sub(' ', data).strip()}-->")


def normalise_html(html: str, ignored_attributes: frozenset[str] = frozenset()) -> str:
    """One line per block-level tag, inline content with collapsed whitespace."""
    parser = _Canonicaliser(ignored_attributes)
    parser.feed(html)
    parser.close()
    text = HTML_SPACE.sub(" ", "".join(parser.parts))
    text = re.sub(r" ?\0 ?", "\0", text)
    lines = [line for line in text.split("\0") if line]
    return "\n".join(lines).replace("\1", " ").replace("\2", "\\n")
