"""PyInstaller entry point: the same ``postpad`` command as the console script."""

from __future__ import annotations

import sys

from postpad.cli import main

if __name__ == "__main__":
    sys.exit(main())
