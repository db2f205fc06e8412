"""The per-user data folder, computed without Qt (XDG on Linux, the platform's place elsewhere)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_DIR = "postpad"


def user_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME/postpad`` (Linux), ``~/Library/Application Support/postpad`` (macOS),
    ``%APPDATA%\\postpad`` (Windows)."""
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if sys.platform == "win32":
        return Path(env.get("APPDATA") or home / "AppData" / "Roaming") / APP_DIR
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR
    xdg = env.get("XDG_DATA_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share") / APP_DIR
