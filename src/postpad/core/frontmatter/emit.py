"""Write YAML values conservatively: every engine must read back exactly what was meant.

The quoting rule is decision 0008: a plain scalar only when js-yaml 4,
go-yaml, Psych, PyYAML and serde_yaml all read it back as the same string; otherwise single quotes
(``'`` doubled); double quotes only for control characters and line breaks. Booleans are bare
``true``/``false``, ``None`` is an empty value (never ``null``), and tabs are never written
outside double quotes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Literal

from postpad.core.frontmatter.dates import WrittenDate, default_date_text, looks_like_date

QuoteStyle = Literal["plain", "single", "double"]

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_RESERVED = re.compile(r"^(?:true|false|yes|no|on|off|y|n|null|~|=|<<)$", re.IGNORECASE)
_NUMBER = re.compile(
    r"""^[-+]?(?:
        [0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?   # int, float, 1:30, 1_000
      | \.[0-9_]+(?:[eE][-+]?[0-9]+)?                                   # .5
      | 0[bB][01_]+ | 0[oO][0-7_]+ | 0[xX][0-9a-fA-F_]+                  # other bases
      | \.(?:inf|nan)                                                    # .inf .nan
    )$""",
    re.X | re.IGNORECASE,
)
_DATE_PREFIX = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")
# YAML allows these printable characters in plain and single-quoted scalars; others need escapes.
_NON_PRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_DOUBLE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_FLOW_INDICATORS = set(",[]{}:")


def needs_quotes(text: str, *, in_flow: bool = False) -> bool:
    """True when ``text`` may not be written as a plain scalar (decision 0008)."""
    if not text or text != text.strip(" \t\u3000\n\r") or text[0] in _INDICATORS:
        return True
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return True
    if _NON_PRINTABLE.search(text) or _RESERVED.match(text) or _NUMBER.match(text):
        return True
    if _DATE_PREFIX.match(text) or text.startswith(("---", "...")):
        return True
    return in_flow and any(char in _FLOW_INDICATORS for char in text)


def single_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def double_quoted(text: str) -> str:
    out = []
    for char in text:
        if char in _DOUBLE_ESCAPES:
            out.append(_DOUBLE_ESCAPES[char])
        elif _NON_PRINTABLE.match(char):
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def emit_string(text: str, *, style: QuoteStyle | None = None, in_flow: bool = False) -> str:
    """``text`` as a YAML scalar. ``style`` is the quoting the key used before, kept when it
    still reads back correctly (a single-quoted scalar cannot hold control characters)."""
    if _NON_PRINTABLE.search(text) or "\t" in text:
        return double_quoted(text)
    if style == "double":
        return double_quoted(text)
    if style == "single" or needs_quotes(text, in_flow=in_flow):
        return single_quoted(text)
    return text


def emit_scalar(
    value: object,
    *,
    style: QuoteStyle | None = None,
    in_flow: bool = False,
    engine: str | None = None,
) -> str:
    """One scalar value as YAML text ('' for None: an empty value, never ``null``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, WrittenDate):
        if looks_like_date(value) and style in (None, "plain"):
            return str(value)
        return emit_string(str(value), style=style, in_flow=in_flow)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return emit_float(value)
    if isinstance(value, dt.date):
        return default_date_text(value, engine)
    if isinstance(value, str):
        return emit_string(value, style=style, in_flow=in_flow)
    raise TypeError(f"cannot write a {type(value).__name__} as a YAML scalar")


def emit_float(value: float) -> str:
    """A float both YAML 1.1 and 1.2 readers take as a float (PyYAML needs a dot and a sign)."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        sign = "-" if exponent.startswith("-") else "+"
        return f"{mantissa}e{sign}{exponent.lstrip('+-')}"
    return text if "." in text else text + ".0"


def is_scalar(value: object) -> bool:
    return value is None or isinstance(value, str | bool | int | float | dt.date)


def emit_flow(value: object, *, style: QuoteStyle | None = None, engine: str | None = None) -> str:
    """``value`` in flow style: ``[a, 'b c']``, ``{k: v}`` or a scalar."""
    if isinstance(value, Mapping):
        items = ", ".join(
            f"{emit_string(str(key), in_flow=True)}: {_flow_item(item, style, engine)}"
            for key, item in value.items()
        )
        return "{" + items + "}"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + ", ".join(_flow_item(item, style, engine) for item in value) + "]"
    return emit_scalar(value, style=style, engine=engine)


def _flow_item(value: object, style: QuoteStyle | None, engine: str | None) -> str:
    if value is None:
        return "null"  # an empty item is not possible inside a flow collection
    if is_scalar(value):
        return emit_scalar(value, style=style, in_flow=True, engine=engine)
    return emit_flow(value, style=style, engine=engine)


def emit_block(
    key: str,
    value: object,
    *,
    list_indent: str = "  ",
    style: QuoteStyle | None = None,
    flow_lists: bool = False,
    engine: str | None = None,
    written_key: str | None = None,
) -> list[str]:
    """The lines (without "\\n") for ``key: value`` at the top level of a mapping.

    ``written_key`` is the key exactly as the file wrote it, kept when a value is replaced."""
    key_text = written_key or emit_string(key)
    if is_scalar(value):
        scalar = emit_scalar(value, style=style, engine=engine)
        return [f"{key_text}: {scalar}" if scalar else f"{key_text}:"]
    if isinstance(value, Mapping):
        if not value:
            return [f"{key_text}: {{}}"]
        lines = [f"{key_text}:"]
        for sub_key, item in value.items():
            lines.extend("  " + line for line in emit_block(str(sub_key), item, engine=engine))
        return lines
    if isinstance(value, Sequence):
        if flow_lists or not value:
            return [f"{key_text}: {emit_flow(list(value), style=style, engine=engine)}"]
        lines = [f"{key_text}:"]
        lines.extend(f"{list_indent}- {_block_item(item, style, engine)}" for item in value)
        return lines
    raise TypeError(f"cannot write a {type(value).__name__} as front matter")


def _block_item(value: object, style: QuoteStyle | None, engine: str | None) -> str:
    if value is None:
        return "null"  # "- " alone is also null, but reads as a mistake
    if is_scalar(value):
        return emit_scalar(value, style=style, engine=engine)
    return emit_flow(value, style=style, engine=engine)  # nested lists: Hexo's "- [A, B]"
