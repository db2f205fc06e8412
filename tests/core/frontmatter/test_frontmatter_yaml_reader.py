"""The YAML 1.2 reader refuses hostile input quickly and uses the C parser when present."""

from __future__ import annotations

import time

import pytest
import yaml

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields, yaml_codec
from postpad.core.frontmatter.yaml_codec import load_yaml

BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [
        f"{chr(98 + n)}: &{chr(98 + n)} [" + ",".join([f"*{chr(97 + n)}"] * 9) + "]"
        for n in range(8)
    ]
    + ["title: x", ""]
)


@pytest.mark.timeout(10)
def test_alias_bomb_is_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(FrontMatterError) as caught:
        read_fields(f"---\n{BILLION_LAUGHS}---\nbody\n")
    assert "alias bomb" in caught.value.message
    assert time.perf_counter() - started < 5  # in practice a few milliseconds


@pytest.mark.timeout(10)
@pytest.mark.parametrize("depth", [100, 100_000])
def test_absurd_nesting_is_refused(depth: int) -> None:
    with pytest.raises(FrontMatterError) as caught:
        load_yaml("a: " + "[" * depth + "]" * depth + "\n")
    assert "nest" in caught.value.message


def test_reasonable_nesting_and_aliases_are_fine() -> None:
    data = load_yaml("a: " + "[" * 20 + "]" * 20 + "\nb: &x [1]\nc: *x\n")
    assert data["c"] == [1]


@pytest.mark.timeout(10)
def test_too_many_aliases_are_refused() -> None:
    aliases = ", ".join(["*x"] * (yaml_codec.MAX_ALIASES + 1))
    with pytest.raises(FrontMatterError):
        load_yaml(f"a: &x 1\nb: [{aliases}]\n")


def test_oversized_block_is_refused() -> None:
    with pytest.raises(FrontMatterError):
        load_yaml("a: '" + "x" * (yaml_codec.MAX_INNER_CHARS + 1) + "'\n")


def test_uses_the_c_parser_when_available() -> None:
    if getattr(yaml, "__with_libyaml__", False):
        assert issubclass(yaml_codec.Yaml12Loader, yaml.CSafeLoader)
    assert issubclass(yaml_codec.Yaml12Loader, yaml.constructor.SafeConstructor)


def test_unsafe_tags_are_refused() -> None:
    with pytest.raises(FrontMatterError):
        load_yaml("a: !!python/object/apply:os.system ['true']\n")


def test_error_positions_are_file_positions() -> None:
    text = "---\ntitle: ok\ndate: 2024/6/1\ntags: [a, b\n---\n"
    with pytest.raises(FrontMatterError) as caught:
        read_fields(text)
    assert caught.value.line is not None
    assert caught.value.line >= 4
    assert str(caught.value).startswith(f"line {caught.value.line}, column ")


def test_a_tab_where_a_token_should_start_is_named() -> None:
    """libyaml's "found character that cannot start any token" names no character; for a tab
    Postpad says so (the form's note, decision 0239's headers)."""
    from postpad.core.frontmatter.yaml_codec import TAB_NO_TOKEN

    for inner in ("p:\n  \tq: 1\n", "tags:\n-\tx\n"):
        with pytest.raises(FrontMatterError) as caught:
            load_yaml(inner)
        assert caught.value.message.startswith(TAB_NO_TOKEN)
    with pytest.raises(FrontMatterError) as caught:
        load_yaml("k: @x\n")
    assert caught.value.message.startswith("found character that cannot start any token")
