"""What decides how a post renders: the engine profile, theme tags and site settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from postpad.core.engines import DEFAULT_ENGINE, engine_for, listed
from postpad.core.render.rules.mermaid import MermaidSupport

#: the engine names a render accepts: every engine, then the generic one
ENGINES = (*listed(), engine_for("").name)


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class RenderOptions:
    """Options for :func:`postpad.core.render.render`.

    ``engine`` picks the dialect profile. ``theme`` adds the theme's tag plugins (``"butterfly"``
    for Hexo). ``site_overrides`` are the engine's own Markdown settings as the site writes them:
    Hexo ``_config.yml`` ``marked:`` keys (``breaks``, ``smartypants``, ``headerIds``,
    ``modifyAnchors``, ``postAsset`` …) or Hugo ``[markup.goldmark]`` (``renderer.unsafe``,
    ``renderer.hardWraps``, ``extensions.typographer`` …, nested dicts or dotted keys).
    ``math`` forces formulas on or off; ``None`` follows the engine and the post's front matter.
    """

    engine: str = DEFAULT_ENGINE
    theme: str | None = None
    site_overrides: Mapping[str, Any] = field(default_factory=lambda: _frozen(None))
    post_path: Path | None = None
    site_root: Path | None = None
    post_asset_folder: bool = False
    allow_remote_images: bool = False
    math: bool | None = None
    #: the site's whole config as its templates see it (Jekyll's ``site.*``, decision 0185)
    site_variables: Mapping[str, Any] = field(default_factory=lambda: _frozen(None))
    #: (URL prefix, folder) pairs the site publishes root paths from, as ``postpad check``
    #: looks them up (theme static folders, Hugo mounts; decision 0265); None: the profile's
    #: ``static_roots`` under ``site_root``
    image_roots: tuple[tuple[str, Path], ...] | None = None
    #: Synonym of ``engine`` accepted for callers that say "profile"; wins when given.
    profile: str | None = None

    def __post_init__(self) -> None:
        engine = (self.profile or self.engine or "").lower()
        if engine not in ENGINES:
            engine = ENGINES[-1]
        object.__setattr__(self, "engine", engine)
        object.__setattr__(self, "profile", engine)
        object.__setattr__(self, "site_overrides", _frozen(self.site_overrides))
        object.__setattr__(self, "site_variables", _frozen(self.site_variables))
        if self.image_roots is not None:
            roots = tuple((str(prefix), Path(folder)) for prefix, folder in self.image_roots)
            object.__setattr__(self, "image_roots", roots)
        for name in ("post_path", "site_root"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Path):
                object.__setattr__(self, name, Path(value))

    @property
    def mermaid(self) -> MermaidSupport | None:
        """Which diagrams the site's blog draws (``site_overrides["site"]["mermaid"]``, from the
        theme's config: decision 0155); None: every one, as outside a site."""
        site = self.site_overrides.get("site")
        return MermaidSupport.from_overrides(site) if isinstance(site, Mapping) else None


def _image_roots(site: Any) -> tuple[tuple[str, Path], ...] | None:
    """The site's own root folders for images (``Site.image_roots``, decision 0265)."""
    roots = getattr(site, "image_roots", None)
    return tuple(roots()) if callable(roots) else None


def options_for_site(
    site: Any, post_path: Path | str | None = None, **changes: Any
) -> RenderOptions:
    """Options for a post of a detected :class:`postpad.core.site.Site` (duck-typed here)."""
    config = getattr(site, "config", None)
    values: dict[str, Any] = {
        "engine": getattr(site, "engine", ""),
        "theme": getattr(site, "theme", None),
        "site_root": getattr(site, "root", None),
        "site_overrides": dict(getattr(config, "render_overrides", None) or {}),
        "site_variables": dict(getattr(config, "raw", None) or {}),
        "post_asset_folder": bool(getattr(config, "post_asset_folder", False)),
        "post_path": Path(post_path) if post_path is not None else None,
        "image_roots": _image_roots(site),
    }
    values.update(changes)
    return RenderOptions(**values)
