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

import json
import posixpath
import re
from collections.abc import Iterable
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import unquote

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
# A formula: the preview draws MathML and keeps the TeX as its annotation (rules/math.py); the
# engine (kramdown's MathJax engine) writes the TeX between \(…\) or \[…\] for the theme's script,
# and leaves a `$…$` the preview draws as that text.
_TEX_ANNOTATION = r'<annotation encoding="application/x-tex">(?P<tex>[^<]*)</annotation>'
MATH_DOLLAR_PREVIEW = re.compile(
    r'<span class="math inline"><span class="pp-math"><math\b(?:(?!</math>).)*?'
    + _TEX_ANNOTATION
    + r"</semantics></math></span></span>",
    re.S,
)
MATH_INLINE_PREVIEW = re.compile(
    r'<span class="math inline double"><span class="pp-math"><math\b(?:(?!</math>).)*?'
    + _TEX_ANNOTATION
    + r"</semantics></math></span></span>",
    re.S,
)
MATH_BLOCK_PREVIEW = re.compile(
    r'<div class="math block">\s*<div class="pp-math"><math\b(?:(?!</math>).)*?'
    + _TEX_ANNOTATION
    + r"</semantics></math></div>\s*</div>",
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
ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Hexo's embed tags the preview does not load: `{% iframe %}` (Hexo's own) and the ones Hexo 8
# no longer ships (hexo-tag-embed's, a theme's; stubs in the harness build)
HEXO_EMBED_PREVIEW = re.compile(
    r'<span class="pp-embed">embedded (?P<name>[\w-]+): (?P<target>\S*) '
    r"\(not loaded in the preview\)</span>"
)
# Butterfly 5's `{% gallery %}`: the theme writes the images as JSON that its script turns into
# <img>s in the browser; the preview draws them.
GALLERY_ENGINE = re.compile(
    r'<div class="gallery-container" data-type="data"[^>]*>\s*<div class="gallery-items">'
    r"(?P<json>\[.*?\])</div>\s*</div>",
    re.S,
)
GALLERY_PREVIEW = re.compile(
    r'<div class="gallery-container"><div class="gallery-items">(?P<body>(?:(?!</?div).)*)'
    r"</div></div>",
    re.S,
)
# Butterfly's tab pane title: the preview shows every pane with its title (no script switches
# them); the theme has the title only in the pane's nav button, which is compared
TAB_TITLE_PREVIEW = re.compile(r'<div class="pp-tab-title">[^<]*</div>')
# Butterfly's `{% hideBlock %}`: a button the theme's script opens; the preview a <details>
HIDE_BLOCK_PREVIEW = re.compile(
    r'<details class="hide-block"><summary class="hide-button" (?P<style>style="[^"]*")>'
    r"(?P<label>.*?)</summary>(?P<body>(?:(?!<details\b).)*?)</details>",
    re.S,
)


# Hugo's youtube/vimeo shortcodes: the preview's placeholder, the engine's wrapper <div> and
# <iframe> (class, style and player query not compared; the video id is)
HUGO_VIDEO_PREVIEW = re.compile(
    r'<span class="pp-tag-inline" title="shortcode">\{\{&lt;\s*(?P<name>youtube|vimeo)\s+'
    r"(?P<args>.*?)\s*&gt;\}\}</span>",
    re.S,
)
HUGO_VIDEO_ENGINE = re.compile(
    r"<div\b[^>]*>\s*<iframe\b[^>]*?\bsrc=\"https://(?:www\.youtube(?:-nocookie)?\.com/embed|"
    r'player\.vimeo\.com/video)/(?P<id>[^"?/]+)[^"]*"[^>]*>\s*</iframe>\s*</div>',
    re.S,
)
HUGO_VIDEO_ID = re.compile(r'^(?:id=)?(?:&quot;|")?(?P<id>[\w-]+)')


def attributes(tag_text: str) -> dict[str, str]:
    """An HTML start tag's attributes, double- or single-quoted."""
    return {name: double or single for name, double, single in ATTRIBUTE.findall(tag_text)}


def _remote_image(src: str, alt: str) -> str:
    return f'<img alt="{alt}" src="{src}" data-normalised="remote-image">'


