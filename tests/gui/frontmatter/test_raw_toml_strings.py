"""The Raw tab's header highlighting of TOML: lines inside a multi-line string (``\"\"\"`` or
``'''``) are string text, not comments or tables (Pygments lexes one line at a time and took
``# x`` inside ``description = \"\"\"`` for a comment, ``[x]`` for a table); the text after the
closing delimiter is lexed again, and the keys after the string are no string."""

from __future__ import annotations

from pygments.token import Comment, Keyword, String

from postpad.gui.frontmatter.raw import _DARK, _LIGHT, RawHeaderView

HEADER = (
    'title = "江南"\ndescription = """\n# not a comment\n[not.a.table]\ntags = "x" \\"""\n'
    "\"\"\"\nsummary = '''\n[params]\n'''  # after\ndate = 2024-06-01\ndraft = false"
)
STRING_COLOURS = {_LIGHT[String], _DARK[String]}
OTHER_COLOURS = {_LIGHT[Comment], _DARK[Comment], _LIGHT[Keyword], _DARK[Keyword]}


def _spans(view: RawHeaderView, line: int) -> list[tuple[int, int, str]]:
    block = view.document().findBlockByNumber(line)
    return [
        (r.start, r.length, r.format.foreground().color().name()) for r in block.layout().formats()
    ]


def _view(qtbot) -> RawHeaderView:
    view = RawHeaderView()
    qtbot.addWidget(view)
    view.highlighter.set_format_name("toml")
    view.show()
    view.show_text(HEADER)
    return view


def test_multi_line_string_lines_are_string_text_in_the_raw_view(qtbot) -> None:
    view = _view(qtbot)
    lines = HEADER.split("\n")
    for text in ("# not a comment", "[not.a.table]", 'tags = "x" \\"""', '"""', "[params]"):
        spans = _spans(view, lines.index(text))
        assert spans, text
        assert all(colour in STRING_COLOURS for _, _, colour in spans), text
        assert sum(length for _, length, _ in spans) == len(text), text


def test_after_the_closing_delimiter_the_lexer_colours_again(qtbot) -> None:
    view = _view(qtbot)
    lines = HEADER.split("\n")
    spans = _spans(view, lines.index("'''  # after"))
    assert (0, 3) in [(start, length) for start, length, _ in spans]
    assert any(start == 5 and colour in OTHER_COLOURS for start, _, colour in spans)
    for text in ("date = 2024-06-01", "draft = false"):
        colours = {colour for _, _, colour in _spans(view, lines.index(text))}
        assert not colours & STRING_COLOURS, text
