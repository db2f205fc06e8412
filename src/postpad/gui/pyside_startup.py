"""PySide6 reads the source of every module imported after it; Postpad's own are answered by name.

``shibokensupport.feature`` (PySide6's support for ``from __feature__ import snake_case``)
runs ``inspect.getsource`` on each newly imported module to learn whether it mentions PySide6:
~80 of Postpad's modules load after PySide6 before the first frame, ~50-60 ms of reading and
tokenizing source (decision 0145). Postpad never imports ``__feature__``, so the answer only
sorts modules into "uses Qt" (``postpad.gui``) and "ignored" (the Qt-free rest, and the standard
library); other packages' modules keep PySide6's own check. Nothing changes when the hook is not
where it is expected.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def answer_postpad_modules_by_name() -> bool:
    """Install the shortcut; False when this PySide6 has no such hook."""
    import PySide6.QtCore  # noqa: F401 - installs shibokensupport.feature

    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if getattr(original, "postpad_by_name", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if not isinstance(name, str):
            return bool(original(module))
        if name == "postpad" or name.startswith("postpad."):
            return name == "postpad.gui" or name.startswith("postpad.gui.")
        if name.partition(".")[0] in sys.stdlib_module_names:
            return False  # the standard library never uses PySide6
        return bool(original(module))

    uses_pyside.postpad_by_name = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
