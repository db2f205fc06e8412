"""The date picker's notes (decision 0248) say what the real engines date a post: Hexo 8.1
takes the time in UTC of a written offset as the post's local time, whatever the build
machine's zone; Jekyll 4.3 reads a YAML timestamp without offset as UTC and shows it in the
site's zone. Both fixture sites are in Asia/Shanghai."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from engine_harness import ENGINES

from postpad.core.frontmatter import WrittenDate
from postpad.gui.frontmatter.editors.dates import DateEditor

pytestmark = pytest.mark.engines
SHANGHAI = ZoneInfo("Asia/Shanghai")
_SHOWN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


def _need(name: str) -> None:
    reason = ENGINES[name].unavailable()
    if reason:
        pytest.skip(reason)


def _note_time(engine: str, written: str, qtbot) -> dt.datetime:
    editor = DateEditor(engine)
    qtbot.addWidget(editor)
    editor.set_zone(SHANGHAI)
    editor.set_value(WrittenDate(written))
    found = _SHOWN.search(editor.offset_note.text())
    assert found is not None, editor.offset_note.text()
    return dt.datetime.strptime(found.group(0), "%Y-%m-%d %H:%M:%S")


def _built_time(engine: str, tmp_path: Path, written: str, tz: str) -> dt.datetime:
    harness = ENGINES[engine]
    site = harness.new_site(tmp_path / tz.replace("/", "-"))
    post = site / harness.posts_dir / harness.post_name("2023-01-05-a.md")
    post.write_text(f"---\ntitle: a\ndate: {written}\n---\nbody\n", encoding="utf-8")
    result = harness.build(site, tz)
    assert result.returncode == 0, result.describe()
    (built,) = result.posts.values()
    return built.date.astimezone(SHANGHAI).replace(tzinfo=None)


@pytest.mark.parametrize("tz", ["UTC", "America/New_York"])
def test_hexo_offset_note(tmp_path: Path, qtbot, tz: str) -> None:
    _need("hexo")
    written = "2023-01-05 03:00:00 +08:00"
    assert _built_time("hexo", tmp_path, written, tz) == _note_time("hexo", written, qtbot)


def test_jekyll_utc_note(tmp_path: Path, qtbot) -> None:
    _need("jekyll")
    written = "2023-01-05 20:09:10"
    assert _built_time("jekyll", tmp_path, written, "UTC") == _note_time("jekyll", written, qtbot)
