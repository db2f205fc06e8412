"""What Jekyll 4.3's ``{% post_url %}`` and ``{% link %}`` write, or why they stop the build
(decision 0291).

- ``post_url name`` (``tags/post_url.rb``): ``name`` less a leading ``/`` must read
  ``[folders/]YYYY-MM-DD-slug``, else Jekyll stops ("Could not parse name of post"). The post is
  ``_posts/folders/DATE-slug.*`` or ``folders/_posts/DATE-slug.*``; failing that, with a
  deprecation warning, any post of that date whose slug is ``slug`` (a post in a subfolder named
  without it). None: Jekyll stops ("Could not find post").
- ``link path`` (``tags/link.rb``): the site file whose path under the source folder is
  ``path`` (a static file also as ``/path``); none: Jekyll stops ("Could not find document").

Both write the target's URL through ``relative_url``: ``baseurl`` in front, percent-encoded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.jekyll_urls import jekyll_page_url, jekyll_post_url
from postpad.core.site.model import SKIPPED_DIRS, Site

#: ``PostComparer::MATCHER``
_POST_NAME = re.compile(r"(.+/)*(\d+-\d+-\d+)-(.*)")
CODE = "jekyll-link-not-found"
#: characters Addressable leaves as they are in a path (``relative_url``'s normalisation)
_SAFE = "/-._~!$&'()*+,;=:@%"


@dataclass(frozen=True)
class Stop:
    """Jekyll stops the build at the tag: ``message`` says why (check's and the preview's)."""

    message: str


def stop_message(tag: str, argument: str, why: str) -> str:
    return f"{{% {tag} {argument} %}}: {why}; Jekyll stops the build"


class JekyllLinks:
    """The targets of one site's tags, each file read once."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.source = site.source_root

    def answer(self, tag: str, argument: str) -> str | Stop | None:
        """The URL the tag writes, a ``Stop``, or None where the preview cannot say (Liquid in
        the argument, a collection's document, a page converted to other than HTML)."""
        if "{{" in argument or "{%" in argument or not argument:
            return None
        return self.post_url(argument) if tag == "post_url" else self.link(argument)

    def post_url(self, name: str) -> str | Stop | None:
        parsed = _POST_NAME.fullmatch(name.removeprefix("/"))
        if parsed is None:
            why = "not a post name (YYYY-MM-DD-title, as the file is named)"
            return Stop(stop_message("post_url", name, why))
        folders, date, slug = parsed[1] or "", parsed[2], parsed[3]
        for base in (self.source / "_posts" / folders, self.source / folders / "_posts"):
            for found in _named(base, f"{date}-{slug}"):
                return self._post(found)
        for found in self._posts():  # the old matching: the date and the slug alone
            if found.name.startswith(f"{date}-") and self._slug(found) == slug:
                return self._post(found)
        return Stop(stop_message("post_url", name, "no post has this date and name"))

    def link(self, path: str) -> str | Stop | None:
        relative = path.removeprefix("/")
        target = self.source / relative
        if not target.is_file():
            return Stop(stop_message("link", path, "no file of the site has this path"))
        header = _has_header(target)
        if path.startswith("/") and header:  # a page or document matches without the slash
            return Stop(stop_message("link", path, "a page is named without the leading /"))
        parts = relative.split("/")
        if "_posts" in parts[:-1]:
            return self._post(target) if header else None
        if parts[0].startswith((".", "_")):
            return None  # a collection's document, a draft, an excluded file: unknown here
        if not header:  # a static file: its own path
            return _encoded(self._base() + "/" + relative)
        url = jekyll_page_url(self.site, relative, self._fields(target) or {})
        return _encoded(url) if url is not None else None

    def _base(self) -> str:
        return str(self.site.config.raw.get("baseurl") or "").rstrip("/")

    def _post(self, path: Path) -> str | None:
        url = jekyll_post_url(self.site, path, self._fields(path) or {})
        return _encoded(url) if url is not None else None

    def _fields(self, path: Path) -> dict[str, object] | None:
        """The file's front matter ({} without one); None when it cannot be read."""
        try:
            text = decode_post_bytes(path.read_bytes()[:65536])
            return dict(read_header(text, engine=self.site.engine).fields)
        except (OSError, ValueError):
            return None

    def _slug(self, path: Path) -> str:
        slug = (self._fields(path) or {}).get("slug")
        return str(slug) if slug else path.stem.split("-", 3)[-1]

    def _posts(self) -> tuple[Path, ...]:
        """Every file of every ``_posts`` folder of the source, sorted."""
        return post_files(self.source)


#: source folder -> (every folder walked with its mtime, the files of its ``_posts`` folders);
#: the preview asks on every parse, a walk of a large site takes tens of milliseconds
_WALKS: dict[Path, tuple[tuple[tuple[str, int], ...], tuple[Path, ...]]] = {}


def _unchanged(folders: tuple[tuple[str, int], ...]) -> bool:
    try:
        return all(os.stat(folder).st_mtime_ns == mtime for folder, mtime in folders)
    except OSError:
        return False


def post_files(source: Path) -> tuple[Path, ...]:
    """The files of the ``_posts`` folders under ``source``, walked again when a folder changed
    (a file added, removed or renamed changes its folder's time)."""
    cached = _WALKS.get(source)
    if cached is not None and _unchanged(cached[0]):
        return cached[1]
    folders: list[tuple[str, int]] = []
    files: list[Path] = []
    for folder, dirs, names in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and d[0] != ".")
        try:
            folders.append((folder, os.stat(folder).st_mtime_ns))
        except OSError:  # gone while walked: the next parse walks again
            folders.append((folder, -1))
        if "_posts" in Path(folder).relative_to(source).parts:
            files += [Path(folder) / name for name in sorted(names)]
    _WALKS[source] = (tuple(folders), tuple(files))
    return _WALKS[source][1]


def _named(folder: Path, stem: str) -> Iterator[Path]:
    """Files ``stem.<one extension>`` in ``folder`` (the name regex's ``\\.[^.]+``)."""
    if folder.is_dir():
        for path in sorted(folder.glob(f"{glob_escape(stem)}.*")):
            if "." not in path.name[len(stem) + 1 :] and _has_header(path):
                yield path


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _has_header(path: Path) -> bool:
    """Jekyll's ``has_yaml_header?``: a post or page; else a static file."""
    try:
        with path.open("rb") as handle:
            return re.match(rb"---\s*\r?\n", handle.readline()) is not None
    except OSError:
        return False


def _encoded(url: str) -> str:
    return quote(url, safe=_SAFE)
