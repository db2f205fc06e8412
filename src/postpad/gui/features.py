"""Optional window features. Each module listed here has ``attach(window) -> None``.

The main window imports and attaches them once, after its own menus and panes exist, so a feature
adds itself without the window knowing its details.
"""

from __future__ import annotations

FEATURES: list[str] = [
    "postpad.gui.i18n",  # UI language override, first so later features use it (issue 8)
    "postpad.gui.find",  # find and replace bar (issue 8)
    "postpad.gui.goto_line",  # Edit > Go to Line (issue 8)
    "postpad.gui.outline",  # outline panel (issue 8)
    "postpad.gui.focus",  # focus mode, typewriter, full screen, zoom (issue 8)
    "postpad.gui.typography",  # Chinese typography checks and indentation (issue 8)
    "postpad.gui.wordcount_popup",  # word count details (issue 8)
    "postpad.gui.recovery.attach",  # journal, recovery dialog, external changes, autosave (issue 6)
    "postpad.gui.site.attach",  # site panel, New Post, Check Site, image paste (issue 5)
    "postpad.gui.spelling",  # English spell check, when pyenchant + a dictionary exist (issue 8)
    "postpad.gui.export",  # File > Export HTML / PDF (issue 8)
    "postpad.gui.tables",  # Insert > Table, Format > Table, Tab/Enter in tables (issue 15)
    "postpad.gui.tagforms.attach",  # Insert > Butterfly / Hugo Shortcodes, Edit > Edit Tag (15)
    "postpad.gui.paste",  # Ctrl+V pastes web/Word HTML as Markdown, Ctrl+Shift+V plain (issue 15)
    "postpad.gui.richcopy",  # Edit > Copy as Rich Text for 公众号/知乎/掘金 (issue 15)
    "postpad.gui.git.attach",  # Git panel, File > Git: diff, commit, pull, push (issue 14)
    "postpad.gui.publish.attach",  # File > Publish…: check gate, engine steps, live log (issue 14)
    "postpad.gui.sitepreview.attach",  # View > Site Preview: the engine's own server (issue 14)
    "postpad.gui.images",  # Tools > Images: make remote images local, upload, settings (issue 14)
]
