"""Hexo ``_config.yml``: the keys that matter most, defaults from Hexo 8's
``lib/hexo/default_config.ts`` (hexojs/hexo at a16a7e6), help in English and 简体中文."""

from __future__ import annotations

from postpad.core.siteconfig.schema import ConfigField, ConfigSchema
from postpad.core.siteconfig.schema import ValueKind as K


def _f(
    path: str, kind: K, default: object, en: str, zh: str, group: str, choices: tuple[str, ...] = ()
) -> ConfigField:
    return ConfigField(tuple(path.split(".")), kind, default, True, en, zh, choices, group)


_SITE, _URL, _WRITING, _EXT = "Site 站点", "URL 网址", "Writing 写作", "Extensions 扩展"

FIELDS: tuple[ConfigField, ...] = (
    _f("title", K.TEXT, "Hexo", "The title of your website.", "网站标题。", _SITE),
    _f("subtitle", K.TEXT, "", "The subtitle of your website.", "网站副标题。", _SITE),
    _f(
        "description",
        K.TEXT,
        "",
        "Site description, used in meta tags.",
        "网站描述，用于 meta 标签。",
        _SITE,
    ),
    _f("author", K.TEXT, "John Doe", "Your name.", "作者名字。", _SITE),
    _f(
        "language",
        K.TEXT,
        "en",
        "Language of the site (e.g. zh-CN, en); themes pick their translation from it.",
        "网站语言（如 zh-CN、en），主题据此选择翻译。",
        _SITE,
    ),
    _f(
        "timezone",
        K.TEXT,
        "",
        "Time zone for dates without an offset (e.g. Asia/Shanghai); empty: the computer's.",
        "没有时区的日期按此时区解释（如 Asia/Shanghai）；留空则用本机时区。",
        _SITE,
    ),
    _f(
        "url",
        K.TEXT,
        "http://example.com",
        "The URL of the website, starting with http:// or https://.",
        "网站网址，以 http:// 或 https:// 开头。",
        _URL,
    ),
    _f("root", K.TEXT, "/", "The root folder of the website.", "网站根目录。", _URL),
    _f(
        "permalink",
        K.TEXT,
        ":year/:month/:day/:title/",
        "URL pattern of posts (:year, :month, :day, :title, :name, :category, :hash…).",
        "文章网址格式（:year、:month、:day、:title、:name、:category、:hash…）。",
        _URL,
    ),
    _f(
        "pretty_urls.trailing_index",
        K.BOOL,
        True,
        "Keep index.html at the end of permalinks.",
        "网址末尾保留 index.html。",
        _URL,
    ),
    _f(
        "new_post_name",
        K.TEXT,
        ":title.md",
        "File name of new posts (e.g. :year-:month-:day-:title.md).",
        "新文章的文件名格式（如 :year-:month-:day-:title.md）。",
        _WRITING,
    ),
    _f(
        "default_layout",
        K.TEXT,
        "post",
        "Default layout of new files.",
        "新文件的默认布局。",
        _WRITING,
    ),
    _f(
        "post_asset_folder",
        K.BOOL,
        False,
        "Give each post a folder for its images and files (same name as the post).",
        "为每篇文章建立同名资源文件夹存放图片等文件。",
        _WRITING,
    ),
    _f(
        "relative_link",
        K.BOOL,
        False,
        "Make links relative to the site root.",
        "链接改为相对于网站根目录。",
        _WRITING,
    ),
    _f(
        "future",
        K.BOOL,
        True,
        "Publish posts dated in the future.",
        "发布日期在未来的文章也生成。",
        _WRITING,
    ),
    _f(
        "syntax_highlighter",
        K.CHOICE,
        "highlight.js",
        "Code highlighter: highlight.js, prismjs, or empty for none.",
        "代码高亮：highlight.js、prismjs，留空为不高亮。",
        _WRITING,
        ("highlight.js", "prismjs", ""),
    ),
    _f(
        "highlight.line_number",
        K.BOOL,
        True,
        "highlight.js: show line numbers.",
        "highlight.js：显示行号。",
        _WRITING,
    ),
    _f(
        "highlight.auto_detect",
        K.BOOL,
        False,
        "highlight.js: guess the language of blocks without one.",
        "highlight.js：未标注语言的代码块自动识别语言。",
        _WRITING,
    ),
    _f(
        "highlight.wrap",
        K.BOOL,
        True,
        "highlight.js: wrap code in a table (line numbers column).",
        "highlight.js：代码包在表格中（行号一列）。",
        _WRITING,
    ),
    _f(
        "highlight.hljs",
        K.BOOL,
        False,
        "highlight.js: use hljs- class names.",
        "highlight.js：使用 hljs- 前缀的类名。",
        _WRITING,
    ),
    _f(
        "prismjs.preprocess",
        K.BOOL,
        True,
        "PrismJS: highlight when the site is built (false: in the browser).",
        "PrismJS：生成时高亮（false 为在浏览器中高亮）。",
        _WRITING,
    ),
    _f(
        "prismjs.line_number",
        K.BOOL,
        True,
        "PrismJS: show line numbers.",
        "PrismJS：显示行号。",
        _WRITING,
    ),
    _f(
        "marked.gfm",
        K.BOOL,
        True,
        "hexo-renderer-marked: GitHub flavoured Markdown.",
        "hexo-renderer-marked：使用 GitHub 风格 Markdown。",
        _WRITING,
    ),
    _f(
        "marked.breaks",
        K.BOOL,
        True,
        "hexo-renderer-marked: a single line break becomes <br>.",
        "hexo-renderer-marked：单个换行转为 <br>。",
        _WRITING,
    ),
    _f(
        "marked.postAsset",
        K.BOOL,
        False,
        "hexo-renderer-marked: image paths resolve inside the post's asset folder.",
        "hexo-renderer-marked：图片路径在文章资源文件夹内解析。",
        _WRITING,
    ),
    _f(
        "theme",
        K.TEXT,
        "landscape",
        "The theme's name (themes/NAME or the hexo-theme-NAME package); false disables it.",
        "主题名（themes/NAME 或 hexo-theme-NAME 包）；false 表示不用主题。",
        _EXT,
    ),
    _f(
        "per_page",
        K.NUMBER,
        10,
        "Posts per index page (0: no paging).",
        "首页每页文章数（0 为不分页）。",
        _EXT,
    ),
)

SCHEMA = ConfigSchema(FIELDS, {}, "Hexo 8 lib/hexo/default_config.ts")
