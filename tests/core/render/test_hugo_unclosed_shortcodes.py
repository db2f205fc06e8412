"""A shortcode Hugo pairs (its template reads ``.Inner``), opened on its own line and never
closed, is a render warning: real Hugo 0.168 stops the build with "shortcode "details" must be
closed or self-closed" (decision 0220)."""

from __future__ import annotations

import pytest

from postpad.core.render import RenderOptions, render
from postpad.core.render.incremental import IncrementalRenderer

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


def test_an_unknown_shortcode_left_open_says_so() -> None:
    """The site's template decides whether it is a pair (``render_findings`` reads it)."""
    warnings = render("{{< mybox >}}\nx\n", RenderOptions(engine="hugo")).warnings
    assert [w.code for w in warnings] == ["hugo-unknown-shortcode"]
    assert "never closed" in warnings[0].message
    closed = render("{{< mybox >}}\nx\n{{< /mybox >}}\n", RenderOptions(engine="hugo"))
    assert "never closed" not in closed.warnings[0].message


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
