"""Hexo's built-in tag plugins in the preview; Butterfly's are drawn by :mod:`.butterfly_tags`.

Unknown tags are labelled placeholders: Hexo stops the whole build on them. ``{{ … }}`` and
``{# … #}`` are shown struck through: Hexo deletes them silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from postpad.core.render.rules import butterfly_tags
from postpad.core.render.rules import hexo_include_code as include_code
from postpad.core.render.rules.hexo_code import HexoCode, hexo_highlight
from postpad.core.render.rules.hexo_media_tags import (
    image_tag,
    img_tag,
    link_tag,
    resolve_src,
    safe_href,
)
from postpad.core.render.rules.hexo_tag_text import gallery_text, noted
from postpad.core.render.rules.highlight import code_block_html
from postpad.core.render.rules.mermaid import tag_html
from postpad.core.render.rules.sanitize import sanitize_html
from postpad.core.render.rules.tag_args import TagSet, split_args
from postpad.core.tags import butterfly

BUILTIN_BLOCK = frozenset({"blockquote", "quote", "pullquote"})
BUILTIN_RAW = frozenset({"codeblock", "code", "raw"})
BUILTIN_INLINE = frozenset(
    {
        "iframe",
        "img",
        "image",
        "a",
        "link",
        "anchor",
        "post_path",
        "post_link",
        "asset_path",
        "asset_link",
        "asset_img",
        "asset_image",
        "url_for",
        "full_url_for",
        "include_code",
        "include-code",
        "youtube",
        "vimeo",
        "jsfiddle",
        "gist",
    }
)
BUTTERFLY_BLOCK = butterfly_tags.BLOCK
BUTTERFLY_RAW = butterfly_tags.RAW
BUTTERFLY_INLINE = butterfly_tags.INLINE


def tag_set(theme: str | None) -> TagSet:
    block = set(BUILTIN_BLOCK)
    raw = set(BUILTIN_RAW)
    inline = set(BUILTIN_INLINE)
    if butterfly.applies(theme):
        block |= BUTTERFLY_BLOCK
        raw |= BUTTERFLY_RAW
        inline |= BUTTERFLY_INLINE
    return TagSet(frozenset(block), frozenset(raw), frozenset(inline))


def known_tags(theme: str | None) -> frozenset[str]:
    tags = tag_set(theme)
    return tags.block_markdown | tags.block_raw | tags.inline


# --- block tags ------------------------------------------------------------------------------


def block_open(tokens: Sequence[Token], idx: int, theme_tags: bool = True) -> str:
    """``theme_tags``: Butterfly's tags are drawn (the site's theme is Butterfly or unknown);
    on another theme they are placeholders like any tag the preview does not know."""
    meta = tokens[idx].meta
    name, args = str(meta["name"]), str(meta["args"])
    theme_html = butterfly_tags.block_open(tokens, idx) if theme_tags else None
    if theme_html is not None:
        return theme_html
    if name == "pullquote":
        return f'<blockquote class="{escape(" ".join(["pullquote", *split_args(args)]))}">'
    if name in ("blockquote", "quote"):
        return "<blockquote>"
    if name == "raw":
        return '<div class="pp-raw">'
    return (
        f'<div class="pp-tag pp-tag-unknown"><div class="pp-tag-label">'
        f"{escape('{% ' + name + (' ' + args if args else '') + ' %}')}</div>"
    )


def block_close(tokens: Sequence[Token], idx: int, theme_tags: bool = True) -> str:
    meta = tokens[idx].meta
    name = str(meta["name"])
    theme_html = butterfly_tags.block_close(name) if theme_tags else None
    if theme_html is not None:
        return theme_html
    if name in ("blockquote", "quote"):
        footer = _quote_footer(str(meta["args"]))
        return (f"<footer>{footer}</footer>" if footer else "") + "</blockquote>\n"
    if name == "pullquote":
        return "</blockquote>\n"
    return "</div>\n"


_CITE_WITH_TITLE = re.compile(r"(\S.*)\s+(https?://\S+)\s+(.+)", re.IGNORECASE)
_CITE = re.compile(r"(\S.*)\s+(https?://\S+)", re.IGNORECASE)
_AUTHOR_TITLE = re.compile(r"([^,]+),\s*([^,]+)")


def _quote_footer(args: str) -> str:
    """Hexo's blockquote footer: author, source link and title (``parseFooter``)."""
    text = " ".join(split_args(args))
    if not text:
        return ""
    author = source = title = ""
    if match := _CITE_WITH_TITLE.search(text):
        author, source, title = match.groups()
    elif match := _CITE.search(text):
        author, source = match.groups()
    elif match := _AUTHOR_TITLE.search(text):
        author, title = match.groups()
    else:
        author = text
    footer = f"<strong>{escape(author)}</strong>" if author else ""
    if source:
        link = re.sub(r"^https?://|/(index.html?)?$", "", source)
        footer += f'<cite><a href="{safe_href(source)}">{escape(title or link)}</a></cite>'
    elif title:
        footer += f"<cite>{escape(title)}</cite>"
    return footer


