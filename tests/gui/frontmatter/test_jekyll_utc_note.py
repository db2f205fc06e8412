"""Jekyll (Psych) reads an unquoted time without an offset as UTC: ``08:09:10`` is dated
16:09:10 on an Asia/Shanghai site (measured with Jekyll 4.3). The picker shows what is written;
a note under it says what Jekyll shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.site.detect import detect_site
from postpad.gui import i18n
from postpad.gui.frontmatter.editors.dates import DateEditor


def _panel(make_panel, tmp_path: Path, date_line: str, timezone: str | None = "Asia/Shanghai"):
    (tmp_path / "_posts").mkdir()
    config = "title: t\n" + (f"timezone: {timezone}\n" if timezone else "")
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    (tmp_path / "Gemfile").write_text('gem "jekyll"\n', encoding="utf-8")
    post = tmp_path / "_posts" / "2023-10-05-a.md"
    text = f"---\ntitle: t\n{date_line}\n---\n"
    post.write_text(text, encoding="utf-8")
    site = detect_site(post)
    assert site is not None
    assert site.engine == "jekyll"
    editor, panel = make_panel(text, engine="jekyll", theme=None)
    panel.set_post(post, site)
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, DateEditor)
    return editor, row.editor


def test_the_note_says_what_jekyll_shows(make_panel, tmp_path) -> None:
    editor, date = _panel(make_panel, tmp_path, "date: 2023-10-05 20:09:10")
    assert date.picker.text() == "2023-10-05 20:09:10"
    assert date.offset_note.text() == (
        "Jekyll reads a time without an offset as UTC: it dates this post 2023-10-06 04:09:10 "
        "in the site's time zone."
    )
    assert not date.offset_note.isHidden()
    assert editor.toPlainText() == "---\ntitle: t\ndate: 2023-10-05 20:09:10\n---\n"


@pytest.mark.parametrize(
    "line",
    [
        "date: 2023-10-05 08:09:10 +0800",  # an offset: read as written
        "date: '2023-10-05 08:09:10'",  # a string: Jekyll parses it in the site's zone
        "date: 2023-10-05",  # a day
        "date: 2023/10/5 08:09:10",  # no YAML timestamp: a string to Psych
    ],
)
def test_no_note_where_jekyll_reads_it_as_written(make_panel, tmp_path, line) -> None:
    _editor, date = _panel(make_panel, tmp_path, line)
    assert date.offset_note.isHidden()


def test_without_a_site_zone(make_panel, tmp_path) -> None:
    _editor, date = _panel(make_panel, tmp_path, "date: 2023-10-05 08:09:10", timezone=None)
    assert date.offset_note.text() == (
        "Jekyll reads a time without an offset as UTC and shows it in the build machine's time "
        "zone."
    )


def test_in_chinese(make_panel, tmp_path, qapp) -> None:
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, date = _panel(make_panel, tmp_path, "date: 2023-10-05 08:09:10")
        text = date.offset_note.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert text.startswith("Jekyll 把不带时区偏移的时间当作 UTC")
    assert "2023-10-05 16:09:10" in text
