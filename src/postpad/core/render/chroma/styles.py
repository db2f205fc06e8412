"""Chroma's styles (``styles/*.xml``) as the inline CSS Hugo writes with ``noClasses = true``.

Follows Chroma 2.27's ``style.go`` (an entry inherits from its sub-category, category, ``Text``
and ``Background``; line numbers get a synthesised colour) and the HTML formatter's
``styleToCSS``/``compressStyle`` (what equals the background is left out; ``color: #ffffff``
becomes ``color:#fff``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from postpad.core.assets import asset, asset_text
from postpad.core.render.chroma.types import CLASSES, CODES, category, sub_category

_ANSI = dict(
    pair.split("=")
    for pair in str.split(
        "black=000000 darkred=7f0000 darkgreen=007f00 brown=7f7fe0 darkblue=00007f"
        " purple=7f007f teal=007f7f lightgray=e5e5e5 darkgray=555555 red=ff0000 green=00ff00"
        " yellow=ffff00 blue=0000ff fuchsia=ff00ff turquoise=00ffff white=ffffff"
    )
)


@dataclass(frozen=True)
class Entry:
    colour: int = 0  # Chroma's Colour: RGB + 1, 0 = unset
    background: int = 0
    border: int = 0
    bold: str = ""  # "" pass, "yes", "no"
    italic: str = ""
    underline: str = ""
    no_inherit: bool = False

    def is_zero(self) -> bool:
        return self == Entry()


def _colour(text: str) -> int:
    text = text.lower()
    if text.startswith("#ansi"):
        text = "#" + text[5:]
    hex_digits = _ANSI.get(text[1:], text[1:])
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    try:
        return int(hex_digits, 16) + 1
    except ValueError:
        return 0


def parse_entry(text: str) -> Entry:
    values: dict[str, object] = {}
    for part in text.split():
        if part in ("bold", "italic", "underline"):
            values[part] = "yes"
        elif part in ("nobold", "noitalic", "nounderline"):
            values[part[2:]] = "no"
        elif part == "noinherit":
            values["no_inherit"] = True
        elif part.startswith("bg:"):
            values["background"] = _colour(part[3:]) if len(part) > 3 else 0
        elif part.startswith("border:"):
            values["border"] = _colour(part[7:])
        elif part.startswith("#"):
            values["colour"] = _colour(part)
    return Entry(**values)  # type: ignore[arg-type]


def _inherit(entry: Entry, *ancestors: Entry) -> Entry:
    out = entry
    for ancestor in reversed(ancestors):
        if out.no_inherit:
            return out
        out = replace(
            out,
            colour=out.colour or ancestor.colour,
            background=out.background or ancestor.background,
            border=out.border or ancestor.border,
            bold=out.bold or ancestor.bold,
            italic=out.italic or ancestor.italic,
            underline=out.underline or ancestor.underline,
        )
    return out


class Style:
    def __init__(self, entries: dict[int, Entry]) -> None:
        self.entries = entries

    def raw(self, code: int) -> Entry:
        found = self.entries.get(code, Entry())
        if found.is_zero() and code in (CODES["LineNumbers"], CODES["LineNumbersTable"]):
            return Entry(colour=_brighten_or_darken(self.raw(CODES["Background"]).colour, 0.5))
        if found.is_zero() and code == CODES["LineHighlight"]:
            bg = self.raw(CODES["Background"]).background
            return Entry(background=_brighten_or_darken(bg, 0.1))
        return found

    def get(self, code: int) -> Entry:
        return _inherit(
            self.raw(code),
            self.raw(CODES["Background"]),
            self.raw(CODES["Text"]),
            self.raw(category(code)),
            self.raw(sub_category(code)),
        )


def _rgb(colour: int) -> tuple[int, int, int]:
    value = (colour - 1) & 0xFFFFFF if colour else 0xFFFFFF  # Go: (0 - 1) >> n & 0xff
    return value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF


def _brighten_or_darken(colour: int, factor: float) -> int:
    r, g, b = _rgb(colour)
    if (r + g + b) / 255 / 3 >= 0.5:
        factor = -factor
    if factor < 0:
        channels = [int(c * (factor + 1)) for c in (r, g, b)]
    else:
        channels = [int((255 - c) * factor + c) for c in (r, g, b)]
    return (channels[0] << 16 | channels[1] << 8 | channels[2]) + 1


@lru_cache(maxsize=16)
def load_style(name: str) -> Style:
    """A bundled style by name (any case); Chroma's fallback ``swapoff`` when unknown."""
    names = {
        node.name[:-4].lower(): node.name
        for node in asset("chroma/styles").iterdir()
        if node.name.endswith(".xml")
    }
    from xml.etree.ElementTree import fromstring  # on the first inline-styled block

    root = fromstring(asset_text(f"chroma/styles/{names.get(name.lower(), 'swapoff.xml')}"))
    entries = {
        CODES[e.get("type", "")]: parse_entry(e.get("style", ""))
        for e in root.iter("entry")
        if e.get("type") in CODES
    }
    return Style(entries)


