"""Whether an image a render reported missing is there now (decision 0226).

The window asks this when it becomes active again: an author who copies a missing picture into
place in a file manager comes back to a post whose problem list and preview still show the old
render. Only a file that has appeared costs a new render.
"""

from __future__ import annotations

from postpad.core.render.options import RenderOptions
from postpad.core.render.profiles import get_profile
from postpad.core.render.profiles.overrides import apply_overrides
from postpad.core.render.rules.images import resolve_image


def image_found(src: str, options: RenderOptions) -> bool:
    """Whether ``src`` (as the post writes it) names a file the preview would show now, looked
    up where the render looks for it (the profile's static roots, the post's folder and, with
    asset folders, the post's own)."""
    profile = apply_overrides(get_profile(options.engine), options.site_overrides)
    found = resolve_image(
        src,
        roots=profile.static_roots,
        post_path=options.post_path,
        site_root=options.site_root,
        asset_folder=options.post_asset_folder or profile.asset_folder_images,
    )
    return found.path is not None
