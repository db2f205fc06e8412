"""Search logic of the find bar: one Python ``re`` pattern for every mode.

Plain text is escaped, whole word wraps the pattern in word boundaries that also treat a Han
character as a word character, and case folding is a flag. Replacements accept Python's ``\\1`` /
``\\g<name>`` and the ``$1`` / ``${name}`` form other editors use; ``$$`` is a literal dollar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOLLAR_GROUP = re.compile(r"\$(?:\{(\w+)\}|(\d+)|(\$))")


@dataclass(frozen=True)
class FindOptions:
    """What the user typed and toggled in the find bar."""

    text: str
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False


def compile_pattern(options: FindOptions) -> re.Pattern[str] | None:
    """The pattern for ``options``; ``None`` for an empty search. Raises ``re.error``."""
    if not options.text:
        return None
    body = options.text if options.regex else re.escape(options.text)
    if options.whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = re.MULTILINE | (0 if options.case_sensitive else re.IGNORECASE)
    return re.compile(body, flags)


def find_all(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """Non-empty matches in ``text[start:end]`` (empty regex matches are useless to the user)."""
    stop = len(text) if end is None else end
    return [m for m in pattern.finditer(text, start, stop) if m.end() > m.start()]


def _python_template(template: str) -> str:
    def convert(match: re.Match[str]) -> str:
        if match.group(3):
            return "$"
        return rf"\g<{match.group(1) or match.group(2)}>"

    return _DOLLAR_GROUP.sub(convert, template)


def replacement_for(match: re.Match[str], template: str, *, regex: bool) -> str:
    """The replacement text for ``match``: the template expanded in regex mode, else literal."""
    if not regex:
        return template
    return match.expand(_python_template(template))


def replace_all(
    pattern: re.Pattern[str],
    text: str,
    template: str,
    *,
    regex: bool,
    start: int = 0,
    end: int | None = None,
) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for every match, in document order."""
    return [
        (m.start(), m.end(), replacement_for(m, template, regex=regex))
        for m in find_all(pattern, text, start, end)
    ]
