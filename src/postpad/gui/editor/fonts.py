"""The editor font: a monospace Latin face with a CJK fallback stack."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# Qt falls back per character through this list, so Latin text uses the first monospace face
# and Chinese text the first CJK face present on the system (Linux, Windows, macOS names).
CJK_FALLBACKS = (
    "Noto Sans Mono CJK SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Sarasa Mono SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
)
MONOSPACE = ("JetBrains Mono", "Cascadia Mono", "SF Mono", "Menlo", "Consolas", "DejaVu Sans Mono")


def editor_font(family: str = "", point_size: int = 12) -> QFont:
    """The font for ``family`` (empty: the platform's fixed font) with the CJK stack behind it."""
    system_fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    first = [family] if family else [system_fixed, *MONOSPACE]
    families = list(dict.fromkeys([*first, *CJK_FALLBACKS]))
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    return font
