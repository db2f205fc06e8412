"""DocumentManager: owns the tabs and every file operation (ghostwriter's DocumentManager).

Open, new, save, save as, revert and close, with the prompts they need. Other features hook in
through signals: ``document_loaded(tab)`` after a file is read into a tab, ``document_saved(tab)``
after a successful save, ``tab_added(tab)`` and ``tab_closed(tab)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QWidget

from postpad.core.document import Document
from postpad.core.errors import FileError, LegacyEncodingError, SaveConflictError
from postpad.core.settings_registry import RECENT_FILES
from postpad.gui import settings
from postpad.gui.documents.tab import DocumentTab
from postpad.gui.errors import file_error_text

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx", ".txt")
RECENT_LIMIT = 12

TabFactory = Callable[[Document, int], DocumentTab]


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class DocumentManager(QObject):
    document_loaded = Signal(object)
    document_saved = Signal(object)
    tab_added = Signal(object)
    tab_closed = Signal(object)
    recent_changed = Signal()

    def __init__(
        self, tabs: QTabWidget, make_tab: TabFactory, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tab_widget = tabs
        self._make_tab = make_tab
        self._untitled = 0
        tabs.tabCloseRequested.connect(lambda index: self.close_tab(self.tab_at(index)))

    # --- access --------------------------------------------------------------------------
    def tabs(self) -> list[DocumentTab]:
        return [self.tab_at(i) for i in range(self.tab_widget.count())]

    def tab_at(self, index: int) -> DocumentTab:
        widget = self.tab_widget.widget(index)
        assert isinstance(widget, DocumentTab)
        return widget

    def current_tab(self) -> DocumentTab | None:
        widget = self.tab_widget.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def _window(self) -> QWidget:
        return self.tab_widget.window()

    # --- opening -------------------------------------------------------------------------
    def new_document(self) -> DocumentTab:
        self._untitled += 1
        return self._add(Document(), self._untitled)

    def open_paths(self, paths: Iterable[Path]) -> list[DocumentTab]:
        opened = [tab for tab in (self.open_path(Path(p)) for p in paths) if tab is not None]
        return opened

    def open_path(self, path: Path) -> DocumentTab | None:
        """Open ``path`` in a tab (or switch to the tab already showing it)."""
        resolved = path.resolve()
        for tab in self.tabs():
            if tab.path is not None and tab.path.resolve() == resolved:
                self.tab_widget.setCurrentWidget(tab)
                return tab
        try:
            document = Document.load(resolved)
        except FileError as error:
            self._show_open_error(resolved, error)
            return None
        self._drop_pristine_untitled()
        tab = self._add(document, 0)
        self.add_recent(resolved)
        self.document_loaded.emit(tab)
        return tab

    def _drop_pristine_untitled(self) -> None:
        """Opening a file replaces the one empty, untouched Untitled tab (like most editors)."""
        tabs = self.tabs()
        if len(tabs) == 1 and tabs[0].path is None and not tabs[0].text():
            self._remove(tabs[0])

    def _add(self, document: Document, untitled_number: int) -> DocumentTab:
        tab = self._make_tab(document, untitled_number)
        index = self.tab_widget.addTab(tab, tab.display_name())
        self.tab_widget.setTabToolTip(index, str(document.path or ""))
        tab.modified_changed.connect(lambda _m, t=tab: self.refresh_title(t))
        self.tab_widget.setCurrentIndex(index)
        tab.editor.setFocus()
        self.tab_added.emit(tab)
        return tab

    def refresh_title(self, tab: DocumentTab) -> None:
        index = self.tab_widget.indexOf(tab)
        if index >= 0:
            mark = "●  " if tab.is_modified() else ""
            self.tab_widget.setTabText(index, mark + tab.display_name())
            self.tab_widget.setTabToolTip(index, str(tab.path or ""))

    def _show_open_error(self, path: Path, error: FileError) -> None:
        QMessageBox.critical(
            self._window(),
            self.tr("Cannot open file"),
            self.tr("Postpad could not open %1.\n\n%2")
            .replace("%1", str(path))
            .replace("%2", file_error_text(error)),
        )

    # --- recent files --------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in settings.read(RECENT_FILES)]

    def add_recent(self, path: Path) -> None:
        items = [str(path)] + [str(p) for p in self.recent_files() if p != path]
        settings.write(RECENT_FILES, tuple(items[:RECENT_LIMIT]))
        self.recent_changed.emit()

    def clear_recent(self) -> None:
        settings.remove(RECENT_FILES)
        self.recent_changed.emit()

    # --- saving --------------------------------------------------------------------------
    def save(self, tab: DocumentTab) -> bool:
        if tab.path is None:
            return self.save_as(tab)
        tab.sync_to_document()
        return self._write(tab, lambda force: tab.document.save(force=force))

    def save_as(self, tab: DocumentTab) -> bool:
        start = str(tab.path or Path.home() / (tab.display_name() + ".md"))
        name, _filter = QFileDialog.getSaveFileName(
            self._window(),
            self.tr("Save As"),
            start,
            self.tr("Markdown (*.md *.markdown);;All files (*)"),
        )
        if not name:
            return False
        target = Path(name)
        tab.sync_to_document()
        if not self._write(tab, lambda _force: tab.document.save_as(target)):
            return False
        self.add_recent(target)
        tab.apply_site()
        return True

    def _write(self, tab: DocumentTab, action: Callable[[bool], None]) -> bool:
        force = False
        while True:
            try:
                action(force)
            except SaveConflictError as conflict:
                if not self._confirm_overwrite(tab, conflict):
                    return False
                force = True
                continue
            except LegacyEncodingError as legacy:
                if not self._choose_encoding(tab, legacy):
                    return False
                continue
            except FileError as error:
                return self._recover_from_save_error(tab, error)
            break
        tab.mark_saved()
        self.refresh_title(tab)
        self.document_saved.emit(tab)
        return True

    def _confirm_overwrite(self, tab: DocumentTab, conflict: SaveConflictError) -> bool:
        text = (
            self.tr("%1 was deleted on disk after you opened it. Save it again?")
            if conflict.deleted
            else self.tr("%1 changed on disk after you opened it. Overwrite those changes?")
        )
        answer = QMessageBox.warning(
            self._window(),
            self.tr("File changed on disk"),
            text.replace("%1", tab.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _choose_encoding(self, tab: DocumentTab, legacy: LegacyEncodingError) -> bool:
        answer = QMessageBox.question(
            self._window(),
            self.tr("Legacy encoding"),
            self.tr(
                "%1 is stored as %2. Convert it to UTF-8 (recommended)?\n\nChoose No to keep %2."
            )
            .replace("%1", tab.display_name())
            .replace("%2", legacy.encoding),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            tab.document.convert_to_utf8()
        elif answer == QMessageBox.StandardButton.No:
            tab.document.keep_legacy_encoding()
        else:
            return False
        return True

    def _recover_from_save_error(self, tab: DocumentTab, error: FileError) -> bool:
        """Explain the failure (disk copy intact, text kept) and offer Save As."""
        from postpad.gui.documents.external import show_save_error

        if show_save_error(self._window(), tab.display_name(), error):
            return self.save_as(tab)
        return False

    # --- revert and close ----------------------------------------------------------------
    def revert(self, tab: DocumentTab) -> bool:
        if tab.path is None:
            return False
        if tab.is_modified():
            answer = QMessageBox.question(
                self._window(),
                self.tr("Revert"),
                self.tr("Discard your changes to %1 and reload it from disk?").replace(
                    "%1", tab.display_name()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            tab.document.reload()
        except FileError as error:
            self._show_open_error(tab.path, error)
            return False
        tab.replace_text_from_document()
        self.refresh_title(tab)
        self.document_loaded.emit(tab)
        return True

    def ask_save_changes(self, tab: DocumentTab) -> Answer:
        answer = QMessageBox.warning(
            self._window(),
            self.tr("Unsaved changes"),
            self.tr("Save changes to %1 before closing?").replace("%1", tab.display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Answer.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def close_tab(self, tab: DocumentTab | None) -> bool:
        if tab is None:
            return False
        if tab.is_modified():
            self.tab_widget.setCurrentWidget(tab)
            answer = self.ask_save_changes(tab)
            if answer is Answer.CANCEL or (answer is Answer.SAVE and not self.save(tab)):
                return False
        self._remove(tab)
        return True

    def close_all(self) -> bool:
        """Close every tab (prompting for each unsaved one); False when the user cancels."""
        return all(self.close_tab(tab) for tab in self.tabs())

    def _remove(self, tab: DocumentTab) -> None:
        self.tab_widget.removeTab(self.tab_widget.indexOf(tab))
        self.tab_closed.emit(tab)
        tab.shutdown()
        tab.deleteLater()
