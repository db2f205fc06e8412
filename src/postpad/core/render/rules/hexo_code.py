"""Hexo 8's code blocks: the backtick_code_block filter and hexo-util ``highlight`` (0014).

Hexo reads the fence's info string (``lang caption [url] [link]``, ``mark:1,3``,
``line_number:false``, ``first_line:5``, ``wrap:false``, ``highlight:false``), strips the
common indentation (strip-indent), replaces the first run of tabs per line (``tab_replace``) and
writes ``<figure class="highlight LANG"><table>`` with an optional line-number gutter, or
``<pre><code class="LANG">`` when ``wrap`` is off or the language is excluded. LANG is the
fence's language in lower case when highlight.js knows it, else ``plaintext``. The token
markup inside is highlight.js's own when Node.js is installed and the site uses highlight.js
(``rules/highlightjs``, decision 0126), else Pygments' tokens with highlight.js class names (0099).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from postpad.core.render.rules.hexo_hljs_names import HLJS_NAMES
from postpad.core.render.rules.highlightjs import highlight_auto, highlight_js
from postpad.core.render.rules.hljs_markup import hljs_html

_OPTION = re.compile(
    r"\s((?:line_number|line_threshold|first_line|wrap|mark|language_attr|highlight):\S+)"
)
_ALL_OPTIONS = re.compile(r"([^\s]+)\s+(.+?)\s+(https?://\S+|/\S+)\s*(.+)?")
_LANG_CAPTION = re.compile(r"([^\s]+)\s*(.+)?")
_INDENT = re.compile(r"^[ \t]*(?=\S)", re.M)


@dataclass(frozen=True)
class HexoCode:
    """``_config.yml`` ``highlight:`` (highlight.js, Hexo's default highlighter)."""

    enabled: bool = True
    line_number: bool = True
    line_threshold: int = 0
    strip_indent: bool = True
    tab_replace: str = ""
    wrap: bool = True
    hljs: bool = False
    exclude: tuple[str, ...] = ()
    #: run highlight.js itself (Node.js) for a site that highlights with it (decision 0126)
    highlight_js: bool = False
    #: ``highlight.auto_detect``: a fence without a language gets highlight.js's guess (0126)
    auto_detect: bool = False


def hexo_code_settings(site: Mapping[str, object]) -> HexoCode:
    """The highlighter settings Hexo 8 reads from ``_config.yml``."""
    chosen = site.get("syntax_highlighter", "highlight.js")
    raw = site.get("highlight")
    cfg: Mapping[str, object] = raw if isinstance(raw, Mapping) else {}
    if chosen == "prismjs":
        prism = site.get("prismjs")
        cfg = prism if isinstance(prism, Mapping) else {}
    threshold = cfg.get("line_threshold", 0)
    exclude = cfg.get("exclude_languages") or ()
    return HexoCode(
        enabled=chosen in ("highlight.js", "prismjs"),
        line_number=cfg.get("line_number", True) is not False,
        line_threshold=threshold if isinstance(threshold, int) else 0,
        strip_indent=cfg.get("strip_indent", True) is not False,
        tab_replace=str(cfg.get("tab_replace") or ""),
        wrap=cfg.get("wrap", True) is not False,
        hljs=cfg.get("hljs") is True,
        exclude=tuple(str(x) for x in exclude) if isinstance(exclude, list) else (),
        highlight_js=chosen == "highlight.js",
        auto_detect=chosen == "highlight.js" and cfg.get("auto_detect") is True,
    )


def strip_indent(code: str) -> str:
    """The strip-indent package: remove the smallest indentation of the non-blank lines."""
    found = _INDENT.findall(code)
    indent = min((len(x) for x in found), default=0)
    if not indent:
        return code
    return re.sub(rf"^[ \t]{{{indent}}}", "", code, flags=re.M)


def _options(info: str) -> tuple[dict[str, str], str]:
    found = dict(m.split(":", 1) for m in _OPTION.findall(info))
    return found, _OPTION.sub("", info)


def _marks(value: str) -> set[int]:
    marked: set[int] = set()
    for part in value.split(","):
        low, _, high = part.partition("-")
        if high and low.isdigit() and high.isdigit():
            a, b = sorted((int(low), int(high)))
            marked.update(range(a, b + 1))
        elif part.isdigit():
            marked.add(int(part))
    return marked


def _caption(args: str) -> tuple[str, str]:
    match = _ALL_OPTIONS.match(args) or _LANG_CAPTION.match(args)
    if not match:
        return "", ""
    lang, caption = match.group(1), match.group(2)
    if not caption:
        return lang, ""
    html = f"<span>{escape(caption, quote=False)}</span>"  # escaped: the preview stays inert
    if match.re is _ALL_OPTIONS and match.group(3):
        label = escape(match.group(4) or "link", quote=False)
        html += f'<a href="{escape(match.group(3))}">{label}</a>'
    return lang, html


def hexo_code_html(code: str, info: str, settings: HexoCode) -> str:
    """The HTML Hexo writes for a fence with ``info`` (marked's own when highlighting is off)."""
    options, rest = _options(" " + info if info else "")
    if not settings.enabled or options.get("highlight", "true") != "true":
        lang = info.split(maxsplit=1)[0] if info.strip() else ""
        css = f' class="language-{escape(lang)}"' if lang else ""
        return f"<pre><code{css}>{escape(code.rstrip(chr(10)))}\n</code></pre>\n"
    lang, caption = _caption(rest.strip().split("=")[0])
    return hexo_highlight(code, lang, caption, options, settings)


def hexo_highlight(
    code: str, lang: str, caption: str, options: Mapping[str, str], settings: HexoCode
) -> str:
    """Hexo's highlight filter: fences and the ``{% codeblock %}`` tag both end here."""
    first = int(options["first_line"]) if options.get("first_line", "").isdigit() else 1
    code = code[:-1] if code.endswith("\n") else code
    if settings.strip_indent:
        code = strip_indent(code)
    body, css = _code_markup(code, lang, settings)
    if body.endswith("\n") and not code.endswith("\n"):
        body = body[:-1]  # Pygments ends its output with a newline
    lines = body.split("\n")
    if settings.tab_replace:
        lines = [
            re.sub(r"\t+", lambda m: settings.tab_replace * len(m[0]), x, count=1) for x in lines
        ]
    wrap = settings.wrap
    gutter = options.get("line_number", str(settings.line_number).lower()) == "true"
    gutter = gutter and len(code.split("\n")) > settings.line_threshold
    if lang in settings.exclude:
        wrap = gutter = False
    wrap = wrap or gutter
    layout = _Layout(gutter, wrap, settings.hljs)
    return _figure(lines, css, lang or css, caption, first, options, layout)


def _code_markup(code: str, lang: str, settings: HexoCode) -> tuple[str, str]:
    """(the code's markup, the language class Hexo writes on the figure)."""
    prefix = "hljs-" if settings.hljs else ""
    known = lang.lower() if lang.lower() in HLJS_NAMES else ""
    if settings.highlight_js:
        if not lang and settings.auto_detect:
            guessed = highlight_auto(code, prefix)
            if guessed is not None:
                return guessed
        found = highlight_js(code, known, prefix) if known else None
        if found is not None:
            return found, known
    return (hljs_html(code, known, prefix) if known else escape(code)), known or "plaintext"


class _Layout(NamedTuple):
    gutter: bool
    wrap: bool
    hljs: bool  # ``highlight.hljs``: <code class="hljs …"> inside, no per-line spans


def _figure(
    lines: list[str],
    css: str,
    lang: str,
    caption: str,
    first: int,
    options: Mapping[str, str],
    layout: _Layout,
) -> str:
    marked = _marks(options.get("mark", ""))
    code_class = f"{'hljs' if layout.hljs else 'highlight'} {lang}".rstrip()
    if not layout.wrap:
        body = "\n".join(
            f"<mark>{x}</mark>" if first + i in marked else x for i, x in enumerate(lines)
        )
        cap = f'<div class="caption">{caption}</div>' if caption else ""
        return f'<pre>{cap}<code class="{code_class}">{body}</code></pre>\n'
    if layout.hljs:
        text = "".join(
            f"<mark>{x}</mark><br>" if first + i in marked else f"{x}<br>"
            for i, x in enumerate(lines)
        )
        text = f'<code class="{code_class}">{text}</code>'
    else:
        text = "".join(
            f'<span class="line{" marked" if first + i in marked else ""}">{x}</span><br>'
            for i, x in enumerate(lines)
        )
    numbers = "".join(f'<span class="line">{first + i}</span><br>' for i in range(len(lines)))
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    side = f'<td class="gutter"><pre>{numbers}</pre></td>' if layout.gutter else ""
    return (
        f'<figure class="{f"highlight {css}".rstrip()}">{cap}<table><tr>{side}'
        f'<td class="code"><pre>{text}</pre></td></tr></table></figure>\n'
    )
