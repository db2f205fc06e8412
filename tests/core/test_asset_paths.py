"""``asset_path`` gives the path importlib.resources finds, without loading it (decision 0205)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from postpad.core.assets import asset, asset_path

NAMES = [
    "icons/postpad.svg",
    "i18n",
    "samples/hello-postpad.md",
    "preview/vendor/mermaid.min.js.gz",
]


@pytest.mark.parametrize("name", NAMES)
def test_asset_path_is_where_importlib_resources_finds_the_asset(name: str) -> None:
    path = asset_path(name)
    assert path == Path(str(asset(name)))
    assert path.exists()


def test_asset_path_loads_no_importlib_resources() -> None:
    code = (
        "import json, sys\n"
        "from postpad.core.assets import asset_path\n"
        "asset_path('i18n')\n"
        "print(json.dumps('importlib.resources' in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout) is False
