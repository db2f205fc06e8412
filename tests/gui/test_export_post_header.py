"""Export carries the preview's post header while View > Post Header in Preview is on
(decision 0243): Butterfly's banner, title and meta in the HTML page and the PDF."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QAction

from postpad.gui import export
from postpad.gui.export import EXPORT

pytestmark = pytest.mark.gui

GRADIENT = "linear-gradient(20deg, #0062be, #925696, #cc426e, #fb0347)"
POST = f"""---
title: 某篇文章
date: 2024/6/1 13:05:09
categories: [随笔, 杂谈]
top_img: '{GRADIENT}'
---

第一段正文。
"""


def _post(tmp_path: Path) -> Path:
    site = tmp_path / "blog"
    (site / "source" / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(
        "title: 博客\nlanguage: zh-CN\ntheme: butterfly\n", encoding="utf-8"
    )
    (site / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', encoding="utf-8")
    post = site / "source" / "_posts" / "post.md"
    post.write_text(POST, encoding="utf-8")
    return post


def test_html_export_has_the_header_while_it_is_shown(main_window, tmp_path: Path) -> None:
    (tab,) = main_window.open_paths([_post(tmp_path)])
    target = tmp_path / "out.html"
    export.export_html(tab, target)
    page = target.read_text(encoding="utf-8")
    header = page.index('<header id="pp-post-header"')
    assert header < page.index('<main class="pp-post">')
    assert 'class="pp-post-header pp-butterfly pp-banner pp-mask"' in page
    assert f"background: {GRADIENT};" in page
    assert '<h1 class="pp-post-title">某篇文章</h1>' in page
    assert "发表于" in page
    assert '>随笔</span><span class="pp-post-meta-separator">›</span>' in page
    action = main_window.findChild(QAction, "actionPostHeader")
    action.setChecked(False)
    export.export_html(tab, target)
    assert "pp-post-header" not in target.read_text(encoding="utf-8").split("<body>")[1]


def test_pdf_export_prints_the_header_once(main_window, tmp_path: Path, qtbot, monkeypatch) -> None:
    main_window.open_paths([_post(tmp_path)])
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(export, "_ask_target", lambda *args: target)
    feature = main_window.features.require(EXPORT)
    with qtbot.waitSignal(feature.pdf.finished, timeout=60_000) as blocker:
        feature.export_pdf("a4")
    assert blocker.args == [str(target), True]
    reader = PdfReader(str(target))
    text = "".join(page.extract_text() for page in reader.pages)
    text = unicodedata.normalize("NFKC", text).replace(" ", "").replace("\n", "")
    assert text.count("某篇文章") == 1  # the header's title, not a second heading
    assert "发表于" in text
    assert "随笔" in text
    assert "第一段正文" in text
