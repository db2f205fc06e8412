"""Engine-faithful, incremental, safe rendering of a post (Qt-free).

``render(text, options) -> Rendered``; ``IncrementalRenderer(options).update(text) -> RenderPatch``;
``preview_shell(theme)`` and ``standalone_page(rendered, theme)`` for the pages that show it.

The names below load on first use (PEP 562): importing ``postpad.core.render.options`` or
``preview_shell`` must not pull in markdown-it, its plugins and every rule (~50 ms of start-up);
the pipeline then loads with the first render, in the preview's render thread.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "CSP_PREVIEW": "page",
    "ENGINES": "options",
    "Block": "model",
    "Heading": "model",
    "IncrementalRenderer": "incremental",
    "PatchOp": "patch",
    "RenderOptions": "options",
    "RenderPatch": "patch",
    "RenderWarning": "model",
    "Rendered": "pipeline",
    "apply_patch": "patch",
    "blocks_html": "patch",
    "content_security_policy": "page",
    "options_for_site": "options",
    "preview_shell": "page",
    "render": "pipeline",
    "standalone_page": "page",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
