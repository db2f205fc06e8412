"""A shortcode Hugo pairs (its template reads ``.Inner``), opened on its own line and never
closed, is a render warning: real Hugo 0.168 stops the build with "shortcode "details" must be
closed or self-closed" (decision 0220)."""

from __future__ import annotations

import random

import pytest

from postpad.core.render import RenderOptions, render
from postpad.core.render.incremental import IncrementalRenderer
from postpad.core.render.model import OpenShortcode
from postpad.core.render.rules.hugo_embedded import PAIRED
from postpad.core.site.check.shortcode_pairs import open_pairs

POST = (
    "前文\n\n"
    '{{< details summary="更多" >}}\n\n'  # 3: never closed
    "正文\n\n"
    "{{< details />}}\n\n"  # 7: self-closed
    "{{% qr text=x %}}\n\n"  # 9: qr reads .Inner too; the preview draws it inline
    "{{< highlight go >}}\nx := 1\n{{< /highlight >}}\n\n"  # 11: closed
    "{{< figure src=a.png >}}\n"  # 15: not a pair
)


def _warnings(text: str) -> list[tuple[int, str]]:
    return [(w.line, w.code) for w in render(text, RenderOptions(engine="hugo")).warnings]


def test_an_embedded_pair_left_open_is_an_error_at_its_line() -> None:
    assert _warnings(POST) == [(3, "hugo-unclosed-shortcode"), (9, "hugo-unclosed-shortcode")]
    message = render(POST, RenderOptions(engine="hugo")).warnings[0].message
    assert message.startswith("{{< details >}} is never closed: Hugo stops the build")


@pytest.mark.parametrize(
    "text",
    [
        "{{< details >}}\nx\n{{< /details >}}\n",
        "{{< details >}}\nx\n{{% /details %}}\n",  # Hugo takes the other delimiter
        "{{< qr >}}\nx\n{{< /qr >}}\n",
        "{{< comment />}}\n",
        "{{</* details */>}}\n",  # written out as text
    ],
)
def test_closed_or_self_closed_is_no_warning(text: str) -> None:
    assert _warnings(text) == []


def test_a_nested_pair_closes_the_inner_one_only() -> None:
    text = "{{< details >}}\n{{< details >}}\nx\n{{< /details >}}\n"  # Hugo: line 1
    assert _warnings(text) == [(1, "hugo-unclosed-shortcode")]


def test_an_unknown_shortcode_left_open_is_listed_open() -> None:
    """The site's template decides whether it is a pair (``render_findings`` reads it)."""
    rendered = render("{{< mybox >}}\nx\n", RenderOptions(engine="hugo"))
    assert [w.code for w in rendered.warnings] == ["hugo-unknown-shortcode"]
    assert rendered.open_shortcodes == [OpenShortcode(1, 1, "mybox")]
    closed = render("{{< mybox >}}\nx\n{{< /mybox >}}\n", RenderOptions(engine="hugo"))
    assert closed.open_shortcodes == []


MID = (
    "前文 {{< highlight go >}} 没有结束\n\n"  # 1:4 never closed
    "文字 {{< details >}} 折叠\n\n结束 {{< /details >}} 和 {{< details />}}\n\n"  # closed
    "`{{< qr >}}` 在代码里\n\n"  # 7:2 Hugo reads code too
    "```\n{{< details >}}\n```\n\n"  # 9+1: in a fence
    "{{< details >}}\nx {{< /details >}}\n\n"  # closed mid-line
    "{{</* details */>}} 是文字\n"
)


def test_pairs_are_matched_anywhere_as_check_matches_them() -> None:
    """Mid-paragraph, in code, closed mid-line: the render's warnings and ``postpad check``'s
    reading of the whole body (``open_pairs``) name the same shortcodes at the same line and
    column (decision 0238)."""
    rendered = render(MID, RenderOptions(engine="hugo"))
    found = [(w.line, w.column, w.code) for w in rendered.warnings]
    assert found == [
        (1, 4, "hugo-unclosed-shortcode"),
        (7, 2, "hugo-unclosed-shortcode"),
        (10, 1, "hugo-unclosed-shortcode"),
    ]
    offsets = [offset for _name, offset in open_pairs(MID, PAIRED)]
    assert [(MID.count("\n", 0, o) + 1, o - MID.rfind("\n", 0, o)) for o in offsets] == [
        (line, column) for line, column, _code in found
    ]


