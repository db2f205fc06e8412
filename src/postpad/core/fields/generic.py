"""Keys most engines share; used when no site was detected."""

from __future__ import annotations

from postpad.core.fields.spec import FieldKind as K
from postpad.core.fields.spec import FieldSpec as F

FIELDS: tuple[F, ...] = (
    F("title", K.TEXT, "Title.", "标题。", misspellings=("titel", "tittle")),
    F("date", K.DATETIME, "Date.", "日期。", misspellings=("data",)),
    F("updated", K.DATETIME, "Update date.", "更新日期。"),
    F("tags", K.TAGS, "Tags.", "标签。", misspellings=("tages",)),
    F(
        "categories",
        K.CATEGORIES,
        "Categories.",
        "分类。",
        misspellings=("categroies", "catagories"),
    ),
    F("description", K.LONGTEXT, "Description.", "描述。"),
    F("draft", K.BOOL, "Draft flag.", "草稿标记。"),
)
