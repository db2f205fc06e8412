"""The site settings that change how a post is written, dated and rendered.

Only the keys that matter to an editor are read; everything else stays in ``raw``. Defaults are
each engine's own (Hexo ``lib/hexo/default_config.ts``, Hugo ``hugo config``, Jekyll
``configuration.rb``), so a site without a key behaves as the engine would.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.yaml_codec import Yaml12Loader, load_yaml
from postpad.core.site.hexo_renderer import MARKDOWN_IT, hexo_renderer, renderer_settings


@dataclass(frozen=True)
class SiteConfig:
    """Engine settings read from the site configuration (engine defaults when absent)."""

    timezone: str | None = None
    date_format: str = "YYYY-MM-DD"
    time_format: str = "HH:mm:ss"
    new_post_name: str = ":title.md"
    post_asset_folder: bool = False
    default_layout: str = "post"
    filename_case: int = 0
    permalink: str | None = None
    source_dir: str = "source"
    content_dir: str = "content"
    theme: str | None = None
    #: Hexo: the Markdown renderer package the site's package.json lists (decision 0158)
    renderer: str | None = None
    #: Markdown options: Hexo ``marked:`` (``markdown:`` for markdown-it), Hugo
    #: ``markup.goldmark``, Jekyll ``kramdown``
    markdown: Mapping[str, object] = field(default_factory=dict)
    raw: Mapping[str, object] = field(default_factory=dict)
    #: site settings the engine's rendering also reads (Hexo ``url``, ``external_link``, …)
    render_site: Mapping[str, object] = field(default_factory=dict)

    @property
    def render_overrides(self) -> dict[str, object]:
        """What the preview's ``site_overrides`` are: the Markdown keys plus ``site`` settings."""
        found: dict[str, object] = dict(self.markdown)
        if self.renderer is not None:
            found["hexo_renderer"] = self.renderer
        if self.render_site:
            found["site"] = dict(self.render_site)
        return found

    @property
    def post_asset_links(self) -> bool:
        """Hexo: ``marked.postAsset`` makes ``![](name.png)`` resolve inside the asset folder
        (hexo-renderer-markdown-it: ``markdown.images.post_asset``)."""
        if self.renderer == MARKDOWN_IT:
            images = self.markdown.get("images")
            return isinstance(images, dict) and images.get("post_asset") is True
        return self.markdown.get("postAsset") is True


class ConfigError(ValueError):
    """A site configuration file exists but cannot be read."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class HexoConfigLoader(Yaml12Loader):
    """Hexo's ``_config.yml`` schema (``lib/plugins/renderer/yaml.ts``): js-yaml's DEFAULT_SCHEMA
    plus ``js-yaml-js-types`` (``!!js/regexp``, ``!!js/undefined``, ``!!js/function``), kept as
    their source text. Any other tag is an error, as it is for Hexo (decision 0041)."""


class TolerantConfigLoader(HexoConfigLoader):
    """Reads a config whatever its tags (an unknown tag keeps the tagged value as written), so that
    one exotic tag never hides the theme or the other settings."""


def _js_text(loader: Yaml12Loader, node: Node) -> object:
    return loader.construct_scalar(node) if isinstance(node, ScalarNode) else None


def _untagged(loader: Yaml12Loader, node: Node) -> object:
    if isinstance(node, MappingNode):
        return {str(k.value): loader.construct_object(v, deep=True) for k, v in node.value}
    if isinstance(node, SequenceNode):
        return [loader.construct_object(item, deep=True) for item in node.value]
    return loader.construct_scalar(node) if isinstance(node, ScalarNode) else None


for _tag in ("regexp", "undefined", "function"):
    HexoConfigLoader.add_constructor(f"tag:yaml.org,2002:js/{_tag}", _js_text)
TolerantConfigLoader.add_constructor(None, _untagged)


def load_mapping(path: Path, *, tolerant: bool = False) -> dict[str, object]:
    """Read a YAML, TOML or JSON config file into a dict (empty when the file is empty).

    YAML is read as Hexo reads ``_config.yml``; ``tolerant`` also accepts tags Hexo refuses.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, str(exc)) from exc
    try:
        if path.suffix == ".toml":
            value: object = tomllib.loads(text)
        elif path.suffix == ".json":
            value = json.loads(text)
        else:
            loader = TolerantConfigLoader if tolerant else HexoConfigLoader
            value = load_yaml(text, loader=loader)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, FrontMatterError) as exc:
        raise ConfigError(path, str(exc)) from exc
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _text(value: object, default: str | None) -> str | None:
    if value is None or value == "":
        return default
    return str(value)


