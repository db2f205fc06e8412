"""The tables feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication

from postpad.core.text import table_edit
from postpad.gui.i18n import keep_text, translated_action
from postpad.gui.protocols import FeatureWindow
from postpad.gui.tables import TABLES, TablesFeature
from postpad.gui.tables.commands import Command


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tables", text)


def _commands() -> list[tuple[str, Callable[[], str], Command]]:
    """(object name, translated text, command) for Format › Table."""
    te = table_edit
    return [
        ("actionTableFormat", lambda: _tr("&Format Table"), partial(te.move, how="format")),
        (
            "actionTableAlignLeft",
            lambda: _tr("Align &Left"),
            partial(te.align_column, align="left"),
        ),
        (
            "actionTableAlignCenter",
            lambda: _tr("Align &Center"),
            partial(te.align_column, align="center"),
        ),
        (
            "actionTableAlignRight",
            lambda: _tr("Align &Right"),
            partial(te.align_column, align="right"),
        ),
        (
            "actionTableAlignNone",
            lambda: _tr("&No Alignment"),
            partial(te.align_column, align=None),
        ),
        ("actionTableSortAscending", lambda: _tr("Sort &Ascending"), te.sort_by_column),
        (
            "actionTableSortDescending",
            lambda: _tr("Sort &Descending"),
            partial(te.sort_by_column, descending=True),
        ),
        (
            "actionTableRowAbove",
            lambda: _tr("Insert Row Ab&ove"),
            partial(te.insert_row, above=True),
        ),
        (
            "actionTableRowBelow",
            lambda: _tr("Insert Row &Below"),
            partial(te.insert_row, above=False),
        ),
        (
            "actionTableColumnLeft",
            lambda: _tr("Insert Column L&eft"),
            partial(te.insert_column, left=True),
        ),
        (
            "actionTableColumnRight",
            lambda: _tr("Insert Column Ri&ght"),
            partial(te.insert_column, left=False),
        ),
    ]


def _runner(feature: TablesFeature, command: Command) -> Callable[[], None]:
    return lambda: feature.command(command)


def attach(window: FeatureWindow) -> None:
    """Insert › Table…, Format › Table ▸ …, and Tab/Enter in every editor's tables."""
    feature = TablesFeature(window)
    window.features.add(TABLES, feature)
    window.menu("insert").addAction(
        translated_action(window, "actionInsertTable", lambda: _tr("&Table…"), feature.insert)
    )
    submenu = window.menu("format").addMenu("")
    submenu.setObjectName("menuTable")
    keep_text(window, submenu, lambda: _tr("&Table"))
    for name, text, command in _commands():
        submenu.addAction(translated_action(window, name, text, _runner(feature, command)))
        if name in ("actionTableFormat", "actionTableAlignNone", "actionTableSortDescending"):
            submenu.addSeparator()
    for tab in window.tabs():
        feature.install(tab)
    window.tab_added.connect(feature.install)
