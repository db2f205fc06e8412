"""Hexo's ``{% include_code [title] [lang:x] [from:n] [to:n] path %}`` when its file is missing.

Hexo reads the file as the page ``source/<code_dir>/<path>`` (``code_dir`` defaults to
``downloads/code``) and writes nothing at all when there is no such page
(``hexo/dist/plugins/tag/include_code.js``). The preview does the same and warns; a file that
exists is still shown as the tag's placeholder.
"""

from __future__ import annotations

import re
from typing import Any

_LANG = re.compile(r"\s*lang:(\w+)", re.IGNORECASE)
_FROM = re.compile(r"\s*from:(\d+)", re.IGNORECASE)
_TO = re.compile(r"\s*to:(\d+)", re.IGNORECASE)
_CAPTION_TITLE_FILE = re.compile(r"(.*)?(?:\s+|^)(/*\S+)")
NAMES = frozenset({"include_code", "include-code"})


def include_code_path(args: str) -> str | None:
    """The file the tag names, relative to ``code_dir``, parsed as Hexo does (None: none)."""
    for option in (_LANG, _FROM, _TO):
        args = option.sub("", args, count=1)
    match = _CAPTION_TITLE_FILE.search(args)
    return match.group(2) if match else None


def missing_include(args: str, env: dict[str, Any]) -> bool:
    """Whether Hexo writes nothing for the tag because its file is not in the site."""
    path = include_code_path(args)
    missing = getattr(env.get("pp_resolve_image"), "hexo_include_missing", None)
    return path is not None and callable(missing) and bool(missing(path))
