"""Keys of Astro's blog template schema (decision 0031); a site's own schema may differ."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F

FIELDS: tuple[F, ...] = (
    F("title", K.TEXT, "Title.", "标题。", misspellings=("titel",)),
    F("description", K.LONGTEXT, "Description.", "描述。"),
    F(
        "pubDate",
        K.DATE,
        "Publication date; a schema mismatch fails the build.",
        "发布日期；与内容集合 schema 不符会导致构建失败。",
        misspellings=("pubdate", "pub_date"),
    ),
    F("updatedDate", K.DATE, "Update date.", "更新日期。", misspellings=("updated",)),
    F("heroImage", K.IMAGE, "Hero image.", "头图。", misspellings=("heroimage", "cover")),
    F(
        "draft",
        K.BOOL,
        "Draft flag; must be a real boolean.",
        "草稿标记；必须是真正的布尔值。",
    ),
    F("tags", K.TAGS, "Tags.", "标签。"),
    F("layout", K.TEXT, "Layout (Markdown pages in src/pages).", "布局（src/pages 中的页面）。"),
    F("author", K.TEXT, "Author.", "作者。"),
)
