"""The plain header for other engines and themes, and Moment's date formats (decision 0234)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from postpad.core.postheader import NO_HEADER, header_payload, header_settings
from postpad.core.site.dates import format_moment


def test_hugo_title_is_a_plain_header() -> None:
    settings = header_settings(engine="hugo")
    payload = header_payload('+++\ntitle = "江边"\n+++\n', settings)
    assert payload is not None
    assert payload["style"] == "plain"
    assert payload["title"] == "江边"
    assert payload["banner"] is None
    assert payload["meta"] == []


def test_hexo_without_butterfly_shows_the_title_only() -> None:
    settings = header_settings(engine="hexo", theme="landscape", site_root=Path("/nowhere"))
    payload = header_payload("---\ntitle: 标题\ntop_img: '#fff'\n---\n", settings)
    assert payload is not None
    assert payload["style"] == "plain"
    assert payload["banner"] is None


def test_no_title_no_plain_header() -> None:
    assert header_payload("正文\n", header_settings(engine="hugo")) == NO_HEADER


def test_jekyll_titles_a_post_from_its_name() -> None:
    post = Path("/blog/_posts/2024-06-01-coffee-notes.md")
    settings = header_settings(engine="jekyll", post_path=post)
    payload = header_payload("---\nlayout: post\n---\n", settings)
    assert payload is not None
    assert payload["title"] == "Coffee Notes"


@pytest.mark.parametrize(
    ("layout", "language", "expected"),
    [
        ("YYYY-MM-DD", "en", "2024-06-01"),
        ("YYYY/M/D HH:mm:ss", "en", "2024/6/1 13:05:09"),
        ("MMM Do YYYY, h:mm a", "en", "Jun 1st 2024, 1:05 pm"),
        ("YYYY年MMMMDo", "zh-CN", "2024年六月1日"),
        ("[Day] D", "en", "Day 1"),
        ("", "en", "2024-06-01"),
    ],
)
def test_moment_formats(layout: str, language: str, expected: str) -> None:
    value = dt.datetime(2024, 6, 1, 13, 5, 9)
    assert format_moment(layout, value, language=language) == expected
