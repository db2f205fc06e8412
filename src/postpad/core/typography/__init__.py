"""Chinese typography: a checker with one small module per rule, and paragraph indentation.

Qt-free. ``postpad check`` and the editor both call :func:`check_typography`.

The names below load with their submodule on first use (PEP 562): the window needs
``TypographyOptions`` before its first frame, the rule patterns (~50 ms) only at the first check
(decision 0100).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from postpad.core.typography.checker import RULE_NAMES, check_typography
    from postpad.core.typography.finding import Finding, apply_fix, apply_fixes
    from postpad.core.typography.indent import (
        DEFAULT_FORM,
        INDENT_FORMS,
        TextEdit,
        indent_edits,
        indent_form_of,
        indent_paragraphs,
        unindent_edits,
        unindent_paragraphs,
    )
    from postpad.core.typography.options import SPACING_POLICIES, SpacingPolicy, TypographyOptions

__all__ = [
    "DEFAULT_FORM",
    "INDENT_FORMS",
    "RULE_NAMES",
    "SPACING_POLICIES",
    "Finding",
    "SpacingPolicy",
    "TextEdit",
    "TypographyOptions",
    "apply_fix",
    "apply_fixes",
    "check_typography",
    "indent_edits",
    "indent_form_of",
    "indent_paragraphs",
    "unindent_edits",
    "unindent_paragraphs",
]

_SUBMODULE = {
    "RULE_NAMES": "checker",
    "check_typography": "checker",
    "Finding": "finding",
    "apply_fix": "finding",
    "apply_fixes": "finding",
    "DEFAULT_FORM": "indent",
    "INDENT_FORMS": "indent",
    "TextEdit": "indent",
    "indent_edits": "indent",
    "indent_form_of": "indent",
    "indent_paragraphs": "indent",
    "unindent_edits": "indent",
    "unindent_paragraphs": "indent",
    "SPACING_POLICIES": "options",
    "SpacingPolicy": "options",
    "TypographyOptions": "options",
}


def __getattr__(name: str) -> Any:
    submodule = _SUBMODULE.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value
    return value
