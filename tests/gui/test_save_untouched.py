"""Ctrl+S in the window on a post the user did not change writes nothing (issue 12).

`hexo server` and `hugo server` rebuild on a new mtime, so a save that only rewrites the same
bytes is not harmless. The core's Document.save is tested alone in tests/core/test_document.py;
these go through the window's Save action, the editor and the form, which could each turn an
untouched post into a "changed" one (line endings, a BOM, `cover: ` with its trailing space).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

pytestmark = pytest.mark.gui

OLD_NS = 1_000_000_000  # 2001-09-09: any write moves the mtime away from it

BUTTERFLY_CRLF = (
    "\ufeff---\r\ntitle: 秋日散记\r\ndate: 2024/9/8\r\ncategories: 随笔\r\n"
    "top_img: 'linear-gradient(45deg, #2b5876, #4e4376)'\r\ncover: \r\n---\r\n\r\n"
    "&ensp;&ensp;&ensp;&ensp;秋天的早晨很安静。  \r\n"
).encode()


def _aged(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    os.utime(path, ns=(OLD_NS, OLD_NS))
    return path


def _untouched(path: Path, data: bytes) -> bool:
    return path.read_bytes() == data and path.stat().st_mtime_ns == OLD_NS


def test_save_action_is_ctrl_s(main_window) -> None:
    save = main_window.window_actions["save"]
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)


def test_ctrl_s_on_an_opened_post_leaves_the_file_alone(qtbot, main_window, tmp_path) -> None:
    post = _aged(tmp_path / "crlf-bom.md", BUTTERFLY_CRLF)
    tab = main_window.open_paths([post])[0]
    qtbot.waitUntil(lambda: tab.form.row("cover") is not None, timeout=10000)  # the form is built
    main_window.window_actions["save"].trigger()
    assert _untouched(post, BUTTERFLY_CRLF)
    assert not main_window.isWindowModified()


def test_an_edit_undone_then_saved_leaves_the_file_alone(qtbot, main_window, tmp_path) -> None:
    post = _aged(tmp_path / "crlf-bom.md", BUTTERFLY_CRLF)
    tab = main_window.open_paths([post])[0]
    tab.editor.textCursor().insertText("草稿")
    tab.editor.undo()
    main_window.window_actions["save"].trigger()
    assert _untouched(post, BUTTERFLY_CRLF)


def test_a_real_edit_is_still_saved(qtbot, main_window, tmp_path) -> None:
    post = _aged(tmp_path / "crlf-bom.md", BUTTERFLY_CRLF)
    tab = main_window.open_paths([post])[0]
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    tab.editor.insertPlainText("新的一段。\n")
    main_window.window_actions["save"].trigger()
    assert post.stat().st_mtime_ns != OLD_NS
    assert post.read_bytes() == BUTTERFLY_CRLF + "新的一段。\r\n".encode()
