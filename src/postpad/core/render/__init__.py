"""Engine-faithful, incremental, safe rendering of a post (Qt-free).

``render(text, options) -> Rendered``; ``IncrementalRenderer(options).update(text) -> RenderPatch``;
``preview_shell(theme)`` and ``standalone_page(rendered, theme)`` for the pages that show it.
"""

from __future__ import annotations

from postpad.core.render.incremental import (
    IncrementalRenderer,
    PatchOp,
    RenderPatch,
    apply_patch,
)
from postpad.core.render.model import Block, Heading, RenderWarning
from postpad.core.render.options import ENGINES, RenderOptions
from postpad.core.render.page import (
    CSP_PREVIEW,
    content_security_policy,
    preview_shell,
    standalone_page,
)
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
    "content_security_policy",
    "preview_shell",
    "render",
    "standalone_page",
]
