"""Front-matter headers for the site index and the checks.

Splitting and parsing are ``postpad.core.frontmatter``'s (YAML read as js-yaml 4 reads it, dates
as ``WrittenDate`` text, hostile input refused); this module adds what the index and the checks
need on top: the file line of every top-level key and duplicated keys. Bodies are never parsed.
Positions are 1-based *file* lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields, split_front_matter


@dataclass(frozen=True)
class HeaderError:
    """Why the header did not parse, at a 1-based file line and column."""

    message: str
    line: int
    column: int = 1


@dataclass
class Header:
    """One post's front matter as read for the index and the checks."""

    format: str | None  # "yaml" | "toml" | "json" | "hexo-json" | None
    inner: str = ""
    inner_line: int = 1  # file line of the first line inside the delimiters
    body_line: int = 1
    fields: dict[str, object] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)
    error: HeaderError | None = None


_YAML_KEY = re.compile(r"^(?P<key>[^\s#:'\"\-?][^:\n]*?|'[^']*'|\"[^\"]*\")\s*:(?:\s|$)")
_TOML_KEY = re.compile(r"^\s*(?P<key>[A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")


def decode_post_bytes(raw: bytes) -> str:
    """Decode a post as UTF-8 (BOM dropped, CRLF/CR normalised); bad bytes become U+FFFD."""
    text = raw.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_header(text: str, *, headless: bool = False, engine: str | None = None) -> Header:
    """Split ``text`` (``\\n`` line breaks, no BOM) and parse its front matter.

    ``headless`` accepts Hexo's form without an opening ``---`` (only Hexo reads it); ``engine``
    finds the header where that engine does (Hugo after blank lines; decision 0090).
    """
    split = split_front_matter(text, allow_headless=headless, engine=engine)
    if split.format is None:
        return Header(format=None)
    header = Header(
        format=split.format,
        inner=split.inner,
        inner_line=split.inner_line,
        body_line=split.body_line,
    )
    if split.format != "json":
        _scan_keys(
            header, split.inner.split("\n"), _TOML_KEY if split.format == "toml" else _YAML_KEY
        )
    try:
        header.fields = read_fields(split)
    except FrontMatterError as exc:
        header.error = HeaderError(exc.message, exc.line or split.inner_line, exc.column or 1)
    except (ValueError, RecursionError) as exc:  # defensive: a reader bug must not stop a scan
        header.error = HeaderError(str(exc), split.inner_line)
    return header


def _scan_keys(header: Header, lines: list[str], pattern: re.Pattern[str]) -> None:
    for offset, line in enumerate(lines):
        if header.format == "toml" and line.lstrip().startswith("["):
            break  # keys inside [tables] are not top-level
        match = pattern.match(line)
        if not match:
            continue
        key = match.group("key").strip().strip("'\"")
        number = header.inner_line + offset
        if key in header.key_lines:
            header.duplicate_keys.append((key, number))
        else:
            header.key_lines[key] = number
