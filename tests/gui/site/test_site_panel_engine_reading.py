"""The site list shows a post as the engine reads it (decisions 0248, 0257): a Hugo header with
a tab Hugo reads is listed with its title and date, not "Broken"; a Hexo date with a written
offset shows the day Hexo gives it (the time in UTC: 01-04, not 01-05)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site.detect import detect_site
from postpad.core.site.index import build_index
from postpad.gui.site.panel import SitePanel

pytestmark = pytest.mark.gui


def _rows(qtbot, root: Path) -> dict[str, tuple[str, str, str]]:
    site = detect_site(root)
    assert site is not None
    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_site(site)
    panel.set_index(build_index(site, use_cache=False))
    proxy = panel.proxy
    return {
        proxy.index(row, 0).data(): tuple(proxy.index(row, c).data() for c in range(3))
        for row in range(proxy.rowCount())
    }


def _post(folder: Path, name: str, header: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\n{header}\n---\n\nbody\n", encoding="utf-8")


def test_a_hugo_header_hugo_reads_is_not_broken(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "blog"
    _post(root / "content" / "posts", "tab.md", "title: 制表符\np:\n  \tq: 1\ndate: 2024-03-04")
    _post(root / "content" / "posts", "twice.md", "title: a\ntitle: b\ndate: 2024-03-06")
    (root / "hugo.toml").write_text("title = 'x'\n", encoding="utf-8")
    rows = _rows(qtbot, root)
    assert rows["制表符"] == ("制表符", "2024-03-04", "")
    assert rows["twice"][2].endswith("Broken")  # Hugo stops at a key written twice


def test_a_hexo_offset_shows_hexos_day(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "blog"
    _post(root / "source" / "_posts", "off.md", "title: off\ndate: 2023-01-05 03:00:00 +08:00")
    (root / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (root / "package.json").write_text('{"dependencies": {"hexo": "8.1.2"}}', encoding="utf-8")
    assert _rows(qtbot, root)["off"][1] == "2023-01-04"


def test_a_hugo_header_hugo_refuses_is_broken(qtbot, tmp_path: Path) -> None:
    """Decision 0269: PyYAML reads the tab-indented list, Hugo stops the build on it; the row
    says Broken, as ``postpad check`` reports it."""
    root = tmp_path / "blog"
    _post(root / "content" / "posts", "tab.md", "title: 江南\ndate: 2024-03-04\ntags:\n\t- 江南")
    (root / "hugo.toml").write_text("title = 'x'\n", encoding="utf-8")
    rows = _rows(qtbot, root)
    assert rows["江南"][2].endswith("Broken")
