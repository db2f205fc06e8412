"""A link target as the post writes it, from the URL markdown-it made of it."""

from __future__ import annotations

import re
from urllib.parse import unquote

#: what markdown-it percent-encodes in a link it parses: the UTF-8 bytes of non-ASCII characters
#: (an ASCII escape such as %20 is the post's own and is kept)
_ENCODED_UTF8 = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def as_written(url: str) -> str:
    """``./%E8%8F%9C%E5%88%80.png`` -> ``./菜刀.png``; ``./a%20b.png`` stays; bytes that are not
    UTF-8 become U+FFFD."""
    return _ENCODED_UTF8.sub(lambda match: unquote(match.group()), url)
