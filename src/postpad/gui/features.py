"""Optional window features, attached in this order. Each entry is a feature package's own
``attach`` module with ``attach(window: FeatureWindow) -> object`` (gui/protocols.py, decision
0140); the feature's logic lives in the package's other modules.

The main window imports and attaches them once, after its own menus and panes exist, so a feature
adds itself without the window knowing its details. A feature keeps what it built in
``window.features`` under a ``FeatureKey``, not as an attribute of the window.

Features marked ``early`` attach while the window is built; the others after its first frame, one
per event-loop turn, their menu entries put where attaching in this order puts them (decision
0151, ``StagedAttach``).
"""

from __future__ import annotations

import importlib
import os
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from postpad.gui.menu_order import MenuOrder

if TYPE_CHECKING:
    from postpad.gui.protocols import FeatureWindow

#: set (to anything but "" or "0") by the test suite: a feature that fails to attach raises
STRICT_ENV = "POSTPAD_STRICT_FEATURES"


class Feature(NamedTuple):
    module: str  # imported when the window attaches it, so start-up loads only what it lists
    about: str
    early: bool = False  # attached before the first frame (decision 0151 says why each is)


class Attach(Protocol):
    def __call__(self, window: FeatureWindow, /) -> object: ...


FEATURES: tuple[Feature, ...] = (
    Feature(
        "postpad.gui.i18n.attach", "UI language override, first so later features use it (8)", True
    ),
    Feature("postpad.gui.find.attach", "find and replace bar (issue 8)"),
    Feature("postpad.gui.goto_line.attach", "Edit > Go to Line (issue 8)"),
    Feature("postpad.gui.render_warnings.attach", "render problems in the status bar, F8 (0198)"),
    Feature("postpad.gui.outline.attach", "outline panel (issue 8)"),
    Feature("postpad.gui.focus.attach", "focus mode, typewriter, full screen, zoom (issue 8)"),
    Feature("postpad.gui.postheader.attach", "View > Post Header in Preview (0234)"),
    Feature("postpad.gui.typography.attach", "Chinese typography checks and indentation (issue 8)"),
    Feature("postpad.gui.wordcount_popup.attach", "word count details (issue 8)"),
    Feature("postpad.gui.recovery.attach", "journal, recovery, external changes, autosave", True),
    Feature("postpad.gui.site.attach", "site panel, New Post, Check Site, image paste (5)", True),
    Feature(
        "postpad.gui.spelling.attach", "English spell check, with pyenchant + a dictionary (8)"
    ),
    Feature("postpad.gui.export.attach", "File > Export HTML / PDF (issue 8)"),
    Feature(
        "postpad.gui.tables.attach", "Insert > Table, Format > Table, Tab/Enter in tables (15)"
    ),
    Feature("postpad.gui.tagforms.attach", "Insert > Butterfly / Hugo tags, Edit > Edit Tag (15)"),
    Feature("postpad.gui.paste.attach", "Ctrl+V pastes web/Word HTML as Markdown (issue 15)"),
    Feature(
        "postpad.gui.richcopy.attach", "Edit > Copy as Rich Text for 公众号/知乎/掘金 (issue 15)"
    ),
    Feature("postpad.gui.git.attach", "Git panel, File > Git: diff, commit, pull, push (14)"),
    Feature("postpad.gui.publish.attach", "File > Publish…: check gate, engine steps, log (14)"),
    Feature("postpad.gui.sitepreview.attach", "View > Site Preview: the engine's server (14)"),
    Feature(
        "postpad.gui.images.attach", "Tools > Images: local copies, upload, settings (issue 14)"
    ),
)


def feature_modules() -> list[str]:
    return [feature.module for feature in FEATURES]


def load(feature: Feature) -> Attach:
    attach = getattr(importlib.import_module(feature.module), "attach", None)
    if not callable(attach):
        raise TypeError(f"{feature.module} has no attach(window)")
    result: Attach = attach
    return result


def attach_one(window: FeatureWindow, feature: Feature, strict: bool | None = None) -> None:
    """Attach one feature. Outside tests one broken feature must not take the editor down with
    it (printed, then skipped); under tests (``STRICT_ENV``) it raises."""
    if strict is None:
        strict = os.environ.get(STRICT_ENV, "") not in ("", "0")
    try:
        load(feature)(window)
    except Exception:
        if strict:
            raise
        traceback.print_exc()


def attach_all(window: FeatureWindow, strict: bool | None = None) -> None:
    """Attach every feature at once, in order."""
    for feature in FEATURES:
        attach_one(window, feature, strict)


class StagedAttach:
    """The early features first (``attach_early``), then the others one at a time
    (``attach_next``), each late one's menu entries moved to where attaching every feature in
    order puts them (``MenuOrder``)."""

    def __init__(self, window: FeatureWindow, features: Sequence[Feature] | None = None) -> None:
        self._window = window
        self._numbered = list(enumerate(FEATURES if features is None else features))
        self._late = [(n, f) for n, f in self._numbered if not f.early]
        self._menus = MenuOrder(window.menuBar())

    def attach_early(self) -> None:
        for number, feature in self._numbered:
            if feature.early:
                self._attach(number, feature)

    @property
    def pending(self) -> int:
        return len(self._late)

    def attach_next(self) -> bool:
        """Attach the next late feature; False when none was left."""
        if not self._late:
            return False
        number, feature = self._late.pop(0)
        self._attach(number, feature)
        return True

    def attach_rest(self) -> None:
        while self.attach_next():
            pass

    def _attach(self, number: int, feature: Feature) -> None:
        self._menus.before(number)
        try:
            attach_one(self._window, feature)
        finally:
            self._menus.after(number)