_CAPTION_URL_TITLE = re.compile(r"(\S[\S\s]*)\s+(https?://\S+)\s+(.+)", re.IGNORECASE)
_CAPTION_URL = re.compile(r"(\S[\S\s]*)\s+(https?://\S+)", re.IGNORECASE)


def _code_caption(text: str) -> str:
    """``{% codeblock title [url] [link text] %}``: the figcaption's inner HTML."""
    if not text.strip():
        return ""
    if match := _CAPTION_URL_TITLE.search(text):
        caption, url, label = match.groups()
        return f'<span>{escape(caption)}</span><a href="{safe_href(url)}">{escape(label)}</a>'
    if match := _CAPTION_URL.search(text):
        caption, url = match.groups()
        return f'<span>{escape(caption)}</span><a href="{safe_href(url)}">link</a>'
    return f"<span>{escape(text.strip())}</span>"


_CODE_OPTIONS = frozenset(
    {
        "lang",
        "line_number",
        "line_threshold",
        "first_line",
        "mark",
        "highlight",
        "wrap",
        "language_attr",
    }
)


def _codeblock(content: str, args: str, settings: object) -> str:
    """``{% codeblock [title] [lang:x] [line_number:…] [mark:…] %}``: Hexo's code tag."""
    words = split_args(args)
    options = {}
    for word in words:
        key, colon, value = word.partition(":")
        if colon and key in _CODE_OPTIONS:
            options[key] = value
    rest = " ".join(w for w in words if w.partition(":")[0] not in _CODE_OPTIONS)
    lang = options.pop("lang", "")
    if not isinstance(settings, HexoCode) or not settings.enabled:
        return code_block_html(content, lang, style="figure_table", caption=_code_caption(rest))
    if options.get("highlight", "true") != "true":
        return f"<pre><code>{escape(content)}</code></pre>\n"
    return hexo_highlight(content, lang, _code_caption(rest), options, settings)


def raw_block(token: Token, env: dict[str, Any]) -> str:
    name, args = str(token.meta["name"]), str(token.meta["args"])
    content = token.content
    if name == "raw":  # Hexo puts the text back untouched after Markdown: raw HTML, made inert
        html, neutralised = sanitize_html(
            content, allow_remote_images=bool(env.get("pp_allow_remote_images"))
        )
        if hasattr(env.get("pp_resolve_image"), "raw_html"):  # its <img> is on the page (0270)
            env["pp_resolve_image"].raw_html(content)
        if neutralised and isinstance(env.get("pp_warn"), list):
            what = ", ".join(sorted(set(neutralised)))
            env["pp_warn"].append(
                (
                    token.map[0] if token.map else None,
                    "html-neutralised",
                    f"not run in the preview: {what}",
                )
            )
        return html
    if name in ("codeblock", "code"):
        return _codeblock(content, args, env.get("pp_hexo_code"))
    if name == "mermaid":  # Butterfly's tag: first word its JSON config (decision 0155)
        config = next(iter(split_args(args)), "")
        return tag_html(content, config, env, token.map[0] if token.map else None)
    return (
        f'<div class="pp-tag pp-tag-{escape(name)}"><div class="pp-tag-label">'
        f"{escape(name)} {escape(args)}</div><pre>{escape(content)}</pre></div>\n"
    )


# --- inline tags ----------------------------------------------------------------------------


def _placeholder(label: str, css: str = "pp-tag-inline") -> str:
    return f'<span class="{css}">{escape(label)}</span>'


def inline_tag(name: str, args: str, raw: str, env: dict[str, Any], theme_tags: bool = True) -> str:
    resolver = env.get("pp_resolve_image")
    site_url = getattr(resolver, "site_url", str)
    theme_html = (
        butterfly_tags.inline_tag(
            name, args, safe_href, lambda src: resolve_src(src, env), site_url
        )
        if theme_tags
        else None
    )
    if theme_html is not None:
        return theme_html
    words = split_args(args)
    if name in ("img", "image"):
        return img_tag(words, env)
    if name in ("asset_img", "asset_image", "inlineImg"):
        return image_tag(name, words, env)
    if name in ("a", "link", "anchor") and len(words) >= 2:
        return link_tag(words)
    if name in ("post_link", "post_path") and words:
        return _post_tag(name, words, env)
    if name in include_code.NAMES and include_code.missing_include(args, env):
        return ""  # Hexo writes nothing without the file (the warning says so)
    if name in ("asset_link", "asset_path") and words:
        return _tag_link(name, words[0], _link_text(name, words, env), env)
    if name in ("iframe", "youtube", "vimeo", "jsfiddle", "gist"):
        target = words[0] if words else ""
        return _placeholder(f"embedded {name}: {target} (not loaded in the preview)", "pp-embed")
    return _placeholder(raw)


