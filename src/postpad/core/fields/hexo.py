"""Front-matter keys Hexo core reads (decision 0031, hexo.io/docs/front-matter)."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F
from postpad.core.fields.spec import Widget

FIELDS: tuple[F, ...] = (
    F(
        "title",
        K.TEXT,
        "Post title. Without it Hexo 7/8 uses an empty title.",
        "文章标题。不写时 Hexo 7/8 的标题为空。",
        misspellings=("titel", "tittle", "tile"),
        required=True,
    ),
    F(
        "date",
        K.DATETIME,
        "Publication date. Write it as YYYY-MM-DD HH:mm:ss (or your own YYYY/M/D). "
        "An unreadable date silently becomes the file's creation time.",
        "发布日期。写成 YYYY-MM-DD HH:mm:ss（或沿用 YYYY/M/D）。"
        "无法解析的日期会被静默替换为文件创建时间。",
        misspellings=("data", "dates", "daet", "dtae"),
        required=True,
    ),
    F(
        "updated",
        K.DATETIME,
        "Last update date. When missing Hexo uses the file's modification time "
        "(updated_option in _config.yml).",
        "更新日期。不写时 Hexo 使用文件修改时间（见 _config.yml 的 updated_option）。",
        misspellings=("update", "updatd", "upated", "modified"),
    ),
    F(
        "tags",
        K.TAGS,
        "Tags: a string is one tag, a list is several. Numbers such as 1.10 become '1.1'; "
        "quote them.",
        "标签：字符串为一个标签，列表为多个。1.10 之类的数字会变成“1.1”，请加引号。",
        aliases=("tag",),
        misspellings=("tages", "tgas", "taggs"),
    ),
    F(
        "categories",
        K.CATEGORIES,
        "Categories: a list [A, B] is ONE path A › B; a list of lists gives several categories.",
        "分类：列表 [A, B] 是一条层级路径 A › B；列表的列表才是多个并列分类。",
        aliases=("category",),
        misspellings=("categroies", "catagories", "categores", "categorys", "catergories"),
    ),
    F(
        "layout",
        K.TEXT,
        "Layout to render with (default_layout, usually 'post'). false renders without a layout.",
        "使用的布局（默认为 default_layout，一般是 post）。false 表示不套用主题布局。",
        misspellings=("layuot", "layot"),
    ),
    F(
        "comments",
        K.BOOL,
        "Whether the comment section is shown (default true). Write a bare true/false.",
        "是否显示评论区（默认 true）。请写不带引号的 true/false。",
        misspellings=("comment", "commments"),
    ),
    F(
        "permalink",
        K.TEXT,
        "Overrides the post URL; must end with / or .html.",
        "覆盖文章链接；须以 / 或 .html 结尾。",
        widget=Widget.URL,
        misspellings=("permlink", "permalnik", "perma_link"),
    ),
    F(
        "slug",
        K.TEXT,
        "Ignored by Hexo: the URL :title comes from the file name.",
        "Hexo 会忽略此项：链接中的 :title 取自文件名。",
    ),
    F(
        "published",
        K.BOOL,
        "false hides a post in _posts (drafts default to false).",
        "设为 false 时 _posts 中的文章不会生成（草稿默认为 false）。",
        misspellings=("publish", "pubished"),
    ),
    F(
        "excerpt",
        K.LONGTEXT,
        "Excerpt shown on index pages (otherwise the text before <!-- more -->).",
        "首页摘要（不写时取 <!-- more --> 之前的内容）。",
        misspellings=("excerp", "exerpt"),
    ),
    F(
        "disableNunjucks",
        K.BOOL,
        "true turns off {{ }} and {% %} processing for this post (theme tags stop working too).",
        "设为 true 时本文不处理 {{ }} 与 {% %}（主题标签插件也会失效）。",
        misspellings=("disableNunjuck", "disable_nunjucks"),
    ),
    F(
        "lang",
        K.TEXT,
        "Language of the post (for i18n sites).",
        "文章语言（多语言站点使用）。",
    ),
    F(
        "photos",
        K.LIST,
        "Photos of the post (list of image paths).",
        "文章相册（图片路径列表）。",
        aliases=("photo",),
    ),
)
