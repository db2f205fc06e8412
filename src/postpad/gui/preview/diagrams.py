"""Mermaid for the preview page, loaded the first time a page is sent a diagram.

Neither our drawing script (assets/preview/diagrams.js) nor the 3.5 MB Mermaid build is part of
the shell page, so opening a post without diagrams costs nothing. Once the page confirms the
first patch that carries a ``pre.mermaid-src`` (its text shows at once), both are injected
through ``runJavaScript`` in the page's main world and draw every diagram on the page; later
patches draw the blocks they wrote (preview.js calls ``postpad.diagrams`` when it exists). The
scripts come from the package, never the network (decision 0134).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from postpad.core.assets import MERMAID_SCRIPT, asset_gzip_text, asset_text

DRAWING_SCRIPT = "preview/diagrams.js"

#: what a diagram block's HTML always contains (core/render/rules/mermaid.py); Butterfly's hidden
#: ``pre.mermaid-src`` of a site with Mermaid off is no diagram (decision 0155)
DIAGRAM_MARK = 'class="mermaid-wrap pp-diagram"'


def ops_have_diagrams(ops: list[dict[str, Any]]) -> bool:
    """Whether a batch of page ops writes a block with a Mermaid diagram in it."""
    for op in ops:
        if DIAGRAM_MARK in op.get("html", ""):
            return True
        if any(DIAGRAM_MARK in block["html"] for block in op.get("blocks", ())):
            return True
    return False


@cache
def mermaid_loader() -> str:
    """The Mermaid build, our drawing script, then the call that draws the page's diagrams.

    The build comes first: its ``"use strict"`` directive must open the script.
    """
    return (
        asset_gzip_text(MERMAID_SCRIPT)
        + "\n;\n"
        + asset_text(DRAWING_SCRIPT)
        # the build's own module object: a post's id="mermaid" element can shadow the global
        + "\n;postpad.diagrams.loaded(globalThis.__esbuild_esm_mermaid_nm.mermaid.default);\n"
    )
