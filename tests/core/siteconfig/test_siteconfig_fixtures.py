"""Input/expected cases for nested config edits (markdown-it-py's fixture style).

Each case in ``tests/fixtures/siteconfig/cases/*.txt`` is::

    VERB KEY.PATH [= VALUE] [-- description]
    .
    input config text
    .
    expected text (or, for ``refuse``, a phrase of the error message)
    .

VERB is ``set`` (VALUE is one YAML flow value), ``set-string`` (VALUE is text), ``unset`` or
``refuse`` (a ``set`` that must be refused, the text untouched). ``patch_toml.txt`` cases are
TOML (Hugo), the others YAML. Every edit is also checked to read back as intended and to leave
every other line as it was, and setting the old value back gives the input again when the edit
was in place.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

import pytest

from fixture_cases import read_raw_cases
from postpad.cli.fm import parse_value
from postpad.core.errors import FrontMatterError
from postpad.core.siteconfig import ConfigKind, get_value, read_values, set_value, unset_value
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.paths import parse_path

CASES_DIR = Path(__file__).parents[2] / "fixtures" / "siteconfig" / "cases"
YAML = ConfigKind("hexo", "site", "yaml")
TOML = ConfigKind("hugo", "site", "toml")


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    operation: str
    input: str
    expected: str

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.operation[:40]}"

    @property
    def kind(self) -> ConfigKind:
        return TOML if "toml" in self.file else YAML


def read_cases(path: Path) -> list[Case]:
    return [Case(path.name, *raw) for raw in read_raw_cases(path)]


CASES = [case for path in sorted(CASES_DIR.glob("*.txt")) for case in read_cases(path)]


def parse_operation(operation: str) -> tuple[str, str, object]:
    verb, _, rest = operation.partition(" ")
    path, _, argument = rest.partition(" = ")
    if verb in ("set", "refuse"):
        return verb, path.strip(), parse_value(argument)
    if verb == "set-string":
        return "set", path.strip(), argument
    return verb, path.strip(), None


def changed_lines(before: str, after: str) -> int:
    matcher = difflib.SequenceMatcher(None, before.split("\n"), after.split("\n"), autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def test_there_are_cases() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_case(case: Case) -> None:
    verb, path, value = parse_operation(case.operation)
    if verb == "refuse":
        with pytest.raises(FrontMatterError) as caught:
            set_value(case.input, case.kind, path, value)
        assert case.expected.strip() in str(caught.value)
        return
    if verb == "unset":
        result = unset_value(case.input, case.kind, path)
        assert result == case.expected
        assert get_value(result, case.kind, path) == (False, None)
        return
    result = set_value(case.input, case.kind, path, value)
    assert result == case.expected
    found, read_back = get_value(result, case.kind, path)
    assert found
    assert same_tree(read_back, value)
    # Setting the value it now has changes nothing.
    assert set_value(result, case.kind, path, value) == result


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_other_values_stay(case: Case) -> None:
    verb, path, value = parse_operation(case.operation)
    if verb != "set":
        return
    keys = parse_path(path)
    before = read_values(case.input, case.kind)
    after = read_values(set_value(case.input, case.kind, path, value), case.kind)
    top = keys[0]
    assert {k: v for k, v in before.items() if k != top} == {
        k: v for k, v in after.items() if k != top
    }


def test_untouched_file_is_identical_after_a_no_op_edit() -> None:
    text = (CASES_DIR.parent / "hexo-site" / "_config.butterfly.yml").read_text(encoding="utf-8")
    assert set_value(text, YAML, "nav.fixed", False) == text
    assert unset_value(text, YAML, "no.such.key") == text


def test_last_line_without_a_line_break() -> None:
    text = "title: x\noutputs:\n  home: [HTML, RSS]"
    result = set_value(text, YAML, "theme", "even")
    assert result == "title: x\noutputs:\n  home: [HTML, RSS]\ntheme: even"
    assert changed_lines(text, result) == 1


def test_hugo_keys_match_in_any_case() -> None:
    text = 'baseURL = "https://a.example/"\n'
    assert set_value(text, TOML, "baseurl", "https://b.example/") == (
        'baseURL = "https://b.example/"\n'
    )
    assert get_value(text, TOML, "BASEURL") == (True, "https://a.example/")


def test_json_configs_are_read_only() -> None:
    kind = ConfigKind("hugo", "site", "json")
    assert read_values('{"title": "x"}', kind) == {"title": "x"}
    with pytest.raises(FrontMatterError, match="read-only"):
        set_value('{"title": "x"}', kind, "title", "y")


def test_new_key_goes_after_its_neighbour_in_the_defaults() -> None:
    text = "nav:\n  logo: /a.png  # mark\n  fixed: false\nmenu:\n"
    result = set_value(text, YAML, ("nav", "display_title"), True, after="logo")
    assert result == "nav:\n  logo: /a.png  # mark\n  display_title: true\n  fixed: false\nmenu:\n"
