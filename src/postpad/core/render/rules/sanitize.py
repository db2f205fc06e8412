"""Make raw HTML from a post inert, and show what was neutralised.

The preview page's Content-Security-Policy is the real barrier (no content scripts, no remote
loads); this pass makes the HTML itself harmless and *visible*: ``<script>`` and friends are shown
as labelled source text, event-handler attributes and ``srcdoc`` are dropped, ``javascript:`` and
other script URLs are disarmed, and remote images become placeholders unless allowed.

It works on fragments (markdown-it gives raw HTML as separate inline tags), so it rewrites tag by
tag instead of building a tree.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

#: elements never passed through; shown as text
BLOCKED_ELEMENTS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "meta",
        "link",
        "portal",
        "noscript",
        "template",
        # SVG animation can set an href to a script URL
        "set",
        "animate",
        "animatemotion",
        "animatetransform",
        "handler",
        "listener",
    }
)
#: elements whose content is raw text (shown escaped when the element is blocked)
_RAW_TEXT = frozenset({"script", "style", "noscript", "template", "iframe", "xmp"})
_URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "poster",
        "background",
        "data",
        "cite",
        "xlink:href",
        "longdesc",
        "lowsrc",
        "dynsrc",
        "ping",
        "manifest",
        "codebase",
        "usemap",
    }
)
_DROPPED_ATTRIBUTES = frozenset({"srcdoc", "srcset", "http-equiv", "formaction", "ping"})
_ATTRIBUTE_NAME = re.compile(r"^[a-zA-Z_:][-a-zA-Z0-9_:.]*$")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*)\s*:")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "file", "ftp"})
_CONTROL_IN_URL = re.compile(r"[\x00-\x20\x7f]+")


def url_scheme(url: str) -> str | None:
    """The URL's scheme in lower case (control characters and spaces ignored, as browsers do)."""
    match = _SCHEME.match(_CONTROL_IN_URL.sub("", url))
    return match.group(1).lower() if match else None


def is_safe_url(url: str, *, image: bool = False) -> bool:
    scheme = url_scheme(url)
    if scheme is None:
        return True
    if scheme == "data":
        return image and _CONTROL_IN_URL.sub("", url).lower().startswith("data:image/")
    return scheme in _SAFE_SCHEMES


def is_remote_url(url: str) -> bool:
    stripped = url.strip()
    return url_scheme(stripped) in ("http", "https", "ftp") or stripped.startswith("//")


def blocked_label(kind: str, text: str) -> str:
    """Visible, inert stand-in for something we refused to run."""
    return (
        f'<code class="pp-blocked" title="{escape(kind)} (not run in the preview)">'
        f"{escape(text)}</code>"
    )


def remote_image_placeholder(url: str, alt: str) -> str:
    label = alt or url
    return (
        f'<span class="pp-remote-image" title="{escape(url)}">remote image: {escape(label)}</span>'
    )


def embed_placeholder(url: str) -> str:
    """An embedded frame (a video, a map …) is named, not loaded."""
    return (
        f'<span class="pp-embed" title="{escape(url)}">'
        f"embedded frame: {escape(url or '(no address)')} (not loaded in the preview)</span>"
    )


class _Rewriter(HTMLParser):
    def __init__(self, allow_remote_images: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.allow_remote_images = allow_remote_images
        self.out: list[str] = []
        self.neutralised: list[str] = []
        self._blocked_depth: list[str] = []
        #: inside an <iframe> already shown as a placeholder: its fallback content is dropped
        self._quiet = False

    # --- tags ---------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag == "iframe" and not self._blocked_depth:
            self.neutralised.append(tag)
            self.out.append(embed_placeholder(dict(attrs).get("src") or ""))
            if not closed:
                self._blocked_depth.append("iframe")
                self._quiet = True
            return
        if self._quiet:
            return
        if self._blocked_depth or tag in BLOCKED_ELEMENTS:
            self.neutralised.append(tag)
            self.out.append(blocked_label(f"<{tag}>", raw))
            if tag in _RAW_TEXT and not closed:
                self._blocked_depth.append(tag)
            return
        if tag == "img":
            src = dict(attrs).get("src") or ""
            if is_remote_url(src) and not self.allow_remote_images:
                self.neutralised.append("remote image")
                self.out.append(remote_image_placeholder(src, dict(attrs).get("alt") or ""))
                return
        self.out.append(self._rebuild(tag, attrs, closed))

    def _rebuild(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> str:
        parts = [f"<{tag}"]
        for name, value in attrs:
            lowered = name.lower()
            if not _ATTRIBUTE_NAME.match(name):
                continue
            if lowered.startswith("on") or lowered in _DROPPED_ATTRIBUTES:
                self.neutralised.append(lowered)
                continue
            if value is None:
                parts.append(f" {name}")
                continue
            if lowered in _URL_ATTRIBUTES and not is_safe_url(value, image=tag == "img"):
                self.neutralised.append(f"{lowered} URL")
                parts.append(f' {name}="#" data-pp-blocked-url="{escape(value)}"')
                continue
            if lowered == "style" and "expression(" in value.lower():
                self.neutralised.append("style")
                continue
            parts.append(f' {name}="{escape(value)}"')
        parts.append(" />" if closed else ">")
        return "".join(parts)

    def handle_endtag(self, tag: str) -> None:
        if self._blocked_depth:
            if tag == self._blocked_depth[-1]:
                self._blocked_depth.pop()
            if self._quiet:
                self._quiet = bool(self._blocked_depth)
                return
            self.out.append(blocked_label(f"</{tag}>", f"</{tag}>"))
            return
        if tag in BLOCKED_ELEMENTS:
            self.out.append(blocked_label(f"</{tag}>", f"</{tag}>"))
            return
        self.out.append(f"</{tag}>")

    # --- text ---------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._quiet:
            return
        if self._blocked_depth:
            self.out.append(blocked_label("script text", data) if data.strip() else data)
            return
        self.out.append(data.replace("<", "&lt;").replace(">", "&gt;"))

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data.replace('--', '- -')}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(escape(f"<!{decl}>"))

    def handle_pi(self, data: str) -> None:
        self.out.append(escape(f"<?{data}>"))

    def unknown_decl(self, data: str) -> None:
        self.out.append(escape(f"<![{data}]>"))

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            # CPython before 3.13 asserts on "<![" without a section name (``<![^1]``);
            # browsers read it as a bogus comment up to the next ">"
            return self.parse_bogus_comment(i, report)


def sanitize_html(fragment: str, *, allow_remote_images: bool = False) -> tuple[str, list[str]]:
    """Return the inert form of ``fragment`` and what was neutralised (for warnings)."""
    if "<" not in fragment and "&" not in fragment:
        return fragment, []
    rewriter = _Rewriter(allow_remote_images)
    rewriter.feed(fragment)
    rewriter.close()
    tail = rewriter.rawdata if hasattr(rewriter, "rawdata") else ""
    out = "".join(rewriter.out)
    if tail:
        out += escape(tail)
    return out, rewriter.neutralised
