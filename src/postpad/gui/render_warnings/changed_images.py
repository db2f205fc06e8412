"""Pictures saved over while the window was in the background (decision 0285).

The preview's page keeps the first load of an image address: a screenshot cropped in an image
editor and saved under the same name showed as it was until Postpad was restarted. Leaving the
window notes the modification time and size of each local picture on the current tab's page;
coming back, the pictures whose file changed load again (a query string makes the page fetch
the file anew, as decision 0144's reload does). Only the page's own images are looked at, and
only when the preview is shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl

#: the page's local pictures, by address without the query a reload adds (JSON: the page
#: bridge hands back strings and numbers, not arrays)
LOCAL_IMAGES = """
JSON.stringify(Array.from(document.images, i => i.src).filter(s => s.startsWith("file:"))
  .map(s => { const u = new URL(s); u.search = ""; return u.href; }))
"""
#: load again each picture whose address (without its query) is listed
_RELOAD = """
(function (changed) {
  for (const img of document.images) {
    if (!img.src.startsWith("file:")) continue;
    const url = new URL(img.src);
    url.search = "";
    if (!changed.includes(url.href)) continue;
    url.searchParams.set("postpad-reload", String(Date.now()));
    img.src = url.href;
  }
})(%s);
"""

Stamps = dict[str, tuple[int, int]]
"""Per image address, its file's modification time (ns) and size."""


def stamps(listed: object) -> Stamps:
    """The files' stamps, for the addresses the page script listed (missing files left out)."""
    try:
        addresses = json.loads(str(listed)) if listed else []
    except ValueError:
        addresses = []
    found: Stamps = {}
    for address in addresses if isinstance(addresses, list) else []:
        path = Path(QUrl(str(address)).toLocalFile())
        try:
            status = path.stat()
        except OSError:
            continue
        found[str(address)] = (status.st_mtime_ns, status.st_size)
    return found


def _preview(tab: object) -> Any:
    preview = getattr(tab, "preview", None)
    if preview is None or not getattr(preview, "materialized", False):
        return None  # no page yet: nothing shown to refresh
    return preview


def note(tab: object, store: Callable[[Stamps], None]) -> None:
    """Read the stamps of ``tab``'s page pictures and hand them to ``store``."""
    preview = _preview(tab)
    if preview is not None:
        preview.run_js(LOCAL_IMAGES, lambda addresses: store(stamps(addresses)))


def reload_changed(tab: object, before: Stamps) -> None:
    """Load again the pictures of ``tab``'s page whose file changed since ``before``."""
    preview = _preview(tab)
    if preview is None or not before:
        return

    def compare(addresses: object) -> None:
        now = stamps(addresses)
        changed = sorted(a for a, stamp in now.items() if a in before and before[a] != stamp)
        if changed:
            preview.run_js(_RELOAD % json.dumps(changed))

    preview.run_js(LOCAL_IMAGES, compare)
