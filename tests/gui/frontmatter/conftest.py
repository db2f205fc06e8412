"""A plain QPlainTextEdit's document stands in for the editor (the form only needs the document)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from postpad.gui.frontmatter.panel import FrontMatterPanel

FIXTURE = Path(__file__).parents[2] / "fixtures" / "gui" / "frontmatter" / "butterfly-post.md"

PanelFactory = Callable[..., tuple[QPlainTextEdit, FrontMatterPanel]]


@pytest.fixture
def post_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


@pytest.fixture
def make_panel(qtbot) -> PanelFactory:
    def make(
        text: str, engine: str = "hexo", theme: str | None = "butterfly"
    ) -> tuple[QPlainTextEdit, FrontMatterPanel]:
        editor = QPlainTextEdit()
        editor.setPlainText(text)
        qtbot.addWidget(editor)
        panel = FrontMatterPanel(editor.document())
        panel.set_schema(engine, theme)
        panel.set_language("en_US")
        qtbot.addWidget(panel)
        return editor, panel

    return make
