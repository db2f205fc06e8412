"""Hexo: ``source/_posts``, ``_drafts``, scaffolds, ``post_asset_folder``, permalink setting."""

from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="hexo",
    display_name="Hexo",
    uses_source_dir=True,
    post_folders=("_posts", "_drafts"),
    posts_folder="_posts",
    drafts_folder="_drafts",
    headless_front_matter=True,
    published_flag=True,
    hierarchical_categories=True,
    date_syntax="yaml",
    filename_date="new_post_name",
    new_post="hexo",
    date_layout="hexo",
    image_folder="images",
    image_prefix="/images/",
    post_asset_folders=True,
    url_keys=("permalink", "abbrlink"),
    permalink_names_url=True,
)
