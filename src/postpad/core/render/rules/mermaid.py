"""Mermaid diagrams (```` ```mermaid ```` fences and Butterfly's ``{% mermaid %}``): one markup.

The core writes the diagram's source as escaped text in ``pre.mermaid-src`` inside
``div.mermaid-wrap.pp-diagram``; nothing in it runs. The preview's shell page draws it with the
bundled Mermaid build (assets/preview/diagrams.js); a page without scripts (exported HTML, PDF,
rich text) shows the labelled source. See docs/decisions/0134-mermaid-in-the-preview-shell.md.
"""

from __future__ import annotations

from html import escape

#: the class of the element whose text is a diagram's source (the shell page looks for it)
SOURCE_CLASS = "mermaid-src"


def diagram_html(source: str) -> str:
    """The block for a Mermaid diagram whose text is ``source``."""
    return (
        '<div class="mermaid-wrap pp-diagram"><div class="pp-tag-label">mermaid diagram</div>'
        f'<pre class="{SOURCE_CLASS}">{escape(source)}</pre></div>\n'
    )
