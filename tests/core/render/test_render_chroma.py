"""Hugo's code blocks from Chroma's own lexer and style data (decision 0165).

The fixture file's expected HTML is real Hugo 0.168's (tests/engines/test_chroma_hugo.py builds
every case with Hugo); here the preview renders each case with the case's ``markup.highlight``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fixture_cases import read_raw_cases
from postpad.core.render import RenderOptions, render
from postpad.core.render.chroma import registry
from postpad.core.render.chroma.lexer import coalesce
from postpad.core.render.chroma.regex import UntranslatableError, compile_rule, translate
from postpad.core.render.chroma.settings import HugoHighlight, hugo_highlight

FIXTURE = Path(__file__).parents[2] / "fixtures" / "render" / "hugo_chroma.md"


def case_settings(line: str) -> dict[str, object]:
    """``noClasses=false lineNos=table`` -> Hugo's ``markup.highlight`` table."""
    values: dict[str, object] = {}
    for pair in line.split():
        key, value = pair.split("=", 1)
        values[key] = {"true": True, "false": False}.get(
            value, int(value) if value.isdigit() else value
        )
    return values


def split_case(source: str) -> tuple[dict[str, object], str]:
    first, markdown = source.split("\n", 1)
    return case_settings(first), markdown


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(s, e, id=f"{line}:{title[:40]}")
        for line, title, s, e in read_raw_cases(FIXTURE)
    ],
)
def test_hugo_code_block(source: str, expected: str) -> None:
    settings, markdown = split_case(source)
    site = {"site": {"markup": {"highlight": settings}}}
    rendered = render(markdown, RenderOptions(engine="hugo", site_overrides=site))
    assert "".join(block.html for block in rendered.blocks) == expected


def test_regexp2_inline_flags_hold_to_the_end_of_their_group_and_alternatives() -> None:
    assert translate(r"(?s)a.b") == r"(?s:a.b)"
    assert translate(r"a(?i)b|c") == r"a(?i:b)|(?i:c)"
    assert compile_rule(r"x(?i)y|z", "m").fullmatch("Z")
    assert not compile_rule(r"x(?i)y|z", "m").fullmatch("xZ")


def test_regexp2_spellings() -> None:
    assert compile_rule(r"(?<q>['\"]).*?\k<q>", "m").match("'a'b'")[0] == "'a'"  # type: ignore[index]
    assert compile_rule(r"a\z", "m").match("a")
    assert not compile_rule(r"a\z", "m").match("a\n")
    assert compile_rule(r"[rR]{,2}x", "m").match("r{,2}x")  # .NET: "{,2}" is text
    assert not compile_rule(r"[rR]{,2}x", "m").match("x")
    assert compile_rule(r"[^\W\d]+", "m").match("1a")[0] == "1a"  # type: ignore[index]
    assert compile_rule(r"[\p{L}_]+", "m").match("名字_x")  # Unicode class: the regex module
    with pytest.raises(UntranslatableError):
        compile_rule(r"(a\1)", "m")


def test_registry_finds_lexers_as_chromas_get_does() -> None:
    assert registry.find("sh").name == "Bash"  # type: ignore[union-attr]
    assert registry.find("Console").name == "Bash Session"  # type: ignore[union-attr]
    assert registry.find("package.json").name == "JSON"  # type: ignore[union-attr]  # filename
    assert registry.find("golang").file == "go"  # type: ignore[union-attr]
    assert registry.find("mermaid") is None
    assert registry.find("nohighlight") is None


def test_guess_syntax_scores_like_chromas_analysers() -> None:
    assert registry.analyse("#!/bin/bash\necho hi\n").name == "Bash"  # type: ignore[union-attr]
    assert registry.analyse("<?php echo 1; ?>") is None  # PHTML's analyser is never asked
    assert registry.analyse("<%= x %>") is None  # nor ERB's
    assert registry.analyse("just words") is None


def test_every_bundled_lexer_compiles_and_tokenises_its_input_back() -> None:
    text = 'a = 1 # x\n\tif (b) { return "s"; }\n'
    for entry in registry.entries():
        if entry.file is None:
            continue
        lexer = registry.lexer(entry.name)
        if entry.name in ("Lua",):  # a self-referring group: Pygments serves it
            continue
        assert lexer is not None, entry.name
        assert "".join(v for _, v in coalesce(lexer.tokens(text))).startswith(text), entry.name


def test_site_settings_with_legacy_pygments_keys() -> None:
    assert hugo_highlight(None) == HugoHighlight()
    classes = hugo_highlight({"markup": {"goldmark": {}}, "pygmentsuseclasses": True})
    assert classes.no_classes is False
    # Hugo reads the pygments keys only when the config has a markup table
    assert hugo_highlight({"pygmentsuseclasses": True}).no_classes is True
    explicit = {"markup": {"highlight": {"noClasses": True}}, "pygmentsuseclasses": True}
    assert hugo_highlight(explicit).no_classes is False  # explicit default: legacy still applies
    table = hugo_highlight({"markup": {"Highlight": {"lineNos": "inline", "Style": "dracula"}}})
    assert (table.line_nos, table.line_numbers_in_table, table.style) == (True, False, "dracula")


def test_empty_matches_that_never_advance_do_not_hang() -> None:
    from postpad.core.render.chroma.lexer import read_lexer

    spinning = (
        '<lexer><config><name>T</name></config><rules><state name="root">'
        '<rule pattern="(?=a)"><token type="Keyword"/></rule>'
        '<rule pattern="b"><token type="Name"/></rule></state></rules></lexer>'
    )
    tokens = read_lexer(spinning, lambda _name: None).tokens("bab")
    assert coalesce(tokens) == [("Name", "b"), ("Error", "a"), ("Name", "b")]


def test_fence_attributes_as_goldmark_reads_them() -> None:
    from postpad.core.render.chroma import attributes

    language, text = attributes.split_info('go{linenos=table,hl_lines=[8,"15-17"],linenostart=199}')
    assert language == "go"
    parsed = attributes.parse(text + " .a .b #top")
    assert parsed[0] == ("class", "a b")
    assert ("hl_lines", [8.0, "15-17"]) in parsed
    settings = attributes.apply(HugoHighlight(), parsed)
    assert (settings.line_nos, settings.line_numbers_in_table) == (True, True)
    assert settings.hl_lines == ((206, 206), (213, 215))  # counted from the block's first line
    assert attributes.div_attributes(parsed) == ' id="top"'


def test_a_lexer_error_token_is_coloured_but_not_boxed() -> None:
    """Chroma marks code its lexer does not expect (a JS object under ``json``) as ``err``; the
    preview keeps the style's colour but not Pygments' red box, which reads as the author's
    mistake. The override comes after, and is as specific as, the style's own rule."""
    from postpad.core.render.rules.code_styles import theme_stylesheets

    rules = [line for line in theme_stylesheets().splitlines() if ".highlight .err" in line]
    boxed = next(i for i, rule in enumerate(rules) if "border: 1px solid" in rule)
    unboxed = next(i for i, rule in enumerate(rules) if "border: 0" in rule)
    assert unboxed > boxed
    assert rules[unboxed].startswith(":root .highlight .err")
    assert "color" not in rules[unboxed]
