"""Whether Hugo publishes a Markdown image's or link's file from ``assets/`` (decision 0272).

Hugo copies ``static/`` to the site as it is, but a file in ``assets/`` is written only when a
template uses it (``resources.Get … | .RelPermalink``). For a Markdown image or link that is the
render hook of its kind: Hugo 0.168 built ``![a](/images/a.png)`` with ``assets/images/a.png``
into ``public/images/a.png`` only with a ``render-image.html`` that calls ``resources.Get``
(Blowfish's, Hugo's embedded one), not without a hook nor with one reading page resources
only (PaperMod's). The embedded hooks are used with ``useEmbedded = "always"`` or
``"fallback"`` (before 0.148: ``enableDefault = true``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the model imports resolve, which reads this
    from postpad.core.site.model import Site

Kind = Literal["image", "link"]
_EMBEDDED_ON = ("always", "fallback")


def assets_published(site: Site, kind: Kind) -> bool:
    """Whether the site's ``kind`` render hook looks Markdown paths up in ``assets/`` (global
    resources). True too when Postpad cannot see every hook: a theme not installed here, or
    Hugo Modules imports."""
    hooks = [hook for layouts in _layout_folders(site) for hook in _hooks(layouts, kind)]
    if _unseen(site):
        return True
    if any("resources.Get" in _text(hook) for hook in hooks):
        return True
    return _embedded(site, kind, own=bool(hooks))


def _layout_folders(site: Site) -> list[Path]:
    return [site.root / "layouts", *(site.root / "themes" / n / "layouts" for n in _themes(site))]


def _hooks(layouts: Path, kind: Kind) -> list[Path]:
    """``_markup/render-image.html`` and its variants (``_default/``, a type's folder, a
    language or output format suffix)."""
    if not layouts.is_dir():
        return []
    return sorted(layouts.glob(f"**/_markup/render-{kind}.*html"))


def _text(path: Path) -> str:
    try:
        return path.read_text("utf-8", errors="replace")
    except OSError:
        return ""


def _themes(site: Site) -> list[str]:
    raw = {str(k).lower(): v for k, v in site.config.raw.items()}
    themes = raw.get("theme")
    listed = themes if isinstance(themes, list) else [themes] if themes else []
    return [str(name) for name in listed if str(name).strip()]


def _unseen(site: Site) -> bool:
    """A theme missing from ``themes/`` or Hugo Modules imports: hooks Postpad cannot read."""
    if any(not (site.root / "themes" / name).is_dir() for name in _themes(site)):
        return True
    module = {str(k).lower(): v for k, v in site.config.raw.items()}.get("module")
    return isinstance(module, dict) and bool(module.get("imports"))


def _embedded(site: Site, kind: Kind, own: bool) -> bool:
    """Whether Hugo's embedded ``kind`` hook (it calls ``resources.Get``) renders the post."""
    raw = {str(k).lower(): v for k, v in site.config.raw.items()}
    setting = _get(raw, ("markup", "goldmark", "renderhooks", kind))
    if not isinstance(setting, dict):
        return False
    setting = {str(k).lower(): v for k, v in setting.items()}
    used = str(setting.get("useembedded", "")).lower()
    if used == "always":
        return True
    return not own and (used in _EMBEDDED_ON or setting.get("enabledefault") is True)


def _get(raw: dict[str, object], keys: tuple[str, ...]) -> object:
    found: object = raw
    for key in keys:
        if not isinstance(found, dict):
            return None
        found = {str(k).lower(): v for k, v in found.items()}.get(key)
    return found
