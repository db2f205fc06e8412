"""PySide6 start-up costs Postpad avoids triggering before the first frame.

1. PySide6 reads the source of every module imported after it; Postpad's own are answered by name.

``shibokensupport.feature`` (PySide6's support for ``from __feature__ import snake_case``)
runs ``inspect.getsource`` on each newly imported module to learn whether it mentions PySide6:
~80 of Postpad's modules load after PySide6 before the first frame, ~50-60 ms of reading and
tokenizing source (decision 0145). Postpad never imports ``__feature__``, so the answer only
sorts modules into "uses Qt" (``postpad.gui``) and "ignored" (the Qt-free rest, and the standard
library); other packages' modules keep PySide6's own check. Nothing changes when the hook is not
where it is expected.

2. Qt's ``Qt`` namespace becomes a Python class with ~90 enums (~1200 members) the first time
Python touches it: ~50 ms of ``enum`` work. The first frame needs none of it (decision 0205), but
``AA_ShareOpenGLContexts`` must be set before the QApplication exists, and its Python enum lives
in that namespace: :func:`share_opengl_contexts` sets it through Qt's own C++ function where
that is known to work (Linux, the loaded ``libQt6Core``), and through PySide6 elsewhere.
"""

from __future__ import annotations

import os
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


#: ``Qt::AA_ShareOpenGLContexts`` (qnamespace.h; the same value in every Qt 6)
AA_SHARE_OPENGL_CONTEXTS = 18
#: ``static void QCoreApplication::setAttribute(Qt::ApplicationAttribute, bool)``, Itanium ABI
_SET_ATTRIBUTE = "_ZN16QCoreApplication12setAttributeEN2Qt20ApplicationAttributeEb"


def share_opengl_contexts() -> None:
    """What importing QtWebEngineWidgets would do before the QApplication exists (WebEngine
    needs shared GL contexts), without building the ``Qt`` namespace's enums on Linux."""
    if not (sys.platform.startswith("linux") and _set_attribute_natively()):
        from PySide6.QtCore import QCoreApplication, Qt

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def _set_attribute_natively() -> bool:
    """Call Qt's function in the ``libQt6Core`` PySide6 already loaded; False when there is
    none to call (another Qt build): the caller uses PySide6 then."""
    import ctypes

    import PySide6.QtCore  # noqa: F401 - loads libQt6Core

    try:  # RTLD_NOLOAD: only the library already in the process, never a second Qt
        core = ctypes.CDLL("libQt6Core.so.6", mode=os.RTLD_NOLOAD | os.RTLD_LOCAL)
        set_attribute = getattr(core, _SET_ATTRIBUTE)
    except (OSError, AttributeError):
        return False
    set_attribute.argtypes = (ctypes.c_int, ctypes.c_bool)
    set_attribute.restype = None
    set_attribute(AA_SHARE_OPENGL_CONTEXTS, True)
    return True
