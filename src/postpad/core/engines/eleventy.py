"""Eleventy: posts anywhere in the project; images next to the post."""

from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="eleventy",
    display_name="Eleventy",
    readme_is_page=True,
    link_roots=("", "src", "public"),
    date_syntax="eleventy",
    url_keys=("permalink",),
)
