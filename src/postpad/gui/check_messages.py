"""``postpad check``'s findings in the interface language: one template per check code, for the
window's problems (decision 0198) and the Check Site dialog (decision 0224).

The core's English message stays the CLI's and is the fallback for a code or variant this table
does not know. ``%1`` is the finding's subject (tag, file, key), ``%2`` the engine's name, ``%3``
a second value the code names (a suggested key, a date's text). The templates the window shared
first keep their translation context ``RenderWarnings``; the others are ``CheckMessages``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from postpad.core.site.check.context import Finding
from postpad.core.site.check.frontmatter_parse import ENGINE_READS
from postpad.gui.frontmatter.parser_messages import in_interface_language


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
    if code == "broken-link" and (
        data.get("shows") == "nothing" or finding.message.startswith("asset '")
    ):
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
        "liquid-in-code": _tr("Liquid runs inside code too; wrap it in {% raw %}…{% endraw %}"),
        "math-error": _tr("Formula not converted: %1"),
        "mermaid-off": _tr("Mermaid is off in this site's config: the blog does not draw it"),
    }
    return templates.get(code)


def _check(text: str) -> str:
    return QCoreApplication.translate("CheckMessages", text)


_PARSE = "front matter does not parse: "


def _header_template(finding: Finding) -> tuple[str, str, str] | None:
    """The front matter's own findings: (template, %1, %3)."""
    data, code, error = finding.data, finding.code, finding.severity == "error"
    if code == "front-matter-parse" and finding.message.startswith(ENGINE_READS):  # 0239
        reason = in_interface_language(data.get("reason", ""))
        text = _check("Postpad cannot read the front matter (%1), but %2 reads it: the post builds")
        return text, reason, ""
    if code == "front-matter-parse" and finding.message.startswith(_PARSE):
        reason = in_interface_language(finding.message[len(_PARSE) :])  # decision 0196
        return _check("The front matter does not parse: %1"), reason, ""
    if code == "front-matter-parse" and finding.message == "the front matter is never closed":
        return _check("The front matter is never closed"), "", ""
    if code == "front-matter-missing":
        return _check("%2 needs front matter at the top of the post"), "", ""
    if code == "front-matter-delimiter":
        text = _check("The opening --- has spaces after it: Hexo reads the header as body text")
        return text, "", ""
    if code == "duplicate-key":
        if error:
            return _check("Key %1 appears twice: %2 refuses the post"), data.get("key", ""), ""
        return _check("Key %1 appears twice: %2 keeps the last value"), data.get("key", ""), ""
    if code == "misspelled-key":
        text = _check("Unknown key %1: did you mean %3? %2 ignores %1")
        return text, data.get("key", ""), data.get("suggestion", "")
    if code == "yaml11-boolean":
        text = _check(
            "%1 is text for Hexo, Hugo 0.152+ and Zola but true or false for Jekyll and older "
            "Hugo; write true or false, or quote it if you mean text"
        )
        return text, data.get("value", ""), ""
    if code == "yaml-comment-in-value":
        if not data.get("read_as"):
            return (
                _check("%1 is cut at #: the value is read as empty; quote it"),
                data.get("value", ""),
                "",
            )
        text = _check("%1 is cut at #: the engines read %3; quote the value")
        return text, data.get("value", ""), data.get("read_as", "")
    if code == "yaml-tab" and error:
        return _check("A tab in the front matter's indentation: %2 refuses it; use spaces"), "", ""
    if code == "yaml-tab":
        return _check("A tab in the front matter's indentation: use spaces"), "", ""
    if code == "key-case/random":
        text = _check("%1 are one key for %2, which takes one at random on each build; keep one")
        return text, data.get("keys", ""), ""
    if code == "key-case/shadowed":
        text = _check("%1 are one key for %2: it uses %3 and ignores the other")
        return text, data.get("keys", ""), data.get("used", "")
    return None


