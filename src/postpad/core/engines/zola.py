"""Zola: ``content/``, TOML headers, ``[taxonomies]`` and ``[extra]`` tables, ``static/images``."""

from postpad.core.engines.parts import CheckRules, Clue, ConfigKeys, FrontMatterRules, Marker
from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="zola",
    rank=5,
    display_name="Zola",
    post_folders=("content",),
    section_index_prefix="_index.",
    link_roots=("static", "content"),
    taxonomies_table=True,
    date_syntax="toml",
    filename_date="prefix",
    new_post_root="content",
    new_post_sections=("blog", "posts", "post"),
    header_format="toml",
    new_post_terms=False,
    image_folder="static/images",
    image_prefix="/images/",
    bundle_images=True,
    url_keys=("slug", "path"),
    config=ConfigKeys(settings=(("theme", "theme"),), markdown=("markdown",), keep_raw=False),
    front_matter=FrontMatterRules(required=True),
    detect=(
        Marker(30, ("zola.toml",)),
        Marker(30, ("config.toml",), (Clue("text", "config.toml", r"(?m)^\s*base_url\s*="),)),
    ),
    check=CheckRules(bad_date="Zola stops the build"),
)
