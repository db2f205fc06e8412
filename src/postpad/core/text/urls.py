"""A link target as the post writes it, from the URL markdown-it made of it; where it is written;
and whether it names a local file. Shared by ``postpad check``, the render's warnings and the
window's problems, so the three place a path at the same line (decisions 0241, 0245)."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import unquote

#: what markdown-it percent-encodes in a link it parses: the UTF-8 bytes of non-ASCII characters
#: (an ASCII escape such as %20 is the post's own and is kept)
_ENCODED_UTF8 = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")
_ENCODED = re.compile(r"((?:%[0-9A-Fa-f]{2})+)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
_NOT_A_FILE = (".html", ".htm", ".php", ".xml")
#: a raw HTML element's file reference: group ``tag`` the element, group ``url`` the address
HTML_SRC = re.compile(
    r"""<(?P<tag>img|a|source|video|audio)\b[^>]*?\b(?:src|href)\s*=\s*["'](?P<url>[^"']+)["']""",
    re.I,
)
#: how far below a block's first line a path is looked for (a long paragraph or tag block)
SEARCH_LINES = 200


def as_written(url: str) -> str:
    """``./%E8%8F%9C%E5%88%80.png`` -> ``./菜刀.png``; ``./a%20b.png`` stays; bytes that are not
    UTF-8 become U+FFFD."""
    return _ENCODED_UTF8.sub(lambda match: unquote(match.group()), url)


def written_forms(path: str) -> str:
    """A pattern for ``path`` (as :func:`as_written` names it) as a post may write it: a
    non-ASCII or percent-encoded character as itself or as the percent-encoding of its UTF-8
    bytes (``./菜刀.png`` is also ``./%E8%8F%9C%E5%88%80.png``, ``a%20b.png`` also ``a b.png``
    in ``<a b.png>``), hex digits in either case; other ASCII as written."""
    out = []
    for index, part in enumerate(_ENCODED.split(path)):
        if index % 2 and _not_utf8(part):  # ``%FF``: only as written
            out.append(_hex_any_case(bytes.fromhex(part.replace("%", ""))))
            continue
        for char in unquote(part) if index % 2 else part:
            if char.isascii() and not index % 2:
                out.append(re.escape(char))
                continue
            encoded = _hex_any_case(char.encode("utf-8", "surrogatepass"))
            out.append(f"(?:{re.escape(char)}|{encoded})")
    return "".join(out)


def _not_utf8(encoded: str) -> bool:
    try:
        bytes.fromhex(encoded.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _hex_any_case(data: bytes) -> str:
    """``%E8%8F`` with each hex letter in either case."""
    return "".join(
        "%" + "".join(f"[{d}{d.lower()}]" if d.isalpha() else d for d in f"{byte:02X}")
        for byte in data
    )


@lru_cache(maxsize=256)
def _pattern(path: str) -> re.Pattern[str]:
    return re.compile(written_forms(path))


def written_line(
    lines: Sequence[str], target: str, start: int, stop: int, skip: int = 0
) -> tuple[int, str] | None:
    """The line of ``lines[start:stop]`` (at most :data:`SEARCH_LINES`) that writes ``target``
    in any of its :func:`written_forms`, after ``skip`` earlier writings (the block's second
    image of that path is at the second): its index and the text as written there. The first
    one when there are not that many; None when no line writes it (the path comes from a
    reference definition, or the text moved)."""
    if not target:
        return None
    pattern, first = _pattern(target), None
    for index in range(max(start, 0), min(stop, start + SEARCH_LINES, len(lines))):
        for found in pattern.finditer(lines[index]):
            if skip == 0:
                return index, found.group()
            first, skip = first or (index, found.group()), skip - 1
    return first


def is_local_file_reference(target: str) -> bool:
    """A relative or root path to a file (not a URL, anchor, template or page URL)."""
    target = target.strip()
    if not target or target.startswith(("#", "?")) or _SCHEME.match(target):
        return False
    if "{{" in target or "{%" in target or "$" in target:
        return False
    path = target.split("#", 1)[0].split("?", 1)[0]
    suffix = posixpath.splitext(path.rstrip("/"))[1].lower()
    return bool(suffix) and not path.endswith("/") and suffix not in _NOT_A_FILE
