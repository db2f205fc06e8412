"""DocumentManager through the window: save as, revert, save conflicts, recent files, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_save_as_for_a_new_document(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "new-post.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    tab = main_window.documents.new_document()
    qtbot.keyClicks(tab.editor, "# Hello  ")
    main_window.window_actions["save"].trigger()
    assert target.read_bytes() == b"# Hello  "
    assert tab.path == target
    assert main_window.windowTitle().startswith("new-post.md")
    assert not main_window.isWindowModified()
    assert main_window.documents.recent_files()[0] == target
    assert main_window.recent_menu.actions()[0].text() == str(target)


def test_revert_reloads_from_disk_as_one_undo_step(qtbot, main_window, post_file, monkeypatch):
    tab = main_window.open_paths([post_file])[0]
    tab.editor.textCursor().insertText("丢弃")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    main_window.window_actions["revert"].trigger()
    assert tab.editor.toPlainText() == post_file.read_text(encoding="utf-8")
    assert not tab.is_modified()
    tab.editor.undo()
    assert tab.editor.toPlainText().startswith("丢弃")


def test_save_conflict_asks_before_overwriting(qtbot, main_window, post_file, monkeypatch):
    tab = main_window.open_paths([post_file])[0]
    tab.editor.textCursor().insertText("mine ")
    post_file.write_text("changed by another program", encoding="utf-8")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    asked: list[str] = []

    def fake_warning(_parent, title, *_args):
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    assert not main_window.documents.save(tab)
    assert post_file.read_text(encoding="utf-8") == "changed by another program"
    assert tab.is_modified()
    assert main_window.documents.save(tab)
    assert post_file.read_text(encoding="utf-8").startswith("mine ---\n")
    assert len(asked) == 2


def test_opening_a_binary_file_shows_an_error_and_no_tab(qtbot, main_window, tmp_path, monkeypatch):
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))
    assert main_window.open_paths([binary]) == []
    assert shown
    assert "image.md" in shown[0]
    assert main_window.tabs() == []


def test_opening_replaces_the_pristine_untitled_tab(qtbot, main_window, post_file) -> None:
    main_window.documents.new_document()
    main_window.open_paths([post_file])
    assert [tab.path for tab in main_window.tabs()] == [post_file.resolve()]


def test_no_break_spaces_and_line_separators_survive_a_save(qtbot, main_window, tmp_path) -> None:
    post = tmp_path / "nbsp.md"
    original = "---\ntitle: a\u00a0b\n---\n\n中文\u00a0空格\u2028分行\u3000全角 \n".encode()
    post.write_bytes(original)
    tab = main_window.open_paths([post])[0]
    tab.editor.textCursor().insertText("x")
    tab.editor.undo()
    tab.editor.textCursor().insertText("")
    tab.editor.document().setModified(True)
    assert main_window.documents.save(tab)
    assert post.read_bytes() == original


def test_saving_a_read_only_post_offers_save_as_and_keeps_the_original(
    qtbot, main_window, post_file, tmp_path, monkeypatch
) -> None:
    from postpad.gui.documents import external

    original = post_file.read_bytes()
    tab = main_window.open_paths([post_file])[0]
    tab.editor.textCursor().insertText("mine ")
    post_file.chmod(0o444)
    offered: list[str] = []
    monkeypatch.setattr(
        external, "show_save_error", lambda _parent, name, error: offered.append(name) or True
    )
    copy = tmp_path / "copy.md"
    monkeypatch.setattr(
        "postpad.gui.documents.manager.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(copy), ""),
    )
    try:
        assert main_window.documents.save(tab)
    finally:
        post_file.chmod(0o644)
    assert offered == [post_file.name]
    assert post_file.read_bytes() == original
    assert copy.read_text(encoding="utf-8").startswith("mine ---")
    assert not tab.is_modified()


def test_bundle_posts_are_told_apart_by_their_folder(qtbot, main_window, tmp_path: Path) -> None:
    # two Hugo page bundles open: each tab and the window title name the bundle, not index.md
    paths = []
    for name in ("first-trip", "second-trip"):
        (tmp_path / name).mkdir()
        paths.append(tmp_path / name / "index.md")
        paths[-1].write_text(f"---\ntitle: {name}\n---\nBody\n", encoding="utf-8")
    main_window.open_paths(paths)
    tabs = main_window.tab_widget
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == ["first-trip/index.md", "second-trip/index.md"]
    assert main_window.windowTitle().startswith("second-trip/index.md")
