"""The site settings that change how a post is written, dated and rendered.

Only the keys that matter to an editor are read; everything else stays in ``raw``. Defaults are
each engine's own (Hexo ``lib/hexo/default_config.ts``, Hugo ``hugo config``, Jekyll
``configuration.rb``), so a site without a key behaves as the engine would.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path, PurePosixPath

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from postpad.core.engines import engine_for
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
    if path.suffix == ".toml":
        return _mapping(_load_toml(path, text))
    try:
        if path.suffix == ".json":
            value: object = json.loads(text)
        else:
            loader = TolerantConfigLoader if tolerant else HexoConfigLoader
            value = load_yaml(text, loader=loader)
    except (json.JSONDecodeError, FrontMatterError) as exc:
        raise ConfigError(path, str(exc)) from exc
    return _mapping(value)


def _load_toml(path: Path, text: str) -> object:
    import tomllib  # Hugo's and Zola's configs only: not loaded for the others (decision 0210)

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, str(exc)) from exc


def _text(value: object, default: str | None) -> str | None:
    if value is None or value == "":
        return default
    return str(value)


def _mapping(value: object) -> dict[str, object]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _lower_keys(raw: Mapping[str, object]) -> dict[str, object]:
    return {k.lower(): v for k, v in raw.items()}


def _setting(value: object, default: object) -> object:
    """A config value as the ``SiteConfig`` field of ``default``'s type takes it."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(default, bool):
        return value is True  # js-yaml 4 reads ``yes`` as a string: only real booleans count
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    return default if value is None or value == "" else str(value)


_FIELDS = {f.name: f.default for f in fields(SiteConfig)}


def config_for(engine: str, raw: Mapping[str, object]) -> SiteConfig:
    """The settings in ``raw`` (the parsed config file) that ``engine`` reads (``spec.config``,
    decision 0160)."""
    keys = engine_for(engine).config
    source = _lower_keys(raw) if keys.fold_case else raw
    defaults = {**_FIELDS, **dict(keys.defaults)}
    found = {name: _setting(source.get(key), defaults[name]) for name, key in keys.settings}
    markdown: Mapping[str, object] = source
    for depth, part in enumerate(keys.markdown, 1):
        table = _mapping(markdown.get(part))
        markdown = _lower_keys(table) if keys.fold_case and depth < len(keys.markdown) else table
    return SiteConfig(
        **found,  # type: ignore[arg-type]  # each value has its field's type (_setting)
        markdown=dict(markdown) if keys.markdown else {},
        raw=raw if keys.keep_raw else {},
        render_site={k: source[k] for k in keys.render_keys if k in source},
    )


CONFIG_SUFFIXES = (".yml", ".yaml", ".toml", ".json")


def read_config(engine: str, config_path: Path | None) -> SiteConfig:
    """Read ``config_path`` for ``engine``; JavaScript configs and missing files give defaults."""
    keys = engine_for(engine).config
    if config_path is None or config_path.suffix not in CONFIG_SUFFIXES:
        return config_for(engine, {})
    raw = load_mapping(config_path, tolerant=True)
    if keys.config_dir and config_path.parent.name == PurePosixPath(keys.config_dir).name:
        raw = _merge_config_dir(config_path, raw, keys.main_stems)
    config = config_for(engine, raw)
    if keys.renderer_from_package:
        renderer = hexo_renderer(config_path.parent)
        return replace(config, renderer=renderer, markdown=renderer_settings(renderer, raw))
    return config


def _merge_config_dir(
    main: Path, raw: dict[str, object], main_stems: tuple[str, ...]
) -> dict[str, object]:
    """Hugo's ``config/_default/markup.toml`` is the ``markup`` table of the main config."""
    merged = dict(raw)
    for path in sorted(main.parent.iterdir()):
        if path == main or path.suffix not in CONFIG_SUFFIXES or path.stem in main_stems:
            continue
        try:
            merged.setdefault(path.stem, load_mapping(path, tolerant=True))
        except ConfigError:
            continue  # a broken side file must not hide the main settings
    return merged
