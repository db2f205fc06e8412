"""Pick a key's editor: the schema's kind when the value fits it, else typed from the value."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from postpad.core.fields import CategoryStyle, FieldKind, FieldSpec, Schema, Widget
from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.boolean import BoolEditor
from postpad.gui.frontmatter.editors.categories import CategoriesEditor
from postpad.gui.frontmatter.editors.chips import TagsEditor
from postpad.gui.frontmatter.editors.choice import ChoiceEditor
from postpad.gui.frontmatter.editors.dates import DateEditor
from postpad.gui.frontmatter.editors.image import ImageEditor, ImageResolver
from postpad.gui.frontmatter.editors.nested import NestedEditor
from postpad.gui.frontmatter.editors.number import NumberEditor
from postpad.gui.frontmatter.editors.text import LongTextEditor, TextEditor

_CLASSES: dict[FieldKind, type[FieldEditor]] = {
    FieldKind.TEXT: TextEditor,
    FieldKind.LONGTEXT: LongTextEditor,
    FieldKind.BOOL: BoolEditor,
    FieldKind.NUMBER: NumberEditor,
    FieldKind.DATE: DateEditor,
    FieldKind.DATETIME: DateEditor,
    FieldKind.LIST: TagsEditor,
    FieldKind.TAGS: TagsEditor,
    FieldKind.CATEGORIES: CategoriesEditor,
    FieldKind.IMAGE: ImageEditor,
    FieldKind.CHOICE: ChoiceEditor,
    FieldKind.NESTED: NestedEditor,
}


def kind_of_value(value: object) -> FieldKind:
    """How an unknown key is edited, judged from its value."""
    if isinstance(value, bool):
        return FieldKind.BOOL
    if isinstance(value, int | float):
        return FieldKind.NUMBER
    if isinstance(value, dt.date) or getattr(value, "value", None) is not None:
        return FieldKind.DATETIME  # a date object or a valid WrittenDate (``.value`` parsed)
    if isinstance(value, list):
        return FieldKind.LIST if TagsEditor.accepts(value) else FieldKind.NESTED
    if isinstance(value, dict):
        return FieldKind.NESTED
    if isinstance(value, str) and "\n" in value:
        return FieldKind.LONGTEXT
    return FieldKind.TEXT


def editor_kind(spec: FieldSpec | None, value: object, schema: Schema) -> FieldKind:
    """The schema's kind if the editor for it can show ``value`` losslessly."""
    if spec is not None:
        kind = spec.kind
        if kind is FieldKind.CATEGORIES and schema.category_style is not CategoryStyle.HIERARCHY:
            kind = FieldKind.TAGS
        if _CLASSES[kind].accepts(value):
            return kind
    return kind_of_value(value)


def make_editor(
    spec: FieldSpec | None,
    value: object,
    schema: Schema,
    *,
    base_dir: Path | None = None,
    resolver: ImageResolver | None = None,
) -> FieldEditor:
    kind = editor_kind(spec, value, schema)
    editor: FieldEditor
    if kind in (FieldKind.DATE, FieldKind.DATETIME):
        editor = DateEditor(engine=schema.engine)
    elif kind is FieldKind.IMAGE:
        hint = spec.widget if spec is not None else Widget.DEFAULT
        editor = ImageEditor(
            tri_state=hint in (Widget.COVER, Widget.BACKGROUND),
            allow_css=hint is Widget.BACKGROUND,
            base_dir=base_dir,
            resolver=resolver,
        )
    elif kind in (FieldKind.TAGS, FieldKind.LIST):
        editor = TagsEditor(
            space_separated=schema.category_style is CategoryStyle.SPACE_SEPARATED
            and spec is not None
            and spec.key in ("tags", "categories")
        )
    elif kind is FieldKind.CHOICE:
        editor = ChoiceEditor(spec.choices if spec is not None else ())
    else:
        editor = _CLASSES[kind]()
    editor.setProperty("fieldKind", kind.value)
    editor.set_value(value)
    return editor
