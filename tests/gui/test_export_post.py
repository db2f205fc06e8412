"""Export from the real window: HTML as ``postpad render`` writes it, PDF with the title."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from postpad.cli import main as cli_main
from postpad.gui import export
from postpad.gui.export import EXPORT

pytestmark = pytest.mark.gui

TITLE = "秋日散记 关于离线写作"


def _pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    text = "".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\n", "")


def test_html_export_matches_postpad_render(main_window, post_file: Path, tmp_path: Path) -> None:
    before = post_file.read_bytes()
    (tab,) = main_window.open_paths([post_file])
    # with View > Post Header in Preview off: the page has the preview's header otherwise (0243)
    main_window.findChild(type(main_window.window_actions["save"]), "actionPostHeader").setChecked(
        False
    )
    target = tmp_path / "out" / "autumn.html"
    target.parent.mkdir()
    export.export_html(tab, target)
    rendered = tmp_path / "cli.html"
    assert cli_main(["render", str(post_file), "-o", str(rendered)]) == 0
    assert target.read_text(encoding="utf-8") == rendered.read_text(encoding="utf-8")
    assert f"<title>{TITLE}</title>" in target.read_text(encoding="utf-8")
    assert post_file.read_bytes() == before
    with pytest.raises(export.ExportTargetError):
        export.export_html(tab, post_file)
    assert post_file.read_bytes() == before


def test_pdf_export_from_the_window(
    main_window, post_file: Path, tmp_path: Path, qtbot, monkeypatch
):
    before = post_file.read_bytes()
    mtime = post_file.stat().st_mtime_ns
    (tab,) = main_window.open_paths([post_file])
    target = tmp_path / "autumn.pdf"
    monkeypatch.setattr(export, "_ask_target", lambda *args: target)
    feature = main_window.features.require(EXPORT)
    with qtbot.waitSignal(feature.pdf.finished, timeout=60_000) as blocker:
        main_window.findChild(
            type(main_window.window_actions["save"]), "actionExportPdfA4"
        ).trigger()
        assert feature._progress is not None  # progress is shown while printing
    assert blocker.args == [str(target), True]
    assert feature._progress is None
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    text = _pdf_text(target)
    assert TITLE.replace(" ", "") in text
    assert "第一节准备" in text
    assert post_file.read_bytes() == before
    assert post_file.stat().st_mtime_ns == mtime
    assert not tab.editor.document().isModified()
