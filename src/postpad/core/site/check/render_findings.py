"""The render's warnings as ``postpad check`` findings: one vocabulary for the window (decision
0198).

The render pipeline notes, block by block, what the blog will show differently from what the
author may expect (``Rendered.warnings``: a line, a render code, an English message). The window
lists them with ``postpad check``'s codes, severities and wording, so one problem has one name
in Check Site, ``postpad check`` and the status bar. The render's tag knowledge is its own tag
set (built-ins, Butterfly); the site's scripts, theme and plugins are read here as ``postpad
check`` reads them, so a tag the site registers is not reported. Notes about the preview alone
(a remote image not loaded, a script not run, a Liquid value it cannot know) are no finding: the
blog is not affected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from postpad.core.engines import DEFAULT_ENGINE, engine_for
from postpad.core.render.model import OpenShortcode, RenderWarning
from postpad.core.render.rules.hugo_embedded import PAIRED
from postpad.core.site.check.context import Finding, Severity
from postpad.core.site.check.liquid_plugins import jekyll_plugin_tags
from postpad.core.site.check.shortcode_pairs import paired_shortcodes, unclosed_message
from postpad.core.site.check.tags_known import (
    hexo_tags,
    hugo_shortcodes,
    hugo_unreadable,
    liquid_known_tags,
)
from postpad.core.site.jekyll_gems import theme_may_provide
from postpad.core.site.model import Site

#: render codes that only describe the preview (the built page is not affected)
PREVIEW_ONLY = frozenset({"remote-image", "html-neutralised", "liquid-output"})
#: render codes that depend on a site's config: unknown for a post outside any site
SITE_ONLY = frozenset({"hexo-relative-image"})


@dataclass(frozen=True)
class _Kind:
    code: str  # postpad check's code
    severity: Severity
    subject: re.Pattern[str] | None  # group 1 of the render's message: the tag, image, …


def _kind(code: str, severity: Severity, subject: str | None = None) -> _Kind:
    return _Kind(code, severity, re.compile(subject) if subject else None)


KINDS: dict[str, _Kind] = {
    "missing-image": _kind(
        "broken-link", "warning", r"^(?:image not found: (.+)|Hexo shows nothing for (.+?): )"
    ),
    "missing-file": _kind("missing-file", "warning", r"^Hexo shows nothing for (.+?): "),
    "missing-link": _kind("broken-link", "warning", r"^link target not found: (.+)"),  # 0245
    "hexo-relative-image": _kind("hexo-relative-image", "warning", r"^Hexo publishes (.+?) as /"),
    "hexo-unknown-tag": _kind("unknown-tag", "error", r"\{% (\S+) %\}"),
    "liquid-unknown-tag": _kind("unknown-tag", "error", r"\{% (\S+) %\}"),
    "hexo-unclosed-tag": _kind("unclosed-tag", "error", r"\{% (\S+) %\}"),
    "hexo-unmatched-end-tag": _kind("unmatched-end-tag", "error", r"\{% (\S+) %\}"),
    "hexo-template-variable": _kind("hexo-nunjucks-variable", "warning"),
    "hexo-template-comment": _kind("hexo-nunjucks-comment", "warning"),
    "hugo-removed-shortcode": _kind("removed-shortcode", "error", r"removed the (\S+) shortcode"),
    "hugo-unknown-shortcode": _kind("unknown-shortcode", "error", r"^unknown shortcode (\S+):"),
    "hugo-unclosed-shortcode": _kind("unclosed-shortcode", "error", r"^\{\{< (\S+) >\}\}"),
    # a param the page and the site lack stops Hugo's build (decision 0289)
    "hugo-param-missing": _kind("hugo-param-missing", "error", r'^Param "([^"]*)" not found'),
    # a post_url or link naming nothing stops Jekyll's build (decision 0291)
    "jekyll-link-not-found": _kind("jekyll-link-not-found", "error", r"^\{% \S+ (.+?) %\}: "),
    "liquid-in-code": _kind("liquid-in-code", "warning"),
    "math-error": _kind("math-error", "warning", r"^formula not converted: (.+)"),
    "mermaid-off": _kind("mermaid-off", "warning"),
}
#: codes of a tag or shortcode the site, its theme or plugins may define
UNKNOWN_NAME = frozenset({"unknown-tag", "unknown-shortcode"})
#: what may define it when the post is in no site
NO_SITE = "the site this post belongs to (none was found)"
#: codes whose subject is a file (``data["target"]``, as ``postpad check``'s links rule names it)
FILE_CODES = frozenset({"broken-link", "missing-file", "hexo-relative-image"})


def engine_label(engine: str | None) -> str:
    """The engine's name as the messages write it (its data module's ``display_name``)."""
    return engine_for(engine or DEFAULT_ENGINE).display_name


def subject_of(warning: RenderWarning) -> str:
    """What the warning is about (a tag name, an image path), read from the render's message;
    "" when the code names nothing or the wording is not the expected one."""
    kind = KINDS.get(warning.code)
    match = kind.subject.search(warning.message) if kind and kind.subject else None
    if match is None:
        return ""
    return next((group for group in match.groups() if group), "")


@dataclass(frozen=True)
class _SiteTags:
    known: frozenset[str]
    maybe: str | None  # code Postpad cannot read that may register more tags


def _site_tags(site: Site | None) -> _SiteTags | None:
    """The tags the site's engine knows beyond the render's own set (None: no site)."""
    if site is None:
        return None
    family = site.engine_spec.tags.family
    if family == "nunjucks":
        tags = hexo_tags(site)
        maybe = ", ".join(tags.uncertain[:3]) if tags.uncertain else None
        return _SiteTags(tags.known, maybe)
    if family == "liquid":
        known = liquid_known_tags(site.root)
        gem_tags, unread = jekyll_plugin_tags(site.root, dict(site.config.raw))
        return _SiteTags(known | gem_tags, unread)
    if family == "shortcode":
        return _SiteTags(hugo_shortcodes(site.root, site.theme), hugo_unreadable(site))
    return None


def _message(code: str, name: str, engine: str, data: dict[str, str]) -> str | None:
    """``postpad check``'s wording (``templates.py``, ``links.py``) for the codes it shares."""
    if code == "unknown-tag":
        tag = "tag" if engine == "Hexo" else "Liquid tag"
        if data.get("maybe"):
            return (
                f"unknown {tag} '{{% {name} %}}': {engine} stops the build unless it is "
                f"registered by code Postpad cannot read here: {data['maybe']}"
            )
        return f"unknown {tag} '{{% {name} %}}': {engine} stops the build"
    if code == "unknown-shortcode":
        if data.get("maybe"):
            return (
                f"unknown shortcode '{name}': Hugo stops the build unless {data['maybe']} "
                "defines it"
            )
        return f"unknown shortcode '{name}': Hugo stops the build"
    if code == "unclosed-tag":
        return f"'{{% {name} %}}' has no '{{% end{name} %}}': {engine} stops the build"
    if code == "unclosed-shortcode":
        return unclosed_message(name)
    if code == "removed-shortcode":
        return (
            f"Hugo removed the '{name}' shortcode in v0.156.0: current Hugo stops the build "
            f"(the site's own layouts/_shortcodes/{name}.html still takes it)"
        )
    if code == "broken-link" and data.get("shows") == "nothing":
        return (
            f"asset '{name}' is not in the post's asset folder: Hexo builds, the image is missing"
        )
    if code == "broken-link":
        return f"'{name}' does not exist: the engine builds, the link or image is broken"
    if code == "hexo-relative-image":
        return (
            f"Hexo renders '{name}' as '/{name}' unless post_asset_folder and marked.postAsset "
            "are on; use {% asset_img %} or a /root path"
        )
    return None


