"""Fast front-matter header reading for the site index and the checks.

The index reads thousands of headers, so this module reads only what it needs: the header text,
parsed with PyYAML's C loader (when present) under YAML 1.2-like rules (``yes``/``no``/``on``/
``off`` stay strings, as in js-yaml 4, Hugo >= 0.152 and Zola) and with timestamps kept as the
text the author wrote. Bodies are never parsed. Positions are 1-based *file* lines.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import ClassVar

import yaml

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Yaml12Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader resolving plain scalars like YAML 1.2 core (js-yaml 4), dates kept as text."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}


def _add(tag: str, pattern: str, first: str) -> None:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern, re.X), list(first))


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    return int(text, 16) if text.lower().startswith("0x") else int(text, 10)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


_add("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_add("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN")
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])
_add("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$", "-+0123456789")
_add(
    "tag:yaml.org,2002:float",
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
    "-+0123456789.",
)


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


def _find_closing(lines: list[str], marks: tuple[str, ...]) -> int | None:
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip(" \t") in marks:
            return number
    return None


def read_header(text: str) -> Header:
    """Split ``text`` (``\\n`` line breaks, no BOM) and parse its front matter."""
    first, _, _ = text.partition("\n")
    opener = first.rstrip(" \t")
    if re.fullmatch(r"-{3,}", first):
        return _delimited(text, "yaml", (first,) if first != "---" else ("---", "..."))
    if opener == "+++":
        return _delimited(text, "toml", ("+++",))
    if re.fullmatch(r";{3,}", first):
        return _delimited(text, "hexo-json", (first,))
    if first.startswith("{"):
        return _json_object(text)
    return Header(format=None)


def _delimited(text: str, fmt: str, closers: tuple[str, ...]) -> Header:
    lines = text.split("\n")
    closing = _find_closing(lines, closers)
    if closing is None:
        return Header(format=None)
    inner = "\n".join(lines[1:closing])
    header = Header(format=fmt, inner=inner, inner_line=2, body_line=closing + 2)
    _scan_keys(header, lines[1:closing], _TOML_KEY if fmt == "toml" else _YAML_KEY)
    _parse_inner(header)
    return header


def _json_object(text: str) -> Header:
    try:
        value, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError as exc:
        return Header(format="json", error=HeaderError(exc.msg, exc.lineno, exc.colno))
    body_line = text.count("\n", 0, end) + 2
    fields = value if isinstance(value, dict) else {}
    return Header(format="json", inner=text[:end], body_line=body_line, fields=fields)


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


def _parse_inner(header: Header) -> None:
    try:
        header.fields = parse_inner(header.format, header.inner)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = header.inner_line + (mark.line if mark else 0)
        column = (mark.column + 1) if mark else 1
        header.error = HeaderError(str(exc.problem or exc), line, column)
    except yaml.YAMLError as exc:
        header.error = HeaderError(str(exc), header.inner_line)
    except tomllib.TOMLDecodeError as exc:
        header.error = HeaderError(str(exc), header.inner_line)
    except json.JSONDecodeError as exc:
        header.error = HeaderError(exc.msg, header.inner_line + exc.lineno - 1, exc.colno)
    except NotAMappingError as exc:
        header.error = HeaderError(str(exc), header.inner_line)


_LEADING_TABS = re.compile(r"\n(\t+)")


class NotAMappingError(ValueError):
    """The front matter parsed but is not a key/value mapping."""


def parse_inner(fmt: str | None, inner: str) -> dict[str, object]:
    """Parse the text between the delimiters; an empty header is an empty mapping."""
    if fmt == "toml":
        return dict(tomllib.loads(inner))
    if fmt == "hexo-json":
        value: object = json.loads("{" + inner + "}")
    else:
        # Like Hexo, read leading tabs as two spaces each; the tabs rule reports them per engine.
        inner = _LEADING_TABS.sub(lambda m: "\n" + "  " * len(m.group(1)), "\n" + inner)[1:]
        value = yaml.load(inner, Loader=Yaml12Loader) if inner.strip() else {}
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise NotAMappingError(f"front matter is a {type(value).__name__}, not key: value pairs")
    return {str(k): v for k, v in value.items()}
