"""A render's state handed from the first-render child process to the window (decision 0279).

The child (``postpad.core.first_render``, decision 0210) renders the first post while the
window is built; the tab's render thread then needs the same :class:`DocumentState` to turn the
next keystrokes into patches. Rendering the whole post again for it (0.1-0.15 CPU s for a
60,000-character post, the pipeline's imports aside) is work no edit asked for, so the child
sends its state along: every field but the parser context, which the window makes from the
same options (equal ``repr``, as the tab checks before it shows the child's blocks).

The state is pickled: block records hold markdown-it tokens (to re-render a heading whose id
changes), which have no other faithful serial form. The bytes come only from the child process
the window itself started with its own interpreter and modules, never from a file or the
network; a state that does not load is not used (the thread renders the post itself).
"""

from __future__ import annotations

import base64
import dataclasses
import gc
import pickle
from typing import Any

from postpad.core.render.context import RenderContext
from postpad.core.render.options import RenderOptions
from postpad.core.render.pipeline import DocumentState

#: made again in the receiving process (the parser is not data) or only meaningful in the
#: sender (the last snapshot, the heading moves since it)
_LOCAL = frozenset({"ctx", "last_snapshot", "outline_moves"})


def pack(state: DocumentState) -> str:
    """``state`` as text that fits in the child's JSON reply."""
    fields = {
        field.name: getattr(state, field.name)
        for field in dataclasses.fields(state)
        if field.name not in _LOCAL
    }
    return base64.b64encode(pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL)).decode()


def unpack(packed: str, options: RenderOptions) -> DocumentState:
    """The state ``pack`` wrote, with a parser context made for ``options`` here."""
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of new tokens: collections would walk them for nothing
    try:
        fields: dict[str, Any] = pickle.loads(base64.b64decode(packed))  # the child's (above)
    finally:
        if collecting:
            gc.enable()
    if not isinstance(fields, dict):
        raise TypeError("not a packed render state")
    ctx = RenderContext.create(options, str(fields["header"]))
    return DocumentState(ctx=ctx, **fields)
