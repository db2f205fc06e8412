"""A CSS value from front matter is applied only when it loads and injects nothing (0234)."""

from __future__ import annotations

import pytest

from postpad.core.postheader.css_value import safe_background


@pytest.mark.parametrize(
    "value",
    [
        "linear-gradient(20deg, #0062be, #925696, #cc426e, #fb0347)",
        "#49b1f5",
        "rgba(0, 0, 0, .5)",
        "rgb(0 0 0 / 50%)",
        "radial-gradient(circle at center, red 0%, blue 100%)",
        "repeating-linear-gradient(45deg, hsl(10 80% 50%), transparent 10px)",
        "teal",
    ],
)
def test_colours_and_gradients_pass(value: str) -> None:
    assert safe_background(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "url(http://example.com/x.png)",
        "linear-gradient(red, blue), url(x.png)",
        "URL ( x )",
        "image-set(x 1x)",
        "red; background-image: none",
        "red} body {display:none",
        "u\\72l(x)",  # an escape spelling url
        "red /* comment */",
        "'red'",
        "red !important",
        "var(--x)",
        "element(#a)",
        "linear-gradient(red, blue",
        "red) blue(",
        "",
        "red " * 200,
        "<style>",
    ],
)
def test_anything_that_could_load_or_break_out_is_refused(value: str) -> None:
    assert safe_background(value) is None
