"""Pasted HTML → Markdown in the post's dialect, with markdownify (docs/decisions/0121).

markdownify does the conversion; the rules here are the few it cannot know: fenced code with the
language the page named, pipes escaped inside table cells, formulas kept as TeX, hard line breaks
the engine reads, template syntax the engine would run wrapped in ``{% raw %}`` (Hexo, Jekyll),
and the tables lined up by the table formatter. Images stay remote unless the caller passes
``image_src`` (the hook that can download them into the post's asset folder).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Tag
from markdownify import ATX, BACKSLASH, SPACES, MarkdownConverter

from postpad.core.engines import engine_for
from postpad.core.paste.clean import clean
from postpad.core.text.tables import format_tables

#: ``image_src(src, alt) -> src``: where a pasted image's link should point
ImageSource = Callable[[str, str], str]

#: tags whose presence makes HTML worth converting (else the plain text is what was meant)
STRUCTURE = (
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre", "blockquote", "img", "b",
    "strong", "em", "i", "code", "hr", "del", "s", "a", "pp-math",
)  # fmt: skip
_QT_RICH_TEXT = re.compile(r"""<meta\s+name=["']?qrichtext""", re.IGNORECASE)
_PRE_WHITESPACE = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)


@dataclass(frozen=True)
class PasteDialect:
    """How the engine reads what we write."""

    engine: str = ""
    #: ``\\`` + newline (CommonMark, marked, goldmark) or two spaces (kramdown has no ``\\``)
    hard_break: str = BACKSLASH
    #: template markers the engine runs in the body; wrapped in ``{% raw %}`` when present
    template_markers: tuple[str, ...] = ()
    #: whether the engine runs templates inside fenced code too (Jekyll's Liquid does)
    templates_in_code: bool = False


def dialect_for(engine: str) -> PasteDialect:
    """The dialect of ``engine`` (its ``paste`` data; anything else: CommonMark/GFM)."""
    style = engine_for(engine).paste
    hard_break = SPACES if style.hard_break == "spaces" else BACKSLASH
    return PasteDialect(engine, hard_break, style.template_markers, style.templates_in_code)


class _Converter(MarkdownConverter):
    """markdownify with Postpad's rules for code, table cells and formulas."""

    def __init__(self, image_src: ImageSource | None, **options: Any) -> None:
        super().__init__(**options)
        self._image_src = image_src

    def _base(self) -> Any:
        """markdownify's own converters (its type stub does not list them)."""
        return super()

    def convert_pre(self, el: Any, text: str, parent_tags: Any) -> str:
        code = el.get_text()
        if not code.strip():
            return ""
        runs = [len(run) for run in re.findall(r"`{3,}", code)]
        fence = "`" * max(3, *(n + 1 for n in runs)) if runs else "```"
        language = str(el.get("data-pp-lang") or "")
        return f"\n\n{fence}{language}\n{code}\n{fence}\n\n"

    def convert_td(self, el: Any, text: str, parent_tags: Any) -> str:
        return str(self._base().convert_td(el, _cell(text), parent_tags))

    def convert_th(self, el: Any, text: str, parent_tags: Any) -> str:
        return str(self._base().convert_th(el, _cell(text), parent_tags))

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        if self._image_src is not None and el.get("src"):
            el["src"] = self._image_src(str(el["src"]), str(el.get("alt") or ""))
        return str(self._base().convert_img(el, text, parent_tags))

    def convert_pp_math(self, el: Any, text: str, parent_tags: Any) -> str:
        tex = str(el.get("data-tex") or "")
        if el.get("data-display"):
            return f"\n\n$$\n{tex}\n$$\n\n"
        return f"${tex}$"


def _cell(text: str) -> str:
    """A table cell's Markdown on one line, its pipes escaped."""
    text = re.sub(r"\\?\n", " ", text.strip())
    return re.sub(r"(?<!\\)\|", r"\\|", text)


def worth_converting(soup: BeautifulSoup) -> bool:
    """False for HTML that only dresses up plain text: code editors and terminals (colour spans
    with ``white-space: pre``), or a single unformatted paragraph. Then plain paste is better."""
    if not soup.get_text(strip=True):
        return False
    styled = soup.find(style=_PRE_WHITESPACE)
    if isinstance(styled, Tag) and styled.find_parent("pre") is None and not soup.find("pre"):
        return False
    return soup.find(STRUCTURE) is not None or len(soup.find_all("p")) > 1


def _tidy(markdown: str) -> str:
    """Blank lines empty, at most one in a row, one final newline; runs of spaces between words
    (indented page source) one space, as the browser showed them, except in fenced code."""
    lines = [line if line.strip() else "" for line in markdown.split("\n")]
    fenced = {n for start, end in _fenced_ranges(lines) for n in range(start, end)}
    lines = [
        line if n in fenced else re.sub(r"(?<=\S) {2,}(?=\S)", " ", line)
        for n, line in enumerate(lines)
    ]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text.replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "") + "\n"


def _fenced_ranges(lines: list[str]) -> list[tuple[int, int]]:
    ranges, start, fence = [], -1, ""
    for index, line in enumerate(lines):
        match = re.match(r"^(`{3,})", line)
        if match and start < 0:
            start, fence = index, match.group(1)
        elif start >= 0 and line.strip() == fence:
            ranges.append((start, index + 1))
            start = -1
    return ranges


def escape_templates(markdown: str, dialect: PasteDialect) -> str:
    """Wrap each block (paragraph or code fence) holding template syntax in ``{% raw %}``."""
    if not dialect.template_markers or not any(m in markdown for m in dialect.template_markers):
        return markdown
    lines = markdown.rstrip("\n").split("\n")
    blocks: list[tuple[int, int, bool]] = [(a, b, True) for a, b in _fenced_ranges(lines)]
    inside = {n for a, b, _ in blocks for n in range(a, b)}
    index = 0
    while index < len(lines):  # paragraphs: runs of non-blank lines outside fences
        if index in inside or not lines[index].strip():
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].strip() and end not in inside:
            end += 1
        blocks.append((index, end, False))
        index = end
    for start, end, is_code in sorted(blocks, reverse=True):
        chunk = "\n".join(lines[start:end])
        if (is_code and not dialect.templates_in_code) or not any(
            marker in chunk for marker in dialect.template_markers
        ):
            continue
        lines[start:end] = ["{% raw %}", *lines[start:end], "{% endraw %}"]
    return "\n".join(lines) + "\n"


def html_to_markdown(
    html: str,
    dialect: PasteDialect | None = None,
    *,
    base_url: str | None = None,
    image_src: ImageSource | None = None,
    force: bool = False,
) -> str | None:
    """Markdown for pasted ``html``; None when plain text would serve better (see
    :func:`worth_converting`; ``force`` converts anyway)."""
    dialect = dialect or PasteDialect()
    if _QT_RICH_TEXT.search(html) and not force:
        return None  # a Qt text widget's copy (Postpad's own editor): its plain text is the text
    soup = BeautifulSoup(html, "html.parser")
    clean(soup, base_url)
    if not force and not worth_converting(soup):
        return None
    converter = _Converter(
        image_src,
        heading_style=ATX,
        bullets="-",
        newline_style=dialect.hard_break,
        table_infer_header=True,
        escape_misc=False,
        # line breaks in the page's source are spaces, as the browser shows them: a blank line
        # there would split a paragraph. wrap_width=None: never re-fill the lines
        wrap=True,
        wrap_width=None,
    )
    markdown = _tidy(converter.convert_soup(soup))
    if not markdown.strip():
        return None
    return escape_templates(format_tables(markdown), dialect)
