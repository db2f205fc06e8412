"""Counts written the way the interface language groups them: "12,345" in English and 简体中文
(decision 0222). The locale is the one whose catalogues are installed (View › Language, else the
system's), not Qt's default locale: in a ``LANG=C`` session that would print "12345"."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from postpad.gui.i18n import installed_locale


def _locale() -> QLocale:
    name = installed_locale()
    locale = QLocale(name)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English)  # the C locale omits the group separator
    return locale


def grouped(value: int) -> str:
    """``value`` with the interface language's group separator."""
    return _locale().toString(int(value))


def with_grouped(text: str, n: int) -> str:
    """``text``, a plural message Qt translated for ``n`` (``tr("%n word(s)", "", n)``: its
    ``%n`` written as plain digits), with those digits grouped. The catalogues' texts hold no
    other digits, so the first run of ``n``'s digits is the one; below 1,000 nothing changes.
    The ``tr()`` call stays literal at the caller, where lupdate finds it."""
    return text.replace(str(n), grouped(n), 1)
