"""The form matches keys and finds the header the way the site's engine does (decision 0090)."""

from __future__ import annotations

BLANK_FIRST = '\n---\ntitle: "AWS"\ncategories:\n- AWS\n---\nbody\n'


def test_hugo_title_is_not_added_twice(make_panel) -> None:
    text = "---\nTitle: Old\nTags: [a]\n---\nbody\n"
    editor, panel = make_panel(text, engine="hugo", theme=None)
    assert panel.add_field("title") is False
    assert panel.add_field("tags") is False
    assert editor.toPlainText() == text
    panel.add_button.fill_menu()
    offered = {action.text() for action in panel.add_button.menu().actions()}
    assert "title" not in offered
    assert "tags" not in offered
    assert "date" in offered
    assert panel.apply_field("Title", "New") is True
    assert editor.toPlainText() == text.replace("Title: Old", "Title: New")


def test_hexo_matches_keys_exactly(make_panel) -> None:
    editor, panel = make_panel("---\nTitle: Old\n---\nbody\n", engine="hexo", theme=None)
    assert panel.add_field("title") is True
    assert editor.toPlainText() == "---\nTitle: Old\ntitle:\n---\nbody\n"


def test_hexo_post_starting_with_a_blank_line_is_edited_in_place(make_panel) -> None:
    editor, panel = make_panel(BLANK_FIRST, engine="hexo", theme=None)
    assert [row.key for row in panel.rows()] == ["title", "categories"]
    assert panel.apply_field("title", "X") is True
    assert editor.toPlainText() == BLANK_FIRST.replace('"AWS"', '"X"')


def test_jekyll_post_starting_with_a_blank_line_gets_no_second_block(make_panel) -> None:
    editor, panel = make_panel(BLANK_FIRST, engine="jekyll", theme=None)
    assert panel.rows() == []
    assert panel.apply_field("title", "X") is False
    assert editor.toPlainText() == BLANK_FIRST


def test_a_refused_edit_says_why_without_calling_the_header_broken(make_panel) -> None:
    editor, panel = make_panel(BLANK_FIRST, engine="jekyll", theme=None)
    assert panel.apply_field("title", "X") is False
    assert panel.error_label.isVisibleTo(panel)
    assert "did not change" in panel.error_label.text()
    assert "does not parse" not in panel.error_label.text()
    assert panel.error() is None  # the header is fine: the form is not locked
    assert panel.form_body.isEnabled()
    editor.setPlainText("---\ntitle: 新\n---\n正文\n")  # the user fixes the start of the file
    assert not panel.error_label.isVisibleTo(panel)