class _Converter:
    def __init__(self, path: Path, site: Site | None, engine: str | None) -> None:
        self.path = path
        self.site = site
        self.engine = engine_label(site.engine if site is not None else engine)
        self._tags: _SiteTags | None = None
        self._tags_read = False
        self._paired: frozenset[str] | None = None

    def site_tags(self) -> _SiteTags | None:
        if not self._tags_read:  # read only when a post has an unknown tag (a theme's scripts)
            self._tags, self._tags_read = _site_tags(self.site), True
        return self._tags

    def paired(self, name: str) -> bool:
        """Whether Hugo pairs the shortcode ``name`` on this site (decision 0220)."""
        if self.site is None:
            return name in PAIRED
        if self._paired is None:  # the templates' folders are read once per update
            self._paired = paired_shortcodes(self.site.root, self.site.theme)
        return name in self._paired

    def site_pair_left_open(self, shortcode: OpenShortcode) -> Finding | None:
        """A shortcode Hugo does not pair unless the site's or theme's template of that name
        reads .Inner (the embedded pairs are the render's warnings), left open (0238)."""
        name = shortcode.name
        if name in PAIRED or not self.paired(name):
            return None
        data = {"name": name, "engine": self.engine, "render_code": "hugo-unclosed-shortcode"}
        message = unclosed_message(name)
        line, column = shortcode.line, shortcode.column
        return Finding(self.path, line, column, "error", "unclosed-shortcode", message, data)

    def finding(self, warning: RenderWarning) -> Finding | None:
        kind = KINDS.get(warning.code)
        if warning.code in PREVIEW_ONLY or (self.site is None and warning.code in SITE_ONLY):
            return None
        if kind is None:  # a code this table does not know yet: shown as the render says it
            return Finding(self.path, warning.line, 1, "warning", warning.code, warning.message)
        name, severity = subject_of(warning), kind.severity
        data = {"target" if kind.code in FILE_CODES else "name": name, "engine": self.engine}
        data["render_code"] = warning.code
        if kind.code == "unclosed-shortcode" and not self.paired(name):
            return None  # the site's own template of that name does not read .Inner
        if kind.code == "broken-link" and theme_may_provide(self.site, name):
            return None  # a theme gem not installed here may hold it, as check says (0271)
        if kind.code in UNKNOWN_NAME:
            tags = self.site_tags()
            if tags is not None and name in tags.known:
                return None
            maybe = NO_SITE if self.site is None else tags.maybe if tags is not None else None
            if maybe:
                severity, data["maybe"] = "warning", maybe
        if warning.message.startswith("Hexo shows nothing"):  # {% asset_img %}: no <img> at all
            data["shows"] = "nothing"
        message = _message(kind.code, name, self.engine, data) if name else None
        text = message or warning.message
        return Finding(self.path, warning.line, warning.column, severity, kind.code, text, data)


def render_findings(
    warnings: Iterable[RenderWarning],
    path: Path | None,
    site: Site | None,
    engine: str | None = None,
    open_shortcodes: Iterable[OpenShortcode] = (),
) -> list[Finding]:
    """The findings of one render's warnings for the post at ``path`` (None: not saved yet), in
    line order; ``engine`` names the dialect when there is no site. ``open_shortcodes`` (the
    render's ``Rendered.open_shortcodes``) adds the site's own Hugo pairs left open."""
    converter = _Converter(path or Path(), site, engine)
    found = [converter.finding(warning) for warning in warnings]
    found += [converter.site_pair_left_open(shortcode) for shortcode in open_shortcodes]
    return sorted((f for f in found if f is not None), key=lambda f: f.line)


def counts(findings: Iterable[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    severities = [finding.severity for finding in findings]
    return severities.count("error"), severities.count("warning")


def iter_codes() -> Iterator[str]:
    """Every check code a render warning can become (for the GUI's message table test)."""
    yield from sorted({kind.code for kind in KINDS.values()})
