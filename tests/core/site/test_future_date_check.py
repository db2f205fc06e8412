"""`postpad check` warns about a Jekyll post dated after now: Jekyll 4.3 leaves it out of the
site ("Skipping: … has a future date") unless _config.yml sets `future: true`. Real Jekyll's
reading: tests/engines/test_future_date_engines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.check import check_text


def _codes(
    tmp_path: Path, engine: str, date_line: str, config: str = "", name: str = "2024-01-01-a.md"
) -> list[tuple[int, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    if engine == "jekyll":
        (tmp_path / "_config.yml").write_text("timezone: Asia/Shanghai\n" + config, "utf-8")
        post = tmp_path / "_posts" / name
    else:
        (tmp_path / "_config.yml").write_text("title: x\n" + config, "utf-8")
        (tmp_path / "package.json").write_text('{"dependencies": {"hexo": "8.1.0"}}', "utf-8")
        post = tmp_path / "source" / "_posts" / "a.md"
    post.parent.mkdir(parents=True)
    text = f"---\ntitle: a\n{date_line}\n---\nbody\n"
    post.write_text(text, "utf-8")
    site = detect_site(post)
    assert site is not None
    assert site.engine == engine
    found = check_text(post, text, site)
    return [(f.line, f.code) for f in found if f.code == "future-date"]


@pytest.mark.parametrize(
    "date_line",
    ["date: 2999-01-01", "date: 2999-01-01 08:09:10 +0800", "date: '2999-01-01 08:09'"],
)
def test_a_jekyll_post_dated_after_now_is_reported(tmp_path: Path, date_line: str) -> None:
    assert _codes(tmp_path, "jekyll", date_line) == [(3, "future-date")]


def test_a_past_date_or_future_true_or_hexo_is_not(tmp_path: Path) -> None:
    assert _codes(tmp_path / "past", "jekyll", "date: 2020-01-01 08:09:10") == []
    assert _codes(tmp_path / "set", "jekyll", "date: 2999-01-01", "future: true\n") == []
    assert _codes(tmp_path / "hexo", "hexo", "date: 2999-01-01 08:09:10") == []  # Hexo builds it


def test_a_jekyll_file_name_dated_after_now_is_reported_without_a_date_key(tmp_path: Path) -> None:
    assert _codes(tmp_path / "a", "jekyll", "", name="2999-01-01-a.md") == [(1, "future-date")]
    assert _codes(tmp_path / "b", "jekyll", "date: 2020-01-01", name="2999-01-01-a.md") == []
