"""A missing image copied into place while the window was in the background: back in the
window, its problem clears and the preview shows it (decision 0226)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from postpad.gui.render_warnings import RENDER_PROBLEMS

pytestmark = pytest.mark.gui
POST = "---\ntitle: 图\n---\n\n看图：\n\n![cat](images/cat.png)\n"
WIDTH = (
    "(function(i){return !!i && i.complete ? i.naturalWidth : -1})(document.querySelector('img'))"
)


def _open(main_window, qtbot, folder: Path):
    post = folder / "post.md"
    post.write_text(POST, encoding="utf-8")
    (tab,) = main_window.open_paths([post])
    feature = main_window.features.require(RENDER_PROBLEMS)
    wait_for_preview_text(qtbot, tab.preview, "看图")
    qtbot.waitUntil(
        lambda: [f.code for f in feature.problems().findings] == ["broken-link"], timeout=15000
    )
    return tab, feature


def test_back_in_the_window_an_image_that_appeared_is_shown(main_window, qtbot, tmp_path):
    tab, feature = _open(main_window, qtbot, tmp_path)
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 0, timeout=10000)  # broken
    (tmp_path / "images").mkdir()
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(0xFF2040C0)
    assert image.save(str(tmp_path / "images" / "cat.png"))
    feature.on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert [f.code for f in feature.problems().findings] == ["broken-link"]  # not yet back
    feature.on_application_state(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: not feature.problems().findings, timeout=15000)
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 8, timeout=10000)


def test_back_in_the_window_nothing_is_rendered_while_the_image_is_still_missing(
    main_window, qtbot, tmp_path
):
    tab, feature = _open(main_window, qtbot, tmp_path)
    renders: list[object] = []
    tab.rendered.connect(renders.append)
    feature.on_application_state(Qt.ApplicationState.ApplicationActive)
    qtbot.wait(600)
    assert renders == []
    assert not tab.scheduler.busy


def test_back_in_the_window_an_image_changed_on_disk_is_shown_anew(main_window, qtbot, tmp_path):
    """The picture saved over (a screenshot cropped in an image editor) showed as it was until
    Postpad was restarted: the page kept the first load of the same address (decision 0285)."""
    (tmp_path / "images").mkdir()
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(0xFF2040C0)
    assert image.save(str(tmp_path / "images" / "cat.png"))
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    (tab,) = main_window.open_paths([post])
    feature = main_window.features.require(RENDER_PROBLEMS)
    wait_for_preview_text(qtbot, tab.preview, "看图")
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 8, timeout=10000)
    feature.on_application_state(Qt.ApplicationState.ApplicationInactive)
    qtbot.wait(300)  # the page's images are noted as the window is left
    bigger = QImage(16, 12, QImage.Format.Format_RGB32)
    bigger.fill(0xFFC04020)
    assert bigger.save(str(tmp_path / "images" / "cat.png"))
    feature.on_application_state(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, WIDTH) == 16, timeout=10000)
