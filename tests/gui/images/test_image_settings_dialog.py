"""Image Settings…: per-site save into the user's data folder, S3 keys only in the keyring."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from postpad.core.images.secrets import github_token, s3_credentials
from postpad.core.images.settings import ImageSettingsStore
from postpad.core.site.detect import detect_site
from postpad.core.userdirs import user_data_dir
from postpad.gui.images.dialog import ImageSettingsDialog

pytestmark = pytest.mark.gui
SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_dialog_saves_for_the_site_and_keys_to_the_keyring(qtbot, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        root = tmp_path / "hugo"
        shutil.copytree(SITES / "hugo", root)
        before = sorted(p.relative_to(root) for p in root.rglob("*"))
        dialog = ImageSettingsDialog(detect_site(root))
        qtbot.addWidget(dialog)
        dialog.max_width.setValue(1500)
        dialog.format.setCurrentIndex(dialog.format.findData("webp"))
        dialog.uploader.setCurrentIndex(dialog.uploader.findData("s3"))
        dialog.s3["s3_endpoint"].setText("http://127.0.0.1:9000")
        dialog.s3["s3_bucket"].setText("blog")
        dialog.access_key.setText("AKID")
        dialog.secret_key.setText("s3cr3t")
        dialog.github["github_repo"].setText("me/img")
        dialog.github_token.setText("ghp_x")
        dialog.accept()
        store = ImageSettingsStore(user_data_dir() / "images.json")
        assert store.for_site(root).max_width == 1500
        assert store.for_site(root).uploader == "s3"
        assert store.global_settings().max_width == 0  # this site only
        saved = (user_data_dir() / "images.json").read_text()
        assert "s3cr3t" not in saved
        assert "AKID" not in saved
        assert json.loads(saved)["sites"][str(root.resolve())]["format"] == "webp"
        assert s3_credentials("http://127.0.0.1:9000/blog") == ("AKID", "s3cr3t")
        assert github_token("me/img") == "ghp_x"
        assert "ghp_x" not in saved
        assert sorted(p.relative_to(root) for p in root.rglob("*")) == before  # site untouched
    finally:
        keyring.set_keyring(previous)


def test_switching_conversion_on_proposes_the_suggested_size(qtbot, tmp_path: Path) -> None:
    """Decisions 0180, 0281: keep -> WebP with no size limit proposes 2000 x 2000 px (visible,
    editable); a limit the author set, or "no limit" chosen again afterwards, is left alone."""
    dialog = ImageSettingsDialog(None)
    qtbot.addWidget(dialog)
    assert (dialog.max_width.value(), dialog.max_height.value()) == (0, 0)
    dialog.format.setCurrentIndex(dialog.format.findData("webp"))
    assert (dialog.max_width.value(), dialog.max_height.value()) == (2000, 2000)
    dialog.max_width.setValue(0)  # the author wants full size
    dialog.max_height.setValue(0)
    dialog.format.setCurrentIndex(dialog.format.findData("jpeg"))
    assert (dialog.max_width.value(), dialog.max_height.value()) == (0, 0)
    dialog.format.setCurrentIndex(dialog.format.findData("keep"))
    dialog.max_width.setValue(1200)  # the theme's column: the height stays unlimited
    dialog.format.setCurrentIndex(dialog.format.findData("webp"))
    assert (dialog.max_width.value(), dialog.max_height.value()) == (1200, 0)
    dialog.format.setCurrentIndex(dialog.format.findData("png"))  # lossless: no proposal
    dialog.max_width.setValue(0)
    dialog.format.setCurrentIndex(dialog.format.findData("keep"))
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert (dialog.max_width.value(), dialog.max_height.value()) == (0, 0)
    dialog.max_height.setValue(1600)
    dialog.accept()
    saved = ImageSettingsStore(user_data_dir() / "images.json").global_settings()
    assert (saved.format, saved.max_width, saved.max_height) == ("png", 0, 1600)


def test_only_the_chosen_hosts_fields_are_shown(qtbot) -> None:
    dialog = ImageSettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.host_rows()
    for host in ("none", "picgo", "command", "s3", "github"):
        dialog.uploader.setCurrentIndex(dialog.uploader.findData(host))
        visible = {f for fields in rows.values() for f in fields if f.isVisible()}
        assert visible == set(rows[host]), host
    assert dialog.access_key.isHidden()
    assert not dialog.github_token.isHidden()
    dialog.uploader.setCurrentIndex(dialog.uploader.findData("none"))
    assert dialog.on_paste.isHidden()
    assert dialog.quality.isVisible()


def test_every_secret_field_says_empty_keeps_the_stored_one(qtbot) -> None:
    """Access key, secret key and token alike: an empty field keeps what the keyring holds, and
    the placeholder says so without claiming that something is stored (it was "unchanged" on
    two of the three, shown even with nothing stored)."""
    dialog = ImageSettingsDialog(None)
    qtbot.addWidget(dialog)
    secrets = (dialog.access_key, dialog.secret_key, dialog.github_token)
    assert {field.placeholderText() for field in secrets} == {"empty: keep the stored one"}


def test_the_wrapped_hint_is_shown_whole(qtbot) -> None:
    """The hint under "Convert to" wraps to three or four lines; the dialog was sized for two
    and cut the rest off."""
    dialog = ImageSettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.conversion_hint
    assert hint.height() >= hint.heightForWidth(hint.width()) > 2 * hint.fontMetrics().height()