def _sub(entry: Entry, bg: Entry) -> Entry:
    """Chroma's ``StyleEntry.Sub``: what differs from the background."""
    return Entry(
        colour=entry.colour if entry.colour != bg.colour else 0,
        background=entry.background if entry.background != bg.background else 0,
        border=entry.border if entry.border != bg.border else 0,
        bold=entry.bold if entry.bold != bg.bold else "",
        italic=entry.italic if entry.italic != bg.italic else "",
        underline=entry.underline if entry.underline != bg.underline else "",
    )


def entry_css(entry: Entry) -> str:
    styles = []
    if entry.colour:
        styles.append(f"color: #{entry.colour - 1:06x}")
    if entry.background:
        styles.append(f"background-color: #{entry.background - 1:06x}")
    if entry.bold == "yes":
        styles.append("font-weight: bold")
    if entry.italic == "yes":
        styles.append("font-style: italic")
    if entry.underline == "yes":
        styles.append("text-decoration: underline")
    return "; ".join(styles)


def _compress(css: str) -> str:
    out = []
    for part in css.split(";"):
        part = " ".join(part.split()).replace(": ", ":", 1)
        if "#" in part:
            c = part[-6:]
            if c[0] == c[1] and c[2] == c[3] and c[4] == c[5]:
                part = part[:-6] + c[0] + c[2] + c[4]
        out.append(part)
    return ";".join(out)


_LINE_NUMBERS = (
    "white-space: pre; -webkit-user-select: none; user-select: none; margin-right: 0.4em;"
    " padding: 0 0.4em 0 0.4em;"
)


@lru_cache(maxsize=16)
def inline_css(name: str, tab_width: int = 4, grid: bool = False) -> dict[int, str]:
    """Chroma's ``styleToCSS`` for inline styles: token type code -> compressed CSS."""
    style = load_style(name)
    bg = style.get(CODES["Background"])
    css: dict[int, str] = {}
    for type_name in CLASSES:
        code = CODES[type_name]
        entry = style.get(code) if code == CODES["Background"] else _sub(style.get(code), bg)
        if not entry.is_zero():
            css[code] = entry_css(entry)
    tabs = f"-moz-tab-size: {tab_width}; -o-tab-size: {tab_width}; tab-size: {tab_width};"
    background = css.get(CODES["Background"], "") + ";" + (tabs if tab_width not in (0, 8) else "")
    css[CODES["Background"]] = background
    pre = css.get(CODES["PreWrapper"], "") + background + " -webkit-text-size-adjust: none;"
    pre += "display: grid;" if grid else ""  # highlighted lines span the whole width
    css[CODES["PreWrapper"]] = pre
    css[CODES["Line"]] = "display: flex;" + css.get(CODES["Line"], "")
    for kind in ("LineNumbers", "LineNumbersTable"):
        css[CODES[kind]] = _LINE_NUMBERS + css.get(CODES[kind], "")
    css[CODES["LineTable"]] = "border-spacing: 0; padding: 0; margin: 0; border: 0;" + css.get(
        CODES["LineTable"], ""
    )
    css[CODES["LineTableTD"]] = "vertical-align: top; padding: 0; margin: 0; border: 0;" + css.get(
        CODES["LineTableTD"], ""
    )
    return {code: _compress(value) for code, value in css.items()}


def inline_style(css: dict[int, str], code: int) -> str:
    """The formatter's ``styleAttr`` in inline mode: the type's CSS, else its sub-category's,
    else its category's; ``""`` writes no span."""
    for candidate in (code, sub_category(code), category(code)):
        if candidate in css:
            return css[candidate]
    return ""
