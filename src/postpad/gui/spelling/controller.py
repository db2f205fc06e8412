"""Underlines misspelled English words; Han text is never looked at.

Words come from ``postpad.core.typography.words.latin_words`` (prose only: code, URLs, markup and
front matter are masked; Han characters are never part of a word). Results are cached per word,
so re-checking after a pause in typing costs a dictionary lookup only for new words.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.typography.words import Word, latin_words
from postpad.gui.editor.debounce import EditDebounce
from postpad.gui.editor.textspans import ExtraSelection, Utf16Index, cursor_for, layers_for
from postpad.gui.spelling.speller import Speller

DELAY_MS = 600
LARGE_POST_CHARS = 200_000
LARGE_POST_DELAY_MS = 2000
MAX_UNDERLINES = 2000
"""As for typography: the editor's selections are re-sent on every change of any layer."""
MAX_SUGGESTIONS = 6
BLOG_WORDS = frozenset(
    {
        "Postpad",
        "Hexo",
        "Hugo",
        "Jekyll",
        "Eleventy",
        "Zola",
        "Astro",
        "Markdown",
        "GitHub",
        "JavaScript",
        "TypeScript",
        "npm",
        "frontmatter",
        "permalink",
        "permalinks",
        "shortcode",
        "shortcodes",
        "Typora",
        "Obsidian",
        "blog",
        "blogs",
        "repo",
    }
)
"""Names every static-blog writer uses that general dictionaries lack."""


class SpellingController(QObject):
    """Spell checking of one editor with one dictionary."""

    def __init__(self, editor: QPlainTextEdit, speller: Speller) -> None:
        super().__init__(editor)
        self.setObjectName("spellingController")
        self._editor = editor
        self._speller = speller
        self._known: dict[str, bool] = {}
        self._ignored: set[str] = set()
        self._misspelled: list[tuple[int, int, str]] = []  # Qt positions
        self._enabled = False
        self._debounce = EditDebounce(
            editor,
            self.check_now,
            delay_ms=DELAY_MS,
            large_delay_ms=LARGE_POST_DELAY_MS,
            large_chars=LARGE_POST_CHARS,
        )
        editor.textChanged.connect(self._schedule)

    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if enabled:
            self._schedule()  # the whole text: opening a tab must not wait for it
        else:
            self._debounce.stop()
            self._misspelled = []
            layers_for(self._editor).clear("spelling")

    def _schedule(self) -> None:
        if self._enabled:
            self._debounce.schedule()

    def is_correct(self, word: str) -> bool:
        if word in self._ignored or word in BLOG_WORDS:
            return True
        if word not in self._known:
            self._known[word] = bool(self._speller.check(word))
        return self._known[word]

    def misspelled(self) -> list[tuple[int, int, str]]:
        """``(start, end, word)`` in Qt positions, as of the last check."""
        return list(self._misspelled)

    def check_now(self) -> None:
        self._debounce.stop()
        text = self._editor.toPlainText()
        index = Utf16Index(text)
        wrong: list[Word] = [w for w in latin_words(text) if not self.is_correct(w.text)]
        self._misspelled = [(index.to_qt(w.start), index.to_qt(w.end), w.text) for w in wrong]
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        underline.setUnderlineColor(QColor("#d0312d"))
        selections: list[ExtraSelection] = []
        for start, end, _word in self._misspelled[:MAX_UNDERLINES]:
            selection = ExtraSelection()
            selection.cursor = cursor_for(self._editor, start, end)
            selection.format = underline
            selections.append(selection)
        layers_for(self._editor).set("spelling", selections)

    def actions_at(self, position: int) -> list[QAction]:
        """Suggestions, Ignore and Add to Dictionary for the misspelled word at ``position``."""
        for start, end, word in self._misspelled:
            if start <= position <= end:
                return self._word_actions(start, end, word)
        return []

    def _word_actions(self, start: int, end: int, word: str) -> list[QAction]:
        actions: list[QAction] = []
        for suggestion in self._speller.suggest(word)[:MAX_SUGGESTIONS]:
            action = QAction(suggestion)
            action.triggered.connect(
                lambda _=False, s=suggestion: self._replace(start, end, word, s)
            )
            actions.append(action)
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", word))
        ignore.triggered.connect(lambda: self._ignore(word))
        add = QAction(self.tr("Add “%1” to Dictionary").replace("%1", word))
        add.triggered.connect(lambda: self._add(word))
        return [*actions, ignore, add]

    def _replace(self, start: int, end: int, word: str, replacement: str) -> None:
        cursor = cursor_for(self._editor, start, end)
        if cursor.selectedText() == word:
            cursor.insertText(replacement)  # one undo step
        self.check_now()

    def _ignore(self, word: str) -> None:
        self._ignored.add(word)
        self.check_now()

    def _add(self, word: str) -> None:
        self._speller.add_to_session(word)
        self._known[word] = True
        self.check_now()


def spelling_controller(editor: QPlainTextEdit, speller: Speller) -> SpellingController:
    found = editor.findChild(SpellingController, "spellingController")
    return found if found is not None else SpellingController(editor, speller)
