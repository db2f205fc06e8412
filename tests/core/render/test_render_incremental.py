"""The incremental renderer's patches always rebuild exactly what a full render gives."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from postpad.core.render import (
    IncrementalRenderer,
    RenderOptions,
    apply_patch,
    render,
)
from postpad.core.render.incremental import blocks_html

PIECES = [
    "# H\n",
    "## 标题 One\n",
    "para 文字 line\n",
    "more text *em*\n",
    "\n",
    "\n",
    "\n",
    "- item\n",
    "{:toc}\n",
    "  - sub\n",
    "1. one\n",
    "> quote\n",
    "```\n",
    "```py\n",
    "code x = 1\n",
    "===\n",
    "---\n",
    "| a | b |\n",
    "|---|---|\n",
    "<div>\n",
    "</div>\n",
    "<!-- c -->\n",
    "{% note info %}\n",
    "{% endnote %}\n",
    "$$\n",
    "x^2\n",
    "term\n",
    ": def\n",
    "    indented\n",
    "[x]: /url\n",
    "see [x] and [^1]\n",
    "[^1]: note\n",
    "text \"q\" 'a'\n",
    'He said "open\n',
    '说"放弃"\n',
    "{% tabs t %}\n",
    "<!-- tab A -->\n",
    "<!-- endtab -->\n",
    "{% endtabs %}\n",
    "---\ntitle: t\n---\n",
    "{{< note >}}\n",
    "*[para]: a paragraph\n",
    "{::comment}\n",
    "{:/comment}\n",
    '<div markdown="1">\n',
    "<details>\n",
    "</details>\n",
    "{{< /note >}}\n",
    "{% raw %}\n",
    "{% endraw %}\n",
    '&ensp;&ensp;他说"你好"\n',
    "<script>x</script>\n",
    "$a$ inline\n",
    "~~~\n",
]
PIECES += [
    "{: .lead}\n",
    "{% quote(a=1) %}\n",
    "{% end %}\n",
    "{{ sc(x=1) }}\n",
    "<details>\n",
    "</details>\n",
    "Setext\n",
    "***\n",
    "{% hideToggle t %}\n",
    "{% endhideToggle %}\n",
    "  lazy\n",
    "{{% callout %}}\n",
    "{{% /callout %}}\n",
    "{% highlight ruby %}\n",
    "{% endhighlight %}\n",
    "{% sometag %}\n",
    "{{< sometag >}}\n",
    "`code` and {x}\n",
    "{% subtabs s %}\n",
    "{% endsubtabs %}\n",
]
INSERTS = [
    "a",
    "\n",
    "#",
    "`",
    "-",
    " ",
    "=",
    "{",
    "}",
    "%",
    "$",
    ":",
    ">",
    "|",
    "\n\n",
    "中",
    "~",
    "\r",
]

documents = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


# markup an edit may delete as a whole (the first one at or after the edit's position)
CONSTRUCTS = ["[^1]", "[x]", "```", "~~~", "$$", "---", "{% end", "{{<", "</", "<!--", "\n\n"]

Edit = tuple[float, int, str, str]


@st.composite
def edits(draw: st.DrawFn) -> Edit:
    position = draw(st.floats(min_value=0, max_value=1))
    removed = draw(st.integers(min_value=0, max_value=6))
    inserted = draw(st.one_of(st.sampled_from(INSERTS), st.sampled_from(PIECES), st.just("")))
    construct = draw(st.one_of(st.just(""), st.sampled_from(CONSTRUCTS)))
    return position, removed, inserted, construct


def _apply_edit(text: str, edit: Edit) -> str:
    position, removed, inserted, construct = edit
    start = int(position * len(text))
    if construct:
        found = text.find(construct, start)
        if found >= 0:
            start, removed = found, len(construct)
    return text[:start] + inserted + text[start + removed :]


@pytest.mark.parametrize("engine", ["hexo", "hugo", "generic", "jekyll", "zola"])
@settings(
    max_examples=int(os.environ.get("POSTPAD_PROPERTY_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(document=documents, steps=st.lists(edits(), min_size=1, max_size=12))
@example(  # Goldmark's quote count: an unclosed quote above lets a later block's quote close
    document='He said "open"\n\npara 文字 line\n\n说"放弃"\n\nmore text *em*\n',
    steps=[(0.0, 0, "", '"\n'), (0.5, 0, "a", ""), (0.0, 0, '"', ""), (0.99, 0, '"', "")],
)
@example(  # deleting the only footnote reference: the footnote list must go too
    document="para 文字 line\n\nsee [x] and [^1]\n\npara 文字 line\n\n[^1]: note\n",
    steps=[(0.0, 0, "", "[^1]")],
)
@example(  # a definition list goes on past a blank line: `<!-- c -->` + `: x` is its next term
    document="text \"q\" 'a'\n# H\n---\ntitle: t\n---\n",
    steps=[
        (0.0, 0, "a", ""),
        (0.0, 1, "a", ""),
        (0.875, 1, "para 文字 line\n", ""),
        (0.375, 4, "## 标题 One\n", ""),
        (0.28125, 5, "{: .lead}\n", ""),
        (0.578125, 5, "<!-- c -->\n", ""),
        (0.140625, 6, "\n", ""),
    ],
)
@example(  # an empty heading loses its duplicate id "-1" when the other empty heading goes
    document="#\n\nx\n\n# \n",
    steps=[(0.0, 0, "a", "")],
)
@example(  # an unknown tag never closed; keys typed far below it, then its end tag (0203)
    document="{% sometag %}\n\npara 文字 line\n\n- item\n\n`code` and {x}\n\n{{< sometag >}}\n\n"
    "more text *em*\n\n```\ncode x = 1\n```\n\n`code` and {x}\n",
    steps=[
        (1.0, 0, "`", ""),
        (0.99, 0, "{", ""),
        (1.0, 0, "```\n", ""),
        (1.0, 0, "{% endsometag %}\n", ""),
        (1.0, 0, "{{< /sometag >}}\n", ""),
        (0.0, 0, "", "```"),
        (0.5, 0, "\n\n", ""),
    ],
)
def test_patches_rebuild_a_full_render(engine: str, document: str, steps: list[Edit]) -> None:
    options = RenderOptions(engine=engine, math=True)
    renderer = IncrementalRenderer(options)
    blocks = apply_patch([], renderer.update(document))
    text = document
    for edit in steps:
        text = _apply_edit(text, edit)
        patch = renderer.update(text)
        blocks = apply_patch(blocks, patch)
        expected = render(text, options)
        assert blocks_html(blocks) == expected.html
        assert patch.rendered.html == expected.html
        assert patch.rendered.stats == expected.stats
        assert [(h.text, h.id, h.line) for h in patch.rendered.outline] == [
            (h.text, h.id, h.line) for h in expected.outline
        ]
        assert patch.rendered.warnings == expected.warnings


def test_typing_in_a_paragraph_only_replaces_that_block() -> None:
    text = "# Title\n\nfirst paragraph\n\nsecond paragraph\n\nthird\n"
    renderer = IncrementalRenderer(RenderOptions(engine="hugo"))
    first = renderer.update(text)
    ids = [block.id for block in first.rendered.blocks]
    patch = renderer.update(text.replace("second", "secXond"))
    assert [op.kind for op in patch.ops] == ["replace"]
    assert patch.ops[0].id == ids[2]
    assert "secXond" in patch.ops[0].html
    assert not renderer.last_was_full
    assert [block.id for block in patch.rendered.blocks] == ids


def test_an_unclosed_quote_above_closes_a_later_one_and_typing_stays_incremental() -> None:
    """Goldmark counts unclosed quotes across the post (decision 0253)."""
    text = 'He said "hello"\n\nmiddle\n\n说"放弃"\n'
    options = RenderOptions(engine="hugo")
    renderer = IncrementalRenderer(options)
    renderer.update(text)
    opened = text.replace('hello"', "hello")
    patch = renderer.update(opened)
    assert "说&quot;放弃”" in patch.rendered.html
    assert patch.rendered.html == render(opened, options).html
    typed = opened.replace("middle", "midXdle")
    patch = renderer.update(typed)
    assert not renderer.last_was_full
    assert patch.rendered.html == render(typed, options).html
    patch = renderer.update(text)
    assert "说&quot;放弃&quot;" in patch.rendered.html


def test_a_new_line_shifts_later_blocks_without_touching_them() -> None:
    text = "one\n\ntwo\n\nthree\n"
    renderer = IncrementalRenderer(RenderOptions(engine="hugo"))
    before = renderer.update(text).rendered.blocks
    patch = renderer.update("one\nmore\n\ntwo\n\nthree\n")
    assert [op.kind for op in patch.ops] == ["replace"]
    assert patch.shifts == ((before[0].id, 1),)
    after = patch.rendered.blocks
    assert [(b.first_line, b.last_line) for b in after] == [(1, 2), (4, 4), (6, 6)]


def test_opening_a_fence_swallows_the_rest_and_closing_it_restores() -> None:
    text = "a\n\nb\n\nc\n\nd\n"
    options = RenderOptions(engine="generic")
    renderer = IncrementalRenderer(options)
    renderer.update(text)
    opened = "a\n\n```\nb\n\nc\n\nd\n"
    assert renderer.update(opened).rendered.html == render(opened, options).html
    assert len(renderer.update(opened).rendered.blocks) == 2
    assert renderer.update(text).rendered.html == render(text, options).html


def test_footnotes_elsewhere_do_not_force_a_full_render() -> None:
    filler = "".join(f"paragraph {n}\n\n" for n in range(6))
    text = f"intro[^1]\n\n{filler}plain one\n\n{filler}last\n\n[^1]: the note\n"
    options = RenderOptions(engine="hugo")
    renderer = IncrementalRenderer(options)
    renderer.update(text)
    edited = text.replace("plain one", "plain uno\nmore")
    patch = renderer.update(edited)
    assert not renderer.last_was_full
    assert patch.rendered.html == render(edited, options).html
    renderer.update(edited.replace("[^1]: the note", "[^1]: the note, longer"))
    assert renderer.last_was_full  # the footnote list itself changed


@pytest.mark.parametrize("engine", ["hugo", "generic", "jekyll"])
def test_deleting_a_footnote_reference_drops_it_from_the_list(engine: str) -> None:
    # found by the property test: the window held the only reference before the edit, so the
    # footnote list at the end (an untouched block after the window) kept the dead note
    options = RenderOptions(engine=engine)
    text = "a\n\nsee [^1] x\n\nb\n\n[^1]: note\n"
    renderer = IncrementalRenderer(options)
    blocks = apply_patch([], renderer.update(text))
    edited = text.replace("[^1] x", "x")
    blocks = apply_patch(blocks, renderer.update(edited))
    assert blocks_html(blocks) == render(edited, options).html
    assert "footnote" not in blocks_html(blocks)


def test_reference_definitions_are_used_by_windows() -> None:
    filler = "".join(f"paragraph {n}\n\n" for n in range(6))
    text = f"{filler}see [site]\n\n{filler}[site]: https://example.com\n"
    options = RenderOptions(engine="generic")
    renderer = IncrementalRenderer(options)
    renderer.update(text)
    edited = text.replace("see [site]", "look [site] up")
    patch = renderer.update(edited)
    assert not renderer.last_was_full
    assert '<a href="https://example.com">site</a>' in patch.ops[0].html
    patch = renderer.update(edited.replace("https://example.com", "https://example.org"))
    assert renderer.last_was_full
    assert "https://example.org" in patch.rendered.html


def test_abbreviation_definitions_are_used_by_windows() -> None:
    """kramdown abbreviations live with the reference definitions (decision 0273)."""
    filler = "".join(f"paragraph {n}\n\n" for n in range(6))
    text = f"{filler}see HTML\n\n{filler}*[HTML]: Hyper Text\n"
    options = RenderOptions(engine="jekyll")
    renderer = IncrementalRenderer(options)
    renderer.update(text)
    patch = renderer.update(text.replace("see HTML", "look HTML up"))
    assert not renderer.last_was_full
    assert '<abbr title="Hyper Text">HTML</abbr> up' in patch.ops[0].html
    patch = renderer.update(text.replace("Hyper Text", "HyperText"))
    assert renderer.last_was_full
    assert '<abbr title="HyperText">HTML</abbr>' in patch.rendered.html
    patch = renderer.update(text.replace("paragraph 2\n", "paragraph 2\n\n*[paragraph]: p\n"))
    assert renderer.last_was_full
    assert "<abbr" in patch.rendered.html.split("paragraph 2")[0]


def test_header_edit_only_shifts_lines() -> None:
    text = "---\ntitle: a\n---\n\n# H\n\nbody\n"
    renderer = IncrementalRenderer(RenderOptions(engine="hexo"))
    before = renderer.update(text).rendered.blocks
    patch = renderer.update(text.replace("title: a\n", "title: a\ntags: [x]\n"))
    assert patch.ops == ()
    assert patch.shifts == ((None, 1),)
    assert [b.first_line for b in patch.rendered.blocks] == [b.first_line + 1 for b in before]


def test_front_matter_turning_into_body_after_a_fallback() -> None:
    # found by the property test: a full-render fallback must diff against the *old* lines
    options = RenderOptions(engine="jekyll", math=True)
    text = "---\ntitle: t\n---\n# H\n"
    renderer = IncrementalRenderer(options)
    blocks = apply_patch([], renderer.update(text))
    edited = "# H\n" + text
    blocks = apply_patch(blocks, renderer.update(edited))
    assert blocks_html(blocks) == render(edited, options).html


def test_the_outline_is_reused_while_typing_and_moved_by_new_lines() -> None:
    sections = "".join(f"## Part {n}\n\ntext {n}\n\nmore {n}\n\n" for n in range(12))
    options = RenderOptions(engine="hexo")
    renderer = IncrementalRenderer(options)
    first = renderer.update(sections).rendered.outline
    text = sections.replace("more 5", "more 5x")
    typed = renderer.update(text).rendered.outline
    assert typed is first  # no heading changed: not rebuilt by walking every block
    for edited in (
        text.replace("more 5x", "more\n5x"),  # later headings move down a line
        text.replace("more 5x", "more 5x"),  # and back
        text.replace("## Part 7\n", "## Part 7\n\n"),  # a new line right after a heading
        text.replace("## Part 7\n", "\n## Part 7\n"),  # and right before one
        text.replace("## Part 7", "## Part 7b"),  # a heading itself changes
        "---\ntitle: t\n---\n" + text,  # front matter moves every heading
    ):
        outline = renderer.update(edited).rendered.outline
        expected = render(edited, options).outline
        assert [(h.text, h.id, h.line) for h in outline] == [
            (h.text, h.id, h.line) for h in expected
        ]


def test_closing_a_formula_across_a_footnote_definition() -> None:
    # found by fuzzing: the footnote definition's line holds no block, so it looked like the
    # blank line a window may start after; closing the "$$" pulls it into the formula
    options = RenderOptions(engine="hugo", math=True)
    text = "$$\n[^1]: note\n## 标题 One\n<script>x</script>\n---\n~~~\n"
    renderer = IncrementalRenderer(options)
    blocks = apply_patch([], renderer.update(text))
    edited = text.replace("---\n", "-$$\n\n")
    blocks = apply_patch(blocks, renderer.update(edited))
    assert blocks_html(blocks) == render(edited, options).html


def test_kramdown_toc_follows_heading_edits() -> None:
    """The TOC (``{:toc}`` under a list) lists every heading; an edit far from it updates it."""
    options = RenderOptions(engine="jekyll")
    renderer = IncrementalRenderer(options)
    text = "* toc\n{:toc}\n\nintro\n\n# 第一\n\ntext\n\n## Two\n\nmore\n"
    blocks = apply_patch([], renderer.update(text))
    assert 'href="#第一" id="markdown-toc-第一"' in blocks_html(blocks)
    for edited in (
        text.replace("## Two", "## Zwei"),
        text + "\n### Three\n",
        text.replace("# 第一", "# 第一\n{: .no_toc}"),
        text.replace("{:toc}", "{: .x}"),
    ):
        renderer = IncrementalRenderer(options)
        blocks = apply_patch([], renderer.update(text))
        blocks = apply_patch(blocks, renderer.update(edited))
        assert not renderer.last_was_full
        assert blocks_html(blocks) == render(edited, options).html
    assert "markdown-toc-zwei" in render(text.replace("## Two", "## Zwei"), options).html
    assert (
        "markdown-toc-第一"
        not in render(text.replace("# 第一", "# 第一\n{: .no_toc}"), options).html
    )
