"""What the engine reads from a header Postpad's YAML reader refuses (decision 0249): the same
reader made as lenient as the engine's, past the tabs the engine reads. The values follow what
Hugo 0.168 and Jekyll 4.3 built (see the decision)."""

from __future__ import annotations

import pytest

from postpad.core.frontmatter.engine_reading import engine_fields


def _read(inner: str, engine: str) -> dict[str, object] | None:
    found = engine_fields(inner, 1, engine)  # the header's first line is file line 2
    return None if found is None else found.fields


def test_jekyll_keeps_the_last_value_of_a_key_written_twice_at_its_first_place() -> None:
    inner = "title: 骑行\nk: 1\ntags: [a]\nk: 2\nafter: x\n"
    assert _read(inner, "jekyll") == {"title": "骑行", "k": 2, "tags": ["a"], "after": "x"}
    assert list(_read(inner, "jekyll") or {}) == ["title", "k", "tags", "after"]


def test_nested_keys_written_twice_too() -> None:
    inner = "title: t\np:\n  a: 1\n  a: 2\nafter: x\n"
    assert _read(inner, "jekyll") == {"title": "t", "p": {"a": 2}, "after": "x"}


def test_unknown_tags_as_each_engine_reads_them() -> None:
    inner = "title: t\nk: !foo bar\nn: !bar 1\nq: !x '1'\nl: !s [1, 2]\nafter: x\n"
    common = {"title": "t", "k": "bar", "q": "1", "l": [1, 2], "after": "x"}
    assert _read(inner, "jekyll") == common | {"n": 1}  # Psych: as if untagged
    assert _read(inner, "hugo") == common | {"n": "1"}  # go-yaml: the text


def test_past_the_tabs_the_engine_reads() -> None:
    nested = "title: t\np:\n  \tq: 1\ndate: 2024-06-01\nafter: x\n"
    found = _read(nested, "hugo")
    assert found is not None
    assert found["p"] == {"q": 1}
    assert list(found) == ["title", "p", "date", "after"]
    dash = "title: t\ntags:\n-\t江南\n-\t骑行\nafter: x\n"
    assert _read(dash, "hexo") == {"title": "t", "tags": ["江南", "骑行"], "after": "x"}


@pytest.mark.parametrize(
    ("inner", "engine"),
    [
        ("title: t\nk: 1\nk: 2\n", "hugo"),  # go-yaml stops
        ("title: t\nk: 1\nk: 2\n", "hexo"),
        ("title: t\nk: !foo bar\n", "hexo"),
        ("title: t\np:\n  \tq: 1\n", "jekyll"),
        ("title: t\nk: *nope\n", "jekyll"),
        ("title: t\nk: !foo bar\nj: 1\nj: 2\n", "hugo"),
        ("title: t\nk: !foo bar\n", "eleventy"),  # not measured
    ],
)
def test_nothing_where_the_engine_does_not_read_it(inner: str, engine: str) -> None:
    assert engine_fields(inner, 1, engine) is None


def test_entries_give_the_key_of_a_line() -> None:
    found = engine_fields("title: t\nk: 1\ntags:\n  - a\nk: 2\nafter: x\n", 1, "jekyll")
    assert found is not None
    assert found.entries == ((2, "title"), (3, "k"), (4, "tags"), (6, "k"), (7, "after"))
    assert found.key_at(6) == "k"
    assert found.key_at(5) == "tags"
    assert found.key_at(1) is None


def test_an_alias_bomb_is_still_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        for prev, name in zip("abcdefg", "bcdefgh", strict=True)
    )
    assert engine_fields(bomb + "k: 1\nk: 2\n", 1, "jekyll") is None
