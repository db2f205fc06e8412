"""A TOML date is written in the key's own layout, and a quoted date stays text (decision 0263)."""

from __future__ import annotations

import datetime as dt

import pytest

from postpad.core.frontmatter import WrittenDate, read_fields, set_field

CST = dt.timezone(dt.timedelta(hours=8))


def _post(line: str) -> str:
    return f"+++\ntitle = 'T' # kept\n{line}\ndraft = true\n+++\nbody\n"


@pytest.mark.parametrize(
    ("old", "value", "new"),
    [
        (
            "date = 2024-06-02 10:00:00.5+08:00",
            dt.datetime(2025, 6, 2, 10, 0, 0, 500000, tzinfo=CST),
            "date = 2025-06-02 10:00:00.5+08:00",
        ),
        (
            "date = 2024-06-02 10:00:00.5+08:00",
            WrittenDate("2025-06-02 10:00:00.5+08:00"),
            "date = 2025-06-02 10:00:00.5+08:00",
        ),
        (
            "date = 2024-06-02T10:00:00Z",
            dt.datetime(2025, 1, 3, 4, 5, 6, tzinfo=dt.UTC),
            "date = 2025-01-03T04:05:06Z",
        ),
        (
            "date = 2024-06-02T10:00:00+00:00",
            dt.datetime(2025, 1, 3, 4, 5, 6, tzinfo=dt.UTC),
            "date = 2025-01-03T04:05:06+00:00",
        ),
        ("date = 2024-06-02", dt.date(2025, 1, 3), "date = 2025-01-03"),
        (
            "date = 2024-06-02T10:00:00.123",
            dt.datetime(2025, 1, 3, 4, 5, 6, 120000),
            "date = 2025-01-03T04:05:06.120",
        ),
    ],
)
def test_a_new_date_keeps_the_written_layout(old: str, value: object, new: str) -> None:
    result = set_field(_post(old), "date", value, engine="hugo")
    assert result == _post(new)


@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("value", [WrittenDate("2024-06-03"), dt.date(2024, 6, 3)])
def test_a_quoted_date_stays_a_string_in_its_quotes(quote: str, value: object) -> None:
    result = set_field(_post(f"date = {quote}2024-06-02{quote}"), "date", value, engine="hugo")
    assert result == _post(f"date = {quote}2024-06-03{quote}")
    date = read_fields(result)["date"]
    assert type(date) is str


def test_a_written_date_toml_cannot_hold_is_written_in_the_old_layout() -> None:
    # ``2025/1/3`` is no TOML date: the day goes into the old layout, which keeps its time
    old = _post("date = 2024-06-02 10:00:00+08:00")
    result = set_field(old, "date", WrittenDate("2025/1/3"), engine="hugo")
    assert result == _post("date = 2025-01-03 10:00:00+08:00")
