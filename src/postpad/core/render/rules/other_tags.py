"""Liquid (Jekyll, Eleventy), Hugo shortcodes and Zola shortcodes as labelled placeholders.

The preview cannot run the site's templates, so it shows *where* they are and what they were
given, and keeps the text inside paired tags visible. Code-like tags become code blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from html import escape, unescape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from postpad.core.render.chroma.settings import CLASSES
from postpad.core.render.rules import hugo_embedded
from postpad.core.render.rules.highlight import code_block_html
from postpad.core.render.rules.sanitize import remote_image_placeholder
from postpad.core.render.rules.tag_args import TagSet, split_args

LIQUID_BLOCK = frozenset({"if", "unless", "for", "case", "capture", "tablerow", "raw"})
LIQUID_RAW = frozenset({"highlight", "comment"})
LIQUID_INLINE = frozenset(
    {
        "include",
        "include_relative",
        "link",
        "post_url",
        "assign",
        "increment",
        "decrement",
        "cycle",
        "render",
        "else",
        "elsif",
        "when",
        "break",
        "continue",
        "echo",
        "liquid",
        "seo",
        "feed_meta",
        "image",
        "youtube",
    }
)
HUGO_BLOCK = frozenset({"details", "center"})
#: ``comment`` prints nothing (Hugo 0.168's template only reads ``.Inner``; decision 0220)
HUGO_RAW = frozenset({"highlight", "comment"})
HUGO_INLINE = frozenset(
    {
        "figure",
        "gist",
        "youtube",
        "vimeo",
        "x",
        "twitter",
        "instagram",
        "param",
        "qr",
        "ref",
        "relref",
    }
)
_SYNTAX_LABEL = {"liquid": "Liquid", "shortcode": "shortcode", "tera": "shortcode"}


def tag_set(syntax: str) -> TagSet:
    if syntax == "liquid":
        return TagSet(LIQUID_BLOCK, LIQUID_RAW, LIQUID_INLINE)
    if syntax == "shortcode":
        return TagSet(HUGO_BLOCK, HUGO_RAW, HUGO_INLINE)
    return TagSet(frozenset(), frozenset(), frozenset())


def _label(syntax: str, name: str, args: str) -> str:
    kind = _SYNTAX_LABEL.get(syntax, "tag")
    return f"{kind}: {name}{(' ' + args) if args else ''}"


def block_open(token: Token) -> str:
    meta = token.meta
    name, args, syntax = str(meta["name"]), str(meta["args"]), str(meta["syntax"])
    if name == "raw":  # Liquid prints a raw block's text as it is, with no wrapper
        return ""
    if syntax == "shortcode" and name == "details":
        summary = next(
            (w.split("=", 1)[1] for w in split_args(args) if w.startswith("summary=")), "Details"
        )
        return f"<details><summary>{escape(summary.strip(chr(34)))}</summary>"
    return (
        f'<div class="pp-tag pp-tag-{escape(syntax)}"><div class="pp-tag-label">'
        f"{escape(_label(syntax, name, args))}</div>"
    )


def block_close(token: Token) -> str:
    if token.meta["name"] == "raw":
        return ""
    if token.meta["syntax"] == "shortcode" and token.meta["name"] == "details":
        return "</details>\n"
    return "</div>\n"


def raw_block(token: Token, env: dict[str, Any] | None = None) -> str:
    name, args, syntax = str(token.meta["name"]), str(token.meta["args"]), str(token.meta["syntax"])
    if name == "highlight":
        words = split_args(args)
        style = "rouge-tag" if syntax == "liquid" else "goldmark"
        if syntax == "liquid" and any(word.split("=")[0] == "linenos" for word in words[1:]):
            style = "rouge-tag-lines"  # Rouge's HTMLTable formatter (decision 0275)
        # Hugo's highlight shortcode: the site's markup.highlight, fences setting aside (0165)
        chroma = replace((env or {}).get("pp_chroma", CLASSES), code_fences=True)
        code = token.content
        if syntax == "liquid":  # Jekyll's tag drops leading and trailing line ends (highlight.rb)
            code = code.strip("\n\r")
        if syntax == "shortcode":  # its template: highlight (trim .InnerDeindent "\n\r") lang opts
            from postpad.core.render.chroma import attributes  # Chroma loads with its first block
            from postpad.core.render.chroma.html import hugo_code_block

            chroma = attributes.apply(chroma, attributes.parse_options(" ".join(words[1:])))
            return hugo_code_block(code.strip("\n\r"), words[0] if words else "", chroma)
        return code_block_html(code, words[0] if words else "", style=style, chroma=chroma)
    if name == "comment":  # Liquid and Hugo (its comment shortcode) drop the text
        return ""
    return (
        f'<div class="pp-tag pp-tag-{escape(syntax)} pp-tag-comment"><div class="pp-tag-label">'
        f"{escape(_label(syntax, name, args))}</div><pre>{escape(token.content)}</pre></div>\n"
    )


_NAMED = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")


def named_args(args: str) -> dict[str, str]:
    """Hugo's ``key="value"`` shortcode arguments."""
    return {m[1]: next(g for g in m.groups()[1:] if g is not None) for m in _NAMED.finditer(args)}