def _post_template(finding: Finding) -> tuple[str, str, str] | None:
    """Findings about dates, images, taxonomies and post links: (template, %1, %3)."""
    data, code = finding.data, finding.code
    if code == "unreadable-date":
        if finding.severity == "error":
            text = _check("%1: %3 is not a date %2 reads; the build fails or the date is lost")
        else:
            text = _check("%1: %3 is not a date %2 surely reads; check the built page's date")
        return text, data.get("key", ""), data.get("value", "")
    if code == "hexo-date-offset":
        text = _check(
            "%1: %2 ignores or mangles the time-zone offset in %3; write the site's local time "
            "as YYYY-MM-DD HH:mm:ss"
        )
        return text, data.get("key", ""), data.get("value", "")
    if code == "future-date":
        text = _check(
            "%1: %3 is in the future: %2 leaves the post out of the site until a build after "
            "that date, unless the site config builds future posts"
        )
        return text, data.get("key", ""), data.get("value", "")
    if code == "missing-image":
        text = _check("%1: %3 does not exist: the page shows a broken image")
        return text, data.get("key", ""), data.get("value", "")
    if code in ("near-duplicate-tag", "near-duplicate-category"):
        if code == "near-duplicate-tag":
            text = _check(
                "Tag %1 differs from %3 only in case, width or spacing: the blog shows two pages"
            )
        else:
            text = _check(
                "Category %1 differs from %3 only in case, width or spacing: the blog shows two "
                "pages"
            )
        return text, data.get("name", ""), data.get("preferred", "")
    if code.startswith("typography/"):
        template = typography_template(code.rsplit("/", 1)[1])
        found = data.get("found", "")
        return (template, found.strip() or found, "") if template else None
    if code == "hexo-post-not-found":
        text = _check(
            "{% post_link %1 %}: no post has this file name or title; Hexo stops the build"
        )
        return text, data.get("target", ""), ""
    if code == "hugo-ref-not-found":
        text = _check('{{< %3 "%1" >}}: no page has this path or name; Hugo stops the build')
        return text, data.get("target", ""), data.get("kind", "ref")
    if code == "hugo-param-missing":
        text = _check(
            'Param "%1" not found: Hugo stops the build (set it in the front matter or the '
            "site's params; false, 0 and an empty value count as not set)"
        )
        return text, data.get("name", ""), ""
    if code == "jekyll-link-not-found":
        return _jekyll_link(finding)
    return None


_JEKYLL_STOP = re.compile(r"^\{% (post_url|link) (.+?) %\}: (.+); Jekyll stops the build$")


def _jekyll_link(finding: Finding) -> tuple[str, str, str] | None:
    """A ``{% post_url %}`` or ``{% link %}`` Jekyll stops at (decision 0291): (template, the
    tag's argument, the tag); a reason this table does not know keeps the core's words."""
    match = _JEKYLL_STOP.match(finding.message)
    if match is None:
        return None
    tag, argument, why = match.groups()
    reasons = {
        "no post has this date and name": _check(
            "{% %3 %1 %}: no post has this date and name; Jekyll stops the build"
        ),
        "not a post name (YYYY-MM-DD-title, as the file is named)": _check(
            "{% %3 %1 %}: not a post name (YYYY-MM-DD-title, as the file is named); Jekyll "
            "stops the build"
        ),
        "no file of the site has this path": _check(
            "{% %3 %1 %}: no file of the site has this path; Jekyll stops the build"
        ),
        "a page is named without the leading /": _check(
            "{% %3 %1 %}: a page is named without the leading /; Jekyll stops the build"
        ),
    }
    text = reasons.get(why)
    return (text, argument, tag) if text else None


def _typo(text: str) -> str:
    return QCoreApplication.translate("TypographyMessages", text)


def typography_template(code: str) -> str | None:
    """A typography finding's text (``%1``: the mark found), shared with the typography panel."""
    templates = {
        "close-as-open": _typo("Closing mark %1 used where an opening one belongs"),
        "open-as-close": _typo("Opening mark %1 used where a closing one belongs"),
        "unclosed": _typo("%1 is never closed"),
        "unmatched-close": _typo("%1 closes nothing"),
        "bracket-mismatch": _typo("%1 does not match the opening mark"),
        "halfwidth-punctuation": _typo("Half-width %1 in Chinese text"),
        "halfwidth-parenthesis": _typo("Half-width parentheses around Chinese text"),
        "spacing-missing": _typo("No space between Chinese and Latin text"),
        "spacing-unwanted": _typo("Space between Chinese and Latin text"),
        "repeated-punctuation": _typo("Repeated punctuation %1"),
    }
    return templates.get(code)


def finding_text(finding: Finding, engine: str = "") -> str:
    """One line describing ``finding`` in the UI language; ``engine`` names the site's engine
    when the finding does not (``postpad check``'s own findings)."""
    engine = finding.data.get("engine") or engine
    shared = _template(finding)
    if shared is not None:
        template, first, third = shared, subject(finding), ""
    else:
        found = _header_template(finding) or _post_template(finding)
        if found is None:
            return finding.message
        template, first, third = found
    wanted = (("%1", first), ("%2", engine), ("%3", third))
    if any(mark in template and not value for mark, value in wanted):
        return finding.message  # a variant this table does not know: the core's words
    return template.replace("%1", first).replace("%2", engine).replace("%3", third)
