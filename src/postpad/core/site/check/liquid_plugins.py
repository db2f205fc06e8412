"""Liquid tags a Jekyll or Eleventy site may get from code Postpad does not read (decision 0047).

Jekyll plugin gems (``Gemfile``, ``plugins:``/``gems:`` in ``_config.yml``) and a theme gem's
dependencies register tags; Eleventy plugins (``addPlugin``) add shortcodes. The tags of the usual
gems are known; any other plugin makes an unknown tag a warning instead of an error.
"""

from __future__ import annotations

import contextlib
import re
from functools import lru_cache
from pathlib import Path

#: tags of well-known plugin gems (their ``Liquid::Template.register_tag`` names)
GEM_TAGS: dict[str, tuple[str, ...]] = {
    "jekyll-seo-tag": ("seo",),
    "jekyll-feed": ("feed_meta",),
    "jekyll-gist": ("gist",),
    "jekyll-include-cache": ("include_cached",),
    "jekyll-avatar": ("avatar",),
    "minima": ("seo", "feed_meta"),  # the default theme depends on both
}
#: GitHub Pages' whitelisted plugins: a fixed set, so nothing else can register tags
GITHUB_PAGES = ("jekyll-seo-tag", "jekyll-feed", "jekyll-gist", "jekyll-include-cache",
                "jekyll-avatar")  # fmt: skip
#: plugins known to register no Liquid tag
NO_TAGS = frozenset(
    {"jekyll", "jekyll-sitemap", "jekyll-paginate", "jekyll-paginate-v2", "jekyll-redirect-from",
     "jekyll-github-metadata", "jekyll-mentions", "jemoji", "jekyll-relative-links",
     "jekyll-optional-front-matter", "jekyll-titles-from-headings", "jekyll-default-layout",
     "jekyll-readme-index", "jekyll-coffeescript", "jekyll-commonmark-ghpages",
     "jekyll-remote-theme", "jekyll-sass-converter", "jekyll-watch", "webrick",
     "kramdown-parser-gfm", "tzinfo",
     "tzinfo-data", "wdm", "http_parser.rb", "jekyll-commonmark", "kramdown", "rouge"}
)  # fmt: skip
_GEM = re.compile(r"""^\s*gem\s+['"]([\w.-]+)['"]""", re.M)


def _declared(root: Path, config: dict[str, object]) -> set[str]:
    names: set[str] = set()
    with contextlib.suppress(OSError):
        names.update(_GEM.findall((root / "Gemfile").read_text("utf-8", errors="replace")))
    for key in ("plugins", "gems"):
        value = config.get(key)
        if isinstance(value, list):
            names.update(str(item) for item in value)
    theme = config.get("theme")
    if isinstance(theme, str) and theme:
        names.add(theme)
    return names


@lru_cache(maxsize=16)
def _jekyll(root: Path, declared: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    known: set[str] = set()
    unread: list[str] = []
    for name in sorted(declared):
        if name == "github-pages":
            known.update(tag for gem in GITHUB_PAGES for tag in GEM_TAGS[gem])
        elif name in GEM_TAGS:
            known.update(GEM_TAGS[name])
        elif name not in NO_TAGS:
            unread.append(f"the plugin or theme gem {name}")
    return frozenset(known), tuple(unread)


def jekyll_plugin_tags(root: Path, config: dict[str, object]) -> tuple[frozenset[str], str | None]:
    """(tags the declared gems register, what else may register tags or None)."""
    known, unread = _jekyll(root, frozenset(_declared(root, config)))
    maybe = ", ".join(unread[:3]) + (" or others" if len(unread) > 3 else "") if unread else None
    return known, maybe


def eleventy_unread(root: Path) -> str | None:
    """Eleventy plugins added in the config register shortcodes Postpad cannot see."""
    for path in sorted(root.glob("*eleventy*.*js")) + sorted(root.glob("*eleventy*.ts")):
        try:
            if "addPlugin" in path.read_text("utf-8", errors="replace"):
                return f"a plugin added in {path.name}"
        except OSError:
            continue
    return None
