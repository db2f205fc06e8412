"""A header Postpad's YAML reader refuses but the engine reads is not called broken (decision
0239): the form stays read-only and the text is never rewritten, the banner says that the
engine reads it; when the engine refuses it too, the banner says what the engine does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from postpad.gui import i18n

pytestmark = pytest.mark.gui

NESTED_TAB = "---\ntitle: 骑行\np:\n  \tq: 1\n---\n正文\n"  # real Hugo 0.168 reads p.q = 1


def test_hugo_reads_it_the_form_says_so_and_stays_read_only(make_panel) -> None:
    editor, panel = make_panel(NESTED_TAB, "hugo", None)
    error = panel.error()
    assert error is not None
    assert (error.line, error.column) == (4, 3)
    text = panel.error_label.text()
    assert text.startswith("Postpad cannot read this front matter (line 4, column 3)")
    assert "Hugo reads it as written: the post builds" in text
    assert "does not parse" not in text
    assert not panel.form_body.isEnabled()
    assert not panel.add_field("draft")  # read-only: nothing is written
    assert editor.toPlainText() == NESTED_TAB


@pytest.mark.parametrize(
    ("engine", "says"),
    [
        ("jekyll", "Jekyll refuses it too: it publishes the post without its front matter."),
        ("hexo", "Hexo refuses it too: it leaves the post out of the site."),
    ],
)
def test_an_engine_that_refuses_it_too_is_named(make_panel, engine: str, says: str) -> None:
    _editor, panel = make_panel(NESTED_TAB, engine, None)
    text = panel.error_label.text()
    assert text.startswith("The front matter does not parse (line 4, column 3)")
    assert says in text


# the header of apple/swift-org-website _posts/2022-03-14-swift-5.6-released.md (MIT)
SWIFT_56 = (
    "---\nlayout: post\npublished: true\ndate: 2022-03-14 10:00:00\npublished: true\n"
    "title: Swift 5.6 Released!\nauthor: tkremenek\n---\n\nSwift 5.6 is now officially released!\n"
)


def test_a_duplicated_key_jekyll_reads_refuses_every_edit_and_says_why(make_panel) -> None:
    """A real Jekyll post with `published:` twice (Psych keeps the last): no form edit is
    made (the corpus harness's 5 refused edits), and the note names the key, its line and that
    Jekyll builds the post, so the author knows to remove one line in the text."""
    editor, panel = make_panel(SWIFT_56, "jekyll", None)
    text = panel.error_label.text()
    assert text.startswith("Postpad cannot read this front matter (line 5, column 1)")
    assert "duplicated mapping key 'published'" in text
    assert "Jekyll reads it as written: the post builds" in text
    assert panel.fields()["published"] is True  # the fields as Jekyll reads them
    assert panel.fields()["title"] == "Swift 5.6 Released!"
    assert not panel.form_body.isEnabled()
    assert not panel.add_field("tags")
    assert editor.toPlainText() == SWIFT_56


def test_a_tab_after_the_dash_hexo_reads(make_panel) -> None:
    _editor, panel = make_panel("---\ntitle: 骑行\ntags:\n-\t江南\n---\n正文\n", "hexo", None)
    assert "Hexo reads it as written" in panel.error_label.text()


def test_in_chinese(make_panel, qapp) -> None:
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, panel = make_panel(NESTED_TAB, "hugo", None)
        panel.set_language("zh_CN")
        reads = panel.error_label.text()
        _editor, panel = make_panel(NESTED_TAB, "jekyll", None)
        panel.set_language("zh_CN")
        refuses = panel.error_label.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "Hugo 能按原样读取：文章照常生成" in reads
    assert "无法解析" not in reads
    assert "Jekyll 同样读不了" in refuses


def test_check_says_the_same_in_both_languages(qapp, tmp_path) -> None:
    """``postpad check`` and Check Site: a warning naming the engine that reads the header,
    not "does not parse" (decision 0239)."""
    from postpad.core.site.check import check_paths
    from postpad.gui.check_messages import finding_text

    root = tmp_path / "blog"
    (root / "content/posts").mkdir(parents=True)
    (root / "hugo.toml").write_text('title = "x"\n', "utf-8")
    (root / "content/posts/p.md").write_text(NESTED_TAB, "utf-8")
    [finding] = [f for f in check_paths([root]) if f.code == "front-matter-parse"]
    assert (finding.line, finding.column, finding.severity) == (4, 3, "warning")
    assert finding.message.startswith(
        "Postpad's YAML reader cannot read the front matter, but Hugo"
    )
    english = finding_text(finding)
    assert english.startswith("Postpad cannot read the front matter (")
    assert english.endswith("but Hugo reads it: the post builds")
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        chinese = finding_text(finding)
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "但 Hugo 能读：文章照常生成" in chinese
    assert "cannot start any token" not in chinese


def test_the_real_window_on_a_hugo_post(main_window, tmp_path, qtbot) -> None:
    """A post of a Hugo site opened in the window: the form's note names Hugo as reading the
    header (the tab's schema is set after the text is loaded), the file is not rewritten."""
    root = tmp_path / "blog"
    (root / "content/posts").mkdir(parents=True)
    (root / "hugo.toml").write_text('title = "x"\n', "utf-8")
    post = root / "content/posts/p.md"
    post.write_text(NESTED_TAB, "utf-8")
    (tab,) = main_window.open_paths([post])
    qtbot.waitUntil(lambda: tab.form.error() is not None, timeout=15000)
    qtbot.waitUntil(lambda: "Hugo reads it" in tab.form.error_label.text(), timeout=15000)
    assert tab.editor.toPlainText() == NESTED_TAB
    assert post.read_text("utf-8") == NESTED_TAB
