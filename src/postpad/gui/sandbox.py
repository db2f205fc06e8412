"""Chromium's sandbox and root: WebEngine refuses to start as root unless the sandbox is off.

Containers, WSL and many VMs run everything as root, so Postpad turns the sandbox off there
(docs/decisions/0081-webengine-sandbox-as-root.md) and says so once in the status bar. The
preview stays inert either way: no scripts from the post, no network (decision 0013).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

from PySide6.QtCore import QCoreApplication

DISABLE_VARIABLE = "QTWEBENGINE_DISABLE_SANDBOX"
FLAGS_VARIABLE = "QTWEBENGINE_CHROMIUM_FLAGS"


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def sandbox_already_off(env: MutableMapping[str, str]) -> bool:
    return env.get(DISABLE_VARIABLE) == "1" or "--no-sandbox" in env.get(FLAGS_VARIABLE, "")


def disable_when_root(env: MutableMapping[str, str], is_root: bool) -> bool:
    """Turn the sandbox off for root before WebEngine starts; True when this call did it."""
    if not is_root or sandbox_already_off(env):
        return False
    env[DISABLE_VARIABLE] = "1"
    return True


def status_message() -> str:
    return QCoreApplication.translate(
        "Sandbox",
        "Running as root: the preview runs without Chromium's sandbox "
        "(it still runs no scripts and loads nothing from the network).",
    )
