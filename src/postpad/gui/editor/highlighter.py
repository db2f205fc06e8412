"""Incremental Markdown highlighting with QSyntaxHighlighter.

Multi-line constructs (front matter, fenced code, HTML comments) are carried from block to block
in the block state, so Qt only re-highlights from the edited line until the state settles again.
Plain prose lines take a fast path: one regex search decides whether any inline rule can apply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from postpad.gui.editor.toml_strings import in_string, opened_after, string_end
from postpad.gui.editor.yaml_blocks import block_line, in_block, opened_state

# Block states. Fences store their marker in the state so "```" is not closed by "~~~".
NORMAL = -1
FRONT_MATTER_YAML = 1
FRONT_MATTER_TOML = 2
HTML_COMMENT = 3
FENCE_BASE = 100  # FENCE_BASE + 2 * marker_length + (1 if "~" else 0)

ROLES = (
    "heading",
    "emphasis",
    "strong",
    "strike",
    "code",
    "fence",
    "link",
    "url",
    "image",
    "quote",
    "list",
    "html",
    "entity",
    "frontmatter",
    "frontmatter_key",
    "tag",
    "comment",
    "rule",
    "escape",
)

_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}(?:>\s?)+")
_LIST = re.compile(r"^\s*(?:[-+*]|\d{1,9}[.)])(?:\s+\[[ xX]\])?(?=\s|$)")
_RULE = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_FM_KEY = re.compile(r"^(\s*-?\s*)([^\s:#][^:#]*?)(\s*[:=])")
_INLINE_TRIGGER = re.compile(r"[*_`\[\]<&{\\~!]")

_INLINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("escape", re.compile(r"\\[\\`*_{}\[\]()#+\-.!<>|~]")),
    ("strong", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    (
        "emphasis",
        re.compile(
            # "*" may sit inside a word (中文*强调*中文); "_" may not (snake_case_name).
            r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?!\w)"
        ),
    ),
    ("strike", re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")),
    ("image", re.compile(r"!\[[^\]]*\]\([^)]*\)")),
    ("link", re.compile(r"(?<!!)\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?")),
    ("url", re.compile(r"<(?:https?|mailto|ftp):[^>\s]+>")),
    ("html", re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")),
    ("entity", re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")),
    ("tag", re.compile(r"\{%.*?%\}|\{\{[<%].*?[>%]\}\}")),
    ("code", re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")),
)


def _fence_state(marker: str) -> int:
    return FENCE_BASE + 2 * len(marker) + (1 if marker[0] == "~" else 0)


def in_header(state: int) -> bool:
    """Whether a block with this state ends inside the front matter (so the next line is in it)."""
    return state in (FRONT_MATTER_YAML, FRONT_MATTER_TOML) or in_block(state) or in_string(state)


def _closes_fence(text: str, state: int) -> bool:
    length, tilde = divmod(state - FENCE_BASE, 2)
    char = "~" if tilde else "`"
    stripped = text.strip()
    return (
        len(text) - len(text.lstrip(" ")) <= 3
        and len(stripped) >= length
        and (stripped == char * len(stripped))
    )


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown source; ``set_colors`` switches palettes (light/dark)."""

    def __init__(self, document: QTextDocument, colors: Mapping[str, str]) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self._build_formats(colors)

    def set_colors(self, colors: Mapping[str, str]) -> None:
        self._build_formats(colors)
        self.rehighlight()

    def _build_formats(self, colors: Mapping[str, str]) -> None:
        self._formats = {}
        for role in ROLES:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colors.get(role, colors.get("text", "#000000"))))
            if role in ("heading", "strong", "frontmatter_key"):
                fmt.setFontWeight(QFont.Weight.Bold)
            if role in ("emphasis", "quote", "comment"):
                fmt.setFontItalic(True)
            if role == "strike":
                fmt.setFontStrikeOut(True)
            self._formats[role] = fmt

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        block_number = self.currentBlock().blockNumber()
        if block_number == 0 and previous == NORMAL:
            if text.rstrip() == "---":
                self._whole_line("frontmatter", text, FRONT_MATTER_YAML)
                return
            if text.rstrip() == "+++":
                self._whole_line("frontmatter", text, FRONT_MATTER_TOML)
                return
        if previous in (FRONT_MATTER_YAML, FRONT_MATTER_TOML):
            self._front_matter_line(text, previous)
        elif in_block(previous):
            self._block_scalar_line(text, previous)
        elif in_string(previous):
            self._toml_string_line(text, previous)
        elif previous >= FENCE_BASE:
            closed = _closes_fence(text, previous)
            self._whole_line("fence", text, NORMAL if closed else previous)
        elif previous == HTML_COMMENT:
            self._comment_line(text, 0)
        else:
            self._normal_line(text)

    def _whole_line(self, role: str, text: str, state: int) -> None:
        self.setFormat(0, len(text), self._formats[role])
        self.setCurrentBlockState(state)

    def _front_matter_line(self, text: str, state: int) -> None:
        closing = "---" if state == FRONT_MATTER_YAML else "+++"
        if text.rstrip() == closing or (state == FRONT_MATTER_YAML and text.rstrip() == "..."):
            self._whole_line("frontmatter", text, NORMAL)
            return
        self.setFormat(0, len(text), self._formats["frontmatter"])
        match = _FM_KEY.match(text)
        if match and not text.lstrip().startswith("#"):
            self.setFormat(match.start(2), len(match.group(2)), self._formats["frontmatter_key"])
        elif text.lstrip().startswith("#"):
            self.setFormat(0, len(text), self._formats["comment"])
        opened = opened_state(text) if state == FRONT_MATTER_YAML else opened_after(text)
        self.setCurrentBlockState(state if opened is None else opened)

    def _block_scalar_line(self, text: str, state: int) -> None:
        """A line of a YAML block scalar is text; a line that ends it is a header line."""
        after = block_line(text, state)
        if after is None:
            self._front_matter_line(text, FRONT_MATTER_YAML)
            return
        self._whole_line("frontmatter", text, after)

    def _toml_string_line(self, text: str, state: int) -> None:
        """A line of a TOML multi-line string is text up to the closing delimiter; a ``+++``
        line still closes the header, where the split (core/frontmatter/split.py) ends it."""
        if text.rstrip() == "+++":
            self._whole_line("frontmatter", text, NORMAL)
            return
        end = string_end(text, state)
        if end is None:
            self._whole_line("frontmatter", text, state)
            return
        self.setFormat(0, len(text), self._formats["frontmatter"])
        rest = text[end:].lstrip(" \t,]")
        if rest.startswith("#"):
            self.setFormat(len(text) - len(rest), len(rest), self._formats["comment"])
        opened = opened_after(text, end)
        self.setCurrentBlockState(FRONT_MATTER_TOML if opened is None else opened)

    def _comment_line(self, text: str, start: int) -> None:
        end = text.find("-->", start)
        if end < 0:
            self.setFormat(start, len(text) - start, self._formats["comment"])
            self.setCurrentBlockState(HTML_COMMENT)
            return
        self.setFormat(start, end + 3 - start, self._formats["comment"])
        self.setCurrentBlockState(NORMAL)

    def _normal_line(self, text: str) -> None:
        self.setCurrentBlockState(NORMAL)
        if not text:
            return
        fence = _FENCE.match(text)
        if fence:
            self._whole_line("fence", text, _fence_state(fence.group(1)))
            return
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._formats["heading"])
            self._inline(text, 0)
            return
        if _RULE.match(text) or (_SETEXT.match(text) and self._previous_is_paragraph()):
            self.setFormat(0, len(text), self._formats["rule"])
            return
        offset = self._block_prefix(text)
        comment = text.find("<!--")
        if comment >= 0 and "-->" not in text[comment + 4 :]:
            self._inline(text[:comment], offset)
            self._comment_line(text, comment)
            return
        self._inline(text, offset)

    def _previous_is_paragraph(self) -> bool:
        previous = self.currentBlock().previous()
        return previous.isValid() and bool(previous.text().strip())

    def _block_prefix(self, text: str) -> int:
        """Colour quote and list markers; return where the inline content starts."""
        offset = 0
        quote = _QUOTE.match(text)
        if quote:
            self.setFormat(0, len(text), self._formats["quote"])
            offset = quote.end()
        listing = _LIST.match(text, offset)
        if listing:
            self.setFormat(offset, listing.end() - offset, self._formats["list"])
            offset = listing.end()
        return offset

    def _inline(self, text: str, start: int) -> None:
        if not _INLINE_TRIGGER.search(text, start):
            return
        for role, pattern in _INLINE_RULES:
            fmt = self._formats[role]
            for match in pattern.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        html_comment = text.find("<!--", start)
        while html_comment >= 0:
            end = text.find("-->", html_comment + 4)
            if end < 0:
                break
            self.setFormat(html_comment, end + 3 - html_comment, self._formats["comment"])
            html_comment = text.find("<!--", end + 3)
