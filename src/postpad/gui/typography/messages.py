"""User-facing wording of typography findings (the core only gives codes and data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postpad.core.typography.finding import Finding


def finding_message(finding: Finding) -> str:
    """One line describing ``finding`` in the UI language."""
    templates = {
        "close-as-open": QCoreApplication.translate(
            "TypographyMessages", "Closing mark %1 used where an opening one belongs"
        ),
        "open-as-close": QCoreApplication.translate(
            "TypographyMessages", "Opening mark %1 used where a closing one belongs"
        ),
        "unclosed": QCoreApplication.translate("TypographyMessages", "%1 is never closed"),
        "unmatched-close": QCoreApplication.translate("TypographyMessages", "%1 closes nothing"),
        "bracket-mismatch": QCoreApplication.translate(
            "TypographyMessages", "%1 does not match the opening mark"
        ),
        "halfwidth-punctuation": QCoreApplication.translate(
            "TypographyMessages", "Half-width %1 in Chinese text"
        ),
        "halfwidth-parenthesis": QCoreApplication.translate(
            "TypographyMessages", "Half-width parentheses around Chinese text"
        ),
        "spacing-missing": QCoreApplication.translate(
            "TypographyMessages", "No space between Chinese and Latin text"
        ),
        "spacing-unwanted": QCoreApplication.translate(
            "TypographyMessages", "Space between Chinese and Latin text"
        ),
        "repeated-punctuation": QCoreApplication.translate(
            "TypographyMessages", "Repeated punctuation %1"
        ),
    }
    template = templates.get(finding.code, finding.message)
    return template.replace("%1", finding.found.strip() or finding.found)


def fix_label(finding: Finding) -> str:
    """Menu/button text for applying ``finding``'s fix."""
    if finding.fix is None:
        return QCoreApplication.translate("TypographyMessages", "No automatic fix")
    if finding.fix == "":
        return QCoreApplication.translate("TypographyMessages", "Remove “%1”").replace(
            "%1", finding.found
        )
    return QCoreApplication.translate("TypographyMessages", "Replace with “%1”").replace(
        "%1", finding.fix
    )
