"""The problems' text in the UI language: the templates per ``postpad check`` code live in
``gui/check_messages`` (shared with the Check Site dialog; decisions 0198, 0224)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postpad.core.site.check.context import Finding
from postpad.gui.check_messages import finding_text, subject

__all__ = ["finding_text", "severity_text", "subject"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenderWarnings", text)


def severity_text(finding: Finding) -> str:
    if finding.severity == "error":
        return _tr("Error: the build fails")
    return _tr("Warning: the page differs")
