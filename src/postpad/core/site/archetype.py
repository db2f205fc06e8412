"""Hugo archetypes: the one ``hugo new content`` would use, and its text for a new post
(decision 0283).

Hugo 0.168 (``create/content.go``) tries ``<section><ext>`` then ``default<ext>``, each first in
the site's ``archetypeDir`` and then in each theme's ``archetypes/`` in ``theme`` order (a theme's
``posts.md`` wins over the site's ``default.md``); none gives its built-in template (YAML
whatever the site's format). A bundle made as ``hugo new content posts/slug`` takes the
directory ``<section>/`` (or ``default/``): its content files are templates, the others are
copied. ``.Date`` is ``time.Now()`` in RFC 3339 in the machine's zone (not the site's
``timeZone``), as ``now`` is; ``{{<`` and ``>}}`` are kept as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postpad.core.render.rules.hugo_param import go_text
from postpad.core.site import go_funcs
from postpad.core.site.config import ConfigError, load_mapping
from postpad.core.site.go_template import Engine, GoMap, Missing, Params
from postpad.core.site.header import decode_post_bytes
from postpad.core.site.model import Site

#: ``DefaultArchetypeTemplateTemplate`` in Hugo's ``create/content.go``
BUILT_IN = """---
title: "{{ replace .File.ContentBaseName "-" " " | title }}"
date: {{ .Date }}
draft: true
---

"""
#: ``NewContentFactory``'s replacers: shortcodes are not template actions
_SHORTCODES = (("{{<", "{x{<"), ("{{%", "{x{%"), (">}}", ">}x}"), ("%}}", "%}x}"))
_CONTENT_SUFFIXES = (".md", ".markdown", ".mdown", ".html", ".htm", ".adoc", ".org", ".rst")


@dataclass(frozen=True)
class Archetype:
    """The archetype found: a file, or a bundle directory (``index.md`` and other files)."""

    path: Path | None  # None: Hugo's built-in template
    directory: bool = False

    def template(self) -> str:
        if self.path is None:
            return BUILT_IN
        source = self.path / "index.md" if self.directory else self.path
        return decode_post_bytes(source.read_bytes())

    def other_files(self) -> list[Path]:
        """A bundle directory's files copied as they are (not content files)."""
        if self.path is None or not self.directory:
            return []
        return sorted(
            p for p in self.path.rglob("*") if p.is_file() and p.suffix not in _CONTENT_SUFFIXES
        )


def _setting(site: Site, key: str, default: object = None) -> object:
    return {str(k).lower(): v for k, v in site.config.raw.items()}.get(key, default)


def _theme_roots(site: Site) -> list[Path]:
    """``theme``'s folders, then those of ``module.imports`` found in ``themesDir`` (Hugo
    reads a local theme folder before the module cache, which Postpad does not read)."""
    themes = _setting(site, "theme")
    names = list(themes) if isinstance(themes, list) else [themes] if themes else []
    module = _setting(site, "module")
    imports = module.get("imports") if isinstance(module, dict) else None
    for entry in imports if isinstance(imports, list) else []:
        if isinstance(entry, dict) and entry.get("path") and not entry.get("disable"):
            names.append(entry["path"])
    themes_dir = site.root / str(_setting(site, "themesdir", "themes"))
    return [themes_dir / str(name) for name in names if str(name).strip()]


def archetype_dirs(site: Site) -> list[Path]:
    """The layers Hugo reads archetypes from: the site's ``archetypeDir``, then the themes'."""
    own = site.root / str(_setting(site, "archetypedir", "archetypes"))
    return [own, *(root / "archetypes" for root in _theme_roots(site))]


def find_archetype(site: Site, section: str, *, bundle: bool = False) -> Archetype:
    """The archetype ``hugo new content <section>/<slug>.md`` uses (``<section>/<slug>`` with
    ``bundle`` when a bundle directory exists, else ``<section>/<slug>/index.md``'s file)."""
    layers = archetype_dirs(site)
    names = [section, "default"] if section else ["default"]
    if bundle:
        for name in names:
            found = next((d / name for d in layers if (d / name).exists()), None)
            if found is not None and found.is_dir() and (found / "index.md").is_file():
                return Archetype(found, directory=True)
            if found is not None:
                break  # Hugo would stop at this one; Postpad falls back to index.md's file
    for name in names:
        for layer in layers:
            if (layer / f"{name}.md").is_file():
                return Archetype(layer / f"{name}.md")
    return Archetype(None)


