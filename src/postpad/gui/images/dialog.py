"""Tools › Images › Image Settings…: what pasting does to images, and the image host
(decision 0116). Saved globally or for this site only, in the user's data folder; the S3 keys
go to the system keyring (decision 0117)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from postpad.core.images.settings import (
    SUGGESTED_MAX_HEIGHT,
    SUGGESTED_MAX_WIDTH,
    ImageSettings,
    ImageSettingsStore,
)
from postpad.core.userdirs import user_data_dir


def store() -> ImageSettingsStore:
    return ImageSettingsStore(user_data_dir() / "images.json")


def settings_for_site(site: Any) -> ImageSettings:
    return store().for_site(getattr(site, "root", None))


class ImageSettingsDialog(QDialog):
    def __init__(self, site: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.setWindowTitle(self.tr("Image Settings"))
        self.settings = settings_for_site(site)
        form = QFormLayout(self)
        self._size_rows(form)
        self.quality = QSpinBox(minimum=1, maximum=100, value=self.settings.quality)
        form.addRow(self.tr("Quality:"), self.quality)
        self.keep_original = QCheckBox(self.tr("Keep the original file too"))
        self.keep_original.setChecked(self.settings.keep_original)
        form.addRow("", self.keep_original)
        self._upload_rows(form)
        self._form = form
        self.uploader.currentIndexChanged.connect(self._show_host_rows)
        self._show_host_rows()
        self.site_only = QCheckBox(self.tr("For this site only"))
        self.site_only.setEnabled(site is not None)
        self.site_only.setChecked(site is not None)
        form.addRow("", self.site_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _size_rows(self, form: QFormLayout) -> None:
        self.max_width = self._limit(self.settings.max_width)
        form.addRow(self.tr("Maximum width (px):"), self.max_width)
        self.max_height = self._limit(self.settings.max_height)
        form.addRow(self.tr("Maximum height (px):"), self.max_height)
        self.format = self._combo(
            [("keep", self.tr("Keep the format")), ("webp", "WebP"), ("jpeg", "JPEG"),
             ("png", "PNG")], self.settings.format)  # fmt: skip
        form.addRow(self.tr("Convert to:"), self.format)
        self._format_was = self.settings.format
        self.format.currentIndexChanged.connect(self._suggest_size)
        text = self.tr(
            "Converting photos: %1 × %2 px, held either way, stays sharp on "
            "high-density screens and converts several times faster than full size."
        )
        text = text.replace("%1", str(SUGGESTED_MAX_WIDTH)).replace("%2", str(SUGGESTED_MAX_HEIGHT))
        self.conversion_hint = hint = QLabel(text, wordWrap=True)
        form.addRow("", hint)

    def _limit(self, value: int) -> QSpinBox:
        box = QSpinBox(maximum=20000)
        box.setSpecialValueText(self.tr("no limit"))
        box.setValue(value)
        return box

    def _suggest_size(self) -> None:
        """Conversion switched on with no size limit at all: propose the suggested box, which
        the author sees and may set back to "no limit" (decisions 0180, 0281). A limit the
        author chose is left alone, and so is the other side then."""
        chosen = self.format.currentData()
        unlimited = not self.max_width.value() and not self.max_height.value()
        if self._format_was == "keep" and chosen in ("webp", "jpeg") and unlimited:
            self.max_width.setValue(SUGGESTED_MAX_WIDTH)
            self.max_height.setValue(SUGGESTED_MAX_HEIGHT)
        self._format_was = chosen

    def _combo(self, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _upload_rows(self, form: QFormLayout) -> None:
        s = self.settings
        self.uploader = self._combo(
            [("none", self.tr("None (images stay local)")), ("picgo", "PicGo / PicList"),
             ("command", self.tr("Custom command")), ("s3", self.tr("S3-compatible storage")),
             ("github", "GitHub")],
            s.uploader)  # fmt: skip
        form.addRow(self.tr("Image host:"), self.uploader)
        self.on_paste = self._combo(
            [("never", self.tr("Never")), ("ask", self.tr("Ask each time")),
             ("always", self.tr("Always"))], s.upload_on_paste)  # fmt: skip
        form.addRow(self.tr("Upload on paste:"), self.on_paste)
        self.picgo_url = QLineEdit(s.picgo_url)
        form.addRow(self.tr("PicGo server:"), self.picgo_url)
        self.command = QLineEdit(s.command, placeholderText="picgo upload {file}")
        form.addRow(self.tr("Command ({file} is the image):"), self.command)
        names = ("s3_endpoint", "s3_bucket", "s3_prefix", "s3_public_url", "s3_region")
        self.s3 = {name: QLineEdit(getattr(s, name)) for name in names}
        labels = (self.tr("S3 endpoint:"), self.tr("Bucket:"), self.tr("Key prefix:"),
                  self.tr("Public URL:"), self.tr("Region:"))  # fmt: skip
        for label, edit in zip(labels, self.s3.values(), strict=True):
            form.addRow(label, edit)
        self.access_key = QLineEdit()
        self.secret_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        # true whether or not the keyring holds one (reading it here could prompt to unlock)
        for secret in (self.access_key, self.secret_key):
            secret.setPlaceholderText(self.tr("empty: keep the stored one"))
        form.addRow(self.tr("Access key (keyring):"), self.access_key)
        form.addRow(self.tr("Secret key (keyring):"), self.secret_key)
        self._github_rows(form)

    def _github_rows(self, form: QFormLayout) -> None:
        names = ("github_repo", "github_branch", "github_path", "github_url_base")
        self.github = {name: QLineEdit(getattr(self.settings, name)) for name in names}
        labels = (self.tr("GitHub repository (owner/name):"), self.tr("Branch:"),
                  self.tr("Folder:"), self.tr("URL base (e.g. a CDN):"))  # fmt: skip
        for label, edit in zip(labels, self.github.values(), strict=True):
            form.addRow(label, edit)
        self.github_token = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.github_token.setPlaceholderText(self.tr("empty: keep the stored one"))
        form.addRow(self.tr("GitHub token (keyring):"), self.github_token)

    def host_rows(self) -> dict[str, list[QWidget]]:
        """The fields of each image host (the upload-on-paste choice: every host but none)."""
        return {
            "none": [],
            "picgo": [self.on_paste, self.picgo_url],
            "command": [self.on_paste, self.command],
            "s3": [self.on_paste, *self.s3.values(), self.access_key, self.secret_key],
            "github": [self.on_paste, *self.github.values(), self.github_token],
        }

    def _show_host_rows(self) -> None:
        """Only the chosen host's fields are shown (all five hosts' were, 17 rows)."""
        rows = self.host_rows()
        shown = set(rows.get(self.uploader.currentData(), []))
        for field in {field for fields in rows.values() for field in fields}:
            self._form.setRowVisible(field, field in shown)
        self.adjustSize()

    def showEvent(self, event: QShowEvent) -> None:
        self.adjustSize()  # with the style's fonts, which the first adjustSize did not have yet
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        # a top-level dialog does not ask its layout's height for its width: the wrapped hint
        # under "Convert to" was cut after two lines
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._form.heightForWidth(hint.width())))

    def chosen(self) -> ImageSettings:
        return replace(
            self.settings, max_width=self.max_width.value(), max_height=self.max_height.value(),
            format=self.format.currentData(),
            quality=self.quality.value(), keep_original=self.keep_original.isChecked(),
            uploader=self.uploader.currentData(), upload_on_paste=self.on_paste.currentData(),
            picgo_url=self.picgo_url.text().strip(), command=self.command.text().strip(),
            **{name: edit.text().strip() for name, edit in self.s3.items()},
            **{name: edit.text().strip() for name, edit in self.github.items()},
        )  # fmt: skip

    def accept(self) -> None:
        chosen = self.chosen()
        root = getattr(self.site, "root", None) if self.site_only.isChecked() else None
        try:
            if self.access_key.text() and self.secret_key.text():
                from postpad.core.images.secrets import save_s3_credentials
                from postpad.core.images.upload import s3_profile

                save_s3_credentials(s3_profile(chosen), self.access_key.text(),
                                    self.secret_key.text())  # fmt: skip
            if self.github_token.text() and chosen.github_repo:
                from postpad.core.images.secrets import save_github_token

                save_github_token(chosen.github_repo, self.github_token.text())
            store().save(chosen, root)
        except Exception as exc:  # keyring backends raise their own errors
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Image Settings"), "", parent=self)
            box.setText(
                self.tr("The settings or the credentials could not be saved (system keyring).")
            )
            box.setDetailedText(str(exc))  # the backend's own words, for a bug report
            box.exec()
            return
        super().accept()
