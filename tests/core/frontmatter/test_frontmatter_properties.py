"""Property: random front-matter blocks + random set/unset sequences.

After every sequence the block must read (with PyYAML's YAML 1.1 loader and with our YAML 1.2
reader) as exactly the intended mapping, and every line not belonging to a changed key must be
byte-identical and in its original order.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from postpad.core.frontmatter import (
    read_fields,
    same_value,
    set_field,
    split_front_matter,
    unset_field,
)

KEYS = [
    "title",
    "date2",
    "tags",
    "cover",
    "categories",
    "top_img",
    "comments",
    "sticky",
    "标题",
    "x_1",
]
WORDS = [
    "随笔",
    "hello world",
    "C#语言",
    "a-b",
    "It's",
    "生活",
    "url/x?y=1#z",
    "标题：副标题",
    "v1.2.3x",
]
TRICKY_CHARS = list(":#'\"-?[]{},&*!|>%@` \t\u3000\n\\~=<")
TRICKY = [*TRICKY_CHARS, "yes", "no", "null", "1e3", "2024-06-01", "010", "1:30", "<<", ".inf"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Segment:
    kind: str  # "key" or "gap"
    key: str = ""
    lines: list[str] = field(default_factory=list)
    touched: bool = False


@st.composite
def original_entry(draw: st.DrawFn, key: str) -> tuple[list[str], object]:
    word = draw(st.sampled_from(WORDS))
    words = draw(st.lists(st.sampled_from(WORDS[:6]), min_size=1, max_size=3))
    text = draw(st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12))
    number = draw(st.integers(-1000, 10**9))
    indent = draw(st.sampled_from(["", "  "]))
    kind = draw(st.sampled_from(range(13)))
    cases: list[tuple[list[str], object]] = [
        ([f"{key}: {word}"], word),
        ([f"{key}: {word}  # 注释"], word),
        ([f"{key}: " + "'" + text.replace("'", "''") + "'"], text),
        ([f'{key}: "{word}"'], word),
        ([f"{key}: {number}"], number),
        ([f"{key}: true"], True),
        ([f"{key}: false"], False),
        ([f"{key}:"], None),
        ([f"{key}: "], None),
        ([f"{key}: [{', '.join(words)}]"], words),
        ([f"{key}:", *(f"{indent}- {w}" for w in words)], words),
        ([f"{key}: |", *(f"  {w}" for w in words)], "".join(w + "\n" for w in words)),
        ([f"{key}:", "  a: 1", f"  b: {word}"], {"a": 1, "b": word}),
    ]
    return cases[kind]


@st.composite
def blocks(draw: st.DrawFn) -> tuple[list[Segment], dict[str, object]]:
    keys = draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=6))
    segments: list[Segment] = []
    mapping: dict[str, object] = {}
    for key in keys:
        if draw(st.booleans()):
            segments.append(Segment("gap", lines=[draw(st.sampled_from(["", "# 注释 comment"]))]))
        lines, value = draw(original_entry(key))
        segments.append(Segment("key", key, lines))
        mapping[key] = value
    if draw(st.booleans()):
        segments.append(Segment("gap", lines=["# 结尾 trailing comment"]))
    return segments, mapping


new_text = st.text(
    st.one_of(st.sampled_from(TRICKY_CHARS), st.characters(exclude_categories=("Cs",))),
    max_size=16,
).filter(lambda text: "\n\n" not in text)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False),
    new_text,
    st.sampled_from(TRICKY),
)
list_items = st.one_of(
    st.booleans(), st.integers(-99, 99), new_text.filter(lambda t: "\n" not in t)
)
values = st.one_of(scalars, st.lists(list_items, max_size=4))
operations = st.lists(
    st.tuples(st.sampled_from(["set", "set", "unset"]), st.sampled_from(KEYS), values),
    min_size=1,
    max_size=6,
)


def apply(segments: list[Segment], op: str, key: str) -> None:
    found = next((s for s in segments if s.kind == "key" and s.key == key), None)
    if op == "unset":
        if found is not None:
            segments.remove(found)
        if all(s.kind == "gap" and not "".join(s.lines).strip() for s in segments):
            segments.clear()  # the last key takes a block holding nothing else with it
        return
    if found is not None:
        found.touched = True
        return
    last_key = max((n for n, s in enumerate(segments) if s.kind == "key"), default=None)
    at = len(segments) if last_key is None else last_key + 1
    segments.insert(at, Segment("key", key, touched=True))


def layout_pattern(segments: list[Segment]) -> re.Pattern[str]:
    parts = []
    for segment in segments:
        if segment.touched:
            key = re.escape(segment.key)
            parts.append(rf"(?:{key}|'{key}'):[^\n]*\n(?:(?: |- )[^\n]*\n|\n)*?")
        else:
            parts.append("".join(re.escape(line + "\n") for line in segment.lines))
    return re.compile("".join(parts))


def same_as_pyyaml(loaded: object, expected: object) -> bool:
    if isinstance(expected, float) and isinstance(loaded, float):
        return loaded == expected or (math.isnan(loaded) and math.isnan(expected))
    return same_value(loaded, expected)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(), operations)
@example(  # the last key goes with its block (blank lines do not keep it), then a new block
    ([Segment("gap", lines=[""]), Segment("key", "title", ["title: x"])], {"title": "x"}),
    [("unset", "title", None), ("set", "cover", None)],
)
@example(  # a comment keeps the emptied block
    (
        [Segment("gap", lines=["# 注释 comment"]), Segment("key", "title", ["title: x"])],
        {"title": "x"},
    ),
    [("unset", "title", None)],
)
def test_random_edits_change_only_their_keys(
    block: tuple[list[Segment], dict[str, object]], ops: list[tuple[str, str, object]]
) -> None:
    segments, mapping = block
    inner = "".join(line + "\n" for segment in segments for line in segment.lines)
    text = f"---\n{inner}---\n正文 body\n"
    assert read_fields(text) == mapping or all(
        same_value(read_fields(text)[k], v) for k, v in mapping.items()
    )
    expected = dict(mapping)
    for op, key, value in ops:
        if op == "set":
            text = set_field(text, key, value)
            expected[key] = value
        else:
            text = unset_field(text, key)
            expected.pop(key, None)
        apply(segments, op, key)

    split = split_front_matter(text)
    assert split.body == "正文 body\n"
    ours = read_fields(text)
    assert list(ours) == list(expected)
    assert all(same_value(ours[key], expected[key]) for key in expected), (ours, expected)
    theirs = yaml.load(split.inner, Loader=_LOADER) or {}
    assert list(theirs) == list(expected)
    assert all(same_as_pyyaml(theirs[key], expected[key]) for key in expected), (theirs, expected)
    assert layout_pattern(segments).fullmatch(split.inner), split.inner
    assert "\t" not in split.inner  # originals hold no tabs; the emitter never writes one
