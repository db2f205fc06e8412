"""Small, byte-preserving front-matter line edits used by new posts and draft moves.

Why not ``postpad.core.frontmatter.set_field``: a new date must be written as an *unquoted*
timestamp text (``date: 2024-06-01 13:05:09``), exactly as ``hexo new`` writes it, and this module
only ever sets one whole-line scalar that Postpad rendered itself. Every other byte, including the
file's line endings and BOM, is kept.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_PLAIN_UNSAFE_START = set("-?:,[]{}#&*!|>'\"%@` \t\u3000")
_RESERVED = re.compile(r"^(?:true|false|yes|no|on|off|y|n|null|~)$", re.IGNORECASE)
_NUMBER_OR_DATE = re.compile(
    r"^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$"
    r"|^\d+(?::\d+)+$|^\d{4}-\d{1,2}-\d{1,2}",
    re.IGNORECASE,
)


def yaml_scalar(text: str) -> str:
    """A YAML scalar every engine reads back as the same string (``engines.md`` §9)."""
    plain_ok = (
        text
        and text == text.strip(" \t\u3000")
        and text[0] not in _PLAIN_UNSAFE_START
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not any(ord(c) < 32 for c in text)
        and not _RESERVED.match(text)
        and not _NUMBER_OR_DATE.match(text)
    )
    if plain_ok:
        return text
    if any(ord(c) < 32 for c in text):
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + re.sub(r"[\x00-\x1f]", lambda m: f"\\x{ord(m.group(0)):02x}", escaped) + '"'
    return "'" + text.replace("'", "''") + "'"


def toml_string(text: str) -> str:
    """A TOML basic string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f]", lambda m: f"\\u{ord(m.group(0)):04x}", escaped) + '"'


def _header_span(lines: list[str]) -> tuple[str, int, int] | None:
    """(format, index of first inner line, index of closing line) for ``---``/``+++`` headers."""
    if not lines:
        return None
    first = lines[0].lstrip("\ufeff").rstrip("\r\n")
    fmt = {"---": "yaml", "+++": "toml"}.get(first)
    if fmt is None:
        return None
    for number in range(1, len(lines)):
        if lines[number].rstrip("\r\n").rstrip(" \t") == first:
            return fmt, 1, number
    return None


def set_raw_field(text: str, key: str, raw_value: str) -> str:
    """Set top-level ``key`` to the already-rendered ``raw_value`` (one line), keeping all else.

    The key's existing lines (including an indented block below it) are replaced; a missing key is
    added before the closing delimiter; a file without front matter gets a YAML block.
    """
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if "\r\n" in text else "\n"
    span = _header_span(lines)
    if span is None:
        bom = "\ufeff" if text.startswith("\ufeff") else ""
        rest = text[len(bom) :]
        return f"{bom}---{newline}{key}: {raw_value}{newline}---{newline}{rest}"
    fmt, start, closing = span
    separator = " = " if fmt == "toml" else ": "
    pattern = re.compile(rf"^{re.escape(key)}\s*{'=' if fmt == 'toml' else ':'}(?:\s|$)")
    new_line = f"{key}{separator}{raw_value}{newline}"
    for number in range(start, closing):
        if fmt == "toml" and lines[number].lstrip().startswith("["):
            closing = number  # keys after a [table] header belong to the table
            break
        if pattern.match(lines[number]):
            end = number + 1
            while end < closing and lines[end][:1] in (" ", "\t") and fmt == "yaml":
                end += 1
            lines[number:end] = [new_line]
            return "".join(lines)
    lines.insert(closing, new_line)
    return "".join(lines)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file (never named ``*.md``) and ``os.replace``."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".postpad-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
