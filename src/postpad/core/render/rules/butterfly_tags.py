"""Butterfly's tags in the preview, drawn close to what the theme shows (``scripts/tag/*.js``).

Which names exist and their parameters' choices come from :mod:`postpad.core.tags.butterfly`,
the data the Insert › Butterfly forms use too (decision 0130). Tabs show every pane (the preview
runs no scripts) and hide tags use ``<details>``. Each function returns ``None`` for a tag that
is not Butterfly's, so :mod:`.hexo_tags` draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from markdown_it.token import Token

from postpad.core.render.rules.mermaid import diagram_html
from postpad.core.render.rules.tag_args import comma_args, split_args
from postpad.core.tags import butterfly

BLOCK = butterfly.names("markdown")
RAW = butterfly.names("raw")
INLINE = butterfly.names(None)
_NOTE_STYLES = frozenset(butterfly.NOTE_STYLES)


def _note_open(args: list[str], style: str = "flat") -> str:
    """``scripts/tag/note.js``: the theme's style unless the last word is one; a ``fa…`` word
    second to last becomes the icon and ``icon-padding`` takes its place among the classes."""
    words = list(args)
    if not words or words[-1] not in _NOTE_STYLES:
        words.append(style)  # the theme's `note.style`, `flat` by default
    icon_html = ""
    if len(words) >= 2 and words[-2].startswith("fa"):
        icon_html = f'<i class="note-icon {escape(words[-2])}"></i>'
        words[-2] = "icon-padding"
    return f'<div class="note {escape(" ".join(words))}">{icon_html}'


def _tab_active(args: str) -> int:
    """``scripts/tag/tabs.js``: ``Number(args[1]) || 0``; 0 makes the first tab active."""
    parts = comma_args(args)
    try:
        return int(float(parts[1])) if len(parts) > 1 and parts[1] else 0
    except ValueError:
        return 0


def _is_active(number: int, active: int) -> bool:
    return (active > 0 and active == number) or (active == 0 and number == 1)


def _tab_caption(title: str, tabs_args: str, number: int) -> tuple[str, str]:
    """(caption, icon) of a pane as tabs.js writes them: ``caption@icon``, else ``name N``."""
    caption, _, icon = title.partition("@")
    icon = icon.split("@")[0]
    if not (caption or icon):
        caption = f"{comma_args(tabs_args)[0] or 'tab'} {number}"
    return caption.strip(), icon.strip()


def _tabs_open(tokens: Sequence[Token], idx: int, args: str) -> str:
    """Butterfly 5.7's tabs (``scripts/tag/tabs.js``): a button a pane, every pane drawn."""
    active, titles = _tab_active(args), _section_titles(tokens, idx)
    nav = ""
    for number, title in enumerate(titles, start=1):
        caption, icon = _tab_caption(title, args, number)
        icon_html = f'<i class="{escape(icon)}"></i>' if icon else ""
        css = "tab active" if _is_active(number, active) else "tab"
        nav += f'<button type="button" class="{css}">{icon_html}{escape(caption)}</button>'
    chosen = any(_is_active(n, active) for n in range(1, len(titles) + 1))
    no_default = "" if chosen else " no-default"
    return (
        f'<div class="tabs"><div class="nav-tabs{no_default}">{nav}</div><div class="tab-contents">'
    )


def _section_titles(tokens: Sequence[Token], idx: int) -> list[str]:
    level = tokens[idx].level + 1
    titles: list[str] = []
    for token in tokens[idx + 1 :]:
        if token.type == "pp_tag_close" and token.level == tokens[idx].level:
            break
        if token.type == "pp_section_open" and token.level == level:
            titles.append(str(token.meta.get("title", "")))
    return titles


def _pane(tokens: Sequence[Token], idx: int) -> tuple[int, str]:
    """(number, tabs tag arguments) of the tab pane opened at ``idx``."""
    level, number = tokens[idx].level, 1
    for token in reversed(tokens[:idx]):
        if token.type == "pp_section_open" and token.level == level:
            number += 1
        elif token.type == "pp_tag_open" and token.level == level - 1:
            return number, str(token.meta.get("args", ""))
    return number, ""


def _timeline_open(args: str) -> str:
    parts = comma_args(args)
    color = escape(parts[1]) if len(parts) > 1 else ""
    headline = (
        f'<div class="timeline-item headline"><div class="timeline-item-title">'
        f'<div class="item-circle"><p>{escape(parts[0])}</p></div></div></div>'
        if parts and parts[0]
        else ""
    )
    return f'<div class="timeline {color}">{headline}'


def _hide_style(bg: str, color: str) -> str:
    """``scripts/tag/hide.js`` ``generateStyle``: always a ``style`` attribute, maybe empty."""
    style = (f"background-color: {bg};" if bg else "") + (f"color: {color}" if color else "")
    return f'style="{escape(style)}"'


