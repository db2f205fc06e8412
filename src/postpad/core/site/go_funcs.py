"""Hugo's template functions that archetypes use, as Hugo 0.168 computes them (decision 0283).

``title`` follows ``titleCaseStyle`` (jdkato/prose's AP style by default: small words lower
case unless first or last), ``humanize`` is gobuffalo/flect's (first word capitalised, the rest
lower case), ``urlize`` is ``paths.Sanitize`` lower-cased and URL-escaped, ``dateFormat`` and
``now.Format`` write Go time layouts (``2006-01-02 15:04:05 -0700 MST``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import quote

from postpad.core.site.go_template import Missing, truth

_SMALL = frozenset(("a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in",
                    "nor", "of", "on", "or", "per", "the", "to", "vs", "vs.", "via", "v",
                    "v."))  # fmt: skip
_PREPOSITIONS = frozenset((
    "with", "from", "into", "during", "including", "until", "against", "among", "throughout",
    "despite", "towards", "upon", "concerning", "about", "over", "through", "before", "between",
    "after", "since", "without", "under", "within", "along", "following", "across", "beyond",
    "around", "down", "near", "above",
))  # fmt: skip
_WORD = re.compile(r"[^\W_]+[^\s\-/]*")
_ASCII = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"}
)


def text(value: object) -> str:
    """spf13/cast's ``ToStringE`` for the values an archetype passes."""
    if isinstance(value, Missing) or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(type(value).__name__)


def _upper_first(word: str) -> str:
    first = word[:1].upper()
    return (first if len(first) == 1 else word[:1]) + word[1:]


def _prose_title(value: str, small: frozenset[str]) -> str:
    """jdkato/prose ``TitleConverter.Title``: byte positions are read in the sanitised text."""
    sanitized = value.translate(_ASCII)
    end, index = len(sanitized), 0

    def at(position: int) -> str:
        inside = 0 <= position < len(sanitized)
        return sanitized[position] if inside else sanitized[:1]

    def convert(match: re.Match[str]) -> str:
        nonlocal index
        word = match.group(0)
        position = sanitized.find(word, index)
        position = index if position < 0 else position
        index = position + len(word)
        bounding = position == 0 or index == end
        if (
            not bounding and word.lower() in small and at(position - 1) in " -/"
            and at(position - 2) not in ":-"
            and (at(index) != "-" or at(position - 1) == "-")
        ):  # fmt: skip
            return word.lower()
        return _upper_first(word)

    return _WORD.sub(convert, value)


def _go_title(value: str) -> str:
    """Go's deprecated ``strings.Title``: each letter after a separator upper-cased."""
    out, previous = [], " "
    for char in value:
        separator = not (previous.isalnum() or previous == "_")
        out.append(char.upper() if separator else char)
        previous = char
    return "".join(out)


def title_func(style: str) -> Callable[[object], str]:
    """``title`` for the site's ``titleCaseStyle`` (AP unless another is named)."""
    choice = style.lower()
    if choice == "go":
        return lambda value: _go_title(text(value))
    if choice == "none":
        return text
    if choice == "firstupper":
        return lambda value: _upper_first(text(value))
    small = _SMALL | _PREPOSITIONS if choice == "chicago" else _SMALL
    return lambda value: _prose_title(text(value), small)


#: gobuffalo/flect's ``baseAcronyms``, which ``humanize`` writes in capitals
_ACRONYMS = frozenset(
    re.findall(
        r"\S+",
        "OK UTF8 HTML JSON JWT ID UUID SQL ACK ACL ADSL AES ANSI API ARP ATM BGP BSS CCITT "
        "CHAP CIDR CIR CLI CPE CPU CRC CRT CSMA CMOS DCE DEC DES DHCP DNS DRAM DSL DSLAM DTE "
        "DMI EHA EIA EIGRP EOF ESS FCC FCS FDDI FTP GBIC GEPOF HDLC HTTP HTTPS IANA ICMP IDF "
        "IDS IEEE IETF IMAP IP IPS ISDN ISP LACP LAN LAPB LAPF LLC MAC MC MDF MIB MPLS MTU "
        "NAC NAT NBMA NIC NRZ NRZI NVRAM OIDC OSI OSPF OUI PAP PAT PC PIM PCM PDU POP3 POTS "
        "PPP PPTP PTT PVST RAM RARP RFC RIP RLL ROM RSTP RTP RCP SDLC SFD SFP SLARP SLIP SMTP "
        "SNA SNAP SNMP SOF SRAM SSH SSID STP SYN TDM TFTP TIA TOFU UDP URL URI USB UTP VC "
        "VLAN VLSM VPN W3C WAN WEP WPA WWW",
    )
)
_FLECT_SPACES = "_ :-/"


