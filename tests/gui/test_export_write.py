"""HTML export writes through core/atomic.py (decision 0105): readable mode, kept on overwrite."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from postpad.gui.export import write_atomically

pytestmark = pytest.mark.gui


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_export_gets_the_umask_mode_and_an_overwrite_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "post.html"
    write_atomically(target, "<p>一</p>")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # was 0o600 (mkstemp)
    target.chmod(0o644)
    write_atomically(target, "<p>二</p>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_text(encoding="utf-8") == "<p>二</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.html"]
