"""The per-user cache folder, computed without Qt (XDG on Linux, the platform's place elsewhere)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR = "postpad"


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/postpad`` (Linux), ``~/Library/Caches/postpad``, ``%LOCALAPPDATA%``."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base_path = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base_path / APP_DIR
