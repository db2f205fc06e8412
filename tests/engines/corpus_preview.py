"""Preview vs engine on corpus posts: Postpad's preview of the whole file against the body the
engine published, after html_normalise's strict and lenient forms; a cause for each difference.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from fidelity_kit import POSTPAD_ONLY_ATTRIBUTES
from html_normalise import lenient_text, strict_text


@dataclass(frozen=True)
class PreviewOutcome:
    site: str
    post: str
    strict: bool
    lenient: bool
    cause: str  # "" when identical under strict
    diff: str = ""


def postpad_preview(site_root: Path, post: Path) -> str:
    """The preview's HTML as the app renders an opened post of a detected site."""
    from postpad.core.render import options_for_site, render
    from postpad.core.site.detect import detect_site
    from postpad.core.textfile import read_text_file

    site = detect_site(post)
    from postpad.core.render import RenderOptions

    options = options_for_site(site, post) if site is not None else RenderOptions(engine="generic")
    text = read_text_file(post).text
    return "".join(block.html for block in render(text, options).blocks)


def compare_post(site_id: str, post: str, ours: str, theirs: str) -> PreviewOutcome:
    ours_strict = strict_text(ours, POSTPAD_ONLY_ATTRIBUTES)
    theirs_strict = strict_text(theirs)
    if ours_strict == theirs_strict:
        return PreviewOutcome(site_id, post, True, True, "")
    ours_lenient = lenient_text(ours, POSTPAD_ONLY_ATTRIBUTES)
    theirs_lenient = lenient_text(theirs)
    lenient = ours_lenient == theirs_lenient
    a, b = (theirs_strict, ours_strict) if lenient else (theirs_lenient, ours_lenient)
    diff = list(
        difflib.unified_diff(a.splitlines(), b.splitlines(), "engine", "postpad", lineterm="", n=1)
    )
    return PreviewOutcome(site_id, post, False, lenient, cause_of(diff), "\n".join(diff[:40]))


CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.S))
    for name, pattern in (
        ("theme/plugin tag", r'data-tag="|pp-tag|data-postpad-stub'),
        ("math", r"pp-math|\$\$|\\\(|\\\["),
        ("raw HTML omitted (Hugo)", r"raw HTML omitted|pp-html-omitted"),
        ("template variable", r"pp-template|\{\{"),
        ("code block / highlight", r"<pre|<code|highlight|<figure|class=\"line\""),
        ("heading id/anchor", r"<h[1-6]|headerlink"),
        ("image", r"<img|pp-img|image"),
        ("link", r"<a |href="),
        ("table", r"<t[dhr]|<table"),
        ("strikethrough", r"<del|<s>|~"),
        ("smart quotes/typography", r"[“”‘’«»–—…]"),
        ("footnote", r"footnote|fnref"),
        ("list", r"<li|<ul|<ol"),
        ("blockquote", r"<blockquote"),
        ("line break", r"<br"),
        ("emphasis", r"<em>|<strong>|\*|_"),
        ("entity / escaping", r"&\w+;|\\"),
    )
)
TAGS = re.compile(r"<[^>]+>")


def cause_of(diff: list[str]) -> str:
    """A label for the first changed hunk: what differs, as specifically as it can tell."""
    body = [line for line in diff[2:] if not line.startswith("@@")]
    theirs = next((line[1:] for line in body if line.startswith("-")), "")
    ours = next((line[1:] for line in body if line.startswith("+")), "")
    if not any(line.startswith("-") for line in body):
        return "the preview shows more than the engine (engine body cut or empty)"
    if ours.startswith("<hr>") and diff[2:3] and diff[2].startswith("@@ -1 "):
        return "front matter shown as text by the preview (the engine reads it)"
    specific = _specific_cause(theirs, ours)
    if specific:
        return specific
    both = f"{theirs}\n{ours}"
    for name, pattern in CAUSES:
        if pattern.search(both):
            return name
    return "other: " + (theirs or ours)[:50]


def _specific_cause(theirs: str, ours: str) -> str | None:
    if not theirs and not ours:
        return None
    if "pp-template" in ours:
        return "template variable/output not evaluated in the preview"
    if 'data-tag="' in theirs + ours:
        return "theme/plugin tag"
    if 'target="_blank"' in theirs and 'target="_blank"' not in ours:
        return "link target=_blank rel=noopener (Hexo external_link)"
    if "<img" in theirs and 'alt=""' in ours and "alt=" not in theirs:
        return 'img alt="" added (engine writes no alt)'
    if "<img" in theirs + ours:
        src = re.compile(r'src="([^"]*)"')
        if src.findall(theirs) != src.findall(ours):
            return "image src (path resolution)"
    if TAGS.sub("", theirs) == TAGS.sub("", ours) and ("<a " in theirs) != ("<a " in ours):
        return "autolink (bare URL or domain linked on one side only)"
    if ("<del>" in theirs) != ("<del>" in ours):
        return "strikethrough (~ / ~~) on one side only"
    if re.search(r"<h[1-6]", theirs + ours) and TAGS.sub("", theirs) == TAGS.sub("", ours):
        return "heading id/anchor"
    if theirs.startswith("<pre") or 'class="line"' in theirs + ours or "hljs" in theirs:
        return "code block / highlight"
    return None
