"""The first frame of a staged start (decision 0200): the post's text where the editor will be,
in the panes' saved sizes, before the form, highlighter and the rest are built.

Light on purpose: it imports Qt widgets, the file reader and the editor font only, so the
window can be on the screen about as soon as a bare Qt window would be. The real tab replaces it
in the next event-loop turn; it is read-only, so nothing typed into it can be lost. It never
touches Python's ``Qt`` namespace, whose ~90 enums PySide6 builds on first use (decision 0205).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QWidget

from postpad.core.settings import Preferences
from postpad.core.settings_registry import PANES
from postpad.gui.editor.fonts import editor_font
from postpad.gui.uistate import UiState

#: above this size the first frame leaves the text to the real editor: setting it twice would
#: cost more than the early frame saves (a 5 MB post takes ~0.2 s per setPlainText)
FIRST_VIEW_MAX_BYTES = 512 * 1024

#: ``Qt::AlignCenter`` (AlignHCenter | AlignVCenter), set as the label's ``alignment`` property:
#: Qt converts the number, where ``Qt.AlignmentFlag`` would build the whole ``Qt`` namespace
ALIGN_CENTER = 0x0084


def first_text(path: Path) -> str | None:
    """The text the editor will show for ``path``, or None when there is none to show early.

    Only UTF-8 (with or without its BOM) is shown early; anything else (a legacy encoding, a
    binary, missing, unreadable or huge file) waits for ``core.textfile``, which the real tab
    reads with and which says what is wrong. Not importing it here keeps the frame cheap."""
    try:
        if path.stat().st_size > FIRST_VIEW_MAX_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if b"\0" in data:
        return None
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text.replace("\r\n", "\n")  # the editor shows line ends as the document splits them


class FirstView(QSplitter):
    """Form | editor | preview as the tab will lay them out, with the text in the middle."""

    def __init__(
        self,
        text: str,
        preferences: Preferences,
        ui_state: UiState,
        parent: QWidget | None = None,
    ) -> None:
        # Horizontal is QSplitter's default; QSplitter(orientation, parent) or QSplitter(parent)
        # would make PySide6 try the ``Qt.Orientation`` overload, building the namespace.
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self.setObjectName("firstView")
        self.setChildrenCollapsible(False)
        self.editor = _read_only_editor(text, preferences)
        self.panes = (QWidget(self), self.editor, _preview_placeholder())
        for widget in self.panes:
            self.addWidget(widget)
        for index, stretch in enumerate((2, 4, 4)):
            self.setStretchFactor(index, stretch)
        if not ui_state.restore_splitter(self):
            self.setSizes([320, 500, 500])
        for widget, name in zip(self.panes, PANES, strict=True):
            widget.setVisible(ui_state.pane_visible(name))


def _preview_placeholder() -> QLabel:
    """What the preview pane shows until Chromium starts, as ``PreviewView`` shows it."""
    label = QLabel(QCoreApplication.translate("PreviewView", "Preparing the preview…"))
    label.setProperty("alignment", ALIGN_CENTER)
    label.setEnabled(False)
    return label


def _read_only_editor(text: str, preferences: Preferences) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName("firstViewEditor")
    editor.setReadOnly(True)
    editor.document().setDocumentMargin(10)  # as the real editor: the text does not move
    editor.setFont(editor_font(preferences.editor_font_family, preferences.editor_font_size))
    editor.setTabStopDistance(editor.fontMetrics().horizontalAdvance(" ") * 4)
    if not preferences.soft_wrap:
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    editor.setPlainText(text)
    return editor
