"""Astro: content collections under ``src/content``; the date key follows the collection."""

from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="astro",
    display_name="Astro",
    post_folders=("src/content",),
    link_roots=("public",),
    date_syntax="yaml",
    new_post_root="src/content",
    new_post_sections=("blog", "posts", "post"),
    date_key="",
    image_prefix="./",
    url_keys=("slug",),
)
