"""Input/expected fixture cases (markdown-it-py's style: many cases in one text file).

Each case in ``tests/fixtures/frontmatter/*.txt`` is::

    OPERATION [-- description]
    .
    input post text
    .
    expected result
    .

OPERATION is ``split`` / ``read`` (expected: JSON), ``error`` (expected: ``LINE:COLUMN`` of
the FrontMatterError, in file coordinates), ``set KEY FLOW-VALUE``, ``set-string KEY TEXT``,
``set-date KEY ISO-DATE`` or ``unset KEY`` (expected: the whole post text after the edit).
Any verb may name the site's engine: ``set-date@hexo KEY ISO-DATE``, ``split@hugo``,
``read@hexo``, ``unset@hugo KEY``. ``refuse@ENGINE set|unset KEY [FLOW-VALUE]`` expects the edit
to be refused; its expected section is a phrase the error message must contain.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from fixture_cases import read_raw_cases
from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import (
    WrittenDate,
    read_fields,
    same_value,
    set_field,
    split_front_matter,
    unset_field,
)
from postpad.core.frontmatter.engine_rules import lookup
from postpad.core.frontmatter.yaml_codec import load_yaml

FIXTURES = Path(__file__).parents[2] / "fixtures" / "frontmatter"


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    operation: str
    input: str
    expected: str

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.operation[:50]}"


def read_cases(path: Path) -> list[Case]:
    return [Case(path.name, *raw) for raw in read_raw_cases(path)]


CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]


def describe(value: object) -> object:
    """JSON-able view of read values that keeps the types a reader must get right."""
    if isinstance(value, WrittenDate):
        return {"$date": str(value), "$value": value.value.isoformat() if value.value else None}
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, dict):
        return {key: describe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [describe(item) for item in value]
    return value


def parse_operation(operation: str) -> tuple[str, str, object]:
    verb, _, rest = operation.partition(" ")
    verb = verb.partition("@")[0]
    key, _, argument = rest.partition(" ")
    if verb == "set":
        return verb, key, load_yaml(f"value: {argument}\n")["value"]
    if verb == "set-string":
        return "set", key, argument
    if verb == "set-date":
        moment = dt.datetime.fromisoformat(argument)
        value = moment.date() if len(argument) == 10 else moment
        return "set", key, value
    return verb, key, None


def test_fixture_files_hold_many_cases() -> None:
    assert len(CASES) >= 80
    files = {case.file for case in CASES}
    assert {"split.txt", "read.txt", "patch_yaml.txt", "patch_toml_json.txt"} <= files


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_fixture(case: Case) -> None:
    verb, key, value = parse_operation(case.operation)
    engine = case.operation.split(" ")[0].partition("@")[2] or None
    if verb == "split":
        split = split_front_matter(case.input, engine=engine)
        assert split.header + split.body == case.input
        actual: dict[str, object] = {
            "format": split.format,
            "opening": split.has_opening_delimiter,
            "inner": split.inner,
            "body_line": split.body_line,
        }
        if split.prefix or not split.certain:
            actual.update(prefix=split.prefix, certain=split.certain)
        assert actual == json.loads(case.expected)
    elif verb == "read":
        assert describe(read_fields(case.input, engine=engine)) == json.loads(case.expected)
    elif verb == "refuse":
        action, _, rest = case.operation.split(" ", 1)[1].partition(" ")
        edit_key, _, argument = rest.partition(" ")
        new_value = load_yaml(f"v: {argument}\n")["v"]

        def edit() -> str:
            if action == "set":
                return set_field(case.input, edit_key, new_value, engine=engine)
            return unset_field(case.input, edit_key, engine=engine)

        with pytest.raises(FrontMatterError) as caught:
            edit()
        assert case.expected.strip() in str(caught.value)
    elif verb == "error":
        with pytest.raises(FrontMatterError) as caught:
            read_fields(case.input)
        assert f"{caught.value.line}:{caught.value.column}" == case.expected.strip()
        with pytest.raises(FrontMatterError):
            set_field(case.input, "title", "x")
    elif verb == "set":
        result = set_field(case.input, key, value, engine=engine)
        assert result == case.expected
        # setting it again changes nothing
        assert set_field(result, key, value, engine=engine) == result
        written = lookup(read_fields(result, engine=engine), key, engine)
        if not isinstance(value, dt.date):
            assert same_value(written, value) or (value is None and written is None)
    elif verb == "unset":
        result = unset_field(case.input, key, engine=engine)
        assert result == case.expected
        assert key not in read_fields(result, engine=engine)
    else:
        pytest.fail(f"unknown operation {case.operation!r}")
