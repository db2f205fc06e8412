"""``engine_date``: the date the engine gives a post (decision 0248's measured table), the one
function the date picker's note, the post header and the site panel show."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from postpad.core.frontmatter import read_fields
from postpad.core.frontmatter.dates import WrittenDate, engine_date


def _date(header: str) -> object:
    return read_fields(f"---\n{header}\n---\n")["date"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2023-01-05 03:00:00 +08:00", dt.datetime(2023, 1, 4, 19, 0)),
        ("2023-01-05T03:00:00Z", dt.datetime(2023, 1, 5, 3, 0)),
        ("2023-01-05 03:00:00 -0500", dt.datetime(2023, 1, 5, 8, 0)),
        ("2023-01-05 03:00:00", dt.datetime(2023, 1, 5, 3, 0)),
        ("2023-01-05", dt.date(2023, 1, 5)),
    ],
)
def test_hexo_reads_the_time_in_utc(written: str, expected: dt.date) -> None:
    value = _date(f"date: {written}")
    assert isinstance(value, WrittenDate)
    assert engine_date(value, "hexo") == expected


def test_other_engines_keep_the_written_offset() -> None:
    value = _date("date: 2023-01-05 03:00:00 +08:00")
    assert isinstance(value, WrittenDate)
    read = engine_date(value, "hugo")
    assert read == value.value
    assert isinstance(read, dt.datetime)
    assert read.hour == 3
    assert engine_date(value, None) == value.value


def test_no_date() -> None:
    assert engine_date(_date("date: '2023-01-05 03:00:00 +08:00'"), "hexo") is None  # quoted
    assert engine_date("soon", "hexo") is None
    assert engine_date(None, "hexo") is None
    naive = dt.datetime(2024, 1, 2, 3, 4)
    assert engine_date(naive, "hexo") == naive


SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2023-10-05 20:09:10", dt.datetime(2023, 10, 6, 4, 9, 10)),  # Psych: UTC
        ("2023-10-05T08:09:10", dt.datetime(2023, 10, 5, 16, 9, 10)),
        ("2023-10-05 08:09:10 +0800", None),  # an offset: as written
        ("2023-10-05", None),  # a day
        ("2023/10/5 08:09:10", None),  # no YAML timestamp: Jekyll reads it in the site's zone
        ("'2023-10-05 08:09:10'", None),  # quoted: text
    ],
)
def test_jekyll_reads_a_time_without_offset_as_utc(written: str, expected: object) -> None:
    value = _date(f"date: {written}")
    read = engine_date(value, "jekyll", SHANGHAI)
    assert read == (expected or getattr(value, "value", None))
    assert engine_date(value, "jekyll") == getattr(value, "value", None)  # no site zone
    assert engine_date(value, "hugo", SHANGHAI) == getattr(value, "value", None)
