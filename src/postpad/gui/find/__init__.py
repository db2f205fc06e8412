"""Find and replace: Edit menu actions and a bar docked under the editor."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from postpad.gui.find.bar import FindBar
from postpad.gui.protocols import FeatureKey

__all__ = ["FindBar"]

Shortcut = QKeySequence | QKeySequence.StandardKey


FIND: FeatureKey[FindBar] = FeatureKey("find")