def _engine_image(match: re.Match[str]) -> str:
    attrs = attributes(match["attrs"])
    src = attrs.get("src", "")
    if not src.startswith(("http://", "https://", "//")):
        return match.group(0)
    return _remote_image(src, attrs.get("alt", ""))


def _hugo_video(name: str, video: str) -> str:
    return f'<span data-normalised="hugo-video" data-video="{name} {video}"></span>'


def _hugo_video_preview(match: re.Match[str]) -> str:
    """The shortcode's id: its first positional argument or its `id` parameter."""
    args = match["args"]
    named = re.search(r'\bid=(?:&quot;|")?([\w-]+)', args)
    found = named or HUGO_VIDEO_ID.match(args)
    return _hugo_video(match["name"], found.group(1) if found else "")


def _hugo_video_engine(match: re.Match[str]) -> str:
    name = "vimeo" if "vimeo" in match.group(0) else "youtube"
    return _hugo_video(name, match["id"])


def _hexo_embed(match: re.Match[str]) -> str:
    """`{% iframe url %}` as Hexo's <iframe>; another embed tag as the harness's stub for it."""
    if match["name"] == "iframe":
        return f'<iframe src="{match["target"]}"></iframe>'
    return f'<span data-tag="{match["name"]}"></span>'


def _gallery(images: Iterable[dict[str, str]]) -> str:
    """One neutral <img> an image: its alt and its file name (a remote one: its URL), as the
    page URL the theme's script resolves a relative path against is not the preview's."""
    tags = []
    for image in images:
        url = image.get("url", "")
        name = url if url.startswith(("http://", "https://", "//")) else unquote(url)
        name = name if "://" in name else posixpath.basename(name)
        tags.append(f'<img alt="{escape(image.get("alt", ""))}" src="{escape(name)}">')
    return f'<div data-normalised="butterfly-gallery">{"".join(tags)}</div>'


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
    # Hugo's youtube/vimeo shortcodes (before theme-tag and embed take their parts): compared by
    # the video's id; the player markup Hugo writes around it is not loaded in the preview.
    "hugo-video": (
        (HUGO_VIDEO_PREVIEW, _hugo_video_preview),
        (HUGO_VIDEO_ENGINE, _hugo_video_engine),
    ),
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
    # A formula the preview draws (MathML) as kramdown writes it for MathJax: \(TeX\), \[TeX\],
    # and $TeX$ (text to kramdown).
    "math-mathjax": (
        (MATH_INLINE_PREVIEW, lambda m: f"\\({m['tex']}\\)"),
        (MATH_DOLLAR_PREVIEW, lambda m: f"${m['tex']}$"),
        (MATH_BLOCK_PREVIEW, lambda m: f"\\[{m['tex']}\\]"),
    ),
    # Embedded frames are not loaded in the preview: a placeholder with the frame's URL.
    "embed": (
        (EMBED_PREVIEW, lambda m: f'<iframe src="{m["src"]}"></iframe>'),
        (
            IFRAME_ENGINE,
            lambda m: f'<iframe src="{attributes(m["attrs"]).get("src", "")}"></iframe>',
        ),
        (HEXO_EMBED_PREVIEW, _hexo_embed),
    ),
    # Butterfly's gallery: the images' alt and file (remote: URL) in order, on both sides.
    "butterfly-gallery": (
        (GALLERY_ENGINE, lambda m: _gallery(json.loads(unescape(m["json"])))),
        (
            GALLERY_PREVIEW,
            lambda m: _gallery(
                {"alt": unescape(a.get("alt", "")), "url": unescape(a.get("src", ""))}
                for a in map(attributes, IMG_TAG.findall(m["body"]))
            ),
        ),
    ),
    "butterfly-tab-title": ((TAB_TITLE_PREVIEW, ""),),
    # Butterfly's hideBlock: the preview's <details> written as the theme's button and <div>.
    "butterfly-hide-block": (
        (
            HIDE_BLOCK_PREVIEW,
            lambda m: (
                f'<div class="hide-block"><button type="button" class="hide-button" {m["style"]}>'
                f"{m['label']}</button>{m['body']}</div>"
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
