"""Export: PDF (pages, the title's Chinese text inside), HTML, and the source never touched."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from postpad.gui.export import ExportTargetError, PdfExporter, check_target, write_atomically

pytestmark = pytest.mark.gui

TITLE = "秋夜读书小记"
PAGE = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>body {{ font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }}</style></head>
<body><h1>{TITLE}</h1>
{"<p>十月初的夜晚来得早，窗外的桂花香一阵一阵地飘进来。Offline writing.</p>" * 60}
</body></html>"""


def _text(pdf: Path, page: int = 0) -> str:
    """Page text as a reader would search it: Noto CJK's ToUnicode maps some glyphs to Kangxi
    radicals (⼩ for 小) and Latin ligatures (ﬄ); NFKC folds both back."""
    text = PdfReader(str(pdf)).pages[page].extract_text()
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\n", "")


def _print(qtbot, html: str, target: Path, size: str) -> bool:
    exporter = PdfExporter()
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as blocker:
        exporter.start(html, target.parent, target, size)
    assert not exporter.busy()
    return bool(blocker.args[1])


@pytest.mark.parametrize(("size", "width_pt"), [("a4", 595), ("letter", 612)])
def test_pdf_has_pages_and_the_title_text(qtbot, tmp_path: Path, size: str, width_pt: int) -> None:
    target = tmp_path / f"post-{size}.pdf"
    assert _print(qtbot, PAGE, target, size)
    assert target.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 2  # sixty paragraphs do not fit on one page
    assert round(float(reader.pages[0].mediabox.width)) == width_pt
    assert TITLE in _text(target)
    assert "Offlinewriting." in _text(target)


def test_large_page_goes_through_a_temporary_file(qtbot, tmp_path: Path) -> None:
    big = PAGE.replace("</body>", "<p>" + "长" * 600_000 + "</p></body>")
    target = tmp_path / "big.pdf"
    assert _print(qtbot, big, target, "a4")
    assert TITLE in _text(target)


def test_export_never_writes_over_the_post(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"---\ntitle: x\n---\nbody")
    with pytest.raises(ExportTargetError):
        check_target(tmp_path / "." / "post.md", post)
    check_target(tmp_path / "post.html", post)
    write_atomically(tmp_path / "post.html", "<p>中文</p>")
    assert (tmp_path / "post.html").read_text(encoding="utf-8") == "<p>中文</p>"
    assert post.read_bytes() == b"---\ntitle: x\n---\nbody"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.html", "post.md"]
