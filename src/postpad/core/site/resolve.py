"""Where a local link or image reference points on disk, per engine (None: not checkable)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from postpad.core.site.model import Site
from postpad.core.text.urls import is_local_file_reference  # the render shares it (0245)

__all__ = ["candidates", "exists", "is_local_file_reference"]


def _hugo_mounts(site: Site) -> list[tuple[str, Path]]:
    """(URL prefix, folder) pairs Hugo serves root paths from (decision 0047): ``staticDir``
    (default ``static``), ``assets``, module mounts targeting ``static``/``assets`` (``static/x``
    serves under ``/x``), and the same folders of every theme."""
    raw = {str(k).lower(): v for k, v in site.config.raw.items()}
    static = raw.get("staticdir", "static")
    mounts = [("", str(s)) for s in (static if isinstance(static, list) else [static])]
    mounts.append(("", "assets"))
    module = raw.get("module")
    listed = module.get("mounts") if isinstance(module, dict) else None
    for mount in listed if isinstance(listed, list) else []:
        target = str(mount.get("target", "")) if isinstance(mount, dict) else ""
        top, _, rest = target.strip("/").partition("/")
        if isinstance(mount, dict) and top in ("static", "assets") and mount.get("source"):
            mounts.append((rest, str(mount["source"])))
    themes = raw.get("theme")
    names = [str(t) for t in (themes if isinstance(themes, list) else [themes] if themes else [])]
    bases = [site.root, *(site.root / "themes" / name for name in names)]
    return [(prefix, base / folder) for base in bases for prefix, folder in mounts if folder]


def _hugo_root_candidates(site: Site, path: str) -> list[Path]:
    found = [site.root / site.config.content_dir / path]
    for prefix, folder in _hugo_mounts(site):
        if not prefix:
            found.append(folder / path)
        elif path == prefix or path.startswith(prefix.rstrip("/") + "/"):
            found.append(folder / path[len(prefix.rstrip("/")) + 1 :])
    return found


def _static_roots(site: Site) -> list[Path]:
    return [site.in_source(folder) for folder in site.engine_spec.link_roots]


def candidates(site: Site | None, post: Path, target: str) -> list[Path]:
    """Files that would satisfy ``target`` as written in ``post`` (any existing one will do)."""
    path = unquote(target.strip().split("#", 1)[0].split("?", 1)[0])
    if site is None:
        return [post.parent / path] if not path.startswith("/") else [Path(path)]
    spec = site.engine_spec
    if path.startswith("/") and spec.link_mounts:
        return _hugo_root_candidates(site, path.lstrip("/"))
    if path.startswith("/"):
        return [base / path.lstrip("/") for base in _static_roots(site)]
    found = [post.parent / path]
    if spec.relative_links_from_root:
        # bare names resolve in the post's asset folder (postAsset, asset_img, Butterfly covers);
        # other relative paths are site-root relative once Hexo prepends the root
        found.insert(0, post.with_suffix("") / path)
        found.append(site.source_root / path)
    return found


def exists(site: Site | None, post: Path, target: str) -> bool:
    return any(candidate.exists() for candidate in candidates(site, post, target))
