"""The form of one theme tag or shortcode: a field per parameter, from the core's tag spec.

An empty field leaves the parameter out; its placeholder shows what the theme uses then.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from postpad.core.tags import TagMatch, format_tag
from postpad.core.tags.spec import Param, TagSpec, too_new, version_notes


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagForms", text)


def spec_text(text: str) -> str:
    """A label or help text of the tag data, translated (catalogue: :mod:`.texts`)."""
    if not text:
        return ""
    numbered = re.fullmatch(r"Argument (\d+)", text)  # a site shortcode's positional one
    if numbered:
        return _tr("Argument %1").replace("%1", numbered.group(1))
    return QCoreApplication.translate("TagForms", text)


class _Field:
    """One parameter's widget: a line edit, or an editable list of the theme's choices."""

    def __init__(
        self, param: Param, value: str, parent: QWidget, offered: list[tuple[str, str]] | None
    ) -> None:
        self.param = param
        self.widget: QLineEdit | QComboBox
        if offered is not None:  # the site's posts or the post's asset files
            self.widget = _offered_box(offered, value, parent)
        elif param.kind in ("choice", "bool"):
            box = QComboBox(parent)
            box.setEditable(True)  # a value the list lacks is kept as written
            box.addItems(["", *(param.choices or ("true", "false"))])
            box.setCurrentText(value)
            line = box.lineEdit()
            if line is not None:
                line.setPlaceholderText(param.default)
            self.widget = box
        else:
            edit = QLineEdit(value, parent)
            hint = " ".join(param.choices) if param.kind == "flags" else ""
            edit.setPlaceholderText(param.default or hint)
            self.widget = edit
        self.widget.setObjectName(f"tagParam_{param.name}")
        tip = spec_text(param.help)
        if param.kind == "flags" and param.choices:
            tip = (tip + "\n" if tip else "") + " ".join(param.choices)
        self.widget.setToolTip(tip)

    def changed(self, slot: Callable[[], None]) -> None:
        widget = self.widget
        signal = widget.currentTextChanged if isinstance(widget, QComboBox) else widget.textChanged
        signal.connect(lambda _text: slot())

    def value(self) -> str:
        widget = self.widget
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        return text.strip()


def _offered_box(offered: list[tuple[str, str]], value: str, parent: QWidget) -> QComboBox:
    """An editable list of what the site has; a value it lacks is kept as written."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem("")
    for text, description in offered:
        box.addItem(text)
        if description:
            box.setItemData(box.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentText(value)
    line = box.lineEdit()
    if line is not None and not offered:
        line.setPlaceholderText(_tr("Nothing found in the site"))
    return box


class TagDialog(QDialog):
    """Insert or edit one tag. ``values`` fills the fields; keys the spec does not list (a
    shortcode's own parameters) get fields of their own, so nothing is lost."""

    def __init__(
        self,
        spec: TagSpec,
        values: dict[str, str],
        *,
        editing: bool,
        theme: str,
        version: str | None,
        like: TagMatch | None = None,
        parent: QWidget | None = None,
        offered: dict[str, list[tuple[str, str]]] | None = None,
        site_notes: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.spec, self.like = spec, like
        title = _tr("Edit %1") if editing else _tr("Insert %1")
        self.setWindowTitle(title.replace("%1", spec_text(spec.label)))
        layout = QVBoxLayout(self)
        notes = self._notes(spec, editing, theme, version)
        for text, name in [*notes, *((note, "tagSiteNote") for note in site_notes)]:
            note = QLabel(text, self)
            note.setObjectName(name)
            note.setWordWrap(True)
            layout.addWidget(note)
            if name == "tagText":  # what OK will write, updated as the fields change
                self.text_label = note
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields: list[_Field] = []
        extra = [k for k in values if spec.param(k) is None]
        for param in [*spec.params, *(Param(k, k) for k in extra)]:
            listed = (offered or {}).get(param.kind)
            field = _Field(param, values.get(param.name, ""), self, listed)
            form.addRow(spec_text(param.label) + ":", field.widget)
            self.fields.append(field)
            field.changed(self._show_text)
        self._show_text()
        self.problem = QLabel(self)
        self.problem.setObjectName("tagProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _notes(
        spec: TagSpec, editing: bool, theme: str, version: str | None
    ) -> list[tuple[str, str]]:
        """(text, object name) of the lines above the fields."""
        notes = [(spec_text(spec.help), "tagHelp")] if spec.help else []
        notes.append(("", "tagText"))
        if version:
            notes.append(
                (_tr("%1 %2 (installed)").replace("%1", theme).replace("%2", version), "tagVersion")
            )
        elif spec.syntax == "nunjucks":
            notes.append(
                (
                    _tr(
                        "%1 version not found: the tags of the newest version are offered."
                    ).replace("%1", theme),
                    "tagVersion",
                )
            )
        if too_new(spec, version):
            since = ".".join(str(n) for n in spec.since)
            notes.append(
                (
                    _tr("Needs %1 %2 or later.").replace("%1", theme).replace("%2", since),
                    "tagTooNew",
                )
            )
        notes += [(spec_text(text), "tagVersionNote") for text in version_notes(spec, version)]
        if editing and spec.paired:
            notes.append(
                (
                    _tr("Only the opening tag changes; the text inside stays as it is."),
                    "tagBodyNote",
                )
            )
        return notes

    def accept(self) -> None:
        """Refuse values the tag cannot be written with (an argument left out by position)."""
        from postpad.core.tags import missing

        gaps = [self.spec.param(name) for name in missing(self.spec, self.values())]
        if gaps:
            names = _tr(", ").join(spec_text(p.label) for p in gaps if p is not None)
            text = _tr("Fill in %1 too: Hexo drops an empty argument and moves the next one up.")
            self.problem.setText(text.replace("%1", names))
            self.problem.show()
            return
        super().accept()

    def _show_text(self) -> None:
        self.text_label.setText(format_tag(self.spec, self.values(), like=self.like))

    def values(self) -> dict[str, str]:
        return {field.param.name: field.value() for field in self.fields}

    def field(self, name: str) -> QLineEdit | QComboBox:
        return next(f.widget for f in self.fields if f.param.name == name)


def ask_values(
    spec: TagSpec,
    values: dict[str, str],
    *,
    editing: bool,
    theme: str,
    version: str | None,
    like: TagMatch | None = None,
    parent: QWidget | None,
    offered: dict[str, list[tuple[str, str]]] | None = None,
    site_notes: tuple[str, ...] = (),
) -> dict[str, str] | None:
    """The values the user accepted, or None when cancelled."""
    dialog = TagDialog(
        spec, values, editing=editing, theme=theme, version=version, like=like, parent=parent,
        offered=offered, site_notes=site_notes,
    )  # fmt: skip
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
    finally:
        dialog.deleteLater()
