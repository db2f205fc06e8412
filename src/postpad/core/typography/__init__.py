"""Chinese typography: a checker with one small module per rule, and paragraph indentation.

Qt-free. ``postpad check`` and the editor both call :func:`check_typography`.
"""

from __future__ import annotations

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
