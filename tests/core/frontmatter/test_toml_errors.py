"""A TOML header that does not parse is named with one 1-based file position.

tomlkit's message repeats its own place (1-based line, 0-based column) and names the end of
its input as the character ``'\\x00'``; the form showed both positions side by side."""

from __future__ import annotations

import pytest

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields

UNCLOSED = '+++\ntitle = "x"\ntags = [\n  "a",\n  "b"\n+++\nbody\n'


def _error(text: str) -> FrontMatterError:
    with pytest.raises(FrontMatterError) as caught:
        read_fields(text)
    return caught.value


def test_an_unclosed_array_is_the_end_of_the_header_at_its_end() -> None:
    error = _error(UNCLOSED)
    assert (error.message, error.line, error.column) == ("unexpected end of the header", 6, 1)


@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        ('+++\ntitle = "x"\nfoo = \n+++\n', "unexpected end of the line", 3, 7),
        ("+++\na = 2024-13-01\n+++\n", "Invalid date", 2, 15),
    ],
)
def test_one_position_in_the_message(text: str, message: str, line: int, column: int) -> None:
    error = _error(text)
    assert (error.message, error.line, error.column) == (message, line, column)
    assert " at line " not in str(error)
