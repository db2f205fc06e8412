"""Adding a field (gui/frontmatter/add_field): the value a new field starts with, and a custom key
asked in a dialog."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtWidgets import QInputDialog

from postpad.core.fields import FieldKind, FieldSpec
from postpad.gui.frontmatter.add_field import initial_value

pytestmark = pytest.mark.gui

POST = "---\ntitle: 标题\n---\n正文\n"


def _spec(kind: FieldKind) -> FieldSpec:
    return FieldSpec("x", kind, "help", "帮助")


def test_a_new_field_starts_empty_false_zero_or_today() -> None:
    assert initial_value(None, "hexo") is None
    assert initial_value(_spec(FieldKind.TEXT), "hexo") is None
    assert initial_value(_spec(FieldKind.BOOL), "hexo") is False
    assert initial_value(_spec(FieldKind.NUMBER), "hexo") == 0
    before = dt.date.today()
    day = str(initial_value(_spec(FieldKind.DATE), "hugo"))
    assert day in {before.isoformat(), dt.date.today().isoformat()}  # date only, any engine
    moment = str(initial_value(_spec(FieldKind.DATETIME), "hexo"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", moment)  # Hexo's new-post layout


def test_a_custom_key_is_asked_on_the_form_and_added(make_panel, monkeypatch) -> None:
    editor, panel = make_panel(POST)
    asked: list[object] = []

    def answer(parent, _title, _label):
        asked.append(parent)
        return "series", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    panel.add_button.fill_menu()
    custom = panel.add_button.menu().actions()[-1]
    assert custom.text() == "Custom field…"
    custom.trigger()
    assert asked == [panel]
    assert editor.toPlainText() == "---\ntitle: 标题\nseries:\n---\n正文\n"
    assert panel.row("series") is not None


def test_a_cancelled_dialog_adds_nothing(make_panel, monkeypatch) -> None:
    editor, panel = make_panel(POST)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("series", False))
    panel.add_button.fill_menu()
    panel.add_button.menu().actions()[-1].trigger()
    assert editor.toPlainText() == POST
