"""Where a site publishes a root path ``/x``: (URL prefix, folder) pairs (decision 0265).

The site code computes them (``core/site/resolve.root_folders``: theme static folders, Hugo
module mounts, Hexo's theme ``source/``); the render receives them in ``RenderOptions`` and
reads them here, so ``postpad check`` and the preview look in the same files. Neither side's
package is imported, so a window that has not rendered yet loads no render code for it.
"""

from __future__ import annotations

from pathlib import Path

#: (URL prefix, folder) pairs a site serves root paths from: ``/prefix/x`` is ``folder/x``
Mounts = tuple[tuple[str, Path], ...]


def mounted_candidates(path: str, mounts: Mounts) -> list[Path]:
    """The files that would be published at root path ``path`` (``/x`` or ``x``), in ``mounts``
    order."""
    path = path.lstrip("/")
    found: list[Path] = []
    for prefix, folder in mounts:
        prefix = prefix.strip("/")
        if not prefix:
            found.append(folder / path)
        elif path == prefix:  # the mounted folder itself (a link to it)
            found.append(folder)
        elif path.startswith(prefix + "/"):
            found.append(folder / path[len(prefix) + 1 :])
    return found
