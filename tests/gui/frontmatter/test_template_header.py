"""A site's template (Hexo's scaffolds, Hugo's archetypes) is no post: its ``{{ title }}`` is
filled in before an engine reads a header made from it. The form said "Hexo refuses it too: it
leaves the post out of the site" (decision 0250)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.site.detect import detect_site
from postpad.gui import i18n
from postpad.gui.frontmatter.panel import template_name

pytestmark = pytest.mark.gui

SCAFFOLD = "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n"


def _hexo_site(root: Path) -> None:
    (root / "scaffolds").mkdir(parents=True)
    (root / "source" / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: 博客\n", encoding="utf-8")
    (root / "package.json").write_text('{"dependencies": {"hexo": "^8.1.2"}}', encoding="utf-8")


def test_a_scaffold_is_called_a_template_not_a_post_left_out(make_panel, tmp_path) -> None:
    _hexo_site(tmp_path)
    scaffold = tmp_path / "scaffolds" / "post.md"
    scaffold.write_text(SCAFFOLD, encoding="utf-8")
    site = detect_site(scaffold)
    assert site is not None
    editor, panel = make_panel(SCAFFOLD, "hexo", None)
    assert "leaves the post out" in panel.error_label.text()  # as a post, Hexo would
    panel.set_post(scaffold, site)
    text = panel.error_label.text()
    assert text.startswith("Postpad cannot read this front matter (line 2, column 9)")
    assert "This file is a template (scaffolds/post.md), not a post" in text
    assert "leaves the post out" not in text
    assert "does not parse" not in text
    assert panel.is_read_only()
    assert editor.toPlainText() == SCAFFOLD
    post = tmp_path / "source" / "_posts" / "a.md"
    panel.set_post(post, site)
    assert "leaves the post out" in panel.error_label.text()


def test_template_names(tmp_path) -> None:
    _hexo_site(tmp_path)
    site = detect_site(tmp_path / "scaffolds")
    assert site is not None
    assert template_name(tmp_path / "scaffolds" / "draft.md", site) == "scaffolds/draft.md"
    theme = tmp_path / "themes" / "x" / "archetypes" / "default.md"
    assert template_name(theme, site) == "archetypes/default.md"
    post = tmp_path / "source" / "_posts" / "scaffolds" / "a.md"  # a post about scaffolds
    assert template_name(post, site) is None
    assert template_name(Path("/elsewhere/archetypes/posts.md"), None) == "archetypes/posts.md"
    assert template_name(Path("/elsewhere/notes/a.md"), None) is None
    assert template_name(None, None) is None


def test_in_chinese(make_panel, qapp, tmp_path) -> None:
    _hexo_site(tmp_path)
    scaffold = tmp_path / "scaffolds" / "post.md"
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, panel = make_panel(SCAFFOLD, "hexo", None)
        panel.set_post(scaffold, detect_site(scaffold))
        text = panel.error_label.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "这个文件是模板（scaffolds/post.md），不是文章" in text
