"""Missing images that appeared while the window was in the background (decision 0226).

An author sees "image not found", copies the picture into place in a file manager and comes
back: when the window is active again, a post whose broken-link problems name a file that is
there now is rendered again from scratch, so the problem list clears and the preview's page
(its blocks rebuilt) loads the picture. A post with no such problem costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt

from postpad.core.site.check.context import Finding

CODES = frozenset({"broken-link"})
"""Problems about an image file (``data["target"]`` as the post writes it)."""


def appeared(findings: Iterable[Finding], tab: object) -> bool:
    """Whether an image a finding of ``tab`` reports missing is found now."""
    targets = [f.data.get("target", "") for f in findings if f.code in CODES]
    settings = getattr(tab, "preview_settings", None)
    if not any(targets) or not callable(settings):
        return False
    from postpad.core.render.image_lookup import image_found

    options = settings().options()
    return any(image_found(target, options) for target in targets if target)


def render_again(tab: object) -> None:
    """A full render of ``tab`` whose result replaces every block of its page; once it is
    shown, the page loads again the pictures that failed (their failed loads are not retried
    for the same address, decision 0144)."""
    from postpad.gui.preview.reload_images import RELOAD_BROKEN_IMAGES

    scheduler, preview = getattr(tab, "scheduler", None), getattr(tab, "preview", None)
    rendered = getattr(tab, "rendered", None)
    if scheduler is None:
        return
    if preview is not None and rendered is not None:
        rendered.connect(
            lambda _result: preview.run_js(RELOAD_BROKEN_IMAGES),
            Qt.ConnectionType.SingleShotConnection,
        )
    scheduler.reset()
