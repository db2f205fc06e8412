"""The one place that knows where Postpad's runtime files live.

Runtime files (preview shell page and styles, icons, sample posts, compiled translations) are
package data under ``postpad/assets``. ``importlib.resources`` finds them the same way from a source
checkout, an installed wheel and a PyInstaller build (which collects the package data).
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = "postpad"


def asset(relative: str) -> Traversable:
    """Return the asset at ``relative`` (a '/'-separated path below ``postpad/assets``)."""
    node = resources.files(_PACKAGE).joinpath("assets")
    for part in relative.split("/"):
        node = node.joinpath(part)
    return node


def asset_text(relative: str) -> str:
    """Read a text asset as UTF-8."""
    return asset(relative).read_text(encoding="utf-8")


def asset_bytes(relative: str) -> bytes:
    """Read a binary asset."""
    return asset(relative).read_bytes()


def asset_path(relative: str) -> Path:
    """Return a real filesystem path for an asset (package data is always on disk for us)."""
    return Path(str(asset(relative)))


def sample_post_path() -> Path:
    """The sample post that ``make run`` opens."""
    return asset_path("samples/hello-postpad.md")
