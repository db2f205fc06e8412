"""The optional spelling dictionary: pyenchant with a system dictionary (hunspell, aspell…).

Postpad does not ship dictionaries. When pyenchant or an English dictionary is missing,
``load_speller`` returns ``None`` and the spelling feature does not appear at all.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QLocale


class Speller(Protocol):
    """What the spelling controller needs from a dictionary."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...

    def add_to_session(self, word: str) -> None: ...


def _candidates(preferred: str | None) -> list[str]:
    """Dictionary tags to try: the given one, the UI locale's English variant, then en_US/en_GB."""
    tags: list[str] = []
    if preferred:
        tags.append(preferred)
    locale_name = QLocale().name()  # e.g. en_GB, zh_CN
    if locale_name.startswith("en"):
        tags.append(locale_name)
    tags += ["en_US", "en_GB", "en"]
    return list(dict.fromkeys(tags))


def load_speller(preferred: str | None = None) -> Speller | None:
    """An English dictionary, or ``None`` when none can be loaded (never raises)."""
    try:
        import enchant
    except Exception:  # ImportError, or the C library missing (enchant raises ImportError/OSError)
        return None
    for tag in _candidates(preferred):
        try:
            if enchant.dict_exists(tag):
                return cast(Speller, enchant.Dict(tag))
        except Exception:  # a broken dictionary must not break the editor
            continue
    return None
