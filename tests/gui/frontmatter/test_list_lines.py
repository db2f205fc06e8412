"""Tag chips added or removed in the form change that tag's text alone in the editor: the
comment lines between a YAML block list's items stay (decision 0267) and a TOML one-line array
keeps its blanks and quotes (decision 0268); a leaf edited in the tree of a list of mappings or
a nested mapping changes its own line alone (decision 0287)."""

from __future__ import annotations

from postpad.gui.frontmatter.editors.chips import TagsEditor
from postpad.gui.frontmatter.editors.nested import NestedEditor

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


# A minimal-mistakes gallery and header as real Jekyll posts write them (decision 0287).
GALLERY_POST = (
    '---\ntitle: "Gallery"\nheader:\n  overlay_image: /img/top.jpg\n'
    '  caption: "Photo: [A](https://a.example)"\ngallery:\n'
    ' - url: /img/a1.jpg\n   image_path: /img/a1.jpg\n   alt: "first photo"\n'
    ' - url: /img/a2.jpg\n   alt: "second photo"\n---\n正文\n'
)


def test_a_leaf_edited_in_the_tree_changes_its_line_alone(make_panel) -> None:
    editor, panel = make_panel(GALLERY_POST, engine="jekyll")
    gallery, header = panel.row("gallery"), panel.row("header")
    assert gallery is not None
    assert header is not None
    assert isinstance(gallery.editor, NestedEditor)
    assert isinstance(header.editor, NestedEditor)
    gallery.editor.set_leaf((1, "alt"), "second, edited")
    expected = GALLERY_POST.replace('"second photo"', '"second, edited"')
    assert editor.toPlainText() == expected
    header.editor.set_leaf(("overlay_image",), "/img/new.jpg")
    assert editor.toPlainText() == expected.replace("/img/top.jpg", "/img/new.jpg")


BUNDLE_POST = (
    "+++\ntitle = 'Bundle'\n[[resources]]\n  src = 'a.jpg'  # cover\n  title = 'First'\n"
    "[[resources]]\n  src = 'b.jpg'\n  title = 'Second'\n+++\n正文\n"
)


def test_a_leaf_edited_in_the_tree_of_toml_tables_changes_its_line_alone(make_panel) -> None:
    editor, panel = make_panel(BUNDLE_POST, engine="hugo", theme=None)
    resources = panel.row("resources")
    assert resources is not None
    assert isinstance(resources.editor, NestedEditor)
    resources.editor.set_leaf((1, "title"), "Second, edited")
    assert editor.toPlainText() == BUNDLE_POST.replace("'Second'", "'Second, edited'")
