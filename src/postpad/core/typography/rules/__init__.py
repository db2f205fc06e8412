"""One module per typography rule. Each exposes ``NAME`` and ``check(masked, options)``.

``masked`` is the post with non-prose blanked out (see ``postpad.core.typography.mask``); rules
yield ``Issue`` objects with offsets into it, which are offsets into the original text too.
"""

from __future__ import annotations
