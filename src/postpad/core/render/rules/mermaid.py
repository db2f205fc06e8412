"""Mermaid diagrams (```` ```mermaid ```` fences and Butterfly's ``{% mermaid %}``): one markup.

The core writes the diagram's source as escaped text in ``pre.mermaid-src`` inside
``div.mermaid-wrap.pp-diagram``; nothing in it runs. The preview's shell page draws it with the
bundled Mermaid build (assets/preview/diagrams.js); a page without scripts (exported HTML, PDF,
rich text) shows the labelled source. See docs/decisions/0134-mermaid-in-the-preview-shell.md.

A site whose theme or config does not draw diagrams (decision 0155) gets what its blog shows:
Butterfly's hidden ``pre.mermaid-src`` for the tag, the ordinary code block for a fence, and a
preview-only warning. ``MermaidSupport`` says which; it comes from the site through
``RenderOptions.site_overrides["site"]["mermaid"]`` (core.render never reads a site).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

#: the class of the element whose text is a diagram's source (the shell page looks for it)
SOURCE_CLASS = "mermaid-src"
WARNING = "mermaid-off"
_INDENT = re.compile(r"^[ \t]*(?=\S)", re.MULTILINE)
_CODE_CLASSES = re.compile(r'\s*<pre><code class="([^"]*)"')
#: hexo-util escapeHTML (escape_html.js): these characters, and & unless it starts an entity
_HEXO_ESCAPES = {"<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;"}
_HEXO_ESCAPES |= {"/": "&#x2F;", "=": "&#x3D;", "&": "&amp;"}
_HEXO_ESCAPE = re.compile(r"""[<>"'`/=]|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)""")


@dataclass(frozen=True)
class MermaidSupport:
    """Which Mermaid blocks the site's blog draws. ``why_tag`` / ``why_fence`` name the setting
    that turns one off (the warning quotes it). ``fence_needs_class``: the theme draws only a
    fence whose code HTML is ``<pre><code class="… mermaid …">`` (Butterfly's ``code_write``
    script looks for ``pre > code.mermaid``)."""

    tag: bool = True
    fence: bool = True
    fence_needs_class: bool = False
    why_tag: str = ""
    why_fence: str = ""

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any]) -> MermaidSupport | None:
        """The setting under ``"mermaid"`` (of the site overrides' ``site``); None: draw all."""
        value = overrides.get("mermaid")
        if not isinstance(value, Mapping):
            return None
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in value.items() if k in fields})


def diagram_html(source: str) -> str:
    """The block for a Mermaid diagram whose text is ``source``."""
    return (
        '<div class="mermaid-wrap pp-diagram"><div class="pp-tag-label">mermaid diagram</div>'
        f'<pre class="{SOURCE_CLASS}">{escape(source)}</pre></div>\n'
    )


def hexo_escape(text: str) -> str:
    return _HEXO_ESCAPE.sub(lambda m: _HEXO_ESCAPES[m.group(0)[0]], text)


def _trim_body(body: str) -> str:
    """Hexo's ``trimBody`` (extend/tag.js): strip-indent, then one newline off each end."""
    cut = min((len(m.group(0)) for m in _INDENT.finditer(body)), default=0)
    if cut:
        body = re.sub("(?m)^[ \t]{" + str(cut) + "}", "", body)
    return body.removeprefix("\n").removesuffix("\n")


def _warn(env: Any, line: int | None, shows: str, why: str) -> None:
    warnings = env.get("pp_warn") if isinstance(env, Mapping) else None
    if isinstance(warnings, list):
        message = f"Mermaid is off in this site's config: the blog shows {shows} ({why})"
        warnings.append((line, WARNING, message))


def _support(env: Any) -> MermaidSupport | None:
    support = env.get("pp_mermaid") if isinstance(env, Mapping) else None
    return support if isinstance(support, MermaidSupport) else None


def tag_html(source: str, config: str, env: Any, line: int | None = None) -> str:
    """Butterfly's ``{% mermaid [config] %}``: the diagram, or (``mermaid.enable`` off) the
    hidden block ``scripts/tag/mermaid.js`` writes, which the reader does not see."""
    support = _support(env)
    if support is None or support.tag:
        return diagram_html(source)
    _warn(env, line, "nothing for this diagram", support.why_tag)
    source = _trim_body(source)
    return (
        f'<div class="mermaid-wrap"><pre class="{SOURCE_CLASS}" '
        f'data-config="{hexo_escape(config or "{}")}" hidden>\n'
        f"    {hexo_escape(source)}\n  </pre></div>\n"
    )


def fence_html(source: str, code_html: Callable[[], str], env: Any, line: int | None) -> str:
    """A ```` ```mermaid ```` fence: the diagram, or the code block the blog shows."""
    support = _support(env)
    if support is None:
        return diagram_html(source)
    if support.fence and not support.fence_needs_class:
        return diagram_html(source)
    html = code_html()
    if support.fence:
        found = _CODE_CLASSES.match(html)
        if found is not None and "mermaid" in found.group(1).split():
            return diagram_html(source)
        why = 'the highlighter writes no <pre><code class="mermaid">: see exclude_languages'
        _warn(env, line, "the diagram's code", why)
        return html
    _warn(env, line, "the diagram's code", support.why_fence)
    return html
