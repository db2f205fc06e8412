"""The note above the form: why the header does not parse (and what the read-only form still
shows), or why Postpad refused an edit. Texts keep the panel's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from postpad.core.engines import engine_for
from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.engine_reading import EngineReadsError, EngineRefusesError
from postpad.gui.frontmatter.parser_messages import in_interface_language

_LIGHT = "background: #fde7e9; color: #8a1c22; border: 1px solid #f1aeb5; padding: 6px;"
_DARK = "background: #4c1d22; color: #ffd8dc; border: 1px solid #8e3b44; padding: 6px;"


def _app_is_dark() -> bool:
    # The application's palette: the label's own is the one its style sheet sets.
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrontMatterPanel", text)


def _verdict(error: FrontMatterError) -> str:
    """What the site's engine does with the header (decision 0239); "" when not known."""
    if isinstance(error, EngineReadsError):
        name = engine_for(error.engine).display_name
        return _tr(
            "%1 reads it as written: the post builds. Postpad leaves this header to you: "
            "edit it as text."
        ).replace("%1", name)
    if not isinstance(error, EngineRefusesError):
        return ""
    spec = engine_for(error.engine)
    refusals = {
        "build_stops": _tr("%1 refuses it too: the build stops."),
        "header_dropped": _tr("%1 refuses it too: it publishes the post without its front matter."),
        "post_left_out": _tr("%1 refuses it too: it leaves the post out of the site."),
    }
    text = refusals.get(spec.front_matter.refused_header, "")
    return text.replace("%1", spec.display_name)


def _same(error: FrontMatterError, other: FrontMatterError) -> bool:
    """The same message and the same engine's verdict (decision 0239)."""
    engine, other_engine = getattr(error, "engine", None), getattr(other, "engine", None)
    return (type(error), engine, str(error)) == (type(other), other_engine, str(other))


class HeaderBanner(QLabel):
    """Hidden until there is something to say; ``retranslate`` rewrites a shown parse error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontMatterError")
        self.setWordWrap(True)
        self._dark: bool | None = None
        self._follow_appearance()
        self.hide()
        self._error: FrontMatterError | None = None
        self._first_unread_line: int | None = None  # the read-only rows stop there
        self._engine_fields = False  # the rows are the engine's reading (decision 0249)
        self._template: str | None = None  # the file is a scaffold or archetype (decision 0250)

    def _follow_appearance(self) -> None:
        """Colours for the current appearance, checked whenever the note is written: a child
        with a style sheet gets no event when the application's palette is switched."""
        dark = _app_is_dark()
        if dark != self._dark:
            self._dark = dark
            self.setStyleSheet(_DARK if dark else _LIGHT)

    def show_error(
        self, error: FrontMatterError, first_unread_line: int | None, *, engine_fields: bool = False
    ) -> None:
        """The header does not parse; the form shows the fields above ``first_unread_line``
        (None: no rows at all), or, with ``engine_fields``, all of them as the engine reads them
        (decision 0249)."""
        self._follow_appearance()
        if (
            self._error is not None
            and _same(error, self._error)
            and (first_unread_line, engine_fields) == (self._first_unread_line, self._engine_fields)
        ):
            return
        self._error, self._first_unread_line = error, first_unread_line
        self._engine_fields = engine_fields
        self.setText(self._error_text(error))
        self.show()

    def set_template(self, name: str | None) -> None:
        """The file is the site's template ``name`` (``scaffolds/post.md``), not a post: its
        ``{{ … }}`` are filled in before an engine reads a header made from it."""
        if name == self._template:
            return
        self._template = name
        if self._error is not None:
            self.setText(self._error_text(self._error))

    def show_refusal(self, error: FrontMatterError) -> None:
        """An edit Postpad would not make; the header itself parses."""
        self._follow_appearance()
        self.setText(
            _tr("Postpad did not change the front matter: %1").replace("%1", error.message)
        )
        self.show()

    def clear_note(self) -> None:
        self._error, self._first_unread_line, self._engine_fields = None, None, False
        self.hide()  # the template's name stays: it is the file's, not the error's

    def retranslate(self) -> None:
        if self._error is not None:
            self.setText(self._error_text(self._error))

    def _template_text(self, error: FrontMatterError) -> str:
        """No engine verdict: no engine reads a template as it is written (decision 0250)."""
        text = _tr("Postpad cannot read this front matter (line %1, column %2): %3")
        text = text.replace("%1", str(error.line or 1)).replace("%2", str(error.column or 1))
        text = text.replace("%3", in_interface_language(error.message))
        note = _tr(
            "This file is a template (%1), not a post: its {{ … }} placeholders are filled in "
            "when a post is made from it, and the engine reads that post. The form is read-only; "
            "edit the template as text."
        )
        return text + "\n" + note.replace("%1", self._template or "")

    def _error_text(self, error: FrontMatterError) -> str:
        if self._template is not None:
            return self._template_text(error)
        if error.line is None:
            message = in_interface_language(error.message)
            text = _tr("The front matter does not parse: %1").replace("%1", message)
        else:
            if isinstance(error, EngineReadsError):  # the engine reads it: not called broken
                text = _tr("Postpad cannot read this front matter (line %1, column %2): %3")
            else:
                text = _tr("The front matter does not parse (line %1, column %2): %3")
            text = text.replace("%1", str(error.line)).replace("%2", str(error.column or 1))
            text = text.replace("%3", in_interface_language(error.message))
        verdict = _verdict(error)
        if verdict:
            text += "\n" + verdict
        if self._engine_fields and isinstance(error, EngineReadsError):
            note = _tr(
                "The form is read-only; it shows the fields as %1 reads them, the one at line %2 "
                "marked."
            )
            name = engine_for(error.engine).display_name
            return text + "\n" + note.replace("%1", name).replace("%2", str(error.line))
        if self._first_unread_line is None:
            return text + "\n" + _tr("The form is read-only until the header parses again.")
        note = _tr(
            "The form is read-only until the header parses again; it shows the fields above "
            "line %1 (all of them in the Raw tab)."
        )
        return text + "\n" + note.replace("%1", str(self._first_unread_line))
