"""Whether a site's blog draws Mermaid diagrams, from its theme's config (decision 0155).

- Butterfly (5.x): ``mermaid.enable`` (default false) loads Mermaid at all: without it the
  ``{% mermaid %}`` tag's hidden source stays hidden and fences stay code; ``mermaid.code_write``
  (default false) turns fences into diagrams, and only those the highlighter writes as
  ``<pre><code class="… mermaid">`` (``layout/includes/third-party/math/mermaid.pug``). The
  settings are Hexo's merge: the theme's own ``_config.yml``, then ``_config.butterfly.yml``,
  then ``theme_config:`` in the site's ``_config.yml``.
- Hugo: a fence is a diagram only with a ``render-codeblock-mermaid`` hook in the site's or the
  theme's ``layouts/_markup`` (or ``layouts/_default/_markup``).
Other engines and themes: None (the preview draws every diagram, as outside a site).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from postpad.core.engines import engine_for
from postpad.core.site.config import ConfigError, SiteConfig, load_mapping

HOOK = "render-codeblock-mermaid.html"
_HOOK_DIRS = ("layouts/_markup", "layouts/_default/_markup")


def _section(mapping: Mapping[str, object], key: str) -> dict[str, object]:
    value = mapping.get(key)
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _read(path: Path) -> dict[str, object]:
    try:
        return load_mapping(path, tolerant=True) if path.is_file() else {}
    except ConfigError:
        return {}


def butterfly_mermaid(root: Path, config: SiteConfig) -> dict[str, object]:
    """The merged ``mermaid:`` settings of a Butterfly site."""
    merged: dict[str, object] = {}
    defaults = (
        root / "themes" / "butterfly" / "_config.yml",
        root / "node_modules" / "hexo-theme-butterfly" / "_config.yml",
    )
    theme_own = next((p for p in defaults if p.is_file()), None)
    layers = [_read(theme_own)] if theme_own is not None else []
    layers += [_read(root / "_config.butterfly.yml"), _section(config.raw, "theme_config")]
    for layer in layers:
        merged.update(_section(layer, "mermaid"))
    return merged


def _butterfly(root: Path, config: SiteConfig) -> dict[str, object]:
    settings = butterfly_mermaid(root, config)
    enabled = settings.get("enable") is True
    code_write = settings.get("code_write") is True
    return {
        "tag": enabled,
        "fence": enabled and code_write,
        "fence_needs_class": True,
        "why_tag": "mermaid.enable is false in _config.butterfly.yml",
        "why_fence": (
            "mermaid.code_write is false in _config.butterfly.yml"
            if enabled
            else "mermaid.enable is false in _config.butterfly.yml"
        ),
    }


def _hugo_themes(config: SiteConfig) -> list[str]:
    theme = config.raw.get("theme")
    if isinstance(theme, str):
        return [theme]
    return [str(t) for t in theme] if isinstance(theme, list) else []


def hugo_has_hook(root: Path, config: SiteConfig) -> bool:
    bases = [root, *(root / "themes" / name for name in _hugo_themes(config))]
    return any((base / folder / HOOK).is_file() for base in bases for folder in _HOOK_DIRS)


def mermaid_support(
    engine: str, theme: str | None, root: Path, config: SiteConfig
) -> dict[str, object]:
    """``RenderOptions.site_overrides["site"]["mermaid"]`` for a site; empty: all drawn."""
    drawn = engine_for(engine).mermaid
    if drawn == "theme" and (theme or "").lower() == "butterfly":
        return _butterfly(root, config)
    if drawn == "render_hook" and not hugo_has_hook(root, config):
        why = f"no layouts/_markup/{HOOK} render hook"
        return {"tag": True, "fence": False, "why_fence": why}
    return {}
