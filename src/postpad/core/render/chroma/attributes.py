"""Hugo's code fence attributes: ```` ```go {linenos=table,hl_lines=[2,"4-5"],.wide} ````.

Goldmark's attribute syntax after the language (``markup/goldmark/codeblocks``): ``.class``,
``#id`` and ``name=value`` (a quoted string, a number, ``true``/``false``, a bare word or a
``[…]`` list), separated by spaces or commas. Hugo takes its highlight options from them
(``lineNos``, ``lineNoStart``, ``hl_Lines``, ``style``, ``noClasses``, ``tabWidth``,
``guessSyntax``, ``lineNumbersInTable``) and writes the others on the wrapping ``<div>``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from postpad.core.render.chroma.settings import HugoHighlight

_TOKEN = re.compile(
    r"""\s*,?\s*(?:(?P<cls>\.[\w-]+)|(?P<id>\#[\w-]+)|(?P<name>[\w-]+)\s*=\s*"""
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|\[(?P<list>[^\]]*)\]|(?P<bare>[^\s,}]+)))"""
)
_LIST_ITEM = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([^,\s]+))\s*,?""")
Value = str | float | bool | list[str | float]


def split_info(info: str) -> tuple[str, str]:
    """The language (Goldmark's first word, cut at ``{``) and the ``{…}`` attribute text."""
    word = info.split(maxsplit=1)[0] if info.strip() else ""
    language = word.split("{", 1)[0]
    start, end = info.find("{"), info.find("}")
    return language, info[start + 1 : end] if 0 <= start < end else ""


def parse(text: str) -> list[tuple[str, Value]]:
    """The attributes in their order (``.a .b`` gives one ``class``)."""
    found: list[tuple[str, Value]] = []
    classes: list[str] = []
    for match in _TOKEN.finditer(text):
        if match["cls"]:
            classes.append(match["cls"][1:])
        elif match["id"]:
            found.append(("id", match["id"][1:]))
        elif match["name"]:
            found.append((match["name"], _value(match)))
    if classes:
        found.insert(0, ("class", " ".join(classes)))
    return found


def parse_options(text: str) -> list[tuple[str, Value]]:
    """The ``{{< highlight go "linenos=table,hl_lines=2 4" >}}`` option string (Hugo's
    ``parseHighlightOptions``: ``key=value`` pairs split at commas)."""
    pairs = [part.split("=") for part in text.strip().strip('"').split(",")]
    return [(pair[0].strip(), pair[1]) for pair in pairs if len(pair) == 2]


def _value(match: re.Match[str]) -> Value:
    if match["list"] is not None:
        return [_scalar(a or b or c, quoted=bool(a or b)) for a, b, c in _items(match["list"])]
    if match["dq"] is not None or match["sq"] is not None:
        return match["dq"] if match["dq"] is not None else match["sq"]
    return _scalar(match["bare"], quoted=False)


def _items(text: str) -> list[tuple[str, str, str]]:
    return [m.groups("") for m in _LIST_ITEM.finditer(text) if any(m.groups())]  # type: ignore[misc]


def _scalar(text: str, quoted: bool) -> str | float:
    if not quoted:
        try:
            return float(text)
        except ValueError:
            pass
    return text


_OPTIONS = {
    "linenos",
    "linenostart",
    "hl_lines",
    "style",
    "noclasses",
    "tabwidth",
    "guesssyntax",
    "linenumbersintable",
}


def apply(settings: HugoHighlight, attrs: list[tuple[str, Value]]) -> HugoHighlight:
    """The settings with the fence's highlight options (Hugo's ``applyOptionsFromMap``)."""
    options = {name.lower(): value for name, value in attrs if name.lower() in _OPTIONS}
    changes: dict[str, object] = {}
    line_nos = options.get("linenos")
    if line_nos in ("table", "inline"):
        changes.update(line_nos=True, line_numbers_in_table=line_nos == "table")
    elif line_nos is not None:
        changes["line_nos"] = line_nos not in ("false", False, 0.0)
    for key, field in (("linenostart", "line_no_start"), ("tabwidth", "tab_width")):
        if isinstance(options.get(key), (int, float, str)):
            changes[field] = _int(options[key], getattr(settings, field))
    for key, field in (("noclasses", "no_classes"), ("guesssyntax", "guess_syntax")):
        if key in options:
            changes[field] = options[key] in (True, "true")
    if isinstance(options.get("style"), str):
        changes["style"] = options["style"]
    start = int(changes.get("line_no_start", settings.line_no_start))  # type: ignore[call-overload]
    if "hl_lines" in options:
        changes["hl_lines"] = _ranges(options["hl_lines"], start)
    return replace(settings, **changes)  # type: ignore[arg-type]


def _int(value: object, default: int) -> int:
    try:
        return int(float(str(value)))
    except ValueError:
        return default


def _ranges(value: Value, start: int) -> tuple[tuple[int, int], ...]:
    """Absolute line numbers (Hugo counts ``hl_lines`` from the block's first line)."""
    items = value if isinstance(value, list) else str(value).split()
    ranges = []
    for item in items:
        first, _, last = str(item).partition("-")
        try:
            low = int(float(first))
            high = int(float(last)) if last else low
        except ValueError:
            continue
        ranges.append((low + start - 1, high + start - 1))
    return tuple(sorted(ranges))


def div_attributes(attrs: list[tuple[str, Value]]) -> str:
    """The attributes Hugo writes on ``<div class="highlight …">`` after the class."""
    return "".join(
        f' {name.lower()}="{value}"'
        for name, value in attrs
        if name.lower() not in _OPTIONS and name != "class" and not name.lower().startswith("on")
    )
