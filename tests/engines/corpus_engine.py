"""Build a corpus site with the real engine: the harness site, the blog's own settings, its posts.

The corpus holds a blog's config and a selection of its posts, not its theme or plugins. The
engine builds them in the harness fixture site (tests/engines/sites/ENGINE, whose layout prints
what the engine read) with the blog's settings that change how a post is read or rendered copied
in (SETTINGS below). What the corpus cannot hold is stood in for (decision 0083): a tag,
shortcode, include or layout the posts use and the bare engine does not ship is registered as a
stub that prints a marker, and a link to a post outside the selection does not stop the build.

A post that stops the whole build (Jekyll/Hugo template errors) is set aside and the build is run
again without it, so one post cannot hide the others; such a post is reported as `failed`.
Nothing here imports Postpad.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from corpus_sites import CorpusSite
from engine_harness import ENGINES, EnginePost, run
from hexo_renderers import blog_renderer, use_renderer
from hexo_themes import use_theme

#: the blog's own config keys copied into the harness site (they change what a post reads as)
SETTINGS = {
    "hexo": (
        "timezone",
        "date_format",
        "time_format",
        "marked",
        "markdown",
        "highlight",
        "prismjs",
        "syntax_highlighter",
        "external_link",
        "post_asset_folder",
        "titlecase",
        "filename_case",
        "url",
        "root",
        "relative_link",
        "default_category",
        "updated_option",
        "use_date_for_updated",
        "new_post_name",
        "pretty_urls",
        "permalink",
    ),
    "hugo": (
        "timeZone",
        "markup",
        "hasCJKLanguage",
        "defaultContentLanguage",
        "languageCode",
        "frontmatter",
        "permalinks",
        "uglyURLs",
        "relativeURLs",
        "canonifyURLs",
        "baseURL",
        "disablePathToLower",
        "summaryLength",
        "params",  # what {{< param >}} writes when the page has no such param (decision 0277)
        # legacy highlight keys Hugo 0.168 still reads (markup/highlight ApplyLegacyConfig)
        "pygmentsStyle",
        "pygmentsUseClasses",
        "pygmentsCodeFences",
        "pygmentsCodefencesGuessSyntax",
        "pygmentsOptions",
    ),
    "jekyll": (
        "timezone",
        "markdown",
        "kramdown",
        "highlighter",
        "liquid",
        "permalink",
        "excerpt_separator",
        "strict_front_matter",
        "encoding",
        "url",
        "baseurl",
        "lsi",
    ),
}
HEXO_PERMALINK_TOKENS = frozenset(
    {"year", "month", "day", "i_month", "i_day", "hour", "minute", "second", "title", "name"}
    | {"post_title", "id", "category", "timestamp", "hash"}
)
HUGO_SHORTCODES = frozenset(
    {"comment", "details", "figure", "gist", "highlight", "instagram", "param", "qr", "ref"}
    | {"relref", "tweet", "twitter", "vimeo", "x", "youtube"}
)
LIQUID_TAGS = frozenset(
    {"assign", "capture", "case", "comment", "cycle", "for", "if", "unless", "include"}
    | {"include_relative", "raw", "tablerow", "increment", "decrement", "break", "continue"}
    | {"echo", "liquid", "render", "highlight", "link", "post_url", "else", "elsif", "when"}
)
#: Jekyll config keys of the blog that are not copied (theme, plugins, folders, build modes)
JEKYLL_DROPPED = (
    "plugins",
    "gems",
    "theme",
    "remote_theme",
    "defaults",
    "exclude",
    "include",
    "source",
    "destination",
    "collections_dir",
    "layouts_dir",
    "includes_dir",
    "plugins_dir",
    "data_dir",
    "safe",
    "keep_files",
    "future",
    "show_drafts",
    "unpublished",
    "whitelist",
    "sass",
    "paginate",
    "paginate_path",
    "jekyll-archives",
    "collections",
    "incremental",
    "profile",
)
MAX_SET_ASIDE = 12  # builds re-run at most this often after a post stopped the build

HEXO_TAG = re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)")
HUGO_SHORTCODE = re.compile(r"\{\{[<%]\s*([A-Za-z_][\w./-]*)")
JEKYLL_INCLUDE = re.compile(r"\{%-?\s*include\s+([\w./-]+)")
JEKYLL_LAYOUT = re.compile(r"^layout:\s*['\"]?([\w./-]+)", re.M)


class _LenientLoader(yaml.SafeLoader):
    """YAML as a config reader that must not choke on `!!js/regexp` and other custom tags."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".toml":
        return tomllib.loads(text)
    if path.suffix == ".json":
        return dict(json.loads(text))
    loaded = yaml.load(text, Loader=_LenientLoader)  # a SafeLoader subclass
    return loaded if isinstance(loaded, dict) else {}


