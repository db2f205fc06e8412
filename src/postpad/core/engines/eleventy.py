"""Eleventy: posts anywhere in the project; images next to the post."""

from postpad.core.engines.parts import CheckRules, Clue, Marker, TagRules
from postpad.core.engines.spec import SiteEngine

_CONFIGS = tuple(
    f"{stem}.{ext}"
    for stem in ("eleventy.config", ".eleventy")
    for ext in ("js", "mjs", "cjs", "ts", "mts", "cts")
)

ENGINE = SiteEngine(
    name="eleventy",
    rank=4,
    display_name="Eleventy",
    readme_is_page=True,
    link_roots=("", "src", "public"),
    date_syntax="keywords_or_iso",
    url_keys=("permalink",),
    detect=(
        Marker(50, _CONFIGS),
        Marker(50, clues=(Clue("dep", "@11ty/eleventy"),)),
    ),
    check=CheckRules(bad_date="Eleventy stops the build"),
    tags=TagRules(
        "liquid", opt_out_key="templateEngineOverride", opt_out_value="md", plugin_tags="js_config"
    ),
)
