"""``named(QAction(...), "actionX")``: a Qt object with its object name set, in one expression.

PySide6 accepts ``objectName=`` as a keyword of every constructor, but its type stubs do not
declare it, so strict mypy rejects it; this helper keeps such construction typed.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(item: Q, object_name: str) -> Q:
    item.setObjectName(object_name)
    return item
