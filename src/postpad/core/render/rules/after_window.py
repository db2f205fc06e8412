"""What follows an incremental render's window (``env["pp_after"]``: the whole body and the
offset where the window ends, a line start). A block rule whose closing line is not in the
window asks here whether it comes later; the renderer then widens the window. A full render
has nothing after it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def follows_window(env: Mapping[str, Any], pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (``re.MULTILINE`` for a whole line) matches after the window."""
    after = env.get("pp_after")
    if after is None:
        return False
    text, offset = after
    return pattern.search(text, offset) is not None
