"""Canonical text for an HTML fragment, so two renderers' output can be compared.

What is normalised (differences a reader cannot see): attribute order and quoting; `<br>` versus
`<br />`; boolean attributes (`disabled`, `disabled=""`, `disabled="disabled"`); the spacing of
`style` declarations; character references versus the characters they stand for (`&ensp;` and
U+2002, `&quot;` and `"`; only `&amp;`, `&lt;` and `&gt;` stay escaped); whitespace that HTML
collapses (runs of spaces and newlines become one space, and whitespace next to block-level tags,
`<br>` or the fragment's start and end is dropped); line breaks at the very end of <pre> content.
Other whitespace inside <pre> is kept exactly. Everything else is kept: tag names, attribute
values, text and comments (Hugo's `<!-- raw HTML omitted -->` records what it dropped).
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt"}
    | {"figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"}
    | {"li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td"}
    | {"tfoot", "th", "thead", "tr", "ul"}
)
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
BOOLEAN_ATTRIBUTES = frozenset({"checked", "disabled", "hidden", "open", "readonly", "selected"})
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def canonical_style(style: str) -> str:
    """`text-align: left;` and `text-align:left` are the same declaration."""
    declarations = (d.split(":", 1) for d in style.split(";") if ":" in d)
    return ";".join(f"{name.strip().lower()}:{value.strip()}" for name, value in declarations)


def canonical_attribute(name: str, value: str | None) -> str:
    if name in BOOLEAN_ATTRIBUTES:
        return ""  # `disabled`, `disabled=""` and `disabled="disabled"` mean the same
    if name == "style":
        return canonical_style(value or "")
    return escape(value or "")


class _Canonicaliser(HTMLParser):
    def __init__(self, ignored_attributes: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.ignored = ignored_attributes
        self.parts: list[str] = []
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kept = sorted((k, canonical_attribute(k, v)) for k, v in attrs if k not in self.ignored)
        text = "".join(f' {k}="{v}"' for k, v in kept)
        self.parts.append(f"\0<{tag}{text}>\0" if tag in BLOCK_TAGS else f"<{tag}{text}>")
        if tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        if self.pre_depth and tag in ("pre", "code"):
            self._drop_final_newlines()
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        self.parts.append(f"\0</{tag}>\0" if tag in BLOCK_TAGS else f"</{tag}>")

    def _drop_final_newlines(self) -> None:
        """A line break at the very end of <pre> content draws no extra line."""
        if self.parts and not self.parts[-1].startswith(("<", "\0")):
            self.parts[-1] = self.parts[-1].rstrip("\2")

    def handle_data(self, data: str) -> None:
        data = escape(data, quote=False)  # `&lt;tag&gt;` must not read as a tag
        if self.pre_depth:
            self.parts.append(data.replace("\0", "").replace(" ", "\1").replace("\n", "\2"))
        else:
            self.parts.append(data)

    def handle_comment(self, data: str) -> None:
        self.parts.append(f"<!--{HTML_SPACE.sub(' ', data).strip()}-->")


def normalise_html(html: str, ignored_attributes: frozenset[str] = frozenset()) -> str:
    """One line per block-level tag, inline content with collapsed whitespace."""
    parser = _Canonicaliser(ignored_attributes)
    parser.feed(html)
    parser.close()
    text = HTML_SPACE.sub(" ", "".join(parser.parts))
    text = re.sub(r" ?\0 ?", "\0", text).strip(" ")
    lines = [line for line in text.split("\0") if line.strip()]
    return "\n".join(lines).replace("\1", " ").replace("\2", "\\n")


# --- Named normalisations for the real-post corpus (decision 0083) ----------------------------
# Differences Postpad makes by design, each mapped to one neutral form on both sides, so the rest
# of the post is still compared. `strict` applies only these; `lenient` also ignores heading
# anchors/ids and syntax-highlighting markup.

REMOTE_IMAGE_PREVIEW = re.compile(
    r'<span class="pp-remote-image" title="(?P<src>[^"]*)">remote image: ?(?P<alt>.*?)</span>', re.S
)
IMG_TAG = re.compile(r"<img\b(?P<attrs>[^>]*?)/?>", re.S)
SCRIPT_ENGINE = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)
SCRIPT_PREVIEW = re.compile(r'<code class="pp-blocked"[^>]*>.*?</code>', re.S)
STUB_ENGINE = re.compile(r'<span data-postpad-stub="(?P<name>[^"]+)"></span>')
STUB_BLOCK_ENGINE = re.compile(r'<div data-postpad-stub="(?P<name>[^"]+)">')
TAG_BLOCK_PREVIEW = re.compile(
    r'<div class="pp-tag pp-tag-[\w-]+"><div class="pp-tag-label">'
    r"(?:\{%-?\s*|shortcode: |Liquid: )?(?P<name>[\w./-]+).*?</div>",
    re.S,
)
EMBED_PREVIEW = re.compile(r'<span class="pp-embed" title="(?P<src>[^"]*)">.*?</span>', re.S)
IFRAME_ENGINE = re.compile(r"<iframe\b(?P<attrs>[^>]*)>.*?</iframe>", re.S | re.I)
TAG_PREVIEW = re.compile(
    r'<span class="pp-tag-inline"[^>]*>(?:\{%-?|\{\{(?:&lt;|%))\s*(?P<name>[\w./-]+).*?</span>',
    re.S,
)
# Liquid's `{% include file %}` is named by its file, as the engine's stub include is
INCLUDE_PREVIEW = re.compile(
    r'<span class="pp-tag-inline" title="Liquid">\{%-?\s*include(?:_relative)?\s+'
    r"(?P<name>[\w./-]+).*?</span>",
    re.S,
)
HTML_OMITTED_PREVIEW = re.compile(
    r'<span class="pp-html-omitted"[^>]*>raw HTML omitted</span>', re.S
)
HTML_OMITTED_BLOCK_PREVIEW = re.compile(
    r'<div class="pp-html-omitted-block">\s*<span class="pp-html-omitted"[^>]*>'
    r"raw HTML omitted</span>\s*</div>",
    re.S,
)
ATTRIBUTE = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')


def _remote_image(src: str, alt: str) -> str:
    return f'<img alt="{alt}" src="{src}" data-normalised="remote-image">'


def _engine_image(match: re.Match[str]) -> str:
    attrs = dict(ATTRIBUTE.findall(match["attrs"]))
    src = attrs.get("src", "")
    if not src.startswith(("http://", "https://", "//")):
        return match.group(0)
    return _remote_image(src, attrs.get("alt", ""))


NORMALISATIONS: dict[str, tuple[tuple[re.Pattern[str], object], ...]] = {
    # The preview shows a remote image as a placeholder (no network); compare its URL and alt.
    "remote-image": (
        # the placeholder's label is the URL when the image has no alt (sanitize.py)
        (
            REMOTE_IMAGE_PREVIEW,
            lambda m: _remote_image(m["src"], "" if m["alt"] == m["src"] else m["alt"]),
        ),
        (IMG_TAG, _engine_image),
    ),
    # Scripts are not run in the preview: they show as blocked code, the engine keeps <script>.
    "script": ((SCRIPT_PREVIEW, ""), (SCRIPT_ENGINE, "")),
    # A theme's or plugin's tag: a placeholder in the preview, a stub in the engine build (block
    # tags keep their content, compared).
    "theme-tag": (
        (INCLUDE_PREVIEW, lambda m: f'<span data-tag="{m["name"]}"></span>'),
        (TAG_PREVIEW, lambda m: f'<span data-tag="{m["name"]}"></span>'),
        (STUB_ENGINE, lambda m: f'<span data-tag="{m["name"]}"></span>'),
        (TAG_BLOCK_PREVIEW, lambda m: f'<div data-tag="{m["name"]}">'),
        (STUB_BLOCK_ENGINE, lambda m: f'<div data-tag="{m["name"]}">'),
    ),
    # Hugo (unsafe = false) writes <!-- raw HTML omitted --> where it drops raw HTML; the preview
    # shows a visible marker there instead.
    "raw-html-omitted": (
        (HTML_OMITTED_BLOCK_PREVIEW, "<!-- raw HTML omitted -->"),
        (HTML_OMITTED_PREVIEW, "<!-- raw HTML omitted -->"),
    ),
    # Embedded frames are not loaded in the preview: a placeholder with the frame's URL.
    "embed": (
        (EMBED_PREVIEW, lambda m: f'<iframe src="{m["src"]}"></iframe>'),
        (
            IFRAME_ENGINE,
            lambda m: (
                f'<iframe src="{dict(ATTRIBUTE.findall(m["attrs"])).get("src", "")}"></iframe>'
            ),
        ),
    ),
}


def apply_named(html: str) -> str:
    """Both sides: every named by-design difference replaced by its neutral form."""
    for rules in NORMALISATIONS.values():
        for pattern, replacement in rules:
            html = pattern.sub(replacement, html)  # type: ignore[arg-type]
    return html


LINE_NUMBER_CLASSES = frozenset({"gutter", "lnt", "ln", "lineno", "gl", "rouge-gutter"})


class _CodeFlattener(HTMLParser):
    """Lenient: a code block (figure/div .highlight, or <pre>) becomes <pre><code>its text,
    without line-number gutters (hljs/Hexo `td.gutter`, Chroma `span.lnt`/`span.ln` or, with
    Hugo's default noClasses, its `user-select:none` spans, Rouge)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.container = ""
        self.stack: list[bool] = []  # inside a code block: per open element, "is line numbers"
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set(" ".join(v or "" for k, v in attrs if k == "class").split())
        if self.stack:
            if tag == "br" and not self.stack[-1]:
                self.text.append("\n")
            elif tag not in VOID_TAGS:
                style = " ".join(v or "" for k, v in attrs if k == "style")
                gutter = bool(classes & LINE_NUMBER_CLASSES) or "user-select:none" in style
                self.stack.append(self.stack[-1] or gutter)
            return
        if tag == "pre" or (tag in ("figure", "div") and "highlight" in classes):
            self.container, self.stack, self.text = tag, [False], []
            return
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self.out.append(f"</{tag}>")
            return
        if tag in VOID_TAGS:
            return
        self.stack.pop()
        if not self.stack:
            code = "".join(self.text).strip("\n")
            self.out.append(f"<pre><code>{escape(code, quote=False)}</code></pre>")

    def handle_data(self, data: str) -> None:
        if self.stack:
            if not self.stack[-1]:
                self.text.append(data)
        else:
            self.out.append(escape(data, quote=False))

    def handle_comment(self, data: str) -> None:
        if not self.stack:
            self.out.append(f"<!--{data}-->")


HEADING_ID = re.compile(r"(<h[1-6])((?: [\w-]+=\"[^\"]*\")*?) id=\"[^\"]*\"")
HEADER_LINK = re.compile(r'<a[^>]*class="[^"]*header(?:link|-anchor)[^"]*"[^>]*>.*?</a>', re.S)


def lenient_form(html: str) -> str:
    """Heading ids and anchor links dropped; code blocks reduced to their text."""
    html = HEADER_LINK.sub("", html)
    flattener = _CodeFlattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


def strict_text(html: str, ignored: frozenset[str] = frozenset()) -> str:
    return normalise_html(apply_named(html), ignored)


def lenient_text(html: str, ignored: frozenset[str] = frozenset()) -> str:
    text = normalise_html(lenient_form(apply_named(html)), ignored)
    return HEADING_ID.sub(r"\1\2", text)
