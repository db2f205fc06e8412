"""PyInstaller entry point: the same ``postpad`` command as the console script."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--postpad-first-render"]:  # the preview's child process (0210)
        from postpad.core.first_render import main as first_render

        sys.exit(first_render(sys.argv[1:]))
    from postpad.cli import main

    sys.exit(main())
