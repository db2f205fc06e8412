"""Properties of nested config edits: whatever key and value, setting then reading gives the
value, every other key keeps its value, and the text changes in one place only."""

from __future__ import annotations

import difflib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from postpad.core.siteconfig import ConfigKind, get_value, read_values, set_value
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.paths import KeyPath, lookup, with_value

FIXTURES = Path(__file__).parents[2] / "fixtures" / "siteconfig"
BUTTERFLY = (FIXTURES / "hexo-site" / "_config.butterfly.yml").read_text(encoding="utf-8")
HUGO = (FIXTURES / "hugo-site" / "hugo.toml").read_text(encoding="utf-8")
YAML = ConfigKind("hexo", "theme", "yaml", "butterfly")
TOML = ConfigKind("hugo", "site", "toml")


def leaves(data: dict[str, object], prefix: KeyPath = ()) -> list[KeyPath]:
    found: list[KeyPath] = []
    for key, value in data.items():
        if isinstance(value, dict) and value:
            found.extend(leaves(value, (*prefix, key)))
        elif not isinstance(value, list) or all(not isinstance(v, dict) for v in value):
            found.append((*prefix, key))
    return found


def sections(data: dict[str, object], prefix: KeyPath = ()) -> list[KeyPath]:
    found: list[KeyPath] = [prefix]
    for key, value in data.items():
        if isinstance(value, dict) and value:
            found.extend(sections(value, (*prefix, key)))
    return found


TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\ufeff"),
    max_size=30,
)
SCALARS = st.one_of(TEXT, st.booleans(), st.integers(-(10**9), 10**9))
VALUES = st.one_of(SCALARS, st.lists(st.one_of(TEXT, st.integers(0, 99)), max_size=4))
NEW_KEY = st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True)


def one_hunk(before: str, after: str) -> bool:
    matcher = difflib.SequenceMatcher(None, before.split("\n"), after.split("\n"), autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not changes:
        return True
    first, last = changes[0], changes[-1]
    # all changes lie in one run of lines: nothing unchanged between the first and last change
    equal_inside = [
        op
        for op in matcher.get_opcodes()
        if op[0] == "equal" and op[1] >= first[2] and op[2] <= last[1]
    ]
    return not equal_inside


def check_edit(text: str, kind: ConfigKind, path: KeyPath, value: object) -> None:
    before = read_values(text, kind)
    result = set_value(text, kind, path, value)
    found, read_back = get_value(result, kind, path)
    assert found
    assert same_tree(read_back, value)
    assert same_tree(read_values(result, kind), with_value(before, path, value))
    assert one_hunk(text, result)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), value=VALUES)
def test_yaml_existing_key(data: st.DataObject, value: object) -> None:
    path = data.draw(st.sampled_from(leaves(read_values(BUTTERFLY, YAML))))
    check_edit(BUTTERFLY, YAML, path, value)


@settings(max_examples=100, deadline=None)
@given(data=st.data(), key=NEW_KEY, value=VALUES)
def test_yaml_new_key_is_inserted_lines_only(data: st.DataObject, key: str, value: object) -> None:
    current = read_values(BUTTERFLY, YAML)
    section = data.draw(st.sampled_from(sections(current)))
    path = (*section, key)
    if lookup(current, path)[0]:
        return
    result = set_value(BUTTERFLY, YAML, path, value)
    check_edit(BUTTERFLY, YAML, path, value)
    old_lines, new_lines = BUTTERFLY.split("\n"), result.split("\n")
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    assert {op[0] for op in matcher.get_opcodes()} <= {"equal", "insert"}


@settings(max_examples=100, deadline=None)
@given(
    data=st.data(), value=st.one_of(SCALARS.filter(lambda v: v != ""), st.lists(TEXT, max_size=3))
)
def test_toml_existing_key(data: st.DataObject, value: object) -> None:
    path = data.draw(st.sampled_from(leaves(read_values(HUGO, TOML))))
    check_edit(HUGO, TOML, path, value)
