"""A shortcode Hugo does not embed is a render warning: Hugo stops the build ("template for
shortcode … not found") unless the site or its theme has one; the preview cannot see templates,
so the window and ``postpad check`` decide with the site's layouts (decision 0198)."""

from __future__ import annotations

from postpad.core.render import RenderOptions, render

POST = (
    "前文\n\n{{< mybox a >}}\n\n"  # 3
    "行内 {{% note %}}x{{% /note %}}\n\n"  # 5: the closing one is no second warning
    "{{< youtube abc >}} {{< figure src=a.png >}} {{< x_simple user=a id=1 >}}\n\n"  # 7: Hugo's
    "{{< details summary=s >}}\nbody\n{{< /details >}}\n\n"  # 9
    "{{</* escaped */>}}\n"  # 13: written out as text by Hugo
)


def test_unknown_shortcodes_warn_once_each() -> None:
    rendered = render(POST, RenderOptions(engine="hugo"))
    assert [(w.line, w.code) for w in rendered.warnings] == [
        (3, "hugo-unknown-shortcode"),
        (5, "hugo-unknown-shortcode"),
    ]
    assert "mybox" in rendered.warnings[0].message


def test_other_engines_do_not_read_shortcodes() -> None:
    codes = {w.code for w in render(POST, RenderOptions(engine="hexo")).warnings}
    assert "hugo-unknown-shortcode" not in codes
