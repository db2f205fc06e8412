"""The name a tab and the window title show for a post file. Imports nothing, so the first frame
(decision 0205) can name the post the way the real tab will."""

from __future__ import annotations

from pathlib import PurePath

#: file names that say nothing on their own: a Hugo page bundle's post (``my-post/index.md``),
#: a section's list page (``_index.md``); Eleventy, Astro and Zola posts are often named so too
_BUNDLE_STEMS = frozenset({"index", "_index"})


def tab_name(path: PurePath) -> str:
    """The file name, with its folder for a bundle's ``index.md`` (five open bundles were five
    tabs named index.md)."""
    if path.name.split(".")[0].lower() in _BUNDLE_STEMS and path.parent.name:  # index.zh.md too
        return f"{path.parent.name}/{path.name}"
    return path.name
