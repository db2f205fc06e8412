"""The front-matter form: one row per key in file order, plus a raw view, both live on the
editor's own QTextDocument.

Reading: the header is re-read (a prefix of the document, never the body of a big file) when a
change touches it. Writing: every form edit goes through the core's ``set_field``/``unset_field``
(minimal diff) and is applied to the same document as one edit block, replacing only the changed
lines, so Ctrl+Z in the editor undoes it. When the header does not parse, the form shows the
error with its line and column and stays read-only until the text parses again.

The rows live in ``form_body.FormBody``, the Add field button and a new field's value in
``add_field``, the note above the form in ``banner``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from postpad.core.engines import engine_for, engine_names
from postpad.core.errors import FrontMatterError
from postpad.core.fields import Schema, schema_for
from postpad.core.frontmatter import read_fields, set_field, unset_field
from postpad.core.frontmatter.engine_reading import EngineReadsError, engine_fields
from postpad.core.frontmatter.engine_rules import match_key
from postpad.core.frontmatter.partial import readable_part
from postpad.core.site.dates import site_zone
from postpad.core.site.model import Site
from postpad.core.site.resolve import candidates, is_local_file_reference
from postpad.core.site.template_files import template_name
from postpad.gui.frontmatter import document_header
from postpad.gui.frontmatter.add_field import AddFieldButton, initial_value
from postpad.gui.frontmatter.banner import HeaderBanner
from postpad.gui.frontmatter.document_header import (
    HeaderSnapshot,
    prefix_with_raw,
    raw_text,
    replace_prefix,
)
from postpad.gui.frontmatter.form_body import FormBody
from postpad.gui.frontmatter.raw import RawHeaderView
from postpad.gui.frontmatter.rows import FieldRow
from postpad.gui.i18n import installed_locale, keep_translated


class FrontMatterPanel(QWidget):
    """The form panel for one document (the left pane of a tab)."""

    #: Emitted after the header was re-read: the fields in file order (empty when none or broken).
    fields_changed = Signal(object)
    #: Emitted with the FrontMatterError when the header stops parsing, None when it parses again.
    error_changed = Signal(object)

    def __init__(
        self,
        text_document: QTextDocument,
        parent: QWidget | None = None,
        *,
        engine: str | None = None,
        theme: str | None = None,
        base_dir: Path | None = None,
    ) -> None:
        """``engine``, ``theme`` and ``base_dir`` are what ``set_schema`` and ``set_base_dir``
        set; given here, the rows are built once instead of once per setting."""
        super().__init__(parent)
        self.setObjectName("frontMatterPanel")
        self._document = text_document
        self._schema: Schema = schema_for(engine, theme)
        self._post_path: Path | None = None
        self._site: Site | None = None
        self._snapshot: HeaderSnapshot | None = None
        self._fields: dict[str, object] = {}
        self._error: FrontMatterError | None = None
        self._raw_applying = False  # the raw view is patching the document
        self._raw_updating = False  # the panel is changing the raw view (text or highlighting)
        self._build(QLocale().name(), base_dir)
        keep_translated(self, self._retranslate)
        text_document.contentsChange.connect(self._on_contents_change)
        self.refresh()

    # ----- public API -----------------------------------------------------------------------
    def set_schema(self, engine: str, theme: str | None) -> None:
        """Choose the field schema (widgets, tooltips, add-field menu) for the site's engine."""
        schema = schema_for(engine, theme)
        if schema is self._schema:
            return  # same widgets: rebuilding would only cost time (and typed-text flushes)
        engine_changed = schema.engine != self._schema.engine
        self._schema = schema
        old = self._snapshot
        # the engine finds the header elsewhere (0090), or its reader judges it (0221, 0239)
        judged = engine_changed and old is not None and ("\t" in old.prefix or bool(self._error))
        if old is None or judged or document_header.reads_otherwise(old, schema.engine):
            self.refresh()
        self.form_body.rebuild()

    def schema(self) -> Schema:
        return self._schema

    def set_completions(self, tags: list[str], categories: list[str]) -> None:
        """Autocomplete words for the tags and categories editors (from the site index)."""
        self.form_body.set_completions(tags, categories)

    def set_language(self, language: str) -> None:
        """UI language code for schema help texts (``zh_CN`` shows the Chinese help)."""
        self.form_body.language = language
        self.form_body.rebuild()

    def set_base_dir(self, folder: Path | None) -> None:
        """The post's folder: image pickers start there and write paths relative to it."""
        if folder == self.form_body.base_dir:
            return
        self.form_body.base_dir = folder
        self.form_body.rebuild()

    def set_post(self, path: Path | None, site: Site | None = None) -> None:
        """The post's file and site: image fields show a thumbnail or a missing-file warning
        (resolved the way the engine does), and the file picker starts in the post's folder."""
        folder = path.parent if path is not None else None
        if (path, site, folder) == (self._post_path, self._site, self.form_body.base_dir):
            return
        self._post_path, self._site, self.form_body.base_dir = path, site, folder
        self.error_label.set_template(template_name(path, site))
        self.form_body.zone = site_zone(site.config) if site is not None else None
        self.form_body.rebuild()  # image rows resolve their paths again, Now takes the zone

    def _resolve_image(self, target: str) -> tuple[bool, Path | None]:
        if self._post_path is None or not is_local_file_reference(target):
            return False, None
        found = next(
            (c for c in candidates(self._site, self._post_path, target) if c.is_file()), None
        )
        return True, found

    def fields(self) -> dict[str, object]:
        return dict(self._fields)

    def error(self) -> FrontMatterError | None:
        return self._error

    def rows(self) -> list[FieldRow]:
        return self.form_body.rows()

    def row(self, key: str) -> FieldRow | None:
        return next((row for row in self.form_body.rows() if row.key == key), None)

    def is_read_only(self) -> bool:
        return self._error is not None

    def show_raw(self, raw: bool = True) -> None:
        self.tabs.setCurrentWidget(self.raw_view if raw else self.form_page)

    # ----- edits --------------------------------------------------------------------------
    def apply_field(self, key: str, value: object) -> bool:
        """Write ``key: value`` into the document as one undo step. False when nothing changed."""
        if self._error is not None:
            return False
        known = self._schema.engine in engine_names()  # the generic rules differ from none
        engine = self._schema.engine if known else None
        create: Literal["yaml", "toml"] = engine_for(self._schema.engine).header_format
        zone = site_zone(self._site.config) if self._site is not None else None
        return self._patch(
            lambda text: set_field(text, key, value, engine=engine, create_format=create, zone=zone)
        )

    def remove_field(self, key: str) -> bool:
        if self._error is not None:
            return False
        engine = self._schema.engine
        return self._patch(lambda text: unset_field(text, key, engine=engine))

    def add_field(self, key: str) -> bool:
        """Add ``key`` with an empty (or sensible) value; the row appears at the end. A key the
        engine already reads under another spelling (Hugo ``Title``) is not added again."""
        key = key.strip()
        if not key or self._has_key(key) or self._error is not None:
            return False
        now = dt.datetime.now(self.form_body.zone).astimezone(self.form_body.zone)
        value = initial_value(self._schema.get(key), self._schema.engine, now)
        return self.apply_field(key, value)

    def _has_key(self, key: str) -> bool:
        try:
            return match_key(self._fields, key, self._schema.engine).exists
        except FrontMatterError:
            return True  # only another spelling exists and the engine is unknown: do not guess

    def _patch(self, change: object) -> bool:
        snapshot = document_header.read(self._document, self._schema.engine)
        try:
            new_prefix = change(snapshot.prefix)  # type: ignore[operator]
        except FrontMatterError as error:
            self.error_label.show_refusal(error)  # the engine may read it otherwise
            return False
        return replace_prefix(self._document, snapshot.prefix, new_prefix)

    # ----- reading ------------------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        snapshot = self._snapshot
        if snapshot is not None:
            limit = snapshot.header_end if snapshot.split.present else document_header.PREFIX_CHARS
            if position > limit:
                return  # a body edit: the header is untouched
        self.refresh()

    def refresh(self) -> None:
        """Re-read the header from the document and update the form and the raw view."""
        snapshot = document_header.read(self._document, self._schema.engine)
        self._snapshot = snapshot
        error: FrontMatterError | None = None
        fields: dict[str, object] = {}
        if snapshot.split.present:
            try:
                fields = read_fields(snapshot.split, engine=self._schema.engine)
            except FrontMatterError as exc:
                error = exc
        self._update_raw(snapshot, error)
        if error is not None:
            self._show_error(error)
            self._show_readable_part(snapshot, error)
            return
        self._clear_error()
        self.error_label.clear_note()  # a refused edit's note goes once the text changes
        self._fields = fields
        self.form_body.sync()
        self.fields_changed.emit(dict(fields))

    def _update_raw(self, snapshot: HeaderSnapshot, error: FrontMatterError | None) -> None:
        self._raw_updating = True
        try:
            self.raw_view.highlighter.set_format_name(snapshot.split.format)
            if not self._raw_applying:
                self.raw_view.show_text(raw_text(snapshot))
            if error is None or error.line is None:
                self.raw_view.mark_error(None, None)
            else:
                self.raw_view.mark_error(error.line - snapshot.split.inner_line + 1, error.column)
        finally:
            self._raw_updating = False

    def _show_error(self, error: FrontMatterError) -> None:
        changed = self._error is None or str(self._error) != str(error)
        self._error = error
        self.form_body.update_empty_note()  # the header exists, it just does not parse
        if not changed:
            return
        self.form_body.setEnabled(False)
        self.add_button.setEnabled(False)
        self.error_changed.emit(error)

    def _show_readable_part(self, snapshot: HeaderSnapshot, error: FrontMatterError) -> None:
        """Rows only for what the text above the broken entry says (decision 0201): the last
        good form may hold a key the user was half-way through typing (``x:categories``).
        A header the engine reads shows every field as the engine reads it (decision 0249)."""
        reading = None
        if isinstance(error, EngineReadsError):
            split = snapshot.split
            reading = engine_fields(split.inner, split.inner_line - 1, error.engine)
        if reading is not None and error.line is not None:
            self.error_label.show_error(error, None, engine_fields=True)
            self._fields = reading.fields
            self.form_body.mark(reading.key_at(error.line), error)
        else:
            part = readable_part(snapshot.split, error)
            self.error_label.show_error(error, part.first_unread_line if part.fields else None)
            self._fields = part.fields
            self.form_body.mark(None, None)
        self.form_body.sync()

    def _clear_error(self) -> None:
        if self._error is None:
            return
        self._error = None
        self.error_label.clear_note()
        self.form_body.mark(None, None)
        self.form_body.update_empty_note()
        self.form_body.setEnabled(True)
        self.add_button.setEnabled(True)
        self.error_changed.emit(None)

    # ----- layout -------------------------------------------------------------------------
    def _build(self, language: str, base_dir: Path | None) -> None:
        self.error_label = HeaderBanner(self)
        self.form_body = FormBody(
            self, self._resolve_image, language=language, base_dir=base_dir, parent=self
        )
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Rows reflow to the pane's width instead of scrolling sideways (decision 0096).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form_body)
        self.add_button = AddFieldButton(self._add_field_offers, self)
        self.add_button.add_requested.connect(self.add_field)
        self.form_page = QWidget(self)
        form_layout = QVBoxLayout(self.form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(scroll, 1)
        button_bar = QHBoxLayout()
        button_bar.setContentsMargins(8, 4, 8, 6)  # in line with the rows' margins
        button_bar.addWidget(self.add_button)
        button_bar.addStretch(1)
        form_layout.addLayout(button_bar)
        self.raw_view = RawHeaderView(self)
        self.raw_view.textChanged.connect(self._on_raw_edited)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form_page, "")
        self.tabs.addTab(self.raw_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

    def _retranslate(self) -> None:
        """Texts in the current language; on a switch the rows are rebuilt with its help texts."""
        self.form_body.retranslate()
        self.add_button.retranslate()
        self.tabs.setTabText(0, self.tr("Form"))
        self.tabs.setTabText(1, self.tr("Raw"))
        self.error_label.retranslate()
        if self.form_body.rows():  # a language switch, not the first call from __init__
            self.set_language(installed_locale())

    def _add_field_offers(self) -> list[tuple[str, str]]:
        """The schema's fields the header has under none of their names, with their help."""
        language = self.form_body.language
        return [
            (spec.key, spec.help(language))
            for spec in self._schema
            if not any(self._has_key(name) for name in spec.names())
        ]

    # ----- raw view -----------------------------------------------------------------------
    def _on_raw_edited(self) -> None:
        if self._raw_updating or self._raw_applying or self._snapshot is None:
            return  # the panel itself is updating the view
        if self.raw_view.text() == raw_text(self._snapshot):
            return  # a formatting-only change
        snapshot = document_header.read(self._document, self._schema.engine)
        new_prefix = prefix_with_raw(snapshot, self.raw_view.text(), self._schema.engine)
        self._raw_applying = True
        try:
            replace_prefix(self._document, snapshot.prefix, new_prefix)
        finally:
            self._raw_applying = False
