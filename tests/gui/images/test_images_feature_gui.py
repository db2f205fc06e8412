"""Tools › Images › Make Remote Images Local in the real window: one undo step, only the links."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core" / "images"))
from image_server import png_bytes, start_server

pytestmark = pytest.mark.gui
SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


def test_make_remote_images_local_from_the_menu(main_window, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    state, server = start_server()
    try:
        root = tmp_path / "hexo"
        shutil.copytree(SITES / "hexo-butterfly", root)
        url = state.add("/p/shot.png", png_bytes())
        dead = state.url("/p/dead.png")
        post = root / "source" / "_posts" / "remote.md"
        text = f"---\ntitle: R\ntop_img: {url}\n---\n\n第一段 ![a]({url})\n\n![b]({dead})\n"
        post.write_text(text, encoding="utf-8")
        [tab] = main_window.open_paths([post])
        menu = main_window.findChild(QMenu, "menuImages")
        assert menu is not None
        assert menu.menuAction() in main_window.menu("tools").actions()
        main_window.findChild(QAction, "actionLocalizeImages").trigger()
        expected = (
            f"---\ntitle: R\ntop_img: shot.png\n---\n\n第一段 ![a](shot.png)\n\n![b]({dead})\n"
        )
        assert tab.editor.toPlainText() == expected
        assert (root / "source" / "_posts" / "remote" / "shot.png").read_bytes() == png_bytes()
        assert warnings
        assert dead in warnings[0]
        tab.editor.undo()  # one undo step restores the post
        assert tab.editor.toPlainText() == text
    finally:
        server.shutdown()
        server.server_close()


def test_a_post_without_remote_images_says_so(main_window, tmp_path) -> None:
    # the status bar said "0 image link(s) changed."
    root = tmp_path / "hexo"
    shutil.copytree(SITES / "hexo-butterfly", root)
    post = root / "source" / "_posts" / "local.md"
    text = "---\ntitle: L\n---\n\n![a](/img/a.png)\n"
    post.write_text(text, encoding="utf-8")
    [tab] = main_window.open_paths([post])
    main_window.findChild(QAction, "actionLocalizeImages").trigger()
    assert main_window.status_bar().currentMessage() == "This post has no remote images."
    assert tab.editor.toPlainText() == text
