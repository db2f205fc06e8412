"""Astro: content collections under ``src/content``; the date key follows the collection."""

from postpad.core.engines.parts import CheckRules, Clue, DateStyle, Marker
from postpad.core.engines.spec import SiteEngine

_CONFIGS = tuple(f"astro.config.{ext}" for ext in ("mjs", "js", "ts", "mts", "cjs", "cts"))

ENGINE = SiteEngine(
    name="astro",
    rank=6,
    display_name="Astro",
    post_folders=("src/content",),
    link_roots=("public",),
    date_syntax="yaml",
    new_post_root="src/content",
    new_post_sections=("blog", "posts", "post"),
    date_key="",
    image_prefix="./",
    url_keys=("slug",),
    dates=DateStyle(date_only=True),
    detect=(
        Marker(60, _CONFIGS),
        Marker(60, clues=(Clue("dep", "astro"),)),
    ),
    check=CheckRules(bad_date="Astro's schema may reject it"),
)
