"""Zoom steps shared by the editor (font size) and the preview (zoom factor)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

PREVIEW_STEP = 0.1
MIN_STEP, MAX_STEP = -8, 20


def clamp_step(step: int) -> int:
    return max(MIN_STEP, min(MAX_STEP, step))


def apply_zoom(editor: QPlainTextEdit, preview: Any, step: int) -> None:
    """Set ``editor`` to ``step`` points from its base size and ``preview`` to the same step.

    The base size is remembered on the editor the first time, so reset returns to the font the
    user chose in Preferences.
    """
    base = editor.property("postpadBasePointSize")
    if base is None:
        base = editor.font().pointSizeF()
        editor.setProperty("postpadBasePointSize", base)
    font = editor.font()
    font.setPointSizeF(max(4.0, float(base) + step))
    editor.setFont(font)
    editor.setProperty("postpadZoomStep", step)
    if preview is not None and hasattr(preview, "setZoomFactor"):
        preview.setZoomFactor(max(0.3, 1.0 + PREVIEW_STEP * step))
