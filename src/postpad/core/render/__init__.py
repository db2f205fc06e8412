"""Engine-faithful, incremental, safe rendering of a post (Qt-free).

``render(text, options) -> Rendered``; ``IncrementalRenderer(options).update(text) -> RenderPatch``;
``preview_shell(theme)`` and ``standalone_page(rendered, theme)`` for the pages that show it.
"""

from __future__ import annotations

from postpad.core.render.incremental import IncrementalRenderer
from postpad.core.render.model import Block, Heading, RenderWarning
from postpad.core.render.options import ENGINES, RenderOptions, options_for_site
from postpad.core.render.page import (
    CSP_PREVIEW,
    content_security_policy,
    preview_shell,
    standalone_page,
)
from postpad.core.render.patch import PatchOp, RenderPatch, apply_patch, blocks_html
from postpad.core.render.pipeline import Rendered, render

__all__ = [
    "CSP_PREVIEW",
    "ENGINES",
    "Block",
    "Heading",
    "IncrementalRenderer",
    "PatchOp",
    "RenderOptions",
    "RenderPatch",
    "RenderWarning",
    "Rendered",
    "apply_patch",
    "blocks_html",
    "content_security_policy",
    "options_for_site",
    "preview_shell",
    "render",
    "standalone_page",
]
