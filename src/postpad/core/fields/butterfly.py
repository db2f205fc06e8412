"""Butterfly 5.x post front matter: every key its theme code reads (decision 0031)."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F
from postpad.core.fields.spec import Widget

ENGINE = "hexo"
"""The engine whose posts this theme's fields extend."""

_BOOL_NOTE_EN = " Must be a bare true/false: Butterfly ignores 'false' in quotes and yes/no."
_BOOL_NOTE_ZH = "必须写不带引号的 true/false：Butterfly 会忽略带引号的 'false' 和 yes/no。"

FIELDS: tuple[F, ...] = (
    F(
        "keywords",
        K.TAGS,
        "Meta keywords for search engines (string or list).",
        "页面 meta 关键词（字符串或列表）。",
        misspellings=("keyword", "keywrods"),
    ),
    F(
        "description",
        K.LONGTEXT,
        "Card excerpt on the index and meta description.",
        "首页卡片摘要与 meta 描述。",
        misspellings=("descripton", "desc", "discription", "decription"),
    ),
    F(
        "top_img",
        K.IMAGE,
        "Banner of the post page: an image, a colour (#hex, rgb…) or a CSS gradient, or false "
        "to hide it. Unset: the cover, then the theme default. Values with # must be quoted.",
        "文章页顶部横幅：图片、颜色（#hex、rgb…）或 CSS 渐变；false 表示不显示。"
        "不写时依次使用封面和主题默认图。含 # 的值必须加引号。",
        widget=Widget.BACKGROUND,
        misspellings=("topimg", "top_image", "top-img", "topImg", "top_imgs"),
    ),
    F(
        "cover",
        K.IMAGE,
        "Thumbnail. Empty: a random theme default cover; false: no cover; "
        "or an image path/URL (a bare file name points into the post asset folder).",
        "文章缩略图。留空：随机使用主题默认封面；false：不显示封面；"
        "或填写图片路径/网址（仅写文件名时指向文章资源文件夹）。",
        widget=Widget.COVER,
        misspellings=("cover_img", "coverimg", "cover_image", "covers", "cvoer"),
    ),
    F(
        "pagination_cover",
        K.IMAGE,
        "Image for the previous/next post cards (Butterfly 5.x).",
        "上一篇/下一篇卡片使用的图片（Butterfly 5.x）。",
    ),
    F(
        "comments",
        K.BOOL,
        "false hides the comment section (default true)." + _BOOL_NOTE_EN,
        "设为 false 隐藏评论区（默认 true）。" + _BOOL_NOTE_ZH,
        misspellings=("comment", "commments"),
    ),
    F(
        "toc",
        K.BOOL,
        "Show the table of contents for this post." + _BOOL_NOTE_EN,
        "是否显示本文目录。" + _BOOL_NOTE_ZH,
    ),
    F(
        "toc_number",
        K.BOOL,
        "Number the table-of-contents entries." + _BOOL_NOTE_EN,
        "目录是否显示编号。" + _BOOL_NOTE_ZH,
    ),
    F(
        "toc_expand",
        K.BOOL,
        "Expand the whole table of contents (Butterfly 5.x)." + _BOOL_NOTE_EN,
        "是否展开全部目录（Butterfly 5.x）。" + _BOOL_NOTE_ZH,
    ),
    F(
        "toc_style_simple",
        K.BOOL,
        "Simple table-of-contents style." + _BOOL_NOTE_EN,
        "使用简洁目录样式。" + _BOOL_NOTE_ZH,
    ),
    F(
        "copyright",
        K.BOOL,
        "false hides the copyright box under the post.",
        "设为 false 隐藏文末版权信息框。",
        misspellings=("copy_right", "copyrigth"),
    ),
    F(
        "copyright_author",
        K.TEXT,
        "Author shown in the copyright box instead of the site author.",
        "版权框中显示的作者（代替站点 author）。",
        misspellings=("copyright_auther", "copyrightAuthor"),
    ),
    F(
        "copyright_author_href",
        K.TEXT,
        "Link of the copyright author.",
        "版权作者的链接。",
        widget=Widget.URL,
    ),
    F(
        "copyright_url",
        K.TEXT,
        "Article link shown in the copyright box.",
        "版权框中显示的文章链接。",
        widget=Widget.URL,
    ),
    F(
        "copyright_info",
        K.LONGTEXT,
        "Copyright notice text; output as raw HTML (not escaped).",
        "版权声明文字；按原始 HTML 输出（不转义）。",
        widget=Widget.HTML,
    ),
    F(
        "mathjax",
        K.BOOL,
        "Load MathJax for this post (when math.per_page is false).",
        "本文加载 MathJax（主题 math.per_page 为 false 时使用）。",
        misspellings=("mathJax", "math_jax"),
    ),
    F(
        "katex",
        K.BOOL,
        "Load KaTeX for this post (when math.per_page is false).",
        "本文加载 KaTeX（主题 math.per_page 为 false 时使用）。",
        misspellings=("Katex", "kaTex"),
    ),
    F(
        "abcjs",
        K.BOOL,
        "Load abcjs music notation for this post (when abcjs.per_page is false).",
        "本文加载 abcjs 乐谱（主题 abcjs.per_page 为 false 时使用）。",
    ),
    F(
        "aplayer",
        K.BOOL,
        "Obsolete: Butterfly 5.7 removed the built-in APlayer; kept so old posts stay intact.",
        "已过时：Butterfly 5.7 移除了内置 APlayer；保留以免旧文章丢失信息。",
    ),
    F(
        "highlight_shrink",
        K.BOOL,
        "Collapse code blocks by default." + _BOOL_NOTE_EN,
        "代码块默认折叠。" + _BOOL_NOTE_ZH,
    ),
    F(
        "aside",
        K.BOOL,
        "false hides the sidebar on this post.",
        "设为 false 隐藏本文侧边栏。",
    ),
    F(
        "noticeOutdate",
        K.BOOL,
        "false turns off the 'this post is outdated' notice.",
        "设为 false 关闭“文章已过时”提示。",
        misspellings=("noticeoutdate", "notice_outdate"),
    ),
    F(
        "sticky",
        K.NUMBER,
        "Pin to the index: higher numbers come first (hexo-generator-index).",
        "置顶：数字越大越靠前（hexo-generator-index）。",
    ),
    F(
        "top",
        K.BOOL,
        "Older pin flag; Butterfly shows a thumbtack when it is set.",
        "旧式置顶标记；设置后 Butterfly 显示置顶图标。",
    ),
    F(
        "series",
        K.TEXT,
        "Series name for the series widget and {% series %}.",
        "系列名称，用于系列侧栏与 {% series %}。",
    ),
    F(
        "type",
        K.CHOICE,
        "Pages only: special page type (tags, categories, link, shuoshuo, music, picture…).",
        "仅用于页面：特殊页面类型（tags、categories、link、shuoshuo、music、picture…）。",
        choices=("tags", "categories", "link", "shuoshuo", "music", "picture", "movies", "404"),
    ),
    F(
        "random",
        K.BOOL,
        "Link page: show the links in random order.",
        "友链页：随机排序友链。",
    ),
    F(
        "limit",
        K.NESTED,
        "Shuoshuo page: how many entries to show (type and value).",
        "说说页：显示条数的限制（type 与 value）。",
    ),
    F(
        "flink_url",
        K.TEXT,
        "Link page: URL of a remote JSON list of friend links.",
        "友链页：远程友链 JSON 的地址。",
        widget=Widget.URL,
    ),
    F(
        "shuoshuo_url",
        K.TEXT,
        "Shuoshuo page: URL of a remote JSON list of entries.",
        "说说页：远程说说 JSON 的地址。",
        widget=Widget.URL,
    ),
    F(
        "orderby",
        K.CHOICE,
        "Tags/categories page: sort by name or by post count.",
        "标签/分类页：按名称或文章数排序。",
        choices=("random", "name", "length"),
    ),
    F(
        "order",
        K.NUMBER,
        "Tags/categories page: 1 ascending, -1 descending.",
        "标签/分类页：1 为升序，-1 为降序。",
    ),
    F(
        "abbrlink",
        K.TEXT,
        "Permanent short link (hexo-abbrlink plugin). Changing it changes the URL.",
        "永久短链接（hexo-abbrlink 插件）。修改后文章链接会改变。",
        misspellings=("abbr_link", "abbrLink"),
    ),
)
