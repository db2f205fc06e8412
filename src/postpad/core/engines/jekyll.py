"""Jekyll: ``_posts/YYYY-MM-DD-slug.md``, ``_drafts``, ``assets/images``."""

from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="jekyll",
    display_name="Jekyll",
    uses_source_dir=True,
    post_folders=("_posts", "_drafts"),
    posts_folder="_posts",
    drafts_folder="_drafts",
    published_flag=True,
    terms_split_spaces=True,
    date_syntax="yaml",
    filename_date="prefix",
    new_post="jekyll",
    date_layout="jekyll",
    image_folder="assets/images",
    image_prefix="/assets/images/",
    url_keys=("permalink",),
)