def _flect_append(parts: list[str], word: str) -> None:
    word = word.strip()
    for char in _FLECT_SPACES:
        word = word.strip(char)
    if word.upper() in _ACRONYMS:
        word = word.upper()
    if word:
        parts.append(word)


def _flect_parts(value: str) -> list[str]:
    """flect's ``toParts``: words split at spaces, ``_ : - /`` and lower-to-upper changes."""
    value = value.strip()
    if value.upper() in _ACRONYMS:
        return [value.upper()] if value else []
    parts: list[str] = []
    word, previous = "", ""
    for char in value:
        if char in _FLECT_SPACES or char.isspace() or (char.isupper() and not previous.isupper()):
            _flect_append(parts, word)
            word = char
        elif char.isalnum() or unicodedata.category(char).startswith("P") or char == "`":
            word += char
        else:
            _flect_append(parts, word)
            word = ""
        previous = char
    _flect_append(parts, word)
    return parts


def _flect_humanize(value: str) -> str:
    parts = _flect_parts(value)
    if not value.strip():
        return value
    if not parts:  # ": ": flect indexes an empty list and Hugo stops
        raise ValueError(value)
    joined: list[str] = []
    for word in [_upper_first(parts[0]), *parts[1:]]:
        _flect_append(joined, word)
    return " ".join(joined)


def humanize(value: object) -> str:
    """Hugo's ``humanize``: flect's ``Humanize`` of the lower-cased ``Humanize`` (``myFirstPost``
    and ``my_first-post`` give ``My first post``; ``API`` stays in capitals); an integer gets
    its ordinal (``1st``)."""
    word = text(value)
    if not word:
        return ""
    if re.fullmatch(r"[+-]?\d+", word):
        number = abs(int(word))
        suffix = "th" if 10 < number % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
        return f"{word}{suffix or 'th'}"
    return _flect_humanize(_flect_humanize(word).lower())


def _allowed(value: str, index: int, char: str) -> bool:
    if char == " ":
        return False
    if char.isalnum() or char in "./\\_#+~-@" or unicodedata.category(char).startswith("M"):
        return True
    return char == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", value[index + 1 : index + 3]) is not None


def urlize(value: object) -> str:
    """``paths.Sanitize`` (spaces to one hyphen, other disallowed characters dropped), lower
    case, then escaped as Go's ``url.URL.String`` writes a path."""
    source = text(value)
    out: list[str] = []
    prepend = was_hyphen = False
    for index, char in enumerate(source):
        if _allowed(source, index, char):
            was_hyphen = char == "-"
            if prepend and not was_hyphen:
                out.append("-")
            prepend = False
            out.append(char)
        elif out and not was_hyphen and char.isspace():
            prepend = True
    return quote("".join(out).lower(), safe="/._~-+@#%!$&'()*,;=:")


def replace(value: object, old: object, new: object, limit: object = -1) -> str:
    count = int(text(limit))
    return text(value).replace(text(old), text(new), count if count >= 0 else -1)


def default(fallback: object, given: object = None) -> object:
    """``default``: ``given`` unless it is empty (0, "", nil, an empty collection; a boolean,
    ``false`` too, counts as set)."""
    return given if isinstance(given, bool) or truth(given) else fallback


def go_and(*values: object) -> object:
    """Go's ``and``: the first empty argument, else the last."""
    return next((v for v in values if not truth(v)), values[-1])


def go_or(*values: object) -> object:
    """Go's ``or``: the first non-empty argument, else the last."""
    return next((v for v in values if truth(v)), values[-1])


def go_eq(first: object, *others: object) -> bool:
    """Go's ``eq``: whether ``first`` equals any of ``others`` (Missing equals nothing)."""
    if not others or isinstance(first, Missing):
        raise ValueError("eq")
    return any(first == other and type(first) is type(other) for other in others)


LOGIC: dict[str, Callable[..., object]] = {
    "and": go_and,
    "or": go_or,
    "not": lambda value: not truth(value),
    "eq": go_eq,
    "ne": lambda first, second: not go_eq(first, second),
}

