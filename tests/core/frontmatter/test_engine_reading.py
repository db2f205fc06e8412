"""Who reads a YAML header Postpad's reader (PyYAML) refuses (decision 0239). Each row was
measured with Hugo 0.168, Jekyll 4.3 and Hexo 8.1 (tests/engines/test_frontmatter_engine_reading.py
builds the same headers with them)."""

from __future__ import annotations

import pytest

from postpad.core.frontmatter import (
    EngineReadsError,
    EngineRefusesError,
    FrontMatterError,
    read_fields,
)
from postpad.core.frontmatter.engine_reading import engine_reads

#: header lines after ``title``: (Hugo reads it, Jekyll reads it, Hexo reads it)
CASES = {
    "p:\n  \tq: 1": (True, False, False),  # a tab after spaces, first line of a nested block
    "p:\n  a: 1\n  \tb: 2": (False, False, False),  # the same on a later line
    "tags:\n-\tx": (True, False, True),  # a tab after the list dash
    "tags:\n  - a\n  -\tb": (True, False, True),
    "k: 1\nk: 2": (False, True, False),  # Psych keeps the last value
    "k: !foo bar": (True, True, False),  # an unknown local tag
    "k: !foo bar\nj: 1\nj: 2": (False, True, False),  # then a key twice: Hugo stops (0249)
    "k: *nope": (False, False, False),  # an undefined alias
    "k: @foo": (False, False, False),
    "k: `foo`": (False, False, False),
    "k: a: b": (False, False, False),
}


@pytest.mark.parametrize(("header", "verdicts"), CASES.items(), ids=list(CASES))
def test_each_engines_reading(header: str, verdicts: tuple[bool, bool, bool]) -> None:
    inner = f"title: t\n{header}\n"
    with pytest.raises(FrontMatterError):
        read_fields(f"---\n{inner}---\n")  # PyYAML refuses every one of them
    got = tuple(engine_reads(inner, 1, engine) for engine in ("hugo", "jekyll", "hexo"))
    assert got == verdicts


def test_read_fields_says_who_is_right() -> None:
    text = "---\ntitle: t\np:\n  \tq: 1\n---\nx\n"
    with pytest.raises(EngineReadsError) as reads:
        read_fields(text, engine="hugo")
    assert (reads.value.engine, reads.value.line, reads.value.column) == ("hugo", 4, 3)
    with pytest.raises(EngineRefusesError) as refuses:
        read_fields(text, engine="jekyll")
    assert refuses.value.engine == "jekyll"
    with pytest.raises(FrontMatterError) as unknown:
        read_fields(text, engine="eleventy")  # its reader was not measured: no verdict
    assert type(unknown.value) is FrontMatterError


def test_a_later_tab_the_engine_refuses_decides() -> None:
    """Past the tab Hugo reads, a tab in column 1 that Hugo refuses: Hugo stops."""
    assert engine_reads("p:\n  \tq: 1\n", 0, "hugo") is True
    assert engine_reads("p:\n  \tq: 1\nr:\n\t- x\n", 0, "hugo") is False
    assert engine_reads("tags:\n-\tx\n-\ty\nk: a: b\n", 0, "hugo") is False  # then a real error
    assert engine_reads("tags:\n-\tx\n-\ty\n", 0, "hugo") is True
