"""Adding a field to the form: the Add field button's menu (the schema's fields the header does
not have yet, named in the interface language beside their key: decision 0223, and a custom
key) and the value a new field starts with. Texts keep the panel's translation context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QWidget

from postpad.core.fields import FieldKind, FieldSpec
from postpad.core.frontmatter.dates import WrittenDate, default_date_text
from postpad.gui.frontmatter import field_labels

#: the fields to offer: (key, help text in the interface language)
Offers = Callable[[], Iterable[tuple[str, str]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrontMatterPanel", text)


def initial_value(spec: FieldSpec | None, engine: str, now: dt.datetime | None = None) -> object:
    """An empty (or sensible) value for a new field: the date or time ``now`` (an aware time in
    the site's zone; default: the machine's) written as ``engine`` writes a new post's (Hexo
    its wall clock, Hugo and Jekyll with the offset), ``false``, ``0``, or nothing."""
    kind = spec.kind if spec is not None else FieldKind.TEXT
    if kind is FieldKind.BOOL:
        return False
    if kind is FieldKind.NUMBER:
        return 0
    if kind in (FieldKind.DATE, FieldKind.DATETIME):
        now = (now or dt.datetime.now().astimezone()).replace(microsecond=0)
        moment: dt.date = now.date() if kind is FieldKind.DATE else now
        return WrittenDate(default_date_text(moment, engine))
    return None


class AddFieldButton(QPushButton):
    """A push button with a menu: the style sizes it for the arrow and draws it beside the text
    (a QToolButton's InstantPopup squeezes it into the corner of the text)."""

    add_requested = Signal(str)  # the key to add

    def __init__(self, offers: Offers, form: QWidget) -> None:
        super().__init__(form)
        self.setObjectName("addFieldButton")
        self._offers = offers
        self._form = form  # the custom key's dialog is centred on it (a layout reparents us)
        menu = QMenu(self)
        menu.aboutToShow.connect(self.fill_menu)
        self.setMenu(menu)

    def retranslate(self) -> None:
        self.setText(_tr("Add field"))

    def fill_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        for key, help_text in self._offers():
            action = menu.addAction(field_labels.menu_text(key))
            action.setToolTip(help_text)
            action.triggered.connect(lambda _checked=False, k=key: self.add_requested.emit(k))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        custom = menu.addAction(_tr("Custom field…"))
        custom.triggered.connect(self._ask_custom_field)

    def _ask_custom_field(self) -> None:
        key, accepted = QInputDialog.getText(self._form, _tr("Add field"), _tr("Key:"))
        if accepted:
            self.add_requested.emit(key)
