"""Tag chips added or removed in the form change that tag's text alone in the editor: the
comment lines between a YAML block list's items stay (decision 0267) and a TOML one-line array
keeps its blanks and quotes (decision 0268)."""

from __future__ import annotations

from postpad.gui.frontmatter.editors.chips import TagsEditor

YAML_POST = "---\ntitle: x\ntags: #标签\n  - a\n  # - old\n\n  - b\n---\n正文\n"
TOML_POST = "+++\ntitle = 'x'\ntags = [ 'a','b' ]\n+++\n正文\n"


def _chips(panel):
    row = panel.row("tags")
    assert row is not None
    assert isinstance(row.editor, TagsEditor)
    return row.editor.chips


def test_yaml_chip_added_and_removed_keeps_the_comment_lines(make_panel) -> None:
    editor, panel = make_panel(YAML_POST)
    _chips(panel).add("c")
    assert editor.toPlainText() == YAML_POST.replace("  - b\n", "  - b\n  - c\n")
    _chips(panel).remove_at(0)
    assert (
        editor.toPlainText() == "---\ntitle: x\ntags: #标签\n  # - old\n\n  - b\n  - c\n---\n正文\n"
    )


def test_toml_chip_added_and_removed_keeps_the_array_style(make_panel) -> None:
    editor, panel = make_panel(TOML_POST, engine="hugo", theme=None)
    _chips(panel).add("新")
    assert editor.toPlainText() == TOML_POST.replace("'b' ]", "'b','新' ]")
    _chips(panel).remove_at(0)
    assert editor.toPlainText() == TOML_POST.replace("[ 'a','b' ]", "[ 'b','新' ]")
