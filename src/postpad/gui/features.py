"""Optional window features. Each module listed here has ``attach(window) -> None``.

The main window imports and attaches them once, after its own menus and panes exist, so a feature
adds itself without the window knowing its details.
"""

from __future__ import annotations

FEATURES: list[str] = []
