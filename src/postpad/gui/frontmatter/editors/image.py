"""Image keys. Butterfly's ``cover`` and ``top_img`` have three meanings, offered explicitly:
theme default (empty), none (``false``), or an image (path or URL; ``top_img`` also takes a colour
or CSS gradient). A plain image key is a path with a file picker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from postpad.gui.frontmatter.editors.base import FieldEditor, debounce
from postpad.gui.frontmatter.editors.flow import ReflowRow
from postpad.gui.frontmatter.editors.text import show_whole_value
from postpad.gui.frontmatter.editors.wheel import wheel_only_when_focused

DEFAULT, NONE, IMAGE = 0, 1, 2
_THUMB_WIDTH, _THUMB_HEIGHT = 160, 90
_MODE_MIN_WIDTH = 120

#: Where an image value points: (is a local file reference, the existing file or None).
ImageResolver = Callable[[str], tuple[bool, Path | None]]


class ImageEditor(FieldEditor):
    """``tri_state``: show the default/none/image choice (Butterfly cover and top_img)."""

    def __init__(
        self,
        *,
        tri_state: bool = False,
        allow_css: bool = False,
        base_dir: Path | None = None,
        resolver: ImageResolver | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tri_state = tri_state
        self.base_dir = base_dir
        self.resolver = resolver
        self.mode = QComboBox(self)
        wheel_only_when_focused(self.mode)
        self.mode.addItem(self.tr("Theme default"))
        self.mode.addItem(self.tr("None"))
        self.mode.addItem(self.tr("Colour or gradient / image") if allow_css else self.tr("Image"))
        self.mode.setItemData(DEFAULT, self.tr("Empty value: the theme chooses (default cover)"))
        self.mode.setItemData(NONE, self.tr("false: no image"))
        self.mode.setVisible(tri_state)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Image path or URL"))
        show_whole_value(self.path)
        self.browse = QToolButton(self)
        self.browse.setText(self.tr("Browse…"))
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("imageThumbnail")
        self.thumbnail.hide()
        self.missing = QLabel(self)
        self.missing.setObjectName("imageMissing")
        self.missing.setProperty("postpadRole", "hint")  # coloured by the theme
        self.missing.setWordWrap(True)
        self.missing.hide()
        self.mode.setMinimumWidth(_MODE_MIN_WIDTH)  # wide enough to tell the three apart
        self.line = ReflowRow(self)  # mode, field and Browse stack when the pane is narrow
        self.line.add(self.mode)
        self.line.add(self.path, 1)
        self.line.add(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.missing)
        self._timer = debounce(self, self._commit_path)
        self.mode.activated.connect(self._on_mode)
        self.path.textEdited.connect(lambda _text: self._timer.start())
        self.path.editingFinished.connect(self._commit_path)
        self.browse.clicked.connect(self._pick_file)

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or value is False or (isinstance(value, str) and "\n" not in value)

    def current_mode(self) -> int:
        return self.mode.currentIndex()

    def _show(self, value: object) -> None:
        if value is False:
            mode = NONE
        elif value is None or value == "":
            mode = DEFAULT
        else:
            mode = IMAGE
        self.mode.setCurrentIndex(mode)
        self.path.setText(value if isinstance(value, str) else "")
        self.path.setCursorPosition(0)  # show the start of a long gradient or URL
        self._update_enabled(mode)
        self._update_preview(value if isinstance(value, str) else "")

    def _update_preview(self, target: str) -> None:
        """A thumbnail of a local image, or a warning when the file is not there."""
        local, found = self.resolver(target) if self.resolver and target else (False, None)
        pixmap = QPixmap(str(found)) if found is not None else QPixmap()
        if not pixmap.isNull():
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    _THUMB_WIDTH,
                    _THUMB_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.thumbnail.setToolTip(str(found))
        self.thumbnail.setVisible(not pixmap.isNull())
        self.missing.setText(self.tr("File not found: %1").replace("%1", target))
        self.missing.setVisible(local and found is None)

    def _update_enabled(self, mode: int) -> None:
        image = mode == IMAGE or not self.tri_state
        self.path.setEnabled(image)
        self.browse.setEnabled(image)

    def _on_mode(self, mode: int) -> None:
        self._update_enabled(mode)
        if mode == DEFAULT:
            self._commit(None)
        elif mode == NONE:
            self._commit(False)
        else:
            self.path.setFocus()
            if self.path.text():
                self._commit(self.path.text())
        self._update_preview(self.path.text() if mode == IMAGE else "")

    def set_mode(self, mode: int) -> None:
        """Choose default/none/image as the user would in the combo box."""
        self.mode.setCurrentIndex(mode)
        self._on_mode(mode)

    def set_path(self, text: str) -> None:
        self.path.setText(text)
        self._commit_path()

    def _commit_path(self) -> None:
        self._timer.stop()
        text = self.path.text().strip()
        if not text:
            if isinstance(self.value(), str) and self.value():
                self._commit(None)  # cleared: back to the empty value
            return
        self.mode.setCurrentIndex(IMAGE)
        self._commit(text)
        self._update_preview(text)

    def _pick_file(self) -> None:
        start = str(self.base_dir) if self.base_dir else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp)"),
        )
        if chosen:
            self.set_path(self._relative(Path(chosen)))

    def _relative(self, chosen: Path) -> str:
        """A file inside the post's folder (or its asset folder) is written relative to it."""
        if self.base_dir is not None:
            try:
                return chosen.relative_to(self.base_dir).as_posix()
            except ValueError:
                pass
        return chosen.as_posix()
