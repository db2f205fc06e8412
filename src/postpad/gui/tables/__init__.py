"""Tables in the editor (issue 15, docs/decisions/0120-tables.md).

Insert › Table… adds a new table; in a table Tab / Shift+Tab move between cells and Enter at the
end of a row adds one, re-aligning the pipes (East Asian wide characters count as two columns).
Format › Table has alignment, sort, row/column insertion and Format Table. Every command is one
undo step; text outside the table is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow
from postpad.gui.tables.commands import Command, insert_table, key_hook, run
from postpad.gui.tables.dialog import ask_table_size


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tables", text)


class TablesFeature:
    """The table actions of one window."""

    def __init__(self, window: FeatureWindow) -> None:
        self.window = window

    def editor(self) -> QPlainTextEdit | None:
        tab = self.window.current_tab()
        return getattr(tab, "editor", None) if tab is not None else None

    def insert(self) -> None:
        editor = self.editor()
        if editor is None:
            return
        size = ask_table_size(self.window)
        if size is None:
            return
        columns, rows = size
        header = [_tr("Column %1").replace("%1", str(n + 1)) for n in range(columns)]
        insert_table(editor, columns, rows, header)
        editor.setFocus()

    def command(self, command: Command) -> None:
        editor = self.editor()
        if editor is None:
            return
        if not run(editor, command):
            self.window.status_bar().showMessage(_tr("Put the cursor in a table first."), 4000)

    def install(self, tab: DocumentTabView) -> None:
        editor = getattr(tab, "editor", None)
        if editor is not None and hasattr(editor, "add_key_hook"):
            editor.add_key_hook(key_hook)


TABLES: FeatureKey[TablesFeature] = FeatureKey("tables")
