"""Rename File… on a Hugo page bundle's post offers the bundle folder's name and moves the folder
with the post's images; the open tab follows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postpad.gui.protocols import SITE

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


def test_rename_a_bundle_offers_its_folder(qtbot, main_window, tmp_path, monkeypatch) -> None:
    from postpad.gui.site import attach as site_attach

    root = tmp_path / "hugo"
    shutil.copytree(SITES / "hugo", root)
    controller = main_window.features.require(SITE)
    post = root / "content/posts/bundle/index.md"
    main_window.open_paths([post])
    qtbot.waitUntil(lambda: controller.site is not None, timeout=10000)
    offered: list[tuple[str, str]] = []

    def fake_get_text(_parent, _title, label, text=""):
        offered.append((label, text))
        return "photos", True

    monkeypatch.setattr(site_attach.QInputDialog, "getText", fake_get_text)
    new_path = controller.rename(post)
    assert offered[0][1] == "bundle"
    assert "folder" in offered[0][0]
    assert new_path == root / "content/posts/photos/index.md"
    assert (root / "content/posts/photos/pic.png").is_file()
    assert main_window.current_tab().path == new_path
    qtbot.waitUntil(lambda: not controller.runner.is_running(), timeout=10000)
    controller.runner.wait()
