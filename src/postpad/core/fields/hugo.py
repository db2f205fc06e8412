"""Front-matter keys Hugo reads (decision 0031). Hugo keys are case-insensitive."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F
from postpad.core.fields.spec import Widget

_DATE_EN = " Write RFC 3339 with an offset (2024-06-01T13:05:09+08:00); 2024/6/1 fails the build."
_DATE_ZH = "请写带时区的 RFC 3339（2024-06-01T13:05:09+08:00）；2024/6/1 会导致构建失败。"

FIELDS: tuple[F, ...] = (
    F("title", K.TEXT, "Page title.", "页面标题。", misspellings=("titel", "tittle")),
    F(
        "date",
        K.DATETIME,
        "Page date." + _DATE_EN,
        "页面日期。" + _DATE_ZH,
        misspellings=("data", "dates"),
    ),
    F(
        "draft",
        K.BOOL,
        "true: not built unless --buildDrafts. Write true/false (yes is a string since 0.152).",
        "true：除非使用 --buildDrafts 否则不生成。请写 true/false（0.152 起 yes 是字符串）。",
        misspellings=("drafts", "darft"),
    ),
    F("description", K.LONGTEXT, "Page description.", "页面描述。", misspellings=("desc",)),
    F(
        "tags",
        K.TAGS,
        "Taxonomy terms (a list means several flat terms).",
        "标签（列表为多个并列词条）。",
        misspellings=("tag", "tages"),
    ),
    F(
        "categories",
        K.CATEGORIES,
        "Taxonomy terms; Hugo has no category hierarchy.",
        "分类词条；Hugo 没有层级分类。",
        misspellings=("category", "categroies", "catagories"),
    ),
    F("keywords", K.TAGS, "Meta keywords.", "meta 关键词。"),
    F(
        "lastmod",
        K.DATETIME,
        "Last modification date." + _DATE_EN,
        "最后修改日期。" + _DATE_ZH,
        aliases=("modified",),
        misspellings=("last_mod", "lastmodified"),
    ),
    F(
        "publishDate",
        K.DATETIME,
        "Publish date; future dates are not built without --buildFuture. "
        "Note: 'published' is a date alias here, not a boolean.",
        "发布日期；未来日期需 --buildFuture 才会生成。注意：这里 published 是日期别名而非布尔值。",
        aliases=("pubdate", "published"),
    ),
    F(
        "expiryDate",
        K.DATETIME,
        "After this date the page is no longer built.",
        "过期日期，之后不再生成该页面。",
        aliases=("unpublishdate",),
    ),
    F("slug", K.TEXT, "Last URL segment.", "URL 的最后一段。"),
    F("url", K.TEXT, "Full URL path of the page.", "页面完整 URL 路径。", widget=Widget.URL),
    F("aliases", K.LIST, "Old URLs that redirect here.", "重定向到本页的旧地址。"),
    F("summary", K.LONGTEXT, "Summary shown in lists.", "列表中显示的摘要。"),
    F("linkTitle", K.TEXT, "Shorter title for menus and links.", "菜单与链接中使用的短标题。"),
    F("weight", K.NUMBER, "Ordering weight (lower first).", "排序权重（小者在前）。"),
    F("layout", K.TEXT, "Template layout.", "使用的模板布局。"),
    F("type", K.TEXT, "Content type (template lookup).", "内容类型（模板查找）。"),
    F(
        "markup",
        K.CHOICE,
        "Markup of the content.",
        "内容的标记语言。",
        choices=("markdown", "goldmark", "html", "asciidocext", "org", "pandoc", "rst"),
    ),
    F("isCJKLanguage", K.BOOL, "Count words as CJK.", "按中日韩文字统计字数。"),
    F("headless", K.BOOL, "Headless bundle (not rendered).", "无头页面包（不单独渲染）。"),
    F("translationKey", K.TEXT, "Links translations together.", "关联不同语言的译文。"),
    F("outputs", K.LIST, "Output formats.", "输出格式。"),
    F("params", K.NESTED, "Custom parameters.", "自定义参数。"),
    F("build", K.NESTED, "Build options (list, render, publishResources).", "构建选项。"),
    F("cascade", K.NESTED, "Values passed down to descendants.", "向子页面传递的值。"),
    F("menus", K.NESTED, "Menu entries.", "菜单项。", aliases=("menu",)),
    F("resources", K.NESTED, "Page resource metadata.", "页面资源元数据。"),
    F("sitemap", K.NESTED, "Sitemap settings.", "站点地图设置。"),
    F("sites", K.NESTED, "Sites this page belongs to (0.153+).", "页面所属站点（0.153+）。"),
)