def _mapping(value: object) -> dict[str, object]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _lower_keys(raw: Mapping[str, object]) -> dict[str, object]:
    return {k.lower(): v for k, v in raw.items()}


# Hexo settings outside ``marked:`` that change a post's HTML (decision 0014).
_HEXO_RENDER_KEYS = ("url", "root", "external_link", "syntax_highlighter", "highlight", "prismjs")


def hexo_config(raw: Mapping[str, object]) -> SiteConfig:
    """Hexo ``_config.yml``."""
    case = raw.get("filename_case")
    return SiteConfig(
        timezone=_text(raw.get("timezone"), None),
        date_format=_text(raw.get("date_format"), "YYYY-MM-DD") or "YYYY-MM-DD",
        time_format=_text(raw.get("time_format"), "HH:mm:ss") or "HH:mm:ss",
        new_post_name=_text(raw.get("new_post_name"), ":title.md") or ":title.md",
        post_asset_folder=raw.get("post_asset_folder") is True,
        default_layout=_text(raw.get("default_layout"), "post") or "post",
        filename_case=case if isinstance(case, int) and not isinstance(case, bool) else 0,
        permalink=_text(raw.get("permalink"), ":year/:month/:day/:title/"),
        source_dir=_text(raw.get("source_dir"), "source") or "source",
        theme=_text(raw.get("theme"), None),
        markdown=_mapping(raw.get("marked")),
        raw=raw,
        render_site={k: raw[k] for k in _HEXO_RENDER_KEYS if k in raw},
    )


def hugo_config(raw: Mapping[str, object]) -> SiteConfig:
    """Hugo ``hugo.toml`` / ``config.*``: keys are case-insensitive."""
    lowered = _lower_keys(raw)
    markup = _lower_keys(_mapping(lowered.get("markup")))
    theme = lowered.get("theme")
    if isinstance(theme, list):
        theme = theme[0] if theme else None
    return SiteConfig(
        timezone=_text(lowered.get("timezone"), None),
        permalink=None,
        content_dir=_text(lowered.get("contentdir"), "content") or "content",
        theme=_text(theme, None),
        markdown=_mapping(markup.get("goldmark")),
        raw=raw,
    )


def jekyll_config(raw: Mapping[str, object]) -> SiteConfig:
    """Jekyll ``_config.yml``."""
    return SiteConfig(
        timezone=_text(raw.get("timezone"), None),
        permalink=_text(raw.get("permalink"), "date"),
        source_dir=_text(raw.get("source"), ".") or ".",
        theme=_text(raw.get("theme"), None),
        markdown=_mapping(raw.get("kramdown")),
        raw=raw,
    )


def zola_config(raw: Mapping[str, object]) -> SiteConfig:
    """Zola ``zola.toml`` / ``config.toml``."""
    return SiteConfig(theme=_text(raw.get("theme"), None), markdown=_mapping(raw.get("markdown")))


def generic_config(raw: Mapping[str, object]) -> SiteConfig:
    """Eleventy, Astro and unknown sites: JavaScript configs are not evaluated."""
    return SiteConfig(raw=raw)


CONFIG_SUFFIXES = (".yml", ".yaml", ".toml", ".json")

READERS = {
    "hexo": hexo_config,
    "hugo": hugo_config,
    "jekyll": jekyll_config,
    "zola": zola_config,
}


def read_config(engine: str, config_path: Path | None) -> SiteConfig:
    """Read ``config_path`` for ``engine``; JavaScript configs and missing files give defaults."""
    reader = READERS.get(engine, generic_config)
    if config_path is None or config_path.suffix not in CONFIG_SUFFIXES:
        return reader({})
    raw = load_mapping(config_path, tolerant=True)
    if engine == "hugo" and config_path.parent.name == "_default":
        raw = _merge_hugo_config_dir(config_path, raw)
    config = reader(raw)
    if engine == "hexo":
        renderer = hexo_renderer(config_path.parent)
        return replace(config, renderer=renderer, markdown=renderer_settings(renderer, raw))
    return config


def _merge_hugo_config_dir(main: Path, raw: dict[str, object]) -> dict[str, object]:
    """Hugo's ``config/_default/markup.toml`` is the ``markup`` table of the main config."""
    merged = dict(raw)
    for path in sorted(main.parent.iterdir()):
        if path == main or path.suffix not in CONFIG_SUFFIXES or path.stem in ("hugo", "config"):
            continue
        try:
            merged.setdefault(path.stem, load_mapping(path, tolerant=True))
        except ConfigError:
            continue  # a broken side file must not hide the main settings
    return merged
