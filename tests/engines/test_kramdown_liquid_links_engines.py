"""Liquid inside a link or image destination is read whole (decision 0275): Jekyll runs Liquid
before kramdown reads the URL, so quotes and spaces inside ``{{ … }}`` end nothing. The preview
does not evaluate the Liquid (it shows it), so what is compared with the real Jekyll is the
structure: the same links and images, with the same titles and text, where they are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fidelity_kit import Construct, engine_snippets

from conftest import require_engine
from postpad.core.render import RenderOptions, render

pytestmark = pytest.mark.engines

TEXT = (
    "![标志](/img/x.png?v={{ page.nothing | default: '1' }})\n{: .center}\n\n"
    '[关于]({{ page.nothing | default: "/about" }} "标题 (x)") 和 '
    "[另一个](/a?{{ page.nothing | size }} 'b')\n"
)
_TAG = re.compile(r"<(a|img|p)\b([^>]*)>")
_WORDS = re.compile(r'(?:title|alt|class)="([^"]*)"')


def _shape(html: str) -> list[tuple[str, str]]:
    """Each link, image and paragraph with its title, alt or class."""
    return [(m[1], " ".join(_WORDS.findall(m[2]))) for m in _TAG.finditer(html)]


def test_liquid_in_a_destination_ends_nothing(tmp_path: Path) -> None:
    require_engine("jekyll")
    theirs = engine_snippets("jekyll", [Construct("x", TEXT, frozenset({"jekyll"}))], tmp_path)
    engine = theirs["x"]
    assert engine is not None
    ours = "".join(block.html for block in render(TEXT, RenderOptions(engine="jekyll")).blocks)
    assert _shape(ours) == _shape(engine)
    assert ("a", "标题 (x)") in _shape(ours)
    assert "{{ page.nothing" in ours  # shown, not evaluated
