"""The config form: the left pane of a tab holding ``_config.yml``, ``_config.butterfly.yml``,
``hugo.toml``… instead of the front-matter form.

Keys are a tree (groups from the theme's banner comments, then nested sections), each leaf a
typed editor with its default beside it and a reset button. Keys the file lacks are listed in
grey from the theme's defaults; editing one adds it in its section. Every edit goes through the
core's minimal-diff patcher and into the editor's QTextDocument as one undo step (decision
0138). When the file does not parse, the form says where and stays read-only; the text stays
editable and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.errors import FrontMatterError
from postpad.core.siteconfig import (
    ConfigKind,
    ConfigSchema,
    Entry,
    entries_for,
    read_values,
    schema_for,
    set_value,
)
from postpad.core.siteconfig.paths import KeyPath, dotted
from postpad.gui.frontmatter.document_header import replace_prefix
from postpad.gui.i18n import installed_locale, keep_translated
from postpad.gui.siteconfig.editors import ValueEditor, editor_kind, make_editor, value_text
from postpad.gui.siteconfig.rows import (
    DEFAULT_COLUMN,
    HELP_ROLE,
    KEY_COLUMN,
    PATH_ROLE,
    RESET_COLUMN,
    VALUE_COLUMN,
    filter_rows,
    path_of,
)


class ConfigFormPanel(QWidget):
    """The config form for one document (a tab's left pane)."""

    is_config_form = True  # the tab hides its preview: a config file is not Markdown

    def __init__(
        self, text_document: QTextDocument, kind: ConfigKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("configFormPanel")
        self._document = text_document
        self.kind = kind
        self._language = QLocale().name()
        self._schema: ConfigSchema | None = None
        self._entries: dict[KeyPath, Entry] = {}
        self._editors: dict[KeyPath, ValueEditor] = {}
        self._items: dict[KeyPath, QTreeWidgetItem] = {}
        self._error: FrontMatterError | None = None
        self._applying = False
        self._build()
        keep_translated(self, self._retranslate)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        text_document.contentsChanged.connect(self._on_text_changed)
        self.refresh()

    # ----- API shared with the front-matter form (the tab calls these) -----------------------
    def set_schema(self, engine: str, theme: str | None) -> None:
        """The tab's site changed: the config's schema is its own (kept)."""

    def set_base_dir(self, folder: Path | None) -> None:
        """Image pickers are not used by the config form."""

    def error(self) -> FrontMatterError | None:
        return self._error

    def is_read_only(self) -> bool:
        return self._error is not None

    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def editor(self, path: str | KeyPath) -> ValueEditor | None:
        """The value editor of a key (made now if its row was never shown)."""
        keys = tuple(path.split(".")) if isinstance(path, str) else path
        item = self._items.get(keys)
        if item is not None:
            self._ensure_widgets(item)
        return self._editors.get(keys)

    def item(self, path: str | KeyPath) -> QTreeWidgetItem | None:
        return self._items.get(tuple(path.split(".")) if isinstance(path, str) else path)

    # ----- edits -----------------------------------------------------------------------------
    def apply_value(self, path: KeyPath, value: object) -> bool:
        """Write ``path: value`` into the document as one undo step; False when refused."""
        if self._error is not None:
            return False
        text = self._document.toPlainText()
        try:
            new = set_value(text, self.kind, path, value, after=self._previous_key(path))
        except FrontMatterError as refusal:
            self._show_note(self.tr("Postpad did not change the config: %1"), refusal.message)
            return False
        self._applying = True
        try:
            changed = replace_prefix(self._document, text, new)
        finally:
            self._applying = False
        self.refresh()
        return changed

    def reset(self, path: KeyPath) -> bool:
        entry = self._entries.get(path)
        if entry is None or not entry.field.has_default:
            return False
        return self.apply_value(path, entry.field.default)

    def _previous_key(self, path: KeyPath) -> str | None:
        """The sibling a new key goes after: the one before it in the defaults, if present."""
        previous = None
        for entry in self._entries.values():
            if entry.path == path:
                return previous
            if entry.present and entry.path[:-1] == path[:-1]:
                previous = entry.path[-1]
        return None

    # ----- reading ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if not self._applying:
            self._timer.start()

    def refresh(self) -> None:
        """Re-read the file from the document; rebuild the tree only when its keys changed."""
        self._timer.stop()
        text = self._document.toPlainText()
        try:
            if self._schema is None:
                self._schema = schema_for(self.kind, read_values(text, self.kind))
                self._retranslate()
            entries = entries_for(text, self.kind, self._schema)
        except FrontMatterError as error:
            self._set_error(error)
            return
        self._set_error(None)
        new = {entry.path: entry for entry in entries}
        if [(p, e.present) for p, e in new.items()] != [
            (p, e.present) for p, e in self._entries.items()
        ] or any(self._kind_changed(new[p]) for p in new):
            self._entries = new
            self._rebuild()
        else:
            self._entries = new
            for path, entry in new.items():
                editor = self._editors.get(path)
                if editor is not None:
                    editor.set_value(entry.value)
                self._update_row(path)

    def _kind_changed(self, entry: Entry) -> bool:
        editor = self._editors.get(entry.path)
        wanted = str(editor_kind(entry.field, entry.value))
        return editor is not None and editor.property("valueKind") != wanted

    def _set_error(self, error: FrontMatterError | None) -> None:
        self._error = error
        self.tree.setEnabled(error is None)
        if error is None:
            self.error_label.hide()
            return
        where = self.tr("line %1, column %2").replace("%1", str(error.line or 1))
        where = where.replace("%2", str(error.column or 1))
        text = self.tr("The config does not parse (%1): %2").replace("%1", where)
        text = text.replace("%2", error.message)
        self.error_label.setText(
            text + "\n" + self.tr("The form is read-only until the text parses again.")
        )
        self.error_label.show()

    def _show_note(self, template: str, detail: str) -> None:
        self.error_label.setText(template.replace("%1", detail))
        self.error_label.show()

    # ----- the tree ----------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self.tree.clear()
        self._editors.clear()
        self._items.clear()
        parents: dict[tuple[str, ...], QTreeWidgetItem] = {}
        for entry in self._entries.values():
            group = entry.field.group
            parent = self._branch(parents, ("\0group", group), group) if group else None
            for depth in range(1, len(entry.path)):
                key = ("\0group", group, *entry.path[:depth])
                parent = self._branch(
                    parents, key, entry.path[depth - 1], parent, entry.path[:depth]
                )
            self._add_leaf(entry, parent)
        self.tree.expandToDepth(0)
        self._apply_filter()
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None:
                self._ensure_widgets(top)
                self._on_expanded(top)

    def _branch(
        self,
        parents: dict[tuple[str, ...], QTreeWidgetItem],
        key: tuple[str, ...],
        label: str,
        parent: QTreeWidgetItem | None = None,
        path: KeyPath | None = None,
    ) -> QTreeWidgetItem:
        found = parents.get(key)
        if found is not None:
            return found
        item = QTreeWidgetItem([label])
        if path is not None:
            help_text = self._schema.sections.get(path, "") if self._schema else ""
            item.setData(KEY_COLUMN, HELP_ROLE, help_text)
            item.setToolTip(KEY_COLUMN, help_text)
        else:
            font = item.font(KEY_COLUMN)
            font.setBold(True)
            item.setFont(KEY_COLUMN, font)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        item.setFirstColumnSpanned(path is None)
        parents[key] = item
        return item

    def _add_leaf(self, entry: Entry, parent: QTreeWidgetItem | None) -> None:
        item = QTreeWidgetItem([entry.path[-1]])
        item.setData(KEY_COLUMN, PATH_ROLE, list(entry.path))
        help_text = entry.field.help(self._language)
        item.setData(KEY_COLUMN, HELP_ROLE, help_text)
        item.setToolTip(KEY_COLUMN, help_text or dotted(entry.path))
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[entry.path] = item
        self._update_row(entry.path)

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        """Rows get their widgets when they first show (a theme config has 400 keys)."""
        if not item.isExpanded():
            return
        for index in range(item.childCount()):
            child = item.child(index)
            if child is not None:
                self._ensure_widgets(child)

    def _ensure_widgets(self, item: QTreeWidgetItem) -> None:
        keys = path_of(item)
        if keys is None:
            return
        entry = self._entries.get(keys)
        if entry is None or keys in self._editors:
            return
        help_text = str(item.data(KEY_COLUMN, HELP_ROLE) or "")
        editor = make_editor(entry.field, entry.value)
        editor.setToolTip(help_text)
        editor.edited.connect(lambda value, path=keys: self.apply_value(path, value))
        self.tree.setItemWidget(item, VALUE_COLUMN, editor)
        reset = QToolButton()
        reset.setText("↺")
        reset.setAutoRaise(True)
        reset.setToolTip(self.tr("Reset to the default"))
        reset.clicked.connect(lambda _checked=False, path=keys: self.reset(path))
        self.tree.setItemWidget(item, RESET_COLUMN, reset)
        self._editors[keys] = editor
        self._update_row(keys)

    def _update_row(self, path: KeyPath) -> None:
        entry, item = self._entries[path], self._items[path]
        field = entry.field
        item.setText(DEFAULT_COLUMN, value_text(field.default) if field.has_default else "")
        font = QFont(item.font(KEY_COLUMN))
        font.setItalic(not entry.present)
        item.setFont(KEY_COLUMN, font)
        palette = self.palette()
        item.setForeground(
            KEY_COLUMN, palette.text() if entry.present else palette.placeholderText()
        )
        button = self.tree.itemWidget(item, RESET_COLUMN)
        if button is not None:
            button.setEnabled(entry.present and field.has_default and not entry.is_default)

    # ----- search and help -------------------------------------------------------------------
    def _apply_filter(self) -> None:
        needle = self.search.text().strip().lower()
        show_missing = self.missing_box.isChecked()
        present = {path for path, entry in self._entries.items() if entry.present}
        for index in range(self.tree.topLevelItemCount()):
            filter_rows(self.tree.topLevelItem(index), needle, show_missing, present)
        if needle:
            self.tree.expandAll()

    def _on_current(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.help_label.clear()
            return
        keys = path_of(item)
        help_text = str(item.data(KEY_COLUMN, HELP_ROLE) or "")
        self.help_label.setText(f"{dotted(keys)}\n{help_text}" if keys else help_text)

    # ----- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName("configFormError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "background: #fde7e9; color: #8a1c22; border: 1px solid #f1aeb5; padding: 6px;"
        )
        self.error_label.hide()
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setProperty("postpadRole", "hint")
        self.search = QLineEdit(self)
        self.search.setObjectName("configSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.missing_box = QCheckBox(self)
        self.missing_box.setChecked(True)
        self.missing_box.toggled.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("configTree")
        self.tree.setColumnCount(4)
        self.tree.setColumnWidth(KEY_COLUMN, 180)
        self.tree.setColumnWidth(VALUE_COLUMN, 200)
        self.tree.setColumnWidth(RESET_COLUMN, 28)
        self.tree.itemExpanded.connect(self._on_expanded)
        self.tree.currentItemChanged.connect(lambda current, _old: self._on_current(current))
        self.help_label = QLabel(self)
        self.help_label.setObjectName("configHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.error_label, self.source_label, self.search, self.missing_box):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.help_label)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search keys and help…"))
        self.missing_box.setText(self.tr("Show keys the file does not set (defaults)"))
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("Value"), "", self.tr("Default")])
        self.source_label.setText(self._source_text())
        self.source_label.setVisible(bool(self.source_label.text()))
        if self._error is not None:
            self._set_error(self._error)
        language = installed_locale()
        if self._entries and language != self._language:
            self._language = language
            self._rebuild()

    def _source_text(self) -> str:
        if self._schema is None:
            return ""
        if self._schema.source:
            return self.tr("Defaults and help: %1").replace("%1", self._schema.source)
        if self.kind.role == "theme" and self.kind.theme:
            text = self.tr(
                "The theme's own _config.yml was not found (node_modules/hexo-theme-%1 or "
                "themes/%1): no defaults or help."
            )
            return text.replace("%1", self.kind.theme)
        return ""
