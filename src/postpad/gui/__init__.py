"""The Qt user interface: thin adapters over :mod:`postpad.core`. The only place PySide6 is used."""

from postpad.gui.pyside_startup import answer_postpad_modules_by_name

answer_postpad_modules_by_name()  # before the other gui modules load (decision 0145)
