"""User-facing wording of typography findings (the core only gives codes and data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postpad.core.typography.finding import Finding
from postpad.gui.check_messages import typography_template


def finding_message(finding: Finding) -> str:
    """One line describing ``finding`` in the UI language."""
    template = typography_template(finding.code) or finding.message
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
