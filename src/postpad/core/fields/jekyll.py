"""Front-matter keys Jekyll 4 reads (decision 0031). YAML 1.1: yes/no/on/off are booleans."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F
from postpad.core.fields.spec import Widget

FIELDS: tuple[F, ...] = (
    F(
        "layout",
        K.TEXT,
        "Layout from _layouts/ (e.g. post).",
        "_layouts/ 中的布局（如 post）。",
        misspellings=("layuot",),
    ),
    F(
        "title",
        K.TEXT,
        "Post title. 'no' would become false and the title falls back to the slug.",
        "文章标题。写 no 会被当成 false，标题将退回为文件名。",
        misspellings=("titel", "tittle"),
    ),
    F(
        "date",
        K.DATETIME,
        "Overrides the file-name date (also in the URL): YYYY-MM-DD HH:MM:SS +0800. "
        "An invalid date fails the whole build.",
        "覆盖文件名中的日期（包括 URL）：YYYY-MM-DD HH:MM:SS +0800。无效日期会使整个站点构建失败。",
        misspellings=("data", "dates"),
    ),
    F(
        "categories",
        K.CATEGORIES,
        "Categories: a list or a space-separated string; they go into the default permalink.",
        "分类：列表或以空格分隔的字符串；会出现在默认链接中。",
        aliases=("category",),
        misspellings=("categroies", "catagories"),
    ),
    F(
        "tags",
        K.TAGS,
        "Tags: a list or a space-separated string.",
        "标签：列表或以空格分隔的字符串。",
        aliases=("tag",),
    ),
    F(
        "published",
        K.BOOL,
        "false hides the post.",
        "设为 false 时不发布。",
        misspellings=("publish",),
    ),
    F(
        "permalink",
        K.TEXT,
        "URL of this post.",
        "本文的链接地址。",
        widget=Widget.URL,
        misspellings=("permlink",),
    ),
    F("slug", K.TEXT, "Slug used in the permalink.", "链接中使用的 slug。"),
    F("excerpt", K.LONGTEXT, "Excerpt text.", "摘要文字。"),
    F("excerpt_separator", K.TEXT, "Marker ending the excerpt.", "摘要结束标记。"),
    F("description", K.LONGTEXT, "Description (jekyll-seo-tag).", "描述（jekyll-seo-tag）。"),
    F("author", K.TEXT, "Author.", "作者。"),
    F("image", K.IMAGE, "Social image (jekyll-seo-tag).", "社交分享图片（jekyll-seo-tag）。"),
    F("lang", K.TEXT, "Language.", "语言。"),
    F(
        "render_with_liquid",
        K.BOOL,
        "false: do not process Liquid {% %} in this file (Jekyll 4).",
        "设为 false 时不处理本文件中的 Liquid {% %}（Jekyll 4）。",
    ),
)
