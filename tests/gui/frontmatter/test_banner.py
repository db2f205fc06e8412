"""The note above the form: readable in the light and the dark appearance."""

from __future__ import annotations

from postpad.gui.theme import _dark_palette


def test_the_parse_error_note_follows_the_dark_appearance(make_panel, qapp) -> None:
    editor, panel = make_panel("---\ntitle: a: b\n---\n正文\n")
    panel.resize(360, 400)
    panel.show()
    light = panel.error_label.grab().toImage().pixelColor(3, 3)
    saved = qapp.palette()
    qapp.setPalette(_dark_palette())
    try:
        cursor = editor.textCursor()
        cursor.setPosition(len("---\ntitle: a: b"))
        cursor.insertText("c")  # the header is read again, still broken
        dark = panel.error_label.grab().toImage().pixelColor(3, 3)
    finally:
        qapp.setPalette(saved)
    assert light.lightness() > 200
    assert dark.lightness() < 100  # not a bright pink box in a dark window
