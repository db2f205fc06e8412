"""Now, and a date field added, are the current time in the site's time zone: Hexo reads a
time without offset there, so the machine's wall clock (a laptop abroad, a UTC machine) dated
the post hours off; Hugo and Jekyll get the site's offset written (a new Hugo date had none)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from postpad.core.site.detect import detect_site
from postpad.gui.frontmatter.editors.dates import DateEditor

#: +14:00 all year, far from any machine's zone that runs these tests
ZONE = "Pacific/Kiritimati"


def _site(root: Path, engine: str):
    if engine == "hexo":
        (root / "source" / "_posts").mkdir(parents=True)
        (root / "_config.yml").write_text(f"title: t\ntimezone: {ZONE}\n", encoding="utf-8")
        (root / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', encoding="utf-8")
        post = root / "source" / "_posts" / "a.md"
    else:
        (root / "content" / "posts").mkdir(parents=True)
        (root / "hugo.toml").write_text(f'title = "t"\ntimeZone = "{ZONE}"\n', encoding="utf-8")
        post = root / "content" / "posts" / "a.md"
    post.write_text("---\ntitle: t\n---\n", encoding="utf-8")
    site = detect_site(post)
    assert site is not None
    return post, site


def _close_to_now(text: str) -> None:
    written = dt.datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
    there = dt.datetime.now(ZoneInfo(ZONE)).replace(tzinfo=None)
    assert abs(written - there) < dt.timedelta(seconds=10), (text, there)


def test_now_is_the_wall_clock_of_the_hexo_sites_zone(make_panel, tmp_path) -> None:
    post, site = _site(tmp_path, "hexo")
    editor, panel = make_panel("---\ntitle: t\ndate: 2022-03-05 10:00:00\n---\n")
    panel.set_post(post, site)
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, DateEditor)
    row.editor.now_button.click()
    _close_to_now(editor.toPlainText().split("\n")[2].removeprefix("date: "))


def test_an_added_date_is_now_in_the_sites_zone(make_panel, tmp_path) -> None:
    post, site = _site(tmp_path, "hexo")
    editor, panel = make_panel("---\ntitle: t\n---\n")
    panel.set_post(post, site)
    assert panel.add_field("updated")
    _close_to_now(editor.toPlainText().split("\n")[2].removeprefix("updated: "))


@pytest.mark.parametrize("engine", ["hugo"])
def test_an_added_hugo_date_has_the_sites_offset(make_panel, tmp_path, engine) -> None:
    post, site = _site(tmp_path, engine)
    editor, panel = make_panel("---\ntitle: t\n---\n", engine=engine, theme=None)
    panel.set_post(post, site)
    assert panel.add_field("date")
    line = editor.toPlainText().split("\n")[2].removeprefix("date: ")
    assert line.endswith("+14:00")
    _close_to_now(line.replace("T", " "))
