"""Qt-free core: files, front matter, rendering, sites, statistics and settings.

Nothing under ``postpad.core`` may import PySide6 (ruff TID251 and tests/test_architecture.py).
"""
