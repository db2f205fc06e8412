"""Dates keep the layout the author wrote."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from postpad.core.frontmatter.dates import (
    WrittenDate,
    date_text_for,
    default_date_text,
    layout_of,
    parse_date_text,
    typed_date,
)

CST = dt.timezone(dt.timedelta(hours=8))


def test_written_date_is_the_text_with_a_value() -> None:
    date = WrittenDate("2024/6/1")
    assert date == "2024/6/1"
    assert isinstance(date, str)
    assert date.value == dt.date(2024, 6, 1)
    assert json.dumps({"date": date}) == '{"date": "2024/6/1"}'
    assert WrittenDate("2024-13-40").value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-06-01", dt.date(2024, 6, 1)),
        ("2024/6/1", dt.date(2024, 6, 1)),
        ("2024/6/1 9:05:09", dt.datetime(2024, 6, 1, 9, 5, 9)),
        ("2024-06-01T13:05:09+08:00", dt.datetime(2024, 6, 1, 13, 5, 9, tzinfo=CST)),
        ("2024-06-01 13:05:09 +0800", dt.datetime(2024, 6, 1, 13, 5, 9, tzinfo=CST)),
        ("2024-06-01T13:05:09Z", dt.datetime(2024, 6, 1, 13, 5, 9, tzinfo=dt.UTC)),
        ("2024-06-01T13:05:09.5Z", dt.datetime(2024, 6, 1, 13, 5, 9, 500000, tzinfo=dt.UTC)),
        ("2024年6月1日", None),
        ("2024-02-30", None),
    ],
)
def test_parse(text: str, value: object) -> None:
    assert parse_date_text(text) == value


@pytest.mark.parametrize(
    ("previous", "new", "written"),
    [
        ("2024/6/1", dt.date(2024, 10, 3), "2024/10/3"),
        ("2024/6/1", dt.datetime(2024, 10, 3, 8, 0), "2024/10/3 08:00:00"),
        ("2024/6/1", dt.datetime(2024, 10, 3, 0, 0), "2024/10/3"),
        ("2024/06/01", dt.date(2024, 10, 3), "2024/10/03"),
        ("2023-01-05 10:20:30", dt.date(2023, 2, 1), "2023-02-01 10:20:30"),
        ("2023-01-05 10:20:30", dt.datetime(2023, 2, 1, 7, 8, 9), "2023-02-01 07:08:09"),
        ("2024/6/1 9:05", dt.datetime(2024, 6, 2, 14, 30), "2024/6/2 14:30"),
        (
            "2024-06-01T13:05:09+08:00",
            dt.datetime(2024, 7, 1, 9, 0, tzinfo=CST),
            "2024-07-01T09:00:00+08:00",
        ),
        (
            "2024-06-01 13:05:09 +0800",
            dt.datetime(2024, 7, 1, 9, 0, tzinfo=CST),
            "2024-07-01 09:00:00 +0800",
        ),
        (
            "2024-06-01T13:05:09Z",
            dt.datetime(2024, 7, 1, 9, 0, tzinfo=dt.UTC),
            "2024-07-01T09:00:00Z",
        ),
        ("2024-06-01T13:05:09+08:00", dt.datetime(2024, 7, 1, 9, 0), "2024-07-01T09:00:00"),
        ("not a date", dt.datetime(2024, 7, 1, 9, 0), "2024-07-01 09:00:00"),
        (None, dt.date(2024, 7, 1), "2024-07-01"),
    ],
)
def test_new_date_keeps_previous_layout(previous: str | None, new: dt.date, written: str) -> None:
    assert date_text_for(new, previous) == written


TEN = dt.datetime(2024, 6, 5, 10, 0, tzinfo=CST)
HEXO_REWRITES = [
    # (previous text, new value, what Hexo gets): an offset, Z or T layout is not kept, and the
    # value's own wall-clock time is written (hexo-front-matter 4 misreads offsets, §2.3)
    ("2024-06-01T13:05:09+08:00", TEN, "2024-06-05 10:00:00"),
    ("2024-06-01 13:05:09 +0800", TEN, "2024-06-05 10:00:00"),
    ("2024-06-01T13:05:09Z", dt.datetime(2024, 6, 5, 10, 0, tzinfo=dt.UTC), "2024-06-05 10:00:00"),
    ("2024-06-01T13:05:09.250Z", dt.datetime(2024, 6, 5, 10, 0, 1), "2024-06-05 10:00:01"),
    ("2024-06-01T13:05:09", dt.datetime(2024, 6, 5, 10, 0), "2024-06-05 10:00:00"),
    # not converted to another zone: 10:00 in UTC-5 is written as 10:00, the time the author meant
    (
        "2024-06-01T13:05:09+08:00",
        dt.datetime(2024, 6, 5, 10, 0, tzinfo=dt.timezone(-dt.timedelta(hours=5))),
        "2024-06-05 10:00:00",
    ),
    # a new day keeps the old wall-clock time of day, without its offset
    ("2024-06-01T13:05:09+08:00", dt.date(2024, 6, 5), "2024-06-05 13:05:09"),
    # layouts Hexo reads correctly stay as they are
    ("2024/6/1", dt.datetime(2024, 6, 5, 10, 0, tzinfo=CST), "2024/6/5 10:00:00"),
    ("2024/6/1 9:05", dt.datetime(2024, 6, 5, 10, 0, tzinfo=CST), "2024/6/5 10:00"),
    ("2024-06-01 13:05:09", TEN, "2024-06-05 10:00:00"),
    ("2024-06-01", dt.datetime(2024, 6, 5, 10, 0, tzinfo=CST), "2024-06-05 10:00:00"),
    ("2024-06-01", dt.datetime(2024, 6, 5, tzinfo=CST), "2024-06-05"),
]


@pytest.mark.parametrize(("previous", "new", "written"), HEXO_REWRITES)
def test_hexo_never_gets_an_offset(previous: str, new: dt.date, written: str) -> None:
    text = date_text_for(new, previous, "hexo")
    assert text == written
    assert parse_date_text(text) is not None


@pytest.mark.parametrize("engine", [None, "hugo", "jekyll", "zola"])
def test_other_engines_keep_the_offset_layout(engine: str | None) -> None:
    moment = dt.datetime(2024, 6, 5, 10, 0, tzinfo=CST)
    assert date_text_for(moment, "2024-06-01T13:05:09+08:00", engine) == "2024-06-05T10:00:00+08:00"


def test_engine_defaults() -> None:
    moment = dt.datetime(2024, 6, 1, 13, 5, 9, tzinfo=CST)
    assert default_date_text(moment.replace(tzinfo=None)) == "2024-06-01 13:05:09"
    assert default_date_text(moment, "hugo") == "2024-06-01T13:05:09+08:00"
    assert default_date_text(moment, "jekyll") == "2024-06-01 13:05:09 +0800"
    assert default_date_text(dt.date(2024, 6, 1), "hugo") == "2024-06-01"


def test_layout_of_non_dates() -> None:
    assert layout_of("hello") is None
    assert layout_of("2024/6/1") is not None


TYPED_DATES = [
    # (previous, typed, written, engine): the layout is kept when the value fits, widened when
    # not, never losing what was typed (issue 11: `2023-10-05 08:09:10` on `2020-08-11`)
    ("2020-08-11", "2023-10-05 08:09:10", "2023-10-05 08:09:10", None),
    ("2020-08-11", "2023-10-05", "2023-10-05", None),
    ("2020/8/11", "2023-10-05 08:09:10", "2023/10/5 08:09:10", None),
    ("2020-08-11", "2023-10-05T08:09:10+08:00", "2023-10-05T08:09:10+08:00", "hugo"),
    ("2020-08-11", "2023-10-05T08:09:10+08:00", "2023-10-05 08:09:10", "hexo"),
    ("2020-08-11 10:00", "2023-10-05 08:09:10", "2023-10-05 08:09:10", None),
    ("2020-08-11 10:00", "2023-10-05 08:09", "2023-10-05 08:09", None),
    ("2020-08-11T00:00:00Z", "2023-10-05", "2023-10-05T00:00:00Z", "hugo"),
    ("2020-08-11T00:00:00Z", "2023-10-05T08:09:10Z", "2023-10-05T08:09:10Z", "hugo"),
    ("2020-08-11T00:00:00+08:00", "2023-10-05 08:09:10", "2023-10-05T08:09:10", "hugo"),
]


@pytest.mark.parametrize(("previous", "typed", "written", "engine"), TYPED_DATES)
def test_typed_date_keeps_or_widens_the_layout(
    previous: str, typed: str, written: str, engine: str | None
) -> None:
    result = typed_date(WrittenDate(typed), WrittenDate(previous), engine)
    assert str(result) == written
    assert result.value is not None


def test_typed_date_for_a_date_shaped_string_keeps_its_layout() -> None:
    # Hugo archetypes write `date: '2023-10-05T08:09:10+08:00'`: a string with a date's layout
    assert typed_date(WrittenDate("2023-10-05"), "2020-08-11T00:00:00Z", "hugo") == (
        "2023-10-05T00:00:00Z"
    )
    assert typed_date(WrittenDate("2023-10-05"), "not a date", "hugo") == "2023-10-05"


def test_written_zone_is_the_offset_as_written() -> None:
    from postpad.core.frontmatter.dates import written_zone

    assert written_zone("2023-01-05 10:00:00 +08:00") == " +08:00"
    assert written_zone("2023-01-05T10:00:00+0800") == "+0800"
    assert written_zone("2023-01-05T10:00:00z") == "z"
    assert written_zone("2023-01-05 10:00:00") == ""
    assert written_zone("2023-01-05") == ""
    assert written_zone("soon") == ""
