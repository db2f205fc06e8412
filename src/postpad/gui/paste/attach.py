"""The paste feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from postpad.gui.i18n import translated_action
from postpad.gui.paste import PASTE, PasteFeature
from postpad.gui.protocols import FeatureWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Paste", text)


def attach(window: FeatureWindow) -> None:
    """Ctrl+V converts HTML in every editor; Edit › Paste as Plain Text / Paste as Markdown."""
    feature = PasteFeature(window)
    window.features.add(PASTE, feature)
    plain = translated_action(
        window, "actionPastePlain", lambda: _tr("Paste as Plain Te&xt"), feature.paste_plain
    )
    plain.setShortcut(QKeySequence("Ctrl+Shift+V"))
    markdown = translated_action(
        window, "actionPasteMarkdown", lambda: _tr("Paste as &Markdown"), feature.paste_markdown
    )
    download = translated_action(
        window,
        "actionPasteDownloadImages",
        lambda: _tr("&Download Pasted Web Images"),
    )
    download.setCheckable(True)
    download.setChecked(feature.download_images)
    download.toggled.connect(feature.set_download_images)
    menu = window.menu("edit")
    actions = menu.actions()
    paste = window.window_action("paste")
    index = actions.index(paste) + 1 if paste in actions else len(actions)
    if index < len(actions):
        menu.insertActions(actions[index], [plain, markdown, download])
    else:
        menu.addActions([plain, markdown, download])
    for tab in window.tabs():
        feature.install(tab)
    window.tab_added.connect(feature.install)
