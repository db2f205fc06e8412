"""What besides the front matter decides a post's header: the site's config and, for Butterfly,
the theme's merged config and language file (read once per preview, decision 0234)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postpad.core.engines import DEFAULT_ENGINE, engine_for
from postpad.core.postheader.css_value import safe_background
from postpad.core.postheader.model import BUTTERFLY_BLUE

BUTTERFLY = "butterfly"

#: Butterfly's own words when its language files cannot be read
_LABELS = {
    "en": {"created": "Created", "updated": "Updated", "no_title": "Untitled"},
    "zh": {"created": "发表于", "updated": "更新于", "no_title": "无标题"},
}


@dataclass(frozen=True)
class ButterflySettings:
    """The parts of Butterfly's config (5.x) its post header reads."""

    disable_top_img: bool = False
    default_top_img: object = None
    default_cover: object = None  # the first of a list (the blog picks one at random)
    cover_count: int = 0  # how many a ``default_cover`` list holds (random when more than one)
    mask: bool = True
    theme_color: str = BUTTERFLY_BLUE
    date_type: str = "both"  # created / updated / both; "" shows no date
    categories: bool = True
    labels: Mapping[str, str] = field(default_factory=lambda: dict(_LABELS["en"]))


@dataclass(frozen=True)
class HeaderSettings:
    """Everything but the front matter; ``butterfly`` None: the plain header."""

    engine: str
    post_path: Path | None = None
    site_root: Path | None = None
    source_dir: str = "source"
    theme_dirs: tuple[str, ...] = ()  # the theme's folders under the site root (its source/)
    post_asset_folder: bool = False
    allow_remote_images: bool = False
    date_format: str = "YYYY-MM-DD"
    language: str = "en"
    timezone: str | None = None
    updated_option: str = "mtime"
    use_slug_as_post_title: bool = False
    butterfly: ButterflySettings | None = None


def _first(value: object) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value) if value is not None else ""


