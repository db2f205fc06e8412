"""Front-matter keys Eleventy 3 reads (decision 0031)."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F
from postpad.core.fields.spec import Widget

FIELDS: tuple[F, ...] = (
    F("title", K.TEXT, "Page title.", "页面标题。", misspellings=("titel",)),
    F(
        "date",
        K.DATETIME,
        "A YAML date, an ISO 8601 string, or Last Modified / Created / git Last Modified / "
        "git Created. 2024/6/1 is a fatal error.",
        "YAML 日期、ISO 8601 字符串，或 Last Modified / Created / git Last Modified / "
        "git Created。2024/6/1 会导致致命错误。",
        choices=("Last Modified", "Created", "git Last Modified", "git Created"),
        misspellings=("data",),
    ),
    F("tags", K.TAGS, "Collections this page belongs to.", "页面所属的集合。"),
    F("layout", K.TEXT, "Layout template.", "布局模板。"),
    F(
        "permalink",
        K.TEXT,
        "Output URL, or false to not write the page.",
        "输出地址；false 表示不输出页面。",
        widget=Widget.URL,
    ),
    F("description", K.LONGTEXT, "Description.", "描述。"),
    F("draft", K.BOOL, "Draft flag (needs a config rule).", "草稿标记（需配置规则生效）。"),
    F(
        "eleventyExcludeFromCollections",
        K.BOOL,
        "Leave this page out of collections.",
        "不把本页加入集合。",
    ),
    F(
        "templateEngineOverride",
        K.CHOICE,
        "Template engines for this file; 'md' stops Liquid from reading {% %}.",
        "本文件的模板引擎；设为 md 可避免 Liquid 解析 {% %}。",
        choices=("md", "liquid,md", "njk,md", "liquid", "njk"),
    ),
    F("eleventyComputed", K.NESTED, "Computed data.", "计算数据。"),
    F("eleventyNavigation", K.NESTED, "Navigation plugin entry.", "导航插件条目。"),
    F("pagination", K.NESTED, "Pagination settings.", "分页设置。"),
)
