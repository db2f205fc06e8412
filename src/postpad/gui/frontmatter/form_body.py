"""The form's body: one row per key of the header in file order, each with the editor its value
and the schema call for, updated in place while the keys stay the same (typing in a row must
not replace it). Texts keep the panel's translation context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from postpad.core.engines import engine_for
from postpad.core.errors import FrontMatterError
from postpad.core.fields import FieldKind, FieldSpec, Schema
from postpad.gui.frontmatter.editors.categories import CategoriesEditor
from postpad.gui.frontmatter.editors.chips import TagsEditor
from postpad.gui.frontmatter.editors.dates import DateEditor
from postpad.gui.frontmatter.editors.factory import editor_kind, make_editor
from postpad.gui.frontmatter.editors.image import ImageResolver
from postpad.gui.frontmatter.rows import FieldRow

_BOOL_WORDS = {"true", "false", "yes", "no", "on", "off"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrontMatterPanel", text)


class RowSource(Protocol):
    """What the rows are built from and write to (``FrontMatterPanel``)."""

    def fields(self) -> dict[str, object]: ...
    def schema(self) -> Schema: ...
    def is_read_only(self) -> bool: ...
    def apply_field(self, key: str, value: object) -> bool: ...
    def remove_field(self, key: str) -> bool: ...


class FormBody(QWidget):
    def __init__(
        self,
        source: RowSource,
        resolver: ImageResolver,
        *,
        language: str,
        base_dir: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._resolver = resolver
        #: UI language code for the schema's help texts; image pickers start in ``base_dir``
        self.language = language
        self.base_dir = base_dir
        # the site's time zone: a date's Now is the time there (None: the machine's)
        self.zone: dt.tzinfo | None = None
        self._tags: list[str] = []
        self._categories: list[str] = []
        self._rows: list[FieldRow] = []
        self._marked: tuple[str, FrontMatterError] | None = None  # the row an error is in
        self._rebuilding = False  # rows are being replaced; re-reads must not touch them
        self.rows_layout = QVBoxLayout(self)
        self.rows_layout.setContentsMargins(8, 4, 8, 4)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.rows_layout.addWidget(self.empty_label)
        self.rows_layout.addStretch(1)

    def rows(self) -> list[FieldRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.empty_label.setText(_tr("This post has no front matter yet."))

    def update_empty_note(self) -> None:
        """The "no front matter" note: not for a header that exists but does not parse."""
        self.empty_label.setVisible(not self._rows and not self._source.is_read_only())

    def mark(self, key: str | None, error: FrontMatterError | None) -> None:
        """Mark the row of ``key`` as holding the line ``error`` is at (decision 0249); the
        next ``sync`` shows it."""
        marked = (key, error) if key is not None and error is not None else None
        if marked == self._marked:
            return
        self._marked = marked
        for row in self._rows:
            self._update_hint(row, self._source.fields().get(row.key))

    def set_completions(self, tags: list[str], categories: list[str]) -> None:
        self._tags, self._categories = list(tags), list(categories)
        for row in self._rows:
            self._feed_completions(row)

    def sync(self) -> None:
        """After a re-read: the same keys keep their rows (new values, or a new editor when the
        value needs another kind); other keys rebuild them all."""
        if self._rebuilding:
            return  # rebuild builds from the newest fields when it is done
        fields, schema = self._source.fields(), self._source.schema()
        if [row.key for row in self._rows] != list(fields):
            self.rebuild()
            return
        for index, row in enumerate(self._rows):
            value = fields[row.key]
            if editor_kind(row.spec, value, schema).value != row.kind:
                self._replace_row(index, value)
            else:
                row.editor.set_value(value)
                self._update_hint(row, value)

    def rebuild(self) -> None:
        if self._rebuilding:
            return
        self._rebuilding = True
        try:
            for row in self._rows:
                row.editor.flush()  # typed text waiting for the pause is written, not dropped
            for row in self._rows:
                row.editor.blockSignals(True)
                row.hide()
                row.deleteLater()
            self._rows = []
            self._build_rows()
        finally:
            self._rebuilding = False

    def _build_rows(self) -> None:
        fields = self._source.fields()  # the newest: a flushed editor may have changed them
        for key, value in fields.items():
            row = self._make_row(key, value)
            self.rows_layout.insertWidget(len(self._rows), row)
            self._rows.append(row)
        self.update_empty_note()

    def _replace_row(self, index: int, value: object) -> None:
        old = self._rows[index]
        old.editor.blockSignals(True)
        row = self._make_row(old.key, value)
        self.rows_layout.replaceWidget(old, row)
        old.hide()
        old.deleteLater()
        self._rows[index] = row

    def _make_row(self, key: str, value: object) -> FieldRow:
        schema = self._source.schema()
        spec = schema.get(key)
        editor = make_editor(spec, value, schema, base_dir=self.base_dir, resolver=self._resolver)
        if isinstance(editor, DateEditor):
            editor.set_zone(self.zone)
        help_text = spec.help(self.language) if spec is not None else ""
        row = FieldRow(key, spec, editor, help_text=help_text, parent=self)
        row.edited.connect(self._source.apply_field)
        row.remove_requested.connect(self._source.remove_field)
        self._feed_completions(row)
        self._update_hint(row, value)
        return row

    def _feed_completions(self, row: FieldRow) -> None:
        editor = row.editor
        if isinstance(editor, CategoriesEditor):
            editor.set_completions(self._categories)
        elif isinstance(editor, TagsEditor):
            words = self._categories if row.key in ("categories", "category") else self._tags
            editor.chips.set_completions(words if row.key != "keywords" else self._tags)

    def _update_hint(self, row: FieldRow, value: object) -> None:
        row.set_hint(self._hint_for(row.key, row.spec, value))

    def _hint_for(self, key: str, spec: FieldSpec | None, value: object) -> str:
        if self._marked is not None and self._marked[0] == key:
            error = self._marked[1]
            text = _tr("⚠ Line %1, column %2: Postpad's YAML reader stops here; %3 reads it.")
            engine = engine_for(str(getattr(error, "engine", ""))).display_name
            text = text.replace("%1", str(error.line)).replace("%2", str(error.column or 1))
            return text.replace("%3", engine)  # the reason is in the note above the form
        if spec is None:
            suggestion = self._source.schema().suggest_key(key)
            if suggestion is not None:
                return _tr("Unknown key: did you mean “%1”? The engine ignores it.").replace(
                    "%1", suggestion
                )
            return ""
        if (
            spec.kind is FieldKind.BOOL
            and isinstance(value, str)
            and value.strip().lower() in _BOOL_WORDS
        ):
            return _tr("This is text, not a boolean; write true or false without quotes.")
        return ""
