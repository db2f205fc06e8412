"""What a Hexo tag form offers for its ``post`` and ``asset`` fields (decision 0154).

``post``: the site's posts by the slug ``{% post_link %}`` looks up (the file's path under
``source/_posts`` without ``.md``), read from the site index (cached, only changed files are
re-read). ``asset``: the files of the post's asset folder when ``post_asset_folder`` is on.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from postpad.core.site.index import build_index
from postpad.core.site.model import Site

Choice = tuple[str, str]  # (the value written, a description: the post's title)


def post_choices(site: Site) -> list[Choice]:
    """(slug, title) of the site's posts, newest first."""
    out: list[Choice] = []
    for entry in build_index(site).entries:
        parts = PurePosixPath(entry.path).parts
        if len(parts) < 3 or parts[:2] != ("source", "_posts"):
            continue
        slug = PurePosixPath(*parts[2:]).with_suffix("").as_posix()
        out.append((slug, entry.title or ""))
    return out


def asset_choices(site: Site, post: Path | None) -> list[Choice]:
    """The files in the post's asset folder (its path without ``.md``), by relative name."""
    if post is None or not site.config.post_asset_folder:
        return []
    folder = post.with_suffix("")
    if not folder.is_dir():
        return []
    files = (p for p in sorted(folder.rglob("*")) if p.is_file())
    names = (p.relative_to(folder).as_posix() for p in files)
    return [(name, "") for name in names if not name.startswith(".")]


def choices_for(kinds: set[str], site: Site, post: Path | None) -> dict[str, list[Choice]]:
    """The choices of each parameter kind the form has."""
    found: dict[str, list[Choice]] = {}
    if "post" in kinds:
        found["post"] = post_choices(site)
    if "asset" in kinds:
        found["asset"] = asset_choices(site, post)
    return found
