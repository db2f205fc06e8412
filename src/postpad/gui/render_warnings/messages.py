"""The problems' text in the UI language: one template per ``postpad check`` code (the core's
English message is the fallback for a code this table does not know; decision 0198)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postpad.core.site.check.context import Finding


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenderWarnings", text)


def subject(finding: Finding) -> str:
    """The tag name or file the finding is about ("" when none)."""
    return finding.data.get("name") or finding.data.get("target") or ""


def _template(finding: Finding) -> str | None:
    data = finding.data
    code = finding.code
    if code == "unknown-tag":
        if data.get("maybe"):
            return _tr(
                "Unknown tag {% %1 %}: %2 stops the build unless the site's code registers it"
            )
        return _tr("Unknown tag {% %1 %}: %2 stops the build")
    if code == "unknown-shortcode":
        if data.get("maybe"):
            return _tr(
                "Unknown shortcode %1: Hugo stops the build unless the site or theme defines it"
            )
        return _tr("Unknown shortcode %1: Hugo stops the build")
    if code == "broken-link" and data.get("shows") == "nothing":
        return _tr("Asset %1 is not in the post's asset folder: Hexo shows nothing here")
    templates = {
        "broken-link": _tr("%1 does not exist: the link or image is broken on the blog"),
        "missing-file": _tr("File %1 does not exist: Hexo shows nothing here"),
        "hexo-relative-image": _tr(
            "Hexo renders %1 as /%1 unless post_asset_folder and marked.postAsset are on; "
            "use {% asset_img %} or a /root path"
        ),
        "unclosed-tag": _tr("{% %1 %} has no {% end%1 %}: %2 stops the build"),
        "unmatched-end-tag": _tr("{% %1 %} has no opening tag: %2 stops the build"),
        "hexo-nunjucks-variable": _tr(
            "Hexo deletes {{ … }} from the page; wrap it in {% raw %}…{% endraw %} or code"
        ),
        "hexo-nunjucks-comment": _tr("Hexo deletes {# … #} (a Nunjucks comment) from the page"),
        "removed-shortcode": _tr("Hugo removed the %1 shortcode: current Hugo stops the build"),
        "unclosed-shortcode": _tr(
            "{{< %1 >}} is never closed: Hugo stops the build; close it with {{< /%1 >}} "
            "or write {{< %1 />}}"
        ),
        "liquid-in-code": _tr(
            "Jekyll runs Liquid inside code too; wrap it in {% raw %}…{% endraw %}"
        ),
        "math-error": _tr("Formula not converted: %1"),
        "mermaid-off": _tr("Mermaid is off in this site's config: the blog does not draw it"),
    }
    return templates.get(code)


def finding_text(finding: Finding) -> str:
    """One line describing ``finding`` in the UI language."""
    template = _template(finding)
    name = subject(finding)
    if template is None or ("%1" in template and not name):
        return finding.message
    return template.replace("%1", name).replace("%2", finding.data.get("engine", ""))


def severity_text(finding: Finding) -> str:
    if finding.severity == "error":
        return _tr("Error: the build fails")
    return _tr("Warning: the page differs")