def site_settings(site: CorpusSite) -> dict[str, object]:
    """The blog's settings from SETTINGS (Hugo: config/_default merged; keys matched loosely)."""
    found: dict[str, object] = {}
    for relative in site.configs:
        path = site.root / relative
        if not _is_main_config(site.engine, relative) or not path.is_file():
            continue
        try:
            raw = read_config(path)
        except (ValueError, yaml.YAMLError, UnicodeDecodeError):
            continue
        if relative.startswith("config/") and site.engine == "hugo":
            stem = Path(relative).stem
            raw = raw if stem in ("config", "hugo") else {stem: raw}
        wanted = {key.lower(): key for key in SETTINGS[site.engine]}
        for key, value in raw.items():
            if str(key).lower() in wanted and value is not None:
                found[wanted[str(key).lower()]] = value
    return found


def _is_main_config(engine: str, relative: str) -> bool:
    if engine == "hugo":
        if relative.startswith("config/"):
            return relative.startswith("config/_default/")
        return relative.split("/")[-1].split(".")[0] in ("config", "hugo")
    return relative == "_config.yml"


@dataclass
class SiteBuild:
    """What the engine read of each post, by its site-relative path."""

    engine: str
    returncode: int
    log: str
    posts: dict[str, EnginePost]
    failed: dict[str, str] = field(default_factory=dict)  # post -> why it stopped / broke
    stubs: tuple[str, ...] = ()

    def read(self, post: str) -> EnginePost | None:
        return self.posts.get(post)


def build_site(
    site: CorpusSite, where: Path, texts: dict[str, bytes], tz: str = "UTC"
) -> SiteBuild:
    """Build the posts (site-relative path -> file bytes) in a fresh harness site."""
    engine = ENGINES[site.engine]
    root = engine.new_site(where)
    for post in root.joinpath(engine.posts_dir).glob("*"):
        post.unlink()
    _merge_settings(site, root)
    for relative, data in texts.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    stubs = _write_stubs(site.engine, root, texts)
    failed: dict[str, str] = {}
    for _ in range(MAX_SET_ASIDE):
        result = engine.build(root, tz)
        posts = {_site_relative(site.engine, root, p): p for p in result.posts.values()}
        failed.update(_render_errors(site.engine, result.posts.values(), root))
        culprit = None if result.returncode == 0 else _culprit(result.log, root, texts, failed)
        if culprit is None:
            return SiteBuild(site.engine, result.returncode, result.log, posts, failed, stubs)
        failed[culprit] = _first_error(result.log)
        (root / culprit).unlink()
        for output in ("public", "_site"):
            shutil.rmtree(root / output, ignore_errors=True)
    return SiteBuild(site.engine, result.returncode, result.log, posts, failed, stubs)


def _site_relative(engine: str, root: Path, post: EnginePost) -> str:
    if engine == "hexo":
        return "source/" + str(post.raw["source"])
    if engine == "hugo":
        return str(Path(str(post.raw["filename"])).resolve().relative_to(root.resolve()))
    return str(post.raw["file"])


def _render_errors(engine: str, posts: object, root: Path) -> dict[str, str]:
    """Hexo: posts whose body failed to render (the oracle keeps the others going)."""
    if engine != "hexo":
        return {}
    errors: dict[str, str] = {}
    for post in posts:  # type: ignore[attr-defined]
        error = post.raw.get("render_error")
        if error:
            errors["source/" + str(post.raw["source"])] = str(error)
    return errors


def _culprit(log: str, root: Path, texts: dict[str, bytes], failed: dict[str, str]) -> str | None:
    """The post a failed build names (first mention), if it is still in the site."""
    best: tuple[int, str] | None = None
    for relative in texts:
        if relative in failed or not (root / relative).exists():
            continue
        for needle in (relative, relative.split("/", 1)[-1]):
            at = log.find(needle)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, relative)
    return best[1] if best else None


def _first_error(log: str) -> str:
    for line in log.splitlines():
        if re.search(r"error|exception|fatal", line, re.I):
            return line.strip()[:300]
    return log.strip().splitlines()[-1][:300] if log.strip() else "build failed"


