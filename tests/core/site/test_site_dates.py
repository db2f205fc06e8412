from __future__ import annotations

from datetime import UTC, datetime

import pytest

from postpad.core.site.config import SiteConfig
from postpad.core.site.dates import format_moment, format_post_date, parse_loose, readable_by

ENGINES = ("hexo", "hugo", "jekyll", "eleventy", "zola")


@pytest.mark.parametrize(
    ("value", "readable"),
    [
        # each engine's default layout (decision 0009): (hexo, hugo, jekyll, eleventy, zola)
        ("2024/6/1", (True, False, True, False, False)),
        ("2024-6-1", (True, False, True, False, False)),
        ("2024-06-01", (True, True, True, True, True)),
        ("2024-06-01 13:05:09", (True, True, True, True, True)),
        ("2024-06-01T13:05:09+08:00", (True, True, True, True, True)),
        ("2024年6月1日", (False, False, False, False, False)),
        ("Sat, 01 Jun 2024 13:05:09 +0800", (True, True, True, False, False)),
        ("Last Modified", (False, False, False, True, False)),
        ("soon", (False, False, False, False, False)),
    ],
)
def test_readable_by_each_engine(value: str, readable: tuple[bool, ...]) -> None:
    assert tuple(readable_by(engine, value) for engine in ENGINES) == readable


def test_non_strings() -> None:
    assert readable_by("hugo", datetime(2024, 6, 1))
    assert not readable_by("hexo", 20240601)


def test_new_dates_per_engine_in_site_zone() -> None:
    moment = datetime(2024, 5, 31, 21, 5, 9, tzinfo=UTC)  # 05:05:09 on June 1st in Shanghai
    shanghai = SiteConfig(timezone="Asia/Shanghai")
    assert format_post_date("hexo", shanghai, moment) == "2024-06-01 05:05:09"
    assert format_post_date("jekyll", shanghai, moment) == "2024-06-01 05:05:09 +0800"
    assert format_post_date("hugo", shanghai, moment) == "2024-06-01T05:05:09+08:00"
    assert (
        format_post_date("zola", SiteConfig(timezone="UTC"), moment) == "2024-05-31T21:05:09+00:00"
    )


def test_hexo_site_format_used_only_when_hexo_reads_it() -> None:
    moment = datetime(2024, 6, 1, 5, 5, 9, tzinfo=UTC)
    slashes = SiteConfig(timezone="UTC", date_format="YYYY/M/D")
    assert format_post_date("hexo", slashes, moment) == "2024/6/1 05:05:09"
    chinese = SiteConfig(timezone="UTC", date_format="YYYY年M月D日")
    assert format_post_date("hexo", chinese, moment) == "2024-06-01 05:05:09"


def test_format_moment_tokens_and_escapes() -> None:
    moment = datetime(2024, 6, 1, 15, 4, 5, tzinfo=UTC)
    assert format_moment("YY-M-D h:m:s A [at] ZZ", moment) == "24-6-1 3:4:5 PM at +0000"


def test_parse_loose() -> None:
    assert parse_loose("2024/6/1 9:05") == datetime(2024, 6, 1, 9, 5)
    assert parse_loose("2024-06-01T13:05:09Z") == datetime(2024, 6, 1, 13, 5, 9, tzinfo=UTC)
    assert parse_loose("2024/13/1") is None
    assert parse_loose("next week") is None
