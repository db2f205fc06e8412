"""Mermaid for the preview page, loaded the first time a page is sent a diagram.

The shell page's own script (assets/preview/diagrams.js) draws diagrams; the 3.5 MB Mermaid
build is not part of the shell, so opening a post without diagrams costs nothing. Once the page
confirms the first patch that carries a ``pre.mermaid-src`` (its text shows at once), the build
is injected through ``runJavaScript`` in the page's main world and draws the diagrams waiting
for it. The build comes from the package, never the network (decision 0134).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from postpad.core.assets import MERMAID_SCRIPT, asset_text

#: what a diagram block's HTML always contains (core/render/rules/mermaid.py)
DIAGRAM_MARK = 'class="mermaid-src"'


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
    """The script that runs the Mermaid build, then draws the diagrams waiting for it."""
    return (
        asset_text(MERMAID_SCRIPT)
        # the build's own module object: a post's id="mermaid" element can shadow the global
        + "\n;postpad.diagrams.loaded(globalThis.__esbuild_esm_mermaid_nm.mermaid.default);\n"
    )
