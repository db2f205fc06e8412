"""The form is built once for its site at start-up; settings that do not change keep the rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit

from postpad.gui.frontmatter.panel import FrontMatterPanel


def _panel(qtbot, text: str, **kwargs: object) -> FrontMatterPanel:
    editor = QPlainTextEdit()
    editor.setPlainText(text)
    qtbot.addWidget(editor)
    panel = FrontMatterPanel(editor.document(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    return panel


def test_constructor_takes_the_schema_and_folder(qtbot, post_text: str, tmp_path: Path) -> None:
    panel = _panel(qtbot, post_text, engine="hexo", theme="butterfly", base_dir=tmp_path)
    assert (panel.schema().engine, panel.schema().theme) == ("hexo", "butterfly")
    assert panel.row("cover") is not None
    assert panel.row("cover").spec is not None  # a Butterfly key gets its proper widget


def test_unchanged_settings_keep_the_rows(qtbot, post_text: str, tmp_path: Path) -> None:
    panel = _panel(qtbot, post_text, engine="hexo", theme="butterfly", base_dir=tmp_path)
    rows = panel.rows()
    panel.set_schema("hexo", "butterfly")
    panel.set_base_dir(tmp_path)
    assert panel.rows() == rows
    panel.set_schema("hugo", None)
    assert panel.rows()[0] is not rows[0]
    assert panel.schema().engine == "hugo"


def test_a_new_post_rebuilds_even_in_the_same_folder(qtbot, post_text: str, tmp_path: Path) -> None:
    panel = _panel(qtbot, post_text, engine="hexo", base_dir=tmp_path)
    rows = panel.rows()
    panel.set_post(tmp_path / "post.md")  # image rows must resolve against the post
    assert panel.rows()[0] is not rows[0]
    again = panel.rows()
    panel.set_post(tmp_path / "post.md")
    assert panel.rows() == again
