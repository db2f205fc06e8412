"""User-facing wording of typography findings (the core only gives codes and data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postpad.core.typography import Finding


def _tr(text: str) -> str:
    return QCoreApplication.translate("TypographyMessages", text)


def finding_message(finding: Finding) -> str:
    """One line describing ``finding`` in the UI language."""
    templates = {
        "close-as-open": _tr("Closing mark %1 used where an opening one belongs"),
        "open-as-close": _tr("Opening mark %1 used where a closing one belongs"),
        "unclosed": _tr("%1 is never closed"),
        "unmatched-close": _tr("%1 closes nothing"),
        "bracket-mismatch": _tr("%1 does not match the opening mark"),
        "halfwidth-punctuation": _tr("Half-width %1 in Chinese text"),
        "halfwidth-parenthesis": _tr("Half-width parentheses around Chinese text"),
        "spacing-missing": _tr("No space between Chinese and Latin text"),
        "spacing-unwanted": _tr("Space between Chinese and Latin text"),
        "repeated-punctuation": _tr("Repeated punctuation %1"),
    }
    template = templates.get(finding.code, finding.message)
    return template.replace("%1", finding.found.strip() or finding.found)


def fix_label(finding: Finding) -> str:
    """Menu/button text for applying ``finding``'s fix."""
    if finding.fix is None:
        return _tr("No automatic fix")
    if finding.fix == "":
        return _tr("Remove “%1”").replace("%1", finding.found)
    return _tr("Replace with “%1”").replace("%1", finding.fix)
