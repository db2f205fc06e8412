"""Every menu of the window with all features attached, compared with the recorded structure
(tests/fixtures/gui/menu_structure.txt): features attached after the first frame (decision 0151)
must put their entries where attaching them all before it did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

MENU_STRUCTURE = Path(__file__).parent.parent / "fixtures" / "gui" / "menu_structure.txt"
#: there only while a dictionary is installed, and removed in the background when none is found
#: (gui/spelling's loader): not part of the comparison
BACKGROUND = {"  actionCheckSpelling"}


def menu_lines(menu: QMenu, depth: int = 0) -> list[str]:
    """One line per action: its object name ("-" a separator, "?text" an unnamed entry), the
    entries of a submenu indented under it."""
    lines: list[str] = []
    for action in menu.actions():
        name = "-" if action.isSeparator() else action.objectName() or f"?{action.text()}"
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            name = f"{name} > {submenu.objectName() or '?'}"
        lines.append("  " * depth + name)
        if isinstance(submenu, QMenu):
            lines.extend(menu_lines(submenu, depth + 1))
    return lines


def window_menu_lines(window: object) -> list[str]:
    lines: list[str] = []
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        menu = action.menu()
        assert isinstance(menu, QMenu)
        lines.append(menu.objectName())
        lines.extend(menu_lines(menu, 1))
    return lines


def test_menus_with_every_feature_match_the_recorded_structure(main_window) -> None:
    expected = MENU_STRUCTURE.read_text(encoding="utf-8").splitlines()
    actual = window_menu_lines(main_window)
    assert [line for line in actual if line not in BACKGROUND] == [
        line for line in expected if line not in BACKGROUND
    ]
