"""Open the editor window. Qt is imported here, lazily, and nowhere else in the CLI."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from postpad.core.assets import sample_post_copy
from postpad.core.userdirs import user_data_dir


def run(args: argparse.Namespace) -> int:
    """Start the GUI on the requested files (or the sample post with ``--sample``)."""
    files = [Path(f) for f in args.files]
    if args.sample:
        files.append(sample_post_copy(user_data_dir() / "samples"))
    # importlib keeps the Qt-free rule checkable: no static import of postpad.gui from the CLI.
    app = importlib.import_module("postpad.gui.app")
    status: int = app.run(files, new_window=bool(args.new_window))
    return status
