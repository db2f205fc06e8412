"""Pillow's image memory is kept for reuse while conversions run, and given back when the
last one ends (decision 0231).

Pillow allocates image pixels in 16 MB blocks and, by default, caches none: every photo's
decoded pixels, its resampling buffer and its result are fresh memory, and the kernel zeroes
and maps each page on first touch (about 100 MB per 12 MP photo). Letting Pillow keep freed
blocks while a paste converts lets the next photo reuse them. The cache never grows past the
most memory the conversions held at once (a block is only cached once freed, and taken from
the cache before a new one is asked for), so the peak is unchanged; it is emptied when the
last conversion running ends, so an idle editor holds none of it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

# blocks Pillow may keep: an upper bound only (see above), 1 GB of 16 MB blocks, more than
# eight worker threads' 50 MP photos hold at once at a 2000 px width
_BLOCKS_KEPT = 64

_lock = threading.Lock()
_running = 0
_blocks_before = 0


@contextmanager
def blocks_reused() -> Iterator[None]:
    """Around one conversion: freed image blocks are kept for the next while any runs."""
    from PIL import _imaging as pillow_core  # Image.core: the memory arena's settings

    global _running, _blocks_before
    with _lock:
        if _running == 0:
            _blocks_before = pillow_core.get_blocks_max()
            pillow_core.set_blocks_max(max(_blocks_before, _BLOCKS_KEPT))
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                # lowering the limit frees the cached blocks above it (Pillow's
                # ImagingMemorySetBlocksMax clears the cache down to the new limit)
                pillow_core.set_blocks_max(_blocks_before)
