"""Front-matter keys Zola reads (decision 0031). Custom fields must go under [extra]."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F
from postpad.core.fields.spec import Widget

FIELDS: tuple[F, ...] = (
    F("title", K.TEXT, "Page title.", "页面标题。", misspellings=("titel",)),
    F("description", K.LONGTEXT, "Description.", "描述。"),
    F(
        "date",
        K.DATETIME,
        "RFC 3339 or YYYY-MM-DD; unquoted in TOML.",
        "RFC 3339 或 YYYY-MM-DD；TOML 中不要加引号。",
        misspellings=("data",),
    ),
    F("updated", K.DATETIME, "Last update date.", "更新日期。"),
    F("weight", K.NUMBER, "Ordering weight.", "排序权重。"),
    F("draft", K.BOOL, "Only built with --drafts.", "仅在使用 --drafts 时生成。"),
    F("render", K.BOOL, "false: do not render this page.", "设为 false 时不渲染本页。"),
    F("slug", K.TEXT, "URL slug; must not be empty.", "URL slug；不能为空。"),
    F("path", K.TEXT, "Full URL path.", "完整 URL 路径。", widget=Widget.URL),
    F("aliases", K.LIST, "Old URLs that redirect here.", "重定向到本页的旧地址。"),
    F("authors", K.LIST, "Authors.", "作者列表。"),
    F("in_search_index", K.BOOL, "Include in the search index.", "加入搜索索引。"),
    F("template", K.TEXT, "Template file.", "模板文件。"),
    F(
        "taxonomies",
        K.NESTED,
        "Taxonomies: arrays of strings per taxonomy (tags, categories…).",
        "分类法：每个分类法一个字符串数组（tags、categories…）。",
        misspellings=("taxonomy", "tags", "categories"),
    ),
    F(
        "extra",
        K.NESTED,
        "Custom fields (unknown top-level keys are ignored by Zola).",
        "自定义字段（Zola 会忽略未知的顶层键）。",
    ),
)
