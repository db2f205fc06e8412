"""Postpad's modules and the standard library are not read back by PySide6's ``__feature__``
import hook (decision 0145); other packages still are, and the answers stay what the source says
where it matters (gui modules use Qt)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CHILD = """
import inspect, json, sys
import postpad.gui
read = []
original = inspect.getsource
def getsource(module):
    read.append(module.__name__)
    return original(module)
inspect.getsource = getsource
sys.path.insert(0, sys.argv[1])
# "from m import x" hands the hook m itself ("import a.b" would hand it "a")
from postpad.core.text.hunks import __name__ as _1
from postpad.gui.goto_line import __name__ as _2
from colorsys import __name__ as _3
from uses_qt_here import __name__ as _4
features = sys.modules["shibokensupport.feature"].pyside_feature_dict
names = ["postpad.core.text.hunks", "postpad.gui.goto_line", "colorsys", "uses_qt_here"]
print(json.dumps({"read": read, "flags": {n: features.get(n) for n in names}}))
"""


def test_postpad_and_stdlib_modules_are_answered_by_name(tmp_path: Path) -> None:
    (tmp_path / "uses_qt_here.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # only the other package's source is read (PySide6's own modules have none to read)
    assert [name for name in report["read"] if not name.startswith("PySide6")] == ["uses_qt_here"]
    assert report["flags"] == {
        "postpad.core.text.hunks": -1,  # Qt-free: ignored by feature switching
        "postpad.gui.goto_line": 0,  # uses Qt: no feature selected
        "colorsys": -1,
        "uses_qt_here": 0,  # PySide6's own check, as before
    }