def _link_text(name: str, words: list[str], env: dict[str, Any]) -> str:
    """Hexo's link text: the words after the target, else (post_link) the target post's title."""
    if words[-1] in ("true", "false") and len(words) > 1 and name == "post_link":
        words = words[:-1]  # post_link's trailing escape flag
    if len(words) > 1:
        return " ".join(words[1:])
    resolver = env.get("pp_resolve_image")
    lookup = getattr(resolver, "post_title", None)
    if name == "post_link" and callable(lookup):
        return str(lookup(words[0].split("#")[0]) or words[0])
    return words[0]


def _post_tag(name: str, words: list[str], env: dict[str, Any]) -> str:
    """``post_path`` gives the URL itself; ``post_link`` Hexo's ``<a href title>`` (the URL as
    the built site has it, decision 0098)."""
    resolver = env.get("pp_resolve_image")
    slug, _, fragment = words[0].partition("#")
    url = getattr(resolver, "post_url", lambda _slug: None)(slug)
    if name == "post_path":
        return escape(url or "")  # Hexo writes nothing for a post it cannot find
    if url is None:
        return _tag_link(name, words[0], _link_text(name, words, env), env)
    title = getattr(resolver, "post_title", lambda _slug: None)(slug) or slug
    has_flag = len(words) > 1 and words[-1] in ("true", "false")
    flag = words[-1] if has_flag else "true"
    text = " ".join(words[1:-1] if has_flag else words[1:]) or title
    href = escape(url + (f"#{fragment}" if fragment else ""), quote=True)
    text = escape(text, quote=True) if flag == "true" else text
    file = resolver.post(slug) if resolver is not None else None  # a click opens the post file
    data = f' data-pp-file="{escape(file)}"' if file else ""
    return f'<a href="{href}" title="{escape(title, quote=True)}"{data}>{text}</a>'


def _tag_link(name: str, target: str, title: str, env: dict[str, Any]) -> str:
    resolver = env.get("pp_resolve_image")
    href: str | None = None
    if resolver is not None and name.startswith("post"):
        href = resolver.post(target)
    elif callable(resolver):
        href = resolver(target, asset=True)
    return (
        f'<a class="pp-tag-link" href="{escape(href or "#")}" title="{escape(name)}">'
        f"{escape(title)}</a>"
    )


def render_inline(token: Token, env: dict[str, Any], theme_tags: bool = True) -> str:
    meta = token.meta
    kind = meta["kind"]
    if kind == "variable":
        return (
            '<del class="pp-template-removed" title="Hexo removes {{ … }} from the post">'
            f"{escape(token.content)}</del>"
        )
    if kind == "comment":
        return (
            '<del class="pp-template-removed" title="Hexo removes {# … #} from the post">'
            f"{escape(token.content)}</del>"
        )
    name, args = meta["groups"][0], meta["groups"][1].strip()
    return inline_tag(name, args, token.content, env, theme_tags)


def warning_for(token: Token, theme: str | None) -> tuple[str, str] | None:
    """Warning for a template token, as (code, message)."""
    meta = token.meta
    if token.type == "pp_tag_inline":
        kind = meta["kind"]
        if kind == "variable":
            return ("hexo-template-variable", "Hexo deletes {{ … }} from the post text")
        if kind == "comment":
            return ("hexo-template-comment", "Hexo deletes {# … #} from the post text")
        name = meta["groups"][0]
        if name.startswith("end"):
            return ("hexo-unmatched-end-tag", f"{{% {name} %}} has no opening tag")
        tags = tag_set(theme)
        if name in tags.block_markdown | tags.block_raw:
            return ("hexo-unclosed-tag", f"{{% {name} %}} has no {{% end{name} %}}")
    else:
        name = meta["name"]
    if name not in known_tags(theme):
        return ("hexo-unknown-tag", f"unknown tag {{% {name} %}}: Hexo stops the whole build")
    return None


def install_renderers(md: MarkdownIt, syntax: str, theme: str | None) -> None:
    theme_tags = butterfly.applies(theme)

    def theme_flag(state: StateCore) -> None:  # read by tags inside raw HTML (hexo_html_tags)
        state.env["pp_theme_tags"] = theme_tags

    def open_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        gallery = gallery_text(tokens, idx) if theme_tags else None
        return noted(tokens[idx], block_open(tokens, idx, theme_tags), gallery)

    def close_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return noted(tokens[idx], block_close(tokens, idx, theme_tags))

    def section_open_rule(
        self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
    ) -> str:
        return noted(tokens[idx], butterfly_tags.section_open(tokens, idx))

    def section_close_rule(
        self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
    ) -> str:
        return butterfly_tags.section_close(tokens, idx)

    def raw_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return raw_block(tokens[idx], env)

    def inline_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return noted(tokens[idx], render_inline(tokens[idx], env, theme_tags))

    md.core.ruler.push("pp_theme_tags", theme_flag)
    md.add_render_rule("pp_tag_open", open_rule)
    md.add_render_rule("pp_tag_close", close_rule)
    md.add_render_rule("pp_section_open", section_open_rule)
    md.add_render_rule("pp_section_close", section_close_rule)
    md.add_render_rule("pp_tag_raw", raw_rule)
    md.add_render_rule("pp_tag_inline", inline_rule)