def block_open(tokens: Sequence[Token], idx: int) -> str | None:
    meta = tokens[idx].meta
    name, args = str(meta["name"]), str(meta["args"])
    if name in ("note", "subnote"):
        return _note_open(split_args(args))
    if name.endswith("tabs"):
        return _tabs_open(tokens, idx, args)
    if name == "hideToggle":
        title, bg, color = [*comma_args(args), "", "", ""][:3]
        border = f' style="border: 1px solid {escape(bg)}"' if bg else ""
        return (
            f'<details class="toggle"{border}><summary class="toggle-button" '
            f"{_hide_style(bg, color)}>{escape(title or 'Show')}</summary>"
            f'<div class="toggle-content">'
        )
    if name == "hideBlock":
        label, bg, color = [*comma_args(args), "", "", ""][:3]
        return (
            f'<details class="hide-block"><summary class="hide-button" {_hide_style(bg, color)}>'
            f'{escape(label or "Click")}</summary><div class="hide-content">'
        )
    if name == "timeline":
        return _timeline_open(args)
    if name == "gallery":
        return '<div class="gallery-container"><div class="gallery-items">'
    return None


_TAB_TO_TOP = (
    '<div class="tab-to-top"><button type="button" aria-label="scroll to top">'
    '<i class="fas fa-arrow-up"></i></button></div>'
)


def block_close(name: str) -> str | None:
    if name.endswith("tabs"):
        return f"</div>{_TAB_TO_TOP}</div>\n"
    if name in ("hideToggle", "hideBlock"):
        return "</div></details>\n"
    if name == "gallery":
        return "</div></div>\n"
    return None


def section_open(tokens: Sequence[Token], idx: int) -> str:
    """A tab pane or a timeline item (``<!-- tab … -->``, ``<!-- timeline … -->``)."""
    meta = tokens[idx].meta
    title = escape(str(meta.get("title", "")).split("@")[0].strip())
    if meta.get("kind") == "timeline":
        return (
            f'<div class="timeline-item"><div class="timeline-item-title"><div class="item-circle">'
            f'<p>{title}</p></div></div><div class="timeline-item-content">'
        )
    number, args = _pane(tokens, idx)
    caption, _icon = _tab_caption(str(meta.get("title", "")), args, number)
    active = " active" if _is_active(number, _tab_active(args)) else ""
    # the pane's title: the preview shows every pane (no script switches them)
    return (
        f'<div class="tab-item-content{active}"><div class="pp-tab-title">{escape(caption)}</div>'
    )


def section_close(tokens: Sequence[Token], idx: int) -> str:
    if tokens[idx].meta.get("kind") == "timeline":
        return "</div></div>"
    return "</div>"


def raw_block(name: str, content: str) -> str | None:
    if name == "mermaid":
        return diagram_html(content)  # the same block as a ```mermaid fence (decision 0134)
    return None


def inline_tag(
    name: str,
    args: str,
    safe_href: Callable[[str], str],
    image_src: Callable[[str], str] = str,
    site_url: Callable[[str], str] = str,
) -> str | None:
    """btn, label, hideInline, galleryGroup (inlineImg is drawn with Hexo's asset_img);
    ``safe_href(url)`` is the preview's link filter, ``image_src`` finds an image for the
    preview and ``site_url`` is hexo-util's ``url_for`` with the site's root."""
    if name == "btn":
        parts = [*comma_args(args), "", "", "", ""]
        url, text, icon, option = parts[:4]
        icon_html = f'<i class="{escape(icon)}"></i>' if icon else ""
        return (
            f'<a class="btn-beautify {escape(option)}" href="{safe_href(url)}" '
            f'title="{escape(text)}">{icon_html}<span>{escape(text)}</span></a>'
        )
    if name == "label":  # scripts/tag/label.js: the first word, then the class
        words = [*split_args(args), "", ""]
        return f'<mark class="hl-label {escape(words[1] or "default")}">{escape(words[0])}</mark>'
    if name == "hideInline":  # shown open: the preview runs no scripts to reveal it
        content, label, bg, color = [*comma_args(args), "", "", "", ""][:4]
        return (
            f'<span class="hide-inline"><button type="button" class="hide-button" '
            f"{_hide_style(bg, color)}>{escape(label or 'Click')}</button>"
            f'<span class="hide-content">{escape(content)}</span></span>'
        )
    if name == "galleryGroup":  # scripts/tag/gallery.js: name, description, link, image
        title, descr, url, img = [*split_args(args), "", "", "", ""][:4]
        return (
            f'<figure class="gallery-group"><img class="gallery-group-img no-lightbox" '
            f'src="{escape(image_src(site_url(img)))}" alt="Group Image Gallery"><figcaption>'
            f'<div class="gallery-group-name">{escape(title)}</div><p>{escape(descr)}</p>'
            f'<a href="{safe_href(site_url(url))}"></a></figcaption></figure>'
        )
    return None
