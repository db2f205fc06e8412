"""Property: random JSON/TOML headers + random set/unset sequences read back as intended,
and every untouched member keeps its exact text."""

from __future__ import annotations

import json

import tomlkit
from hypothesis import given, settings
from hypothesis import strategies as st

from postpad.core.frontmatter import read_fields, same_value, set_field, unset_field

KEYS = ["title", "tags", "draft", "weight", "标题", "slug"]
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=10)
scalar = st.one_of(st.booleans(), st.integers(-(10**9), 10**9), text)
value = st.one_of(
    scalar, st.lists(st.one_of(st.booleans(), st.integers(-99, 99), text), max_size=3)
)
mappings = st.dictionaries(st.sampled_from(KEYS), value, max_size=5)
operations = st.lists(
    st.tuples(st.booleans(), st.sampled_from(KEYS), value), min_size=1, max_size=5
)


def _run(
    header: str, body: str, mapping: dict[str, object], ops: list[tuple[bool, str, object]]
) -> tuple[str, set[str]]:
    post = header + body
    expected = dict(mapping)
    touched: set[str] = set()
    for unset, key, new in ops:
        post = unset_field(post, key) if unset else set_field(post, key, new)
        if unset:
            expected.pop(key, None)
        else:
            expected[key] = new
        touched.add(key)
    assert post.endswith(body)
    fields = read_fields(post)
    assert set(fields) == set(expected)
    assert all(same_value(fields[key], expected[key]) for key in expected)
    return post, touched


@settings(max_examples=200, deadline=None)
@given(mappings, operations, st.sampled_from([2, 4]), st.booleans())
def test_json_edits(
    mapping: dict[str, object], ops: list[tuple[bool, str, object]], indent: int, hexo: bool
) -> None:
    members = [
        f"{' ' * indent}{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in mapping.items()
    ]
    inner = ",\n".join(members)
    header = f";;;\n{inner}\n;;;\n" if hexo else ("{\n" + inner + "\n}\n" if members else "{}\n")
    post, touched = _run(header, "正文\n", mapping, ops)
    for key, member in zip(mapping, members, strict=True):
        if key not in touched:
            assert member.strip() in post


@settings(max_examples=200, deadline=None)
@given(mappings, operations)
def test_toml_edits(mapping: dict[str, object], ops: list[tuple[bool, str, object]]) -> None:
    document = tomlkit.document()
    for key, item in mapping.items():
        document[key] = item
    document.add(tomlkit.nl())
    params = tomlkit.table()
    params["cover"] = "x.png"
    document["params"] = params
    inner = tomlkit.dumps(document)
    expected_params = {"params": {"cover": "x.png"}}
    post, touched = _run(f"+++\n{inner}+++\n", "正文\n", {**mapping, **expected_params}, ops)
    for line in inner.splitlines():
        key = line.split(" = ", 1)[0].strip('"')
        if " = " in line and key in mapping and key not in touched:
            assert line in post.splitlines()
    assert '[params]\ncover = "x.png"' in post
