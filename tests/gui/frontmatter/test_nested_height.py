"""A nested value's tree is as tall as its rows (up to ten): a one-leaf mapping took the tree's
default height, mostly empty, in the narrow form."""

from __future__ import annotations

from postpad.gui.frontmatter.editors.nested import MAX_ROWS, NestedEditor


def _tree_height(make_panel, qtbot, header: str) -> tuple[int, int]:
    _editor, panel = make_panel(f"---\ntitle: t\n{header}---\n", engine="hugo", theme=None)
    panel.resize(320, 1400)
    panel.show()
    qtbot.waitExposed(panel)
    row = panel.row("params")
    assert row is not None
    assert isinstance(row.editor, NestedEditor)
    tree = row.editor.tree
    return tree.height(), tree.sizeHintForRow(0)


def test_one_leaf_is_one_row_tall(make_panel, qtbot) -> None:
    height, row = _tree_height(make_panel, qtbot, "params:\n  q: 1\n")
    assert height < 4 * row  # the header, one row, the frame; was the default ~190 px


def test_more_rows_grow_it_up_to_the_limit(make_panel, qtbot) -> None:
    one, row = _tree_height(make_panel, qtbot, "params:\n  q: 1\n")
    three, _ = _tree_height(make_panel, qtbot, "params:\n  a: 1\n  b:\n    c: 2\n")
    assert three == one + 2 * row
    many = "params:\n" + "".join(f"  k{i}: {i}\n" for i in range(30))
    tall, _ = _tree_height(make_panel, qtbot, many)
    assert tall == one + (MAX_ROWS - 1) * row


def test_a_long_value_does_not_hide_the_row_under_a_scroll_bar(make_panel, qtbot) -> None:
    long_key = "a_rather_long_parameter_name_" * 3
    _editor, panel = make_panel(
        f"---\ntitle: t\nparams:\n  {long_key}: {'长' * 80}\n---\n", engine="hugo", theme=None
    )
    panel.resize(260, 900)
    panel.show()
    qtbot.waitExposed(panel)
    row = panel.row("params")
    assert row is not None
    assert not row.editor.tree.horizontalScrollBar().isVisible()
