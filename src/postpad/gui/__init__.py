"""The Qt user interface: thin adapters over :mod:`postpad.core`. The only place PySide6 is used."""
