"""Where a local link or image reference points on disk, per engine (None: not checkable)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from postpad.core.mounts import mounted_candidates
from postpad.core.site.hugo_hooks import Kind, assets_published
from postpad.core.site.jekyll_gems import PREFIX as THEME_PREFIX
from postpad.core.site.jekyll_gems import theme_assets
from postpad.core.text.urls import is_local_file_reference  # the render shares it (0245)

if TYPE_CHECKING:  # Site.image_roots reads root_folders (decision 0265)
    from postpad.core.site.model import Site

__all__ = ["candidates", "exists", "is_local_file_reference", "root_folders"]


def _hugo_mounts(site: Site, assets: bool) -> list[tuple[str, Path]]:
    """(URL prefix, folder) pairs Hugo serves root paths from (decision 0047): ``staticDir``
    (default ``static``), module mounts targeting ``static`` (``static/x`` serves under
    ``/x``), with ``assets`` those of ``assets/`` too (decision 0272), and the same folders of
    every theme."""
    raw = {str(k).lower(): v for k, v in site.config.raw.items()}
    static = raw.get("staticdir", "static")
    mounts = [("", str(s)) for s in (static if isinstance(static, list) else [static])]
    if assets:
        mounts.append(("", "assets"))
    module = raw.get("module")
    listed = module.get("mounts") if isinstance(module, dict) else None
    tops = ("static", "assets") if assets else ("static",)
    for mount in listed if isinstance(listed, list) else []:
        target = str(mount.get("target", "")) if isinstance(mount, dict) else ""
        top, _, rest = target.strip("/").partition("/")
        if isinstance(mount, dict) and top in tops and mount.get("source"):
            mounts.append((rest, str(mount["source"])))
    bases = [site.root, *(site.root / "themes" / name for name in _theme_names(site))]
    return [(prefix, base / folder) for base in bases for prefix, folder in mounts if folder]


def _theme_names(site: Site) -> list[str]:
    themes = {str(k).lower(): v for k, v in site.config.raw.items()}.get("theme")
    listed = themes if isinstance(themes, list) else [themes] if themes else []
    return [str(name) for name in listed if str(name).strip()]


def _hexo_theme_source(site: Site) -> list[Path]:
    """Hexo copies ``themes/<theme>/source/*`` (else the npm package ``hexo-theme-<theme>``'s)
    to the site root (decision 0265)."""
    found: list[Path] = []
    for name in _theme_names(site):
        folder = site.root / "themes" / name
        if not folder.is_dir():
            folder = site.root / "node_modules" / f"hexo-theme-{name}"
        found.append(folder / "source")
    return found


def root_folders(site: Site, kind: Kind | None = "image") -> tuple[tuple[str, Path], ...]:
    """(URL prefix, folder) pairs the site publishes root paths ``/x`` from, in lookup order:
    what ``candidates`` reads and what the preview is handed (``RenderOptions.image_roots``,
    decision 0265), so that the Problems list agrees with ``postpad check``. Hugo's ``assets/``
    only when the ``kind`` render hook publishes from it (``None``, a path a template reads
    such as a front-matter cover: always; decision 0272)."""
    if site.engine_spec.link_mounts:
        assets = kind is None or assets_published(site, kind)
        mounts = [("", site.root / site.config.content_dir), *_hugo_mounts(site, assets)]
    else:
        folders = [site.in_source(folder) for folder in site.engine_spec.link_roots]
        if site.engine_spec.relative_links_from_root:  # Hexo's theme source folder
            folders.extend(_hexo_theme_source(site))
        mounts = [("", folder) for folder in folders]
        gem_assets = theme_assets(site)  # Jekyll's theme gem (decision 0271)
        if gem_assets is not None:
            mounts.append((THEME_PREFIX, gem_assets))
    return tuple(dict.fromkeys(mounts))  # once each, first place kept


def candidates(site: Site | None, post: Path, target: str, kind: Kind | None = None) -> list[Path]:
    """Files that would satisfy ``target`` as written in ``post`` (any existing one will do);
    ``kind`` is the Markdown element that writes it (None: a template reads it)."""
    path = unquote(target.strip().split("#", 1)[0].split("?", 1)[0])
    if site is None:
        return [post.parent / path] if not path.startswith("/") else [Path(path)]
    spec = site.engine_spec
    if path.startswith("/"):
        return mounted_candidates(path, root_folders(site, kind))
    found = [post.parent / path]
    if spec.link_mounts and kind is not None and assets_published(site, kind):
        # the hook's resources.Get reads a relative path from assets/ too (decision 0272)
        assets = [(p, f) for p, f in root_folders(site, kind) if f.name == "assets"]
        found.extend(mounted_candidates(path, tuple(assets)))
    if spec.relative_links_from_root:
        # bare names resolve in the post's asset folder (postAsset, asset_img, Butterfly covers);
        # other relative paths are site-root relative once Hexo prepends the root
        found.insert(0, post.with_suffix("") / path)
        found.append(site.source_root / path)
    return found


def exists(site: Site | None, post: Path, target: str, kind: Kind | None = None) -> bool:
    return any(candidate.exists() for candidate in candidates(site, post, target, kind))