def _section(mapping: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = mapping.get(key)
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _same(one: object, other: object) -> bool:
    """JavaScript's ``===`` for YAML scalars (``true`` is not ``1``)."""
    return isinstance(one, bool) == isinstance(other, bool) and one == other


def deep_merge(target: object, source: object) -> Any:
    """hexo-util's ``deepMerge`` (4.0), which Hexo merges theme configs with: mappings key by
    key; a list merged into a list keeps the target's items, merges a mapping into the
    mapping at its index and appends the source's other items the target lacks (a site's
    ``default_cover: [b]`` over ``[a]`` is ``[a, b]``); anything else is the source's."""
    if isinstance(target, list) and isinstance(source, list):
        merged = list(target)
        for index, item in enumerate(source):
            if index >= len(merged):
                merged.append(item)
            elif isinstance(item, (dict, list)):
                merged[index] = deep_merge(target[index], item)
            elif not any(_same(item, old) for old in target):
                merged.append(item)
        return merged
    if isinstance(source, list) or not isinstance(source, dict):
        return source
    merged_map = dict(target) if isinstance(target, dict) else {}
    for key, value in source.items():
        if key in merged_map and isinstance(value, (dict, list)):
            merged_map[key] = deep_merge(merged_map[key], value)
        else:
            merged_map[key] = value
    return merged_map


def _read(path: Path | None) -> dict[str, Any]:
    from postpad.core.site.config import ConfigError, load_mapping

    try:
        return load_mapping(path, tolerant=True) if path is not None and path.is_file() else {}
    except ConfigError:
        return {}


def theme_folders(root: Path, theme: str, engine: str = DEFAULT_ENGINE) -> list[Path]:
    """The installed theme's folder as the engine picks it: the first of the engine's
    ``theme_dirs`` that exists (Hexo's ``load_config``: ``themes/NAME`` when the folder exists,
    with or without a config, else ``node_modules/hexo-theme-NAME``; decision 0242); [] for
    none. The config form's theme defaults use it too (``siteconfig.theme_defaults``)."""
    folder = engine_for(engine).config.theme_folder(root, theme)
    return [] if folder is None else [folder]


def theme_config_file(root: Path, theme: str, engine: str = DEFAULT_ENGINE) -> Path | None:
    """The theme's own ``_config.yml`` (or ``.yaml``) in that folder, and nowhere else."""
    for folder in theme_folders(root, theme, engine):
        for name in ("_config.yml", "_config.yaml"):
            if (folder / name).is_file():
                return folder / name
    return None


def _site_theme_file(root: Path, theme: str) -> Path | None:
    """The site's ``_config.THEME.yml`` (Hexo's ``load_theme_config`` takes another extension
    when there is no ``.yml``)."""
    for suffix in (".yml", ".yaml", ".json"):
        path = root / f"_config.{theme}{suffix}"
        if path.is_file():
            return path
    return None


def theme_config(
    root: Path, theme: str, site: Mapping[str, Any], engine: str = DEFAULT_ENGINE
) -> dict[str, Any]:
    """The theme's config as Hexo 8 merges it (``load_theme_config``, then ``Hexo._generate``;
    decision 0242): the theme's own ``_config.yml``, under the site's ``_config.THEME.yml``,
    under the site config's theme key (``theme_config``, from the engine's data)."""
    key = engine_for(engine).config.theme_config_key
    own = _read(theme_config_file(root, theme, engine))
    site_file = _read(_site_theme_file(root, theme))
    over = deep_merge(site_file, _section(site, key)) if key else site_file
    merged: dict[str, Any] = deep_merge(own, over)
    return merged


def labels(folders: list[Path], language: str) -> dict[str, str]:
    """``post.created``, ``post.updated`` and ``no_title`` in the site's language."""
    words = dict(_LABELS["zh" if language.lower().startswith("zh") else "en"])
    for folder in folders:
        files = {p.stem.lower(): p for p in (folder / "languages").glob("*.yml")}
        chosen = files.get(language.lower()) or files.get("default")
        if chosen is None:
            continue
        data = _read(chosen)
        post = _section(data, "post")
        for key, value in (("created", post.get("created")), ("updated", post.get("updated"))):
            if isinstance(value, str):
                words[key] = value
        if isinstance(data.get("no_title"), str):
            words["no_title"] = str(data["no_title"])
        break
    return words


def butterfly_settings(
    root: Path, theme: str, site: Mapping[str, Any], engine: str = DEFAULT_ENGINE
) -> ButterflySettings:
    config = theme_config(root, theme, site, engine)
    cover = _section(config, "cover").get("default_cover")
    colors = _section(config, "theme_color")
    main = safe_background(str(colors.get("main") or "")) if colors.get("enable") else None
    post_meta = _section(_section(config, "post_meta"), "post")
    date_type = post_meta.get("date_type", "both")
    return ButterflySettings(
        disable_top_img=config.get("disable_top_img") is True,
        default_top_img=config.get("default_top_img"),
        default_cover=cover[0] if isinstance(cover, list) and cover else cover,
        cover_count=len(cover) if isinstance(cover, list) else 0,
        mask=_section(config, "mask").get("header", True) is not False,
        theme_color=main or BUTTERFLY_BLUE,
        date_type=date_type if isinstance(date_type, str) else "",
        categories=post_meta.get("categories", True) is not False,
        labels=labels(theme_folders(root, theme, engine), _first(site.get("language")) or "en"),
    )


def is_butterfly(engine: str, theme: str | None) -> bool:
    """Whether the post's site is one of the engine's Butterfly sites (its ``theme_marks``)."""
    return (theme or "").lower() == BUTTERFLY and BUTTERFLY in dict(engine_for(engine).theme_marks)


def header_settings(
    *,
    engine: str,
    theme: str | None = None,
    site_root: Path | None = None,
    site_config: Mapping[str, Any] | None = None,
    post_path: Path | None = None,
    post_asset_folder: bool = False,
    allow_remote_images: bool = False,
) -> HeaderSettings:
    """The settings for one post's header; reads the theme's files (not on the UI thread)."""
    site = dict(site_config or {})
    butterfly = None
    theme_dirs: tuple[str, ...] = ()
    if site_root is not None and is_butterfly(engine, theme):
        butterfly = butterfly_settings(site_root, str(theme), site, engine)
        folders = theme_folders(site_root, str(theme), engine)
        theme_dirs = tuple(str(folder.relative_to(site_root)) for folder in folders)
    return HeaderSettings(
        engine=engine,
        post_path=post_path,
        site_root=site_root,
        source_dir=str(site.get("source_dir") or "source"),
        theme_dirs=theme_dirs,
        post_asset_folder=post_asset_folder,
        allow_remote_images=allow_remote_images,
        date_format=str(site.get("date_format") or "YYYY-MM-DD"),
        language=_first(site.get("language")) or "en",
        timezone=str(site["timezone"]) if site.get("timezone") else None,
        updated_option=str(site.get("updated_option") or "mtime"),
        use_slug_as_post_title=site.get("use_slug_as_post_title") is True,
        butterfly=butterfly,
    )
