"""The window names a Hugo shortcode pair left open in the interface language (decision 0220)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.render import RenderOptions, render
from postpad.core.site.check.render_findings import render_findings
from postpad.gui import i18n
from postpad.gui.render_warnings.messages import finding_text

pytestmark = pytest.mark.gui


def _finding():
    rendered = render("前文\n\n{{< details >}}\n\n正文\n", RenderOptions(engine="hugo"))
    [finding] = render_findings(rendered.warnings, Path("p.md"), None, "hugo")
    return finding


def test_english_and_chinese(qapp) -> None:
    finding = _finding()
    assert (finding.line, finding.code, finding.severity) == (3, "unclosed-shortcode", "error")
    assert finding_text(finding) == (
        "{{< details >}} is never closed: Hugo stops the build; close it with "
        "{{< /details >}} or write {{< details />}}"
    )
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        text = finding_text(finding)
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "没有结束标签" in text
    assert "{{< /details >}}" in text
    assert re.findall(r"[A-Za-z]{3,}", text) == ["details", "Hugo", "details", "details"]


def test_the_window_lists_it_and_clears_it_once_closed(main_window, tmp_path: Path, qtbot):
    """A Hugo site's post with {{< details >}} left open: one error in the status bar's
    problems, at the opener's line; typing the end tag clears it."""
    import shutil

    from PySide6.QtGui import QTextCursor

    from postpad.gui.render_warnings import RENDER_PROBLEMS

    sites = Path(__file__).resolve().parents[1] / "engines" / "sites"
    root = tmp_path / "hugo"
    shutil.copytree(sites / "hugo", root)
    (root / "content/posts").mkdir(parents=True)
    post = root / "content/posts/p.md"
    post.write_text("---\ntitle: 折叠\n---\n\n前文\n\n{{< details >}}\n\n正文\n", "utf-8")
    (tab,) = main_window.open_paths([post])
    feature = main_window.features.require(RENDER_PROBLEMS)

    def found() -> list[tuple[int, str, str]]:
        problems = feature.problems()
        findings = problems.findings if problems is not None else []
        return [(f.line, f.code, f.severity) for f in findings]

    qtbot.waitUntil(lambda: found() == [(7, "unclosed-shortcode", "error")], timeout=15000)
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("{{< /details >}}\n")
    qtbot.waitUntil(lambda: found() == [], timeout=15000)


def test_the_window_lists_a_pair_opened_mid_paragraph(main_window, tmp_path: Path, qtbot):
    """Opened mid-paragraph (after a pair closed on the same line): the error is at the open
    one's line and column, as ``postpad check`` gives it, and its underline starts there; the
    end tag typed in a later paragraph clears it (decision 0238)."""
    import shutil

    from PySide6.QtGui import QTextCursor

    from postpad.core.site.check import check_text
    from postpad.core.site.detect import detect_site
    from postpad.gui.render_warnings import RENDER_PROBLEMS

    sites = Path(__file__).resolve().parents[1] / "engines" / "sites"
    root = tmp_path / "hugo"
    shutil.copytree(sites / "hugo", root)
    (root / "content/posts").mkdir(parents=True)
    post = root / "content/posts/p.md"
    line = "前文 {{< details >}}x{{< /details >}} 和 {{< details >}} 折叠\n"
    text = "---\ntitle: 折叠\n---\n\n" + line + "\n正文\n"
    post.write_text(text, "utf-8")
    [checked] = [
        (f.line, f.column)
        for f in check_text(post, text, detect_site(root))
        if f.code == "unclosed-shortcode"
    ]
    assert checked == (5, line.rindex("{{<") + 1)
    (tab,) = main_window.open_paths([post])
    feature = main_window.features.require(RENDER_PROBLEMS)

    def found() -> list[tuple[int, int, str]]:
        problems = feature.problems()
        findings = problems.findings if problems is not None else []
        return [(f.line, f.column, f.code) for f in findings]

    qtbot.waitUntil(lambda: found() == [(*checked, "unclosed-shortcode")], timeout=15000)
    span = feature.problems().span(0)
    assert span.start == tab.editor.document().findBlockByNumber(4).position() + checked[1] - 1
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n后文 {{< /details >}}\n")
    qtbot.waitUntil(lambda: found() == [], timeout=15000)
