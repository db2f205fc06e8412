"""Whether an image a render reported missing is there now (decision 0226).

The window asks this when it becomes active again: an author who copies a missing picture into
place in a file manager comes back to a post whose problem list and preview still show the old
render. Only a file that has appeared costs a new render.
"""

from __future__ import annotations

from postpad.core.render.context import ImageResolver
from postpad.core.render.options import RenderOptions
from postpad.core.render.profiles import get_profile
from postpad.core.render.profiles.overrides import apply_overrides


def image_found(src: str, options: RenderOptions) -> bool:
    """Whether ``src`` (as the post writes it) names a file the preview would show now, looked
    up where the render looks for it (``ImageResolver.find``)."""
    profile = apply_overrides(get_profile(options.engine), options.site_overrides)
    return ImageResolver(options, profile, []).find(src).path is not None
