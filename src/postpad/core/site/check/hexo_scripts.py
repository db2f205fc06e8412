"""Tags a Hexo site registers: read statically from the JavaScript Hexo would load (decision 0047).

Hexo loads every ``hexo-*`` package named in the site's ``package.json`` (``dependencies`` and
``devDependencies``, ``hexo-theme-*`` excepted) and the theme's own ``dependencies``, then the
site's ``scripts/`` and the theme's ``scripts/`` (``lib/hexo/load_plugins.ts``). A tag exists once
some file calls ``hexo.extend.tag.register('name', fn, {ends: true} | true)``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_REGISTER = re.compile(r"""\b(?:tag|extend\.tag)\.register\(\s*""")
_NAME = re.compile(r"""(['"`])([\w-]+)\1\s*,""")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
MAX_FILES = 400
MAX_BYTES = 2_000_000
#: packages that never register tags but are big
_SKIPPED = frozenset(
    {"hexo", "hexo-cli", "hexo-fs", "hexo-util", "hexo-log", "hexo-front-matter", "hexo-i18n",
     "hexo-server", "hexo-deployer-git", "hexo-generator-index", "hexo-generator-archive",
     "hexo-generator-category", "hexo-generator-tag", "hexo-generator-feed",
     "hexo-generator-sitemap", "hexo-generator-searchdb", "hexo-generator-search",
     "hexo-renderer-ejs", "hexo-renderer-stylus", "hexo-renderer-marked", "hexo-renderer-pug",
     "hexo-renderer-less", "hexo-renderer-sass", "hexo-renderer-dartsass"}
)  # fmt: skip


@dataclass
class Registered:
    """What some scripts register: names, block (``ends``) names, and whether a name is computed
    at run time (``register(name, …)``), which makes any unknown tag possible."""

    tags: set[str] = field(default_factory=set)
    blocks: set[str] = field(default_factory=set)
    dynamic: bool = False


def _arguments(text: str, start: int) -> list[str]:
    """Top-level arguments of the call whose ``(`` ends at ``start`` (strings and nesting
    respected, comments not)."""
    args, depth, quote, current = [], 1, "", start
    index = start
    while index < len(text) and index - start < 20_000:
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "'\"`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[current:index].strip())
                return args
        elif char == "," and depth == 1:
            args.append(text[current:index].strip())
            current = index + 1
        index += 1
    return args


def _ends(option: str, text: str) -> bool:
    if option == "true" or re.search(r"\bends\s*:\s*true\b", option):
        return True
    if re.fullmatch(r"[A-Za-z_$][\w$]*", option):  # ``const tagOptions = { ends: true }``
        found = re.search(rf"\b{re.escape(option)}\s*=\s*\{{[^}}]*\bends\s*:\s*true", text)
        return found is not None
    return False


def scan_text(text: str, into: Registered) -> None:
    for match in _REGISTER.finditer(text):
        args = _arguments(text, match.end())
        name = _NAME.match(text, match.end())
        if name is None:
            into.dynamic = into.dynamic or bool(args and args[0])
            continue
        into.tags.add(name.group(2))
        if len(args) >= 3 and _ends(args[2], text):
            into.blocks.add(name.group(2))


def registered_tags(files: Iterable[Path]) -> tuple[set[str], set[str], bool]:
    """(tags, block tags, dynamic) registered by ``files``."""
    found = Registered()
    total = 0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        total += len(text)
        if total > MAX_BYTES * 10:
            break
        if "register(" in text and len(text) <= MAX_BYTES:
            scan_text(text, found)
    return found.tags, found.blocks, found.dynamic


def package_scripts(folder: Path) -> list[Path]:
    """JavaScript files of an installed package or theme (its own, not nested node_modules)."""
    files: list[Path] = []
    for path in sorted(folder.rglob("*.js")):
        parts = path.relative_to(folder).parts
        if "node_modules" in parts or parts[0] in ("source", "test", "tests", "dist-browser"):
            continue
        if path.name.endswith(".min.js"):
            continue
        files.append(path)
        if len(files) >= MAX_FILES:
            break
    return files


def declared_plugins(folder: Path, *, dev: bool) -> list[str]:
    """``hexo-*`` plugin names from ``folder/package.json`` as Hexo filters them."""
    try:
        data = json.loads((folder / "package.json").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict):
        return []
    names: list[str] = []
    for key in ("dependencies", "devDependencies") if dev else ("dependencies",):
        section = data.get(key)
        if isinstance(section, dict):
            names.extend(str(name) for name in section)
    return [
        name for name in names
        if re.match(r"^hexo-|^@[^/]+/hexo-", name) and not re.match(r"^(@[^/]+/)?hexo-theme-", name)
        and name not in _SKIPPED
    ]  # fmt: skip