def _site_zone(site: Site) -> ZoneInfo:
    try:
        return ZoneInfo(site.config.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _file_fields(target: PurePosixPath) -> dict[str, object]:
    """``source.File``'s names for a content path relative to the content folder."""
    stem = target.stem
    base = target.parent.name if stem == "index" and len(target.parts) > 1 else stem
    section = target.parts[0] if len(target.parts) > 1 else ""
    return {
        "BaseFileName": stem, "TranslationBaseName": stem.split(".")[0],
        "ContentBaseName": base, "LogicalName": target.name, "Ext": target.suffix[1:],
        "Section": section, "Path": target.as_posix(),
        "Dir": f"{target.parent.as_posix()}/" if target.parent.parts else "/",
    }  # fmt: skip


def archetype_data(
    site: Site, target: PurePosixPath, moment: datetime, *, data: bool = False
) -> dict[str, object]:
    """What an archetype's ``.`` holds for ``target`` (content-relative) created at ``moment``
    (aware; written in the machine's zone as ``hugo new`` does); ``.Site.Data`` with
    ``data``."""
    local = moment.astimezone()
    file = _file_fields(target)
    params = _params(_setting(site, "params", {}))
    site_fields: dict[str, object] = {
        "Title": str(_setting(site, "title", "") or ""),
        "Params": params if isinstance(params, Params) else Params(),
    }
    if data:
        site_fields["Data"] = site_data(site)
    return {
        **file,
        "File": file,
        "Type": file["Section"] or "page",
        "Date": go_funcs.rfc3339(local),
        "Name": file["ContentBaseName"],
        "Site": site_fields,
    }


def _params(value: object) -> object:
    """Config tables as ``maps.Params`` (keys without case), nested ones too."""
    if isinstance(value, dict):
        return Params({str(k): _params(v) for k, v in value.items()})
    return value


def _go_maps(value: object) -> object:
    if isinstance(value, dict):
        return GoMap({str(k): _go_maps(v) for k, v in value.items()})
    return value


def site_data(site: Site) -> GoMap:
    """``.Site.Data``: the files under ``dataDir`` (``data``) of the site, then of its themes,
    as nested maps named by folder and file stem, a file's keys merged with a folder of the same
    name; the site's value wins. A file Postpad cannot read (or a list) is left out: its key
    prints ``<no value>``."""
    data: dict[str, object] = {}
    folder = str(_setting(site, "datadir", "data"))
    for root in [site.root / folder, *(theme / "data" for theme in _theme_roots(site))]:
        for path in sorted(root.rglob("*")):
            if path.suffix not in (".yaml", ".yml", ".toml", ".json") or not path.is_file():
                continue
            try:
                value = load_mapping(path, tolerant=True)
            except ConfigError:
                continue
            node = data
            for part in path.relative_to(root).with_suffix("").parts:
                child = node.setdefault(part, {})
                node = child if isinstance(child, dict) else {}
            for key, item in value.items():  # data/author.toml and data/author/ share a map
                node.setdefault(key, item)
    found = _go_maps(data)
    return found if isinstance(found, GoMap) else GoMap()


def _show(value: object) -> str:
    if isinstance(value, dict) and not isinstance(value, GoMap):
        raise TypeError("a struct")  # .File, .Site: Go prints their fields its own way
    return str(value) if isinstance(value, Missing) else go_text(value)


def template_engine(site: Site, moment: datetime) -> Engine:
    """The functions Postpad evaluates (decision 0283's survey); others are unsupported."""
    zone = _site_zone(site)
    local = moment.astimezone()
    funcs: dict[str, Callable[..., object]] = {
        "replace": go_funcs.replace,
        "title": go_funcs.title_func(str(_setting(site, "titlecasestyle", "") or "")),
        "urlize": go_funcs.urlize,
        "humanize": go_funcs.humanize,
        "lower": lambda value: go_funcs.text(value).lower(),
        "upper": lambda value: go_funcs.text(value).upper(),
        "default": go_funcs.default,
        **go_funcs.LOGIC,
        "now": lambda: local,
        "dateFormat": lambda layout, value: go_funcs.go_format(
            go_funcs.as_time(value, zone), go_funcs.text(layout)
        ),
    }
    return Engine(funcs=funcs, methods=go_funcs.time_method, show=_show)


def render_archetype(site: Site, template: str, target: PurePosixPath, moment: datetime) -> str:
    """The archetype's text for ``target``; ``UnsupportedTemplateError`` for what Postpad lacks."""
    for shortcode, hidden in _SHORTCODES:
        template = template.replace(shortcode, hidden)
    data = archetype_data(site, target, moment, data=".Data" in template)
    text = template_engine(site, moment).render(template, data)
    for shortcode, hidden in _SHORTCODES:
        text = text.replace(hidden, shortcode)
    return text
