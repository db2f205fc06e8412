"""kramdown's block math against the real Jekyll (decision 0275): ``$$`` after a blank line runs
to the next ``$$`` over blank lines, and is a display formula only when a blank line or the end
follows; otherwise the paragraph keeps it as inline math. Compared through the corpus
normaliser, which writes the preview's drawn formulas with kramdown's MathJax delimiters."""

from __future__ import annotations

from pathlib import Path

import pytest
from fidelity_kit import POSTPAD_ONLY_ATTRIBUTES, Construct, engine_snippets
from html_normalise import strict_text

from conftest import require_engine
from postpad.core.render import RenderOptions, render

pytestmark = pytest.mark.engines

CASES = {
    "blank-line-inside": "段落\n\n$$\na\n\nb\n$$\n\n之后\n",
    "text-right-after": "$$\nx = 1\n$$\n紧接的文字\n",
    "after-a-paragraph-line": "文字\n$$\ny\n$$\n",
    "one-line-then-end": "$$z^2$$\n",
    "two-on-one-line": "$$a$$ 和 $$b$$\n",
    "in-a-list-item": "- 项 $$x$$\n- $$\n  y\n  $$\n",
}


def test_block_math_is_read_as_kramdown_reads_it(tmp_path: Path) -> None:
    require_engine("jekyll")
    constructs = [Construct(name, text, frozenset({"jekyll"})) for name, text in CASES.items()]
    theirs = engine_snippets("jekyll", constructs, tmp_path)
    for name, text in CASES.items():
        rendered = render(text, RenderOptions(engine="jekyll"))
        ours = "".join(block.html for block in rendered.blocks)
        engine = theirs[name]
        assert engine is not None, name
        assert strict_text(ours, POSTPAD_ONLY_ATTRIBUTES) == strict_text(engine), name
