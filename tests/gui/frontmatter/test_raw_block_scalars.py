"""The Raw tab's header highlighting: lines inside a YAML block scalar are text, not keys or
comments (Pygments lexes one line at a time and took ``  tags: x`` under ``description: |``
for a key); the keys after the block are keys again."""

from __future__ import annotations

from pygments.token import Comment, Name

from postpad.gui.frontmatter.raw import _DARK, _LIGHT, RawHeaderView

HEADER = (
    "title: 江南\ndescription: |\n  tags: not a key\n  # not a comment\n\n  also: text\n"
    "date: 2024-06-01\nlist:\n  - >-\n    k: v\n  - plain"
)
KEY_COLOURS = {_LIGHT[Name.Tag], _DARK[Name.Tag]}
COMMENT_COLOURS = {_LIGHT[Comment], _DARK[Comment]}


def _colours(view: RawHeaderView, line: int) -> set[str]:
    block = view.document().findBlockByNumber(line)
    return {r.format.foreground().color().name() for r in block.layout().formats()}


def test_block_scalar_lines_are_text_in_the_raw_view(qtbot) -> None:
    view = RawHeaderView()
    qtbot.addWidget(view)
    view.show()
    view.show_text(HEADER)
    lines = HEADER.split("\n")
    for text in ("  tags: not a key", "  # not a comment", "  also: text", "    k: v"):
        colours = _colours(view, lines.index(text))
        assert not colours & KEY_COLOURS, text
        assert not colours & COMMENT_COLOURS, text
    for text in ("description: |", "date: 2024-06-01", "list:"):
        assert _colours(view, lines.index(text)) & KEY_COLOURS, text
