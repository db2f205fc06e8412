"""The problems feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from postpad.gui.i18n import keep_translated, translated_action
from postpad.gui.protocols import FeatureWindow
from postpad.gui.render_warnings import RENDER_PROBLEMS, ProblemsFeature
from postpad.gui.render_warnings.panel import ProblemsButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenderWarnings", text)


def attach(window: FeatureWindow) -> None:
    """A problem count at the left of the status bar's permanent fields, and Edit > Next /
    Previous Problem (F8 / Shift+F8, as in VS Code)."""
    button = ProblemsButton(window.status_bar())
    window.status_bar().insertPermanentWidget(0, button)
    feature = ProblemsFeature(window, button)
    keep_translated(button, button.retranslate)
    following = translated_action(
        window, "actionNextProblem", lambda: _tr("Next Pro&blem"), lambda: feature.step(True)
    )
    following.setShortcut(QKeySequence("F8"))
    previous = translated_action(
        window,
        "actionPreviousProblem",
        lambda: _tr("Previous Prob&lem"),
        lambda: feature.step(False),
    )
    previous.setShortcut(QKeySequence("Shift+F8"))
    window.menu("edit").addActions([following, previous])  # after Go to Line
    window.features.add(RENDER_PROBLEMS, feature)