def test_typing_the_end_tag_mid_paragraph_far_below_clears_the_warning() -> None:
    """Only the edited block is rendered again; the pairs are matched over the blocks."""
    sections = "".join(f"## 第 {i} 节\n\n段落 {i}。\n\n" for i in range(200))
    text = "前文 {{< details >}} 折叠\n\n" + sections + "后文。\n"
    renderer = IncrementalRenderer(RenderOptions(engine="hugo"))
    assert [w.line for w in renderer.update(text).rendered.warnings] == [1]
    closed = text.replace("后文。", "后文 {{< /details >}}。")
    patch = renderer.update(closed)
    assert not patch.full
    assert renderer.last_rendered_blocks <= 4
    assert patch.rendered.warnings == []
    reopened = renderer.update(text)
    assert [(w.line, w.column) for w in reopened.rendered.warnings] == [(1, 4)]
    moved = renderer.update("新的一行\n\n" + text)
    assert [(w.line, w.column) for w in moved.rendered.warnings] == [(3, 4)]


def test_typing_the_end_tag_far_below_clears_the_warning() -> None:
    sections = "".join(f"## 第 {i} 节\n\n段落 {i}。\n\n" for i in range(40))
    text = "{{< details >}}\n\n" + sections
    renderer = IncrementalRenderer(RenderOptions(engine="hugo"))
    assert [w.code for w in renderer.update(text).rendered.warnings] == ["hugo-unclosed-shortcode"]
    closed = text + "{{< /details >}}\n"
    assert not renderer.update(closed).rendered.warnings
    reopened = renderer.update(text).rendered.warnings
    assert [w.code for w in reopened] == ["hugo-unclosed-shortcode"]


def test_other_engines_are_not_concerned() -> None:
    rendered = render(POST, RenderOptions(engine="hexo"))
    assert "hugo-unclosed-shortcode" not in {w.code for w in rendered.warnings}


def test_a_comment_pair_shows_nothing() -> None:
    """Hugo 0.168's comment shortcode reads .Inner and prints nothing (it warns that it is
    deprecated); the preview showed the text inside as a paragraph."""
    text = "前文\n\n{{< comment >}}\n草稿里的*备注*\n{{< /comment >}}\n\n后文\n"
    rendered = render(text, RenderOptions(engine="hugo"))
    assert "备注" not in rendered.html
    assert "前文" in rendered.html
    assert "后文" in rendered.html
    assert not rendered.warnings


PIECES = [
    "段落 {{< details >}} 文字", "{{< /details >}}", "{{< highlight go >}}",
    "x {{< /highlight >}} y", "{{< qr />}}", "```\n{{< details >}}\n```", "`{{< comment >}}`",
    "- item {{< details >}}", "> quote {{% /details %}}", "## 标题", "普通段落。",
    "{{</* details */>}}", "{{< details >}}", "",
]  # fmt: skip


def test_random_edits_keep_the_incremental_render_equal_to_check() -> None:
    """Blocks of pairs opened and closed anywhere, edited at random: after each edit the
    incremental render's open pairs are the full render's and ``postpad check``'s (0238)."""
    chance = random.Random(7)
    options = RenderOptions(engine="hugo")
    for _trial in range(8):
        blocks = [chance.choice(PIECES) for _ in range(24)]
        renderer = IncrementalRenderer(options)
        for _step in range(12):
            index = chance.randrange(len(blocks))
            blocks[index : index + chance.randint(0, 1)] = [chance.choice(PIECES)]
            text = chance.choice(["\n\n", "\n"]).join(blocks) + "\n"
            incremental = renderer.update(text).rendered
            assert incremental.open_shortcodes == render(text, options).open_shortcodes
            found = [(o.line, o.column) for o in incremental.open_shortcodes if o.name in PAIRED]
            offsets = [offset for _name, offset in open_pairs(text, PAIRED)]
            assert found == [
                (text.count("\n", 0, o) + 1, o - text.rfind("\n", 0, o)) for o in offsets
            ]