_LAYOUT = re.compile(
    r"January|Jan(?![a-z])|Monday|Mon(?![a-z])|MST|01|02|03|04|05|06|002|15|1|__2|_2|2006|2|3|4|5"
    r"|-07:00:00|-070000|-07:00|-0700|-07|Z07:00:00|Z070000|Z07:00|Z0700|Z07|PM|pm"
    r"|[.,](?:0+|9+)(?!\d)"
)


def _zone(
    moment: datetime, colon: bool, z: bool, seconds: bool = False, short: bool = False
) -> str:
    offset = moment.utcoffset()
    total = int(offset.total_seconds()) if offset else 0
    if z and total == 0:
        return "Z"
    sign = "-" if total < 0 else "+"
    hours, rest = divmod(abs(total), 3600)
    text_ = f"{sign}{hours:02d}"
    if short:
        return text_
    sep = ":" if colon else ""
    text_ += f"{sep}{rest // 60:02d}"
    return text_ + (f"{sep}{rest % 60:02d}" if seconds else "")


def _zone_name(moment: datetime) -> str:
    """Go writes a zone's abbreviation, and ``-0700`` for a time parsed with a bare offset."""
    name = moment.tzname() or ""
    return (
        name
        if (name and not name.startswith("UTC")) or name == "UTC"
        else _zone(moment, False, False)
    )


def _fraction(token: str, moment: datetime) -> str:
    digits = f"{moment.microsecond:06d}000"[: len(token) - 1]
    if token[1] == "9":
        digits = digits.rstrip("0")
        return token[0] + digits if digits else ""
    return token[0] + digits


def _piece(token: str, moment: datetime) -> str:
    hour12 = moment.hour % 12 or 12
    simple = {
        "January": moment.strftime("%B"), "Jan": moment.strftime("%b"),
        "Monday": moment.strftime("%A"), "Mon": moment.strftime("%a"),
        "MST": _zone_name(moment),
        "01": f"{moment.month:02d}", "1": str(moment.month), "02": f"{moment.day:02d}",
        "2": str(moment.day), "_2": f"{moment.day:>2}", "002": moment.strftime("%j"),
        "__2": f"{int(moment.strftime('%j')):>3}", "15": f"{moment.hour:02d}",
        "03": f"{hour12:02d}", "3": str(hour12), "04": f"{moment.minute:02d}",
        "05": f"{moment.second:02d}", "4": str(moment.minute), "5": str(moment.second),
        "06": f"{moment.year % 100:02d}",
        "2006": f"{moment.year:04d}", "PM": "PM" if moment.hour >= 12 else "AM",
        "pm": "pm" if moment.hour >= 12 else "am",
    }  # fmt: skip
    if token in simple:
        return simple[token]
    if token[0] in ".,":
        return _fraction(token, moment)
    z = token[0] == "Z"
    body = token[1:]
    return _zone(moment, ":" in body, z, seconds=len(body.replace(":", "")) == 6,
                 short=body == "07")  # fmt: skip


def go_format(moment: datetime, layout: str) -> str:
    """``moment`` written with a Go time layout (English names, as Go's ``Format``)."""
    return _LAYOUT.sub(lambda match: _piece(match.group(0), moment), layout)


def rfc3339(moment: datetime) -> str:
    """Go's ``time.RFC3339``: ``Z`` for UTC, the offset otherwise, whole seconds."""
    return go_format(moment, "2006-01-02T15:04:05Z07:00")


def as_time(value: object, zone: tzinfo) -> datetime:
    """A date argument as Hugo's ``cast.ToTimeInDefaultLocationE`` reads an ISO string."""
    if isinstance(value, datetime):
        return value
    moment = datetime.fromisoformat(text(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    local = moment.astimezone()  # Go's Parse: the machine's zone when the offset is its own
    return local if local.utcoffset() == moment.utcoffset() else moment


def time_method(value: object, name: str, args: list[Any]) -> object:
    """The ``time.Time`` methods archetypes call: ``Format``, ``Year``, ``Unix``."""
    if not isinstance(value, datetime):
        raise TypeError(name)
    if name == "Format" and len(args) == 1:
        return go_format(value, text(args[0]))
    if name == "Year" and not args:
        return value.year
    if name == "Unix" and not args:
        return int(value.timestamp())
    raise KeyError(name)
