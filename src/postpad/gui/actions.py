"""The window's actions as one declarative table: id, text, shortcut, menu, checkable.

Texts live here only, so retranslating the UI is one call to :func:`retranslate`. Features that
attach later add their own actions through ``MainWindow.menu(name)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    shortcut: Key | str | None = None
    fallback: str | None = None
    """Used when the platform has no binding for the standard key (e.g. Preferences on Linux)."""
    checkable: bool = False
    separator_before: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New", "file", Key.New),
    ActionSpec("open", "&Open…", "file", Key.Open),
    ActionSpec("open_recent", "Open &Recent", "file"),
    ActionSpec("save", "&Save", "file", Key.Save, separator_before=True),
    ActionSpec("save_as", "Save &As…", "file", Key.SaveAs, fallback="Ctrl+Shift+S"),
    ActionSpec("revert", "Re&vert", "file"),
    ActionSpec("close", "&Close", "file", Key.Close, separator_before=True),
    ActionSpec("quit", "&Quit", "file", Key.Quit, fallback="Ctrl+Q"),
    ActionSpec("undo", "&Undo", "edit", Key.Undo),
    ActionSpec("redo", "&Redo", "edit", Key.Redo),
    ActionSpec("cut", "Cu&t", "edit", Key.Cut, separator_before=True),
    ActionSpec("copy", "&Copy", "edit", Key.Copy),
    ActionSpec("paste", "&Paste", "edit", Key.Paste),
    ActionSpec("select_all", "Select &All", "edit", Key.SelectAll),
    ActionSpec(
        "preferences", "Preference&s…", "edit", Key.Preferences, "Ctrl+,", separator_before=True
    ),
    ActionSpec("show_form", "&Front Matter", "view", "Ctrl+1", checkable=True),
    ActionSpec("show_editor", "&Editor", "view", "Ctrl+2", checkable=True),
    ActionSpec("show_preview", "&Preview", "view", "Ctrl+3", checkable=True),
    ActionSpec("next_tab", "Ne&xt Tab", "view", Key.NextChild, "Ctrl+Tab", separator_before=True),
    ActionSpec("previous_tab", "Pre&vious Tab", "view", Key.PreviousChild, "Ctrl+Shift+Tab"),
    ActionSpec(
        "sync_scroll", "&Synchronised Scrolling", "view", checkable=True, separator_before=True
    ),
    ActionSpec("dark_mode", "&Dark Appearance", "view", "Ctrl+Shift+D", checkable=True),
    ActionSpec("bold", "&Bold", "format", Key.Bold),
    ActionSpec("italic", "&Italic", "format", Key.Italic),
    ActionSpec("link", "&Link", "format", "Ctrl+K"),
    ActionSpec("about", "&About Postpad", "help"),
)

#: the Edit and Format actions: the editor method each calls (text commands go to the focused
#: widget instead when it has them: gui/edit_routing)
EDITOR_ACTIONS = {
    "undo": "undo",
    "redo": "redo",
    "cut": "cut",
    "copy": "copy",
    "paste": "paste",
    "select_all": "selectAll",
    "bold": "toggle_bold",
    "italic": "toggle_italic",
    "link": "insert_link",
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def _shortcuts(spec: ActionSpec) -> list[QKeySequence]:
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, str):
        return [QKeySequence(spec.shortcut)]
    keys = list(QKeySequence.keyBindings(spec.shortcut))
    if not keys and spec.fallback:
        keys = [QKeySequence(spec.fallback)]
    if keys and "Backtab" in keys[0].toString() and spec.fallback:
        # X11 reports Shift+Tab as Backtab; the menu shows the first binding, so show the keys
        # as printed on the keyboard and keep the Backtab binding working behind it.
        keys.insert(0, QKeySequence(spec.fallback))
    return keys


def build_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per table row, keyed by id (object name ``action_<id>``)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(_translate(spec.text), parent)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts(_shortcuts(spec))
        action.setCheckable(spec.checkable)
        actions[spec.id] = action
    return actions


def retranslate(actions: dict[str, QAction]) -> None:
    """Re-apply the table's texts after the UI language changed."""
    for spec in ACTIONS:
        if spec.id in actions:
            actions[spec.id].setText(_translate(spec.text))
