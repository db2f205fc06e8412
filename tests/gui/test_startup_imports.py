"""What the window's start-up must not load before its first frame (issue 12, decision 0100).

The window with every feature is built in a fresh process (this one has loaded everything
already) on a post of a Hexo site (YAML front matter), and the modules that load on first use
(render pipeline, HTML converters, WebEngine, uploaders) must still be absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import child_report_on_site_post

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"

LOADED_LATER = [
    "markdown_it",  # render pipeline, typography blocks, tables, word counts
    "pygments.lexer",  # the render's highlighting and the Raw header tab
    "tomlkit",  # TOML front matter only
    "bs4",  # paste as Markdown, rich copy
    "keyring",  # image upload credentials
    "urllib.request",  # image upload
    "PySide6.QtWebEngineCore",  # the preview, export and site preview (decision 0095)
    "PySide6.QtWebEngineWidgets",
    "postpad.core.render",
    "postpad.core.paste",
    "postpad.core.richcopy",
    "PIL",  # pasted images' processing
    "postpad.core.images.process",  # the first image paste (decision 0144)
    "postpad.core.images.pending",
    "postpad.core.images.settings",
    "postpad.core.typography.checker",  # the rule patterns: at the first check
    "postpad.core.typography.rules",
    "postpad.gui.dialogs.preferences",  # Preferences…: when opened (decision 0181)
    "postpad.gui.dialogs.compare",  # external change / recovery comparison: when asked
    "postpad.gui.recovery.dialog",  # only when a session left something to recover
    "uuid",  # journal keys come from os.urandom
]

CHILD = """
import json, sys
from pathlib import Path
from postpad.gui import app as gui_app
qt_app = gui_app.create_application()
window = gui_app.build_window([Path(sys.argv[1])])
loaded = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
print(json.dumps({"tabs": len(window.tabs()), "loaded": loaded}))
for tab in window.tabs():
    tab.editor.document().setModified(False)
    tab.shutdown()
"""


def test_building_the_window_loads_none_of_the_deferred_modules(tmp_path: Path) -> None:
    report = child_report_on_site_post(tmp_path, CHILD, LOADED_LATER)
    assert report["tabs"] == 1
    assert report["loaded"] == []