def _merge_settings(site: CorpusSite, root: Path) -> None:
    settings = site_settings(site)
    if site.engine == "hexo":
        settings.update(_hexo_theme(site, root))
        renderer = blog_renderer(site.root)
        if renderer is not None and renderer != "hexo-renderer-marked":
            use_renderer(root, renderer)  # decision 0157
        _merge_hexo(settings, root)
    elif site.engine == "hugo":
        _merge_hugo(settings, root)
    else:
        _merge_jekyll(site, root)


def _hexo_theme(site: CorpusSite, root: Path) -> dict[str, object]:
    """Load the blog's theme when the harness has it installed (Butterfly: its real tags)."""
    theme = read_config(site.root / "_config.yml").get("theme")
    if not isinstance(theme, str):
        return {}
    theme_config = site.root / f"_config.{theme}.yml"
    return {"theme": theme.lower()} if use_theme(root, theme, theme_config) else {}


def _merge_hexo(settings: dict[str, object], root: Path) -> None:
    config = read_config(root / "_config.yml")
    config.pop("timezone", None)  # the blog's own zone, or the machine's as on the blog's CI
    config.update(settings)
    config.pop("new_post_name", None)  # only matters for `hexo new`
    tokens = set(re.findall(r":(\w+)", str(config.get("permalink", ""))))
    if not tokens <= HEXO_PERMALINK_TOKENS:  # a plugin's token (:abbrlink): the harness's own
        config["permalink"] = ":year/:month/:day/:title/"
    (root / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")


def _merge_hugo(settings: dict[str, object], root: Path) -> None:
    config = read_config(root / "hugo.toml")
    config.pop("timeZone", None)  # the blog's own zone, or the machine's as on the blog's CI
    _deep_update(config, settings)
    # A link to a post outside the corpus selection must not stop the build (decision 0083).
    config.update(refLinksErrorLevel="WARNING", refLinksNotFoundURL="/postpad-not-in-corpus/")
    (root / "hugo.toml").write_text(_toml_table([], config), encoding="utf-8")


def _deep_update(target: dict[str, object], extra: dict[str, object]) -> None:
    for key, value in extra.items():
        here = target.get(key)
        if isinstance(here, dict) and isinstance(value, dict):
            _deep_update(here, value)
        else:
            target[key] = value


def _toml_table(path: list[str], table: dict[str, object]) -> str:
    plain = {k: v for k, v in table.items() if not isinstance(v, dict)}
    nested = {k: v for k, v in table.items() if isinstance(v, dict)}
    out = f"[{'.'.join(json.dumps(p) for p in path)}]\n" if path else ""
    out += "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in plain.items())
    return out + "".join(_toml_table([*path, k], v) for k, v in nested.items())


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{" + items + "}"
    if value is None:
        return '""'
    return json.dumps(value, ensure_ascii=False, default=str)


def _merge_jekyll(site: CorpusSite, root: Path) -> None:
    """Jekyll: the blog's whole config (posts read `site.*` variables), less what would load
    the theme, plugins or other folders; the harness keys (layout defaults, printed keys) win."""
    harness = read_config(root / "_config.yml")
    harness.pop("timezone", None)  # the blog's own zone, or the machine's as on the blog's CI
    config: dict[str, object] = {}
    if (site.root / "_config.yml").is_file():
        try:
            config = read_config(site.root / "_config.yml")
        except (ValueError, yaml.YAMLError, UnicodeDecodeError):
            config = {}
    for key in JEKYLL_DROPPED:
        config.pop(key, None)
    config.update(harness)
    config.update(site_settings(site))
    (root / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")


def _texts(texts: dict[str, bytes]) -> str:
    return "\n".join(data.decode("utf-8", "replace") for data in texts.values())


def _write_stubs(engine: str, root: Path, texts: dict[str, bytes]) -> tuple[str, ...]:
    """Stand-ins for the theme's and plugins' tags the posts use (decision 0083)."""
    text = _texts(texts)
    if engine == "hexo":
        names = sorted(set(HEXO_TAG.findall(text)))
        ends = sorted({n for n in names if re.search(r"\{%-?\s*end" + re.escape(n) + r"\b", text)})
        (root / "postpad_stub_tags.json").write_text(json.dumps({"tags": names, "ends": ends}))
        return tuple(names)
    if engine == "hugo":
        names = sorted(set(HUGO_SHORTCODE.findall(text)) - HUGO_SHORTCODES)
        for name in names:
            stub = root / "layouts" / "_shortcodes" / f"{name}.html"
            stub.parent.mkdir(parents=True, exist_ok=True)
            closed = re.search(r"\{\{[<%]\s*/\s*" + re.escape(name) + r"\s*[>%]\}\}", text)
            template = HUGO_STUB if closed else '<span data-postpad-stub="NAME"></span>'
            stub.write_text(template.replace("NAME", name), "utf-8")
        return tuple(names)
    return _jekyll_stubs(root, text)


def _jekyll_stubs(root: Path, text: str) -> tuple[str, ...]:
    includes = sorted(set(JEKYLL_INCLUDE.findall(text)))
    for name in includes:
        stub = root / "_includes" / name
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text(f'<span data-postpad-stub="{name}"></span>', "utf-8")
    post = (root / "_layouts" / "post.html").read_text(encoding="utf-8")
    for name in set(JEKYLL_LAYOUT.findall(text)) - {"post", "null", "none"}:
        target = root / "_layouts" / f"{name}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(post, "utf-8")
    tags = sorted(set(re.findall(r"\{%-?\s*([A-Za-z_]\w*)", text)) - LIQUID_TAGS)
    tags = [t for t in tags if not t.startswith("end")]
    blocks = [t for t in tags if re.search(r"\{%-?\s*end" + t + r"\b", text)]
    plugin = ["# Stand-ins for plugin tags the corpus posts use (decision 0083)"]
    for name in tags:
        block = name in blocks
        base = "Liquid::Block" if block else "Liquid::Tag"
        output = (
            f"'<div data-postpad-stub=\"{name}\">' + super.to_s + '</div>'"
            if block
            else f"'<span data-postpad-stub=\"{name}\"></span>'"
        )
        plugin.append(
            f"class PostpadStub_{name} < {base}\n  def render(context)\n    {output}\n  end\nend\n"
            f"Liquid::Template.register_tag('{name}', PostpadStub_{name})"
        )
    plugin.append(JEKYLL_POST_URL)
    (root / "_plugins").mkdir(exist_ok=True)
    (root / "_plugins" / "postpad_stubs.rb").write_text("\n".join(plugin) + "\n", "utf-8")
    return tuple(includes + tags)


# A theme's shortcode: a marker, and its inner text rendered as Markdown when it has one.
HUGO_STUB = (
    '{{ with .InnerDeindent }}<div data-postpad-stub="NAME">'
    '{{ $.Page.RenderString (dict "display" "block") . }}</div>'
    '{{ else }}<span data-postpad-stub="NAME"></span>{{ end }}'
)

# `{% post_url %}` / `{% link %}` to a file outside the corpus: a marker, not a stopped build.
JEKYLL_POST_URL = """
class PostpadPostUrl < Jekyll::Tags::PostUrl
  def render(context)
    super
  rescue ArgumentError, Jekyll::Errors::PostURLError
    "/postpad-not-in-corpus/"
  end
end
Liquid::Template.register_tag('post_url', PostpadPostUrl)

class PostpadLink < Jekyll::Tags::Link
  def render(context)
    super
  rescue ArgumentError
    "/postpad-not-in-corpus/"
  end
end
Liquid::Template.register_tag('link', PostpadLink)
"""


def config_trips(site: CorpusSite, where: Path) -> str | None:
    """Why the engine fails on the blog's own config files as they are (None: it loads them)."""
    engine = ENGINES[site.engine]
    root = engine.new_site(where)
    for relative in site.configs:
        if _is_main_config(site.engine, relative) or relative.startswith("config/"):
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(site.root / relative, target)
    if site.engine == "hugo":
        if any(r.startswith("config/") or r.split(".")[0] == "config" for r in site.configs):
            (root / "hugo.toml").unlink()
        binary = engine.binary()  # type: ignore[attr-defined]
        for _ in range(4):  # the theme is not in the corpus: an empty one stands in
            code, log = run([binary, "config"], root, "UTC")
            theme = re.search(r'module "([^"]+)" not found', log)
            if code == 0 or theme is None:
                break
            (root / "themes" / theme.group(1)).mkdir(parents=True, exist_ok=True)
    elif site.engine == "hexo":
        oracle = str(engine.oracle)  # type: ignore[attr-defined]
        code, log = run(
            ["node", oracle, "render", str(root), str(root / "out.json")], root, "UTC", "{}"
        )
        out = root / "out.json"
        if code == 0 and out.is_file():
            logged = json.loads(out.read_text(encoding="utf-8")).get("logged", [])
            errors = [item["message"] for item in logged if item["level"] in ("error", "fatal")]
            code, log = (1, "\n".join(errors)) if errors else (0, log)
    else:
        code, log = run(["jekyll", "build", "--trace"], root, "UTC")
    return None if code == 0 else _first_error(log)
