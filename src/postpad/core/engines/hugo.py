"""Hugo: posts under ``contentDir``, ``draft: true``, page bundles, ``static/images``."""

from postpad.core.engines.spec import CONTENT_DIR, SiteEngine

ENGINE = SiteEngine(
    name="hugo",
    display_name="Hugo",
    post_folders=(CONTENT_DIR,),
    section_index_prefix="_index.",
    link_roots=(CONTENT_DIR, "static", "assets"),
    date_syntax="go",
    new_post_root=CONTENT_DIR,
    new_post_sections=("posts", "post", "blog"),
    image_folder="static/images",
    image_prefix="/images/",
    bundle_images=True,
    url_keys=("slug", "url"),
)
