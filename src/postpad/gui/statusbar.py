"""Status bar: cursor position, the blog's word count (字数), reading time, file format, profile.

Counts are grouped by thousands as the interface language writes them (decision 0222); they
follow the rule of the post's site (Hexo/Butterfly, Hugo, Jekyll/Chirpy), which the tooltip names
(decision 0276)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from postpad.gui.documents.tab import DocumentTab
from postpad.gui.i18n import keep_translated
from postpad.gui.i18n.numbers import grouped, with_grouped

if TYPE_CHECKING:  # the rules load with the first count (decision 0100)
    from postpad.core.count_rules import CountRule

NEWLINE_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR", "mixed": "Mixed"}


def _field(stats: Any, *names: str) -> Any:
    for name in names:
        value = getattr(stats, name, None)
        if value is not None:
            return value
    return None


class StatusBar(QStatusBar):
    """Shows the current tab's facts; ``show_tab`` switches which tab it follows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._tab: DocumentTab | None = None
        self.position = self._label("statusPosition")
        self.words = self._label("statusWords")
        self.encoding = self._label("statusEncoding")
        self.newline = self._label("statusNewline")
        self.profile = self._label("statusProfile")
        keep_translated(self, self._refresh_texts)

    def _refresh_texts(self) -> None:
        """Write the figures again in the current language."""
        tab = self._tab
        if tab is None:
            return
        self.update_position()
        self.update_format()
        if tab.last_rendered is not None:
            self.update_stats(tab.last_rendered)
        else:
            self.words.setText(self.tr("Counting…"))

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.addPermanentWidget(label)
        return label

    def show_tab(self, tab: DocumentTab | None) -> None:
        if self._tab is not None:
            for signal, slot in self._connections(self._tab):
                signal.disconnect(slot)
        self._tab = tab
        if tab is None:
            for label in (self.position, self.words, self.encoding, self.newline, self.profile):
                label.clear()
            return
        for signal, slot in self._connections(tab):
            signal.connect(slot)
        self.update_position()
        self.update_format()
        if tab.last_rendered is not None:
            self.update_stats(tab.last_rendered)
        else:  # never leave the previous tab's figures up while this one is first rendered
            self.words.setText(self.tr("Counting…"))
            self.words.setToolTip("")

    def _connections(self, tab: DocumentTab) -> list[tuple[Any, Any]]:
        return [
            (tab.editor.cursorPositionChanged, self.update_position),
            (tab.rendered, self.update_stats),
        ]

    def update_position(self) -> None:
        if self._tab is None:
            return
        cursor = self._tab.editor.textCursor()
        line, column = cursor.blockNumber() + 1, cursor.positionInBlock() + 1
        self.position.setText(
            self.tr("Ln %1, Col %2").replace("%1", str(line)).replace("%2", str(column))
        )

    def update_format(self) -> None:
        if self._tab is None:
            return
        file_format = self._tab.document.format
        encoding = str(file_format.encoding).upper()
        self.encoding.setText(encoding + (" BOM" if file_format.bom else ""))
        self.newline.setText(NEWLINE_NAMES.get(str(file_format.newline), str(file_format.newline)))
        theme = f" · {self._tab.site_theme}" if self._tab.site_theme else ""
        self.profile.setText(self._tab.profile.capitalize() + theme)
        self.profile.setToolTip(self.tr("Engine profile used by the preview and the form"))

    def _count_text(self, stats: Any) -> str:
        """The count in the unit it counts: the blog's 字数 adds Chinese characters and words,
        so an English label says which of the two it holds (both for mixed text; decision 0202)."""
        total = int(_field(stats, "wordcount", "words"))
        han, latin = _field(stats, "han"), _field(stats, "latin_words")
        if not han:
            return with_grouped(self.tr("%n word(s)", "", total), total)
        if not latin:
            return with_grouped(self.tr("%n Chinese character(s)", "", int(han)), int(han))
        # The parts of "%1 · %2" have their own entries: 简体中文 names them shorter there.
        both = with_grouped(
            self.tr("%1 · %2", "mixed text; %n is their sum, the blog's 字数", total), total
        )
        chinese = with_grouped(self.tr("%n Chinese character(s)", "mixed text", int(han)), int(han))
        return both.replace("%1", chinese).replace(
            "%2", with_grouped(self.tr("%n word(s)", "mixed text", int(latin)), int(latin))
        )

    def count_rule(self, stats: Any = None) -> CountRule:
        """The rule the current tab's site counts by (hexo-wordcount without a tab); ``stats``
        tells whether the body has a CJK character (Hugo's ``hasCJKLanguage``)."""
        from postpad.core.count_rules import HEXO, reads_source, rule_for

        tab = self._tab
        if tab is None:
            return HEXO
        site = getattr(tab, "site", None)
        config = dict(site.config.raw) if site is not None else {}
        engine = str(tab.engine)
        text = tab.text() if reads_source(engine) else ""  # Hugo: CJK in the whole source
        body_cjk = bool(stats.cjk_chars) if stats is not None else None
        return rule_for(engine, tab.site_theme, config, text, body_cjk)

    def _engine_count_text(self, rule: CountRule, stats: Any) -> str:
        """Hugo's and Jekyll's figure: words, or characters and words in their CJK modes."""
        total = rule.words(stats)
        if rule.by_characters:
            return with_grouped(
                self.tr("%n character(s) and word(s)", "CJK characters count one each", total),
                total,
            )
        return with_grouped(self.tr("%n word(s)", "the blog engine's word count", total), total)

    def update_stats(self, rendered: Any) -> None:
        stats = getattr(rendered, "stats", None)
        if stats is None and self._tab is not None:
            from postpad.core.stats import count_text  # markdown-it: not before the first frame

            stats = count_text(self._tab.text())
        if stats is None:
            self.words.clear()
            return
        rule = self.count_rule(stats).for_stats(stats)
        if rule.hexo_wordcount:
            count = self._count_text(stats)
        else:
            count = self._engine_count_text(rule, stats)
        minutes = rule.minutes(stats)
        empty = not rule.words(stats)  # nothing to read: no "1 min" (min2read's floor)
        if empty or minutes is None:
            self.words.setText(count)
        else:
            self.words.setText(
                count + " · " + with_grouped(self.tr("%n min", "", minutes), minutes)
            )
        self.words.setToolTip(self._tooltip(rule, stats))

    def _tooltip(self, rule: CountRule, stats: Any) -> str:
        detail = self.tr("Chinese characters: %1\nLatin words: %2\nCharacters: %3")
        figures = [
            grouped(int(_field(stats, name) or 0)) for name in ("han", "latin_words", "chars")
        ]
        counted = self.tr("Counted as %1 counts").replace("%1", rule.label)
        return (
            counted
            + "\n"
            + detail.replace("%1", figures[0]).replace("%2", figures[1]).replace("%3", figures[2])
        )
