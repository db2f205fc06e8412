"""Optional window features, attached in this order. Each module listed here has
``attach(window: FeatureWindow) -> object`` (gui/protocols.py, decision 0140).

The main window imports and attaches them once, after its own menus and panes exist, so a feature
adds itself without the window knowing its details. A feature keeps what it built in
``window.features`` under a ``FeatureKey``, not as an attribute of the window.
"""

from __future__ import annotations

import importlib
import os
import traceback
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from postpad.gui.protocols import FeatureWindow

#: set (to anything but "" or "0") by the test suite: a feature that fails to attach raises
STRICT_ENV = "POSTPAD_STRICT_FEATURES"


class Feature(NamedTuple):
    module: str  # imported when the window attaches it, so start-up loads only what it lists
    about: str


class Attach(Protocol):
    def __call__(self, window: FeatureWindow, /) -> object: ...


FEATURES: tuple[Feature, ...] = (
    Feature("postpad.gui.i18n", "UI language override, first so later features use it (issue 8)"),
    Feature("postpad.gui.find", "find and replace bar (issue 8)"),
    Feature("postpad.gui.goto_line", "Edit > Go to Line (issue 8)"),
    Feature("postpad.gui.outline", "outline panel (issue 8)"),
    Feature("postpad.gui.focus", "focus mode, typewriter, full screen, zoom (issue 8)"),
    Feature("postpad.gui.typography", "Chinese typography checks and indentation (issue 8)"),
    Feature("postpad.gui.wordcount_popup", "word count details (issue 8)"),
    Feature("postpad.gui.recovery.attach", "journal, recovery, external changes, autosave (6)"),
    Feature("postpad.gui.site.attach", "site panel, New Post, Check Site, image paste (issue 5)"),
    Feature("postpad.gui.spelling", "English spell check, with pyenchant + a dictionary (8)"),
    Feature("postpad.gui.export", "File > Export HTML / PDF (issue 8)"),
    Feature("postpad.gui.tables", "Insert > Table, Format > Table, Tab/Enter in tables (15)"),
    Feature("postpad.gui.tagforms.attach", "Insert > Butterfly / Hugo tags, Edit > Edit Tag (15)"),
    Feature("postpad.gui.paste", "Ctrl+V pastes web/Word HTML as Markdown (issue 15)"),
    Feature("postpad.gui.richcopy", "Edit > Copy as Rich Text for 公众号/知乎/掘金 (issue 15)"),
    Feature("postpad.gui.git.attach", "Git panel, File > Git: diff, commit, pull, push (14)"),
    Feature("postpad.gui.publish.attach", "File > Publish…: check gate, engine steps, log (14)"),
    Feature("postpad.gui.sitepreview.attach", "View > Site Preview: the engine's server (14)"),
    Feature("postpad.gui.images", "Tools > Images: local copies, upload, settings (issue 14)"),
)


def feature_modules() -> list[str]:
    return [feature.module for feature in FEATURES]


def load(feature: Feature) -> Attach:
    attach = getattr(importlib.import_module(feature.module), "attach", None)
    if not callable(attach):
        raise TypeError(f"{feature.module} has no attach(window)")
    result: Attach = attach
    return result


def attach_all(window: FeatureWindow, strict: bool | None = None) -> None:
    """Attach every feature. Outside tests one broken feature must not take the editor down
    with it (printed, then skipped); under tests (``STRICT_ENV``) it raises."""
    if strict is None:
        strict = os.environ.get(STRICT_ENV, "") not in ("", "0")
    for feature in FEATURES:
        try:
            load(feature)(window)
        except Exception:
            if strict:
                raise
            traceback.print_exc()
