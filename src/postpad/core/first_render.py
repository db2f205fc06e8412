"""A post's first render in a process of its own, started with the window (decision 0210).

It lives above ``core.render`` and ``core.site`` (it uses both; neither may import the other).
The first preview waited for the render thread, whose imports (markdown-it, the rules, the
highlighter's lexers) and first render share one interpreter lock with everything the window
builds after its first frame. This module runs the same ``render`` in a child process, so that
work uses the other core while the window builds: ``python -P -m
postpad.core.first_render REQUEST`` (a frozen build: ``postpad --postpad-first-render
REQUEST``) prints one JSON object. The window shows its blocks
only when the child rendered exactly the text and options its tab has (``text_sha`` and
``options``, the options' ``repr``); the tab's own renderer takes over after that.

The request is JSON: ``path`` (resolved), ``default_profile``, ``dialect``, ``remote_images``,
what the tab's own preview settings are made from (``DocumentTab.preview_settings``), and
``first_id``, the window's next block id number (``block_ids``), so the blocks carry the ids
the tab's render thread gives the same blocks. The reply also carries the render's ``state``
(``core/render/handover``) and ``next_id``, the first id it did not give: the render thread
goes on from that state without rendering the post again (decision 0279).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

#: a frozen build (PyInstaller, no ``-m``) runs this module when started with this flag
#: (``packaging/launcher.py``)
FROZEN_FLAG = "--postpad-first-render"

#: a post this long shows its top first (``gui/preview/rendering.FIRST_SCREEN_CHARS``): left to
#: the render thread, whose block ids would not match the child's
MAX_CHARS = 64_000


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def options_for(path: Path, default_profile: str, dialect: str, remote_images: bool) -> Any:
    """The ``RenderOptions`` a tab on ``path`` renders with (``DocumentTab.preview_settings``)."""
    from postpad.core.render.options import RenderOptions
    from postpad.core.site import detect_site

    try:
        site = detect_site(path)
    except (OSError, ValueError):
        site = None
    engine = str(site.engine) if site else default_profile
    return RenderOptions(
        engine=dialect or engine,
        post_path=path,
        allow_remote_images=remote_images,
        **(site.render_fields() if site else {}),
    )


def first_render(request: dict[str, Any]) -> dict[str, Any]:
    """The reply: ``text_sha``, ``options`` and the page's ``reset`` blocks (empty when the
    post is left to the render thread)."""
    from postpad.core.document import Document
    from postpad.core.render.block_ids import next_number, start_at
    from postpad.core.render.handover import pack
    from postpad.core.render.pipeline import render_state

    path = Path(request["path"])
    start_at(int(request.get("first_id", 1)))  # the ids the window's render thread writes next
    text = Document.load(path).text
    options = options_for(
        path,
        str(request.get("default_profile", "")),
        str(request.get("dialect", "")),
        bool(request.get("remote_images", False)),
    )
    reply: dict[str, Any] = {"text_sha": text_sha(text), "options": repr(options), "blocks": []}
    if len(text) < MAX_CHARS:
        state = render_state(text, options)
        reply["blocks"] = [
            {"id": b.id, "html": b.html, "first": b.first_line, "last": b.last_line}
            for b in state.snapshot().blocks
        ]
        # the state too, so the tab's render thread goes on from it instead of rendering the
        # post again (decision 0279); a state that does not pickle is left out
        with contextlib.suppress(Exception):
            reply["state"] = pack(state)
        reply["next_id"] = next_number()
    return reply


#: the child yields to the window when the CPUs are busy: on an idle second core this changes
#: nothing, on a loaded machine the window's own building is not slowed by it
NICENESS = 5


def main(argv: list[str]) -> int:
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    try:
        reply = first_render(json.loads(argv[1]))
    except Exception as error:  # the window renders in its own thread instead
        print(json.dumps({"error": repr(error)}))
        return 1
    sys.stdout.buffer.write(json.dumps(reply, ensure_ascii=False).encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
