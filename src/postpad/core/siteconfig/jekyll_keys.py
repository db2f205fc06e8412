"""Jekyll ``_config.yml``: the keys that matter most, defaults from Jekyll's
``lib/jekyll/configuration.rb`` (``DEFAULTS``), help in English and 简体中文."""

from __future__ import annotations

from postpad.core.siteconfig.schema import ConfigField, ConfigSchema
from postpad.core.siteconfig.schema import ValueKind as K


def _f(
    path: str, kind: K, default: object, en: str, zh: str, group: str, choices: tuple[str, ...] = ()
) -> ConfigField:
    return ConfigField(tuple(path.split(".")), kind, default, True, en, zh, choices, group)


_SITE, _WRITING = "Site 站点", "Writing 写作"

FIELDS: tuple[ConfigField, ...] = (
    _f(
        "title",
        K.TEXT,
        None,
        "The site title (themes read site.title).",
        "网站标题（主题读取 site.title）。",
        _SITE,
    ),
    _f(
        "url",
        K.TEXT,
        None,
        "The site's address, e.g. https://example.org.",
        "网站地址，如 https://example.org。",
        _SITE,
    ),
    _f(
        "baseurl",
        K.TEXT,
        None,
        "The subpath the site is served under, e.g. /blog (empty: the root).",
        "网站所在的子路径，如 /blog（留空为根目录）。",
        _SITE,
    ),
    _f(
        "theme",
        K.TEXT,
        None,
        "A gem-based theme, e.g. minima.",
        "gem 形式的主题，如 minima。",
        _SITE,
    ),
    _f(
        "timezone",
        K.TEXT,
        None,
        "Time zone of post dates without an offset, e.g. Asia/Shanghai (empty: the computer's).",
        "没有时区的文章日期按此时区解释，如 Asia/Shanghai（留空为本机时区）。",
        _SITE,
    ),
    _f(
        "permalink",
        K.TEXT,
        "date",
        "URL pattern of posts: date, pretty, ordinal, none, or e.g. /:year/:title/.",
        "文章网址格式：date、pretty、ordinal、none，或如 /:year/:title/。",
        _WRITING,
    ),
    _f("markdown", K.TEXT, "kramdown", "The Markdown converter.", "Markdown 转换器。", _WRITING),
    _f("highlighter", K.TEXT, "rouge", "The code highlighter.", "代码高亮器。", _WRITING),
    _f(
        "kramdown.input",
        K.CHOICE,
        "GFM",
        "kramdown input: GFM (GitHub flavoured) or kramdown.",
        "kramdown 输入格式：GFM（GitHub 风格）或 kramdown。",
        _WRITING,
        ("GFM", "kramdown"),
    ),
    _f(
        "kramdown.hard_wrap",
        K.BOOL,
        False,
        "GFM: a single line break becomes <br>.",
        "GFM：单个换行转为 <br>。",
        _WRITING,
    ),
    _f(
        "future",
        K.BOOL,
        False,
        "Publish posts dated in the future.",
        "发布日期在未来的文章。",
        _WRITING,
    ),
    _f(
        "show_drafts",
        K.BOOL,
        None,
        "Publish drafts from _drafts.",
        "发布 _drafts 中的草稿。",
        _WRITING,
    ),
    _f(
        "excerpt_separator",
        K.TEXT,
        "\n\n",
        "Where a post's excerpt ends (default: the first blank line).",
        "文章摘要的结束标记（默认为第一个空行）。",
        _WRITING,
    ),
    _f("plugins", K.LIST, [], "Plugins (gems) to load.", "要加载的插件（gem）。", _SITE),
)

SCHEMA = ConfigSchema(FIELDS, {}, "Jekyll lib/jekyll/configuration.rb")