def hugo_figure(args: str, env: dict[str, Any]) -> str:
    """Hugo's embedded ``figure`` shortcode template."""
    named = named_args(args)
    resolve = env.get("pp_resolve_image")
    src = named.get("src", "")
    resolved = resolve(src) if callable(resolve) else src
    if resolved is None:
        image = remote_image_placeholder(src, named.get("alt", ""))
    else:
        attrs = [("src", resolved)] + [
            (key, named[key]) for key in ("alt", "width", "height", "loading") if key in named
        ]
        image = "<img" + "".join(f' {k}="{escape(v)}"' for k, v in attrs) + ">"
    if "link" in named:
        image = f'<a href="{escape(named["link"])}">{image}</a>'
    caption = ""
    if "title" in named:
        caption += f"<h4>{escape(named['title'])}</h4>"
    if "caption" in named or "attr" in named:
        caption += f"<p>{escape(named.get('caption', ''))}{escape(named.get('attr', ''))}</p>"
    css = f' class="{escape(named["class"])}"' if "class" in named else ""
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure{css}>{image}{figcaption}</figure>"


#: the meta key of a ``param`` Hugo stops at: (code, message), read by the block's warning scan
PARAM_WARNING = "pp_param_warning"


def render_inline(token: Token, env: dict[str, Any]) -> str:
    meta = token.meta
    syntax = str(meta["syntax"])
    groups: tuple[str, ...] = tuple(meta.get("groups") or ())
    if syntax == "shortcode" and len(groups) == 3 and groups[1] == "figure":
        return hugo_figure(str(groups[2]), env)
    if syntax == "shortcode" and len(groups) == 3 and groups[1] == "param":
        written = _hugo_param(str(groups[2]), env, token)
        if written is not None:
            token.meta["pp_text"] = unescape(written)  # the page text Hugo counts (0276)
            return written
    if syntax == "shortcode" and len(groups) == 3:
        embedded = _hugo_embedded(str(groups[1]), env)
        if embedded is not None:
            return embedded
    if meta["kind"] == "variable":
        return (
            f'<span class="pp-tag-inline pp-template-output" title="Liquid output">'
            f"{escape(token.content)}</span>"
        )
    return inline_placeholder(syntax, token.content)


def _hugo_param(args: str, env: dict[str, Any], token: Token) -> str | None:
    """The page's or the site's param (decision 0277); None (the placeholder) for one neither
    holds outside a site, whose params are unknown. A missing one's warning is kept on the
    token, read at the shortcode's own line as ``postpad check`` reports it (decision 0289)."""
    token.meta.pop(PARAM_WARNING, None)
    if "pp_hugo_page_params" not in env:
        return None
    from postpad.core.render.rules.hugo_param import render_param

    html, warning = render_param(args, env)
    if warning is not None:
        if env.get("pp_site_root") is None:
            return None
        token.meta[PARAM_WARNING] = warning
    return html


def _hugo_embedded(name: str, env: dict[str, Any]) -> str | None:
    """Nothing (and a warning) for a shortcode Hugo removed (decision 0165); None: the
    placeholder."""
    if name in hugo_embedded.REMOVED and not hugo_embedded.site_defines(name, env):
        if isinstance(env.get("pp_warn"), list):
            warning = hugo_embedded.removed_warning(name)
            env["pp_warn"].append((None, "hugo-removed-shortcode", warning))
        return ""
    return None


def inline_placeholder(syntax: str, source: str) -> str:
    """The preview's label for an inline tag it cannot run: the tag as written."""
    return (
        f'<span class="pp-tag-inline" title="{escape(_SYNTAX_LABEL.get(syntax, "tag"))}">'
        f"{escape(source)}</span>"
    )


#: Hugo 0.168's other embedded shortcodes (tpl/tplimpl/embedded/templates/_shortcodes)
_HUGO_EMBEDDED_ONLY = frozenset({"instagram_simple", "vimeo_simple", "x_simple"})


def _embedded(name: str) -> bool:
    tags = tag_set("shortcode")
    known = tags.block_markdown | tags.block_raw | tags.inline | _HUGO_EMBEDDED_ONLY
    return name in known or name in hugo_embedded.REMOVED


def _shortcode_warning(token: Token) -> tuple[str, str] | None:
    """A shortcode Hugo does not embed: Hugo stops the build unless the site or its theme has
    a template for it, which the render cannot see (the window and ``postpad check`` look;
    decision 0198)."""
    meta = token.meta
    name = str(meta["groups"][1] if token.type == "pp_tag_inline" else meta["name"])
    if name.startswith("/") or _embedded(name):
        return None
    return (
        "hugo-unknown-shortcode",
        f"unknown shortcode {name}: Hugo stops the build unless the site or its theme defines it",
    )


def warning_for(token: Token, syntax: str) -> tuple[str, str] | None:
    meta = token.meta
    if syntax == "shortcode":
        return _shortcode_warning(token)
    if syntax != "liquid":
        return None
    name = meta["groups"][0] if token.type == "pp_tag_inline" else meta["name"]
    if meta.get("kind") == "variable":
        return ("liquid-output", "Liquid replaces {{ … }}; an undefined name prints nothing")
    tags = tag_set(syntax)
    known = tags.block_markdown | tags.block_raw | tags.inline
    if name not in known and not str(name).startswith("end"):
        return ("liquid-unknown-tag", f"unknown Liquid tag {{% {name} %}}: the build fails")
    return None


def install_renderers(md: MarkdownIt, syntax: str, theme: str | None) -> None:
    def open_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return block_open(tokens[idx])

    def close_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return block_close(tokens[idx])

    def raw_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return raw_block(tokens[idx], env)

    def inline_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return render_inline(tokens[idx], env)

    def section_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return ""

    md.add_render_rule("pp_tag_open", open_rule)
    md.add_render_rule("pp_tag_close", close_rule)
    md.add_render_rule("pp_tag_raw", raw_rule)
    md.add_render_rule("pp_tag_inline", inline_rule)
    md.add_render_rule("pp_section_open", section_rule)
    md.add_render_rule("pp_section_close", section_rule)
