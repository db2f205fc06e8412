"""Apply a site's own Markdown settings to an engine profile.

Hexo: ``_config.yml`` ``marked:`` keys (hexo-renderer-marked option names).
Hugo: ``[markup.goldmark]`` as a nested dict, or with dotted keys (``renderer.unsafe``).
Jekyll: ``kramdown:`` (``hard_wrap``, ``auto_ids``, ``input``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from postpad.core.render.chroma.settings import hugo_highlight
from postpad.core.render.profiles import Profile
from postpad.core.render.profiles.hexo_markdown_it import MARKDOWN_IT, markdown_it_profile
from postpad.core.render.rules.hexo_code import hexo_code_settings
from postpad.core.render.rules.hexo_external_link import external_link_settings


def _flatten(mapping: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in mapping.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        flat[name] = value
    return flat


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def _hexo_site(site: Any) -> dict[str, Any]:
    """Hexo ``_config.yml`` settings outside ``marked:`` (``url``, ``external_link``)."""
    if not isinstance(site, Mapping):
        return {}
    enabled, host, exclude = external_link_settings(site)
    return {
        "external_link": enabled,
        "site_host": host or "example.com",
        "external_exclude": exclude,
        "hexo_code": hexo_code_settings(site),
    }


def _hexo(profile: Profile, flat: dict[str, Any], site: Any = None) -> Profile:
    changes: dict[str, Any] = _hexo_site(site)
    if "breaks" in flat:
        changes["breaks"] = _truthy(flat["breaks"])
    if "smartypants" in flat:
        changes["typographer"] = "smartypants" if _truthy(flat["smartypants"]) else "none"
    if "headerIds" in flat:
        on = _truthy(flat["headerIds"])
        changes["heading_ids"] = "marked" if on else "none"
        changes["headerlink"] = on
    if "modifyAnchors" in flat:
        try:
            changes["heading_case"] = int(flat["modifyAnchors"])
        except (TypeError, ValueError):
            changes["heading_case"] = 0
    if "descriptionLists" in flat:
        changes["deflist"] = _truthy(flat["descriptionLists"])
    if "autolink" in flat:
        changes["linkify"] = _truthy(flat["autolink"])
    if "gfm" in flat and not _truthy(flat["gfm"]):
        changes.update(tables=False, strikethrough=False, tasklists=False, linkify=False)
    if "postAsset" in flat:
        changes["post_asset"] = _truthy(flat["postAsset"])
    return replace(profile, **changes)


def _goldmark_extension(flat: dict[str, Any], name: str) -> bool | None:
    key = f"extensions.{name}"
    if key not in flat:
        return None
    value = flat[key]
    if isinstance(value, Mapping):
        return not _truthy(value.get("disable", False))
    return _truthy(value)


def _hugo(profile: Profile, flat: dict[str, Any], site: Any = None) -> Profile:
    changes: dict[str, Any] = {"hugo_highlight": hugo_highlight(site)}
    if "renderer.unsafe" in flat:
        changes["html"] = _truthy(flat["renderer.unsafe"])
    if "renderer.hardWraps" in flat:
        changes["breaks"] = _truthy(flat["renderer.hardWraps"])
    mapping = {
        "footnote": "footnotes",
        "definitionList": "deflist",
        "linkify": "linkify",
        "strikethrough": "strikethrough",
        "table": "tables",
        "taskList": "tasklists",
    }
    for extension, field_name in mapping.items():
        value = _goldmark_extension(flat, extension)
        if value is not None:
            changes[field_name] = value
    typographer = _goldmark_extension(flat, "typographer")
    if typographer is not None:
        changes["typographer"] = "goldmark" if typographer else "none"
    if "parser.autoHeadingID" in flat and not _truthy(flat["parser.autoHeadingID"]):
        changes["heading_ids"] = "none"
    passthrough = _goldmark_extension(flat, "passthrough")
    if passthrough:
        changes["math"] = True
    return replace(profile, **changes)


def _jekyll(profile: Profile, flat: dict[str, Any]) -> Profile:
    """Jekyll ``kramdown:`` settings (``hard_wrap``, ``auto_ids``, ``input``)."""
    changes: dict[str, Any] = {}
    if "hard_wrap" in flat:
        changes["breaks"] = _truthy(flat["hard_wrap"])
    if "auto_ids" in flat and not _truthy(flat["auto_ids"]):
        changes["heading_ids"] = "none"
    if str(flat.get("input", "GFM")).lower() == "kramdown":
        changes.update(tasklists=False, strikethrough=False)
    return replace(profile, **changes)


def apply_overrides(profile: Profile, overrides: Mapping[str, Any]) -> Profile:
    """``profile`` adjusted by the site's settings (unknown keys are ignored)."""
    if not overrides:
        return profile
    flat = _flatten(overrides)
    if profile.name == "hexo" and overrides.get("hexo_renderer") == MARKDOWN_IT:
        hexo = replace(profile, **_hexo_site(overrides.get("site")))
        return markdown_it_profile(hexo, overrides)  # decision 0158
    if profile.name == "hexo":
        return _hexo(profile, flat, overrides.get("site"))
    if profile.name == "hugo":
        return _hugo(profile, flat, overrides.get("site"))
    if profile.name == "jekyll":
        return _jekyll(profile, flat)
    return profile
