"""Hugo ``hugo.toml`` / ``config.toml`` / ``hugo.yaml``: the keys that matter most. Defaults
from Hugo's sources (gohugoio/hugo at 7b5199f): ``config/allconfig/allconfig.go``
(``newDefaultConfig``: summaryLength 70; ``defaultContentLanguage`` falls back to "en"),
``markup/goldmark/goldmark_config/config.go`` (renderer.unsafe false), ``markup/highlight``
(style monokai, noClasses true), pagination ``pagerSize`` 10. Hugo reads keys in any case."""

from __future__ import annotations

from postpad.core.siteconfig.schema import ConfigField, ConfigSchema
from postpad.core.siteconfig.schema import ValueKind as K


def _f(
    path: str, kind: K, default: object, en: str, zh: str, group: str, choices: tuple[str, ...] = ()
) -> ConfigField:
    return ConfigField(tuple(path.split(".")), kind, default, True, en, zh, choices, group)


_SITE, _CONTENT, _MARKUP = "Site 站点", "Content 内容", "Markup 渲染"

FIELDS: tuple[ConfigField, ...] = (
    _f(
        "baseURL",
        K.TEXT,
        "",
        "The absolute URL of the published site, e.g. https://example.org/.",
        "网站发布后的完整网址，如 https://example.org/。",
        _SITE,
    ),
    _f("title", K.TEXT, "", "The site title.", "网站标题。", _SITE),
    _f(
        "theme",
        K.TEXT,
        "",
        "The theme (a folder in themes/ or a module); a list for several.",
        "主题（themes/ 下的文件夹或模块）；多个主题写成列表。",
        _SITE,
    ),
    _f(
        "defaultContentLanguage",
        K.TEXT,
        "en",
        "The language of content without a language code (e.g. zh-cn).",
        "未标注语言的内容所用的语言（如 zh-cn）。",
        _SITE,
    ),
    _f(
        "locale",
        K.TEXT,
        "",
        "The site's locale, e.g. zh-CN (replaces languageCode since Hugo 0.158).",
        "网站的区域设置，如 zh-CN（Hugo 0.158 起取代 languageCode）。",
        _SITE,
    ),
    _f(
        "timeZone",
        K.TEXT,
        "",
        "Time zone for front-matter dates without an offset, e.g. Asia/Shanghai.",
        "没有时区的 front matter 日期按此时区解释，如 Asia/Shanghai。",
        _SITE,
    ),
    _f(
        "hasCJKLanguage",
        K.BOOL,
        False,
        "Count words and summaries the CJK way: turn on for Chinese, Japanese or Korean posts.",
        "按中日韩文字统计字数与摘要：中文博客应打开。",
        _CONTENT,
    ),
    _f(
        "summaryLength",
        K.NUMBER,
        70,
        "Length of automatic summaries, in words.",
        "自动摘要的长度（词数）。",
        _CONTENT,
    ),
    _f(
        "permalinks",
        K.YAML,
        {},
        "URL patterns per section, e.g. {posts: /:year/:month/:slug/}; empty: the file's path.",
        "按内容分区设置网址格式，如 {posts: /:year/:month/:slug/}；为空时使用文件路径。",
        _CONTENT,
    ),
    _f("buildDrafts", K.BOOL, False, "Publish drafts.", "发布草稿。", _CONTENT),
    _f(
        "buildFuture",
        K.BOOL,
        False,
        "Publish posts dated in the future.",
        "发布日期在未来的文章。",
        _CONTENT,
    ),
    _f(
        "pagination.pagerSize",
        K.NUMBER,
        10,
        "Pages per list page.",
        "列表页每页的条目数。",
        _CONTENT,
    ),
    _f(
        "markup.goldmark.renderer.unsafe",
        K.BOOL,
        False,
        "Keep raw HTML written in Markdown (false: Hugo replaces it with a comment).",
        "保留 Markdown 中的原始 HTML（false 时 Hugo 会把它替换为注释）。",
        _MARKUP,
    ),
    _f(
        "markup.goldmark.renderer.hardWraps",
        K.BOOL,
        False,
        "A single line break becomes <br>.",
        "单个换行转为 <br>。",
        _MARKUP,
    ),
    _f(
        "markup.highlight.style",
        K.TEXT,
        "monokai",
        "Chroma style of highlighted code (e.g. monokai, github, dracula).",
        "代码高亮的 Chroma 配色（如 monokai、github、dracula）。",
        _MARKUP,
    ),
    _f(
        "markup.highlight.lineNos",
        K.BOOL,
        False,
        "Show line numbers in code blocks.",
        "代码块显示行号。",
        _MARKUP,
    ),
    _f(
        "markup.highlight.noClasses",
        K.BOOL,
        True,
        "Inline colours instead of CSS classes.",
        "使用内联颜色而不是 CSS 类。",
        _MARKUP,
    ),
)

SCHEMA = ConfigSchema(FIELDS, {}, "Hugo config/allconfig/allconfig.go")
