"""Hugo's embedded shortcodes and a site's own ``layouts/shortcodes/*.html``, as data.

The site's shortcodes are read from their templates: ``.Get "name"`` is a named parameter,
``.Get 0`` a positional one, ``.Params`` means any parameter, ``.Inner`` a paired shortcode
(decision 0131). A site's template of the same name replaces the embedded one, as in Hugo.
"""

from __future__ import annotations

import re
from pathlib import Path

from postpad.core.tags.spec import Param, TagLibrary, TagSpec

_FIGURE = (
    Param("src", "Image", "url"),
    Param("alt", "Alternative text"),
    Param("caption", "Caption", help="Markdown is allowed."),
    Param("title", "Title"),
    Param("link", "Link", "url"),
    Param("target", "Link target", "choice", ("_blank", "_self")),
    Param("class", "CSS class"),
    Param("width", "Width", "number"),
    Param("height", "Height", "number"),
    Param("loading", "Loading", "choice", ("lazy", "eager")),
    Param("attr", "Attribution"),
    Param("attrlink", "Attribution link", "url"),
)
_REF = (
    Param("path", "Page", help="Path of the page, e.g. blog/post.md#anchor.", position=0),
    Param("lang", "Language"),
    Param("outputFormat", "Output format"),
)
_VIDEO = (
    Param("id", "Video id", position=0),
    Param("title", "Title"),
    Param("class", "CSS class"),
    Param("loading", "Loading", "choice", ("lazy", "eager")),
)

BUILTIN: tuple[TagSpec, ...] = (
    TagSpec("figure", "Figure", _FIGURE, help="An image with a caption.", syntax="shortcode"),
    TagSpec(
        "highlight",
        "Highlighted code",
        (
            Param("lang", "Language", position=0),
            Param("options", "Options", help="e.g. linenos=table,hl_lines=2 4-5", position=1),
        ),
        body="raw",
        help="Code coloured by Hugo's highlighter.",
        positional=True,
        syntax="shortcode",
    ),
    TagSpec("ref", "Link to a page (absolute)", _REF, positional=True, syntax="shortcode"),
    TagSpec("relref", "Link to a page (relative)", _REF, positional=True, syntax="shortcode"),
    TagSpec(
        "youtube",
        "YouTube video",
        (
            *_VIDEO,
            Param("start", "Start (seconds)", "number"),
            Param("end", "End (seconds)", "number"),
            Param("autoplay", "Autoplay", "bool"),
        ),
        positional=True,
        syntax="shortcode",
    ),
    TagSpec("vimeo", "Vimeo video", _VIDEO, positional=True, syntax="shortcode"),
    TagSpec(
        "details",
        "Details",
        (
            Param("summary", "Summary", default="Details"),
            Param("open", "Open", "bool"),
            Param("class", "CSS class"),
        ),
        body="markdown",
        help="A section the reader opens with a click.",
        syntax="shortcode",
    ),
    TagSpec(
        "param",
        "Site parameter",
        (Param("name", "Parameter", position=0),),
        positional=True,
        syntax="shortcode",
    ),
)

_GET_NAMED = re.compile(r"""(?:\.Get|index\s+\.Params)\s+["`]([\w-]+)["`]""")
_GET_POSITION = re.compile(r"(?:\.Get|index\s+\.Params)\s+(\d+)")
_PARAMS_FIELD = re.compile(r"\.Params\.([A-Za-z_]\w*)")
_ANY_PARAMS = re.compile(r"\.Params\b(?!\.)")
_INNER = re.compile(r"\.Inner(?:Deindent)?\b")
_DEFAULT_BEFORE = r"""default\s+"([^"]*)"\s+\(?\s*\.Get\s+["`]{name}["`]"""
_DEFAULT_AFTER = r"""\.Get\s+["`]{name}["`]\s*\)?\s*\|\s*default\s+"([^"]*)\""""


def _default(template: str, name: str) -> str:
    for pattern in (_DEFAULT_BEFORE, _DEFAULT_AFTER):
        match = re.search(pattern.format(name=re.escape(name)), template)
        if match:
            return match.group(1)
    return ""


def spec_from_template(name: str, template: str) -> TagSpec:
    """A shortcode's spec read from its template text."""
    named = list(dict.fromkeys([*_GET_NAMED.findall(template), *_PARAMS_FIELD.findall(template)]))
    positions = sorted({int(n) for n in _GET_POSITION.findall(template)})
    params = [Param(n, n, default=_default(template, n)) for n in named]
    params += [Param(str(i), f"Argument {i + 1}", position=i) for i in positions]
    return TagSpec(
        name,
        name,
        tuple(params),
        body="markdown" if _INNER.search(template) else None,
        open_params=bool(_ANY_PARAMS.search(template)),
        positional=bool(positions) and not named,
        syntax="shortcode",
    )


def _shortcode_dirs(root: Path, theme: str | None) -> list[Path]:
    bases = [root, *([root / "themes" / theme] if theme else [])]
    return [base / "layouts" / sub for base in bases for sub in ("shortcodes", "_shortcodes")]


def site_shortcodes(root: Path | None, theme: str | None = None) -> list[TagSpec]:
    """The site's (then its theme's) shortcode templates, one spec per name, sorted."""
    found: dict[str, TagSpec] = {}
    for folder in _shortcode_dirs(root, theme) if root is not None else []:
        for path in sorted(folder.glob("*.html")) if folder.is_dir() else []:
            name = path.name.split(".", 1)[0]
            if name in found:
                continue
            try:
                template = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            found[name] = spec_from_template(name, template)
    return sorted(found.values(), key=lambda spec: spec.name)


def library(root: Path | None = None, theme: str | None = None) -> TagLibrary:
    own = site_shortcodes(root, theme)
    names = {spec.name for spec in own}
    tags = tuple(spec for spec in BUILTIN if spec.name not in names) + tuple(own)
    return TagLibrary("shortcode", "Hugo", tags)
