"""In the 简体中文 interface the form names known fields in Chinese and keeps the YAML key in
sight beside the name; in English, and for custom keys, the row shows the key (decision 0223)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from postpad.core.fields import schema_for
from postpad.gui import i18n
from postpad.gui.frontmatter.field_labels import field_label

pytestmark = pytest.mark.gui

HEADER = (
    "---\ntitle: 秋夜\ndate: 2024-09-01 20:00:00\ntags: [随笔]\ncategories: [生活]\n"
    "cover: /img/a.jpg\ntop_img: false\ndescription: 一篇短文\nmy_field: x\n---\n\n正文\n"
)


@pytest.fixture
def chinese(qapp):
    i18n.install_translators(qapp, QLocale("zh_CN"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


def _shown(panel) -> dict[str, tuple[str, str]]:
    """key -> (the row's name, the key shown beside it or "")."""
    return {
        row.key: (row.label.text(), row.key_label.text() if row.key_label.isVisibleTo(row) else "")
        for row in panel.rows()
    }


def test_chinese_names_with_the_key_beside(make_panel, chinese, qtbot) -> None:
    _editor, panel = make_panel(HEADER)
    panel.set_language("zh_CN")
    shown = _shown(panel)
    assert shown["title"] == ("标题", "title")
    assert shown["top_img"] == ("顶部图", "top_img")
    assert shown["categories"] == ("分类", "categories")
    assert shown["my_field"] == ("my_field", "")  # a custom key has no other name
    assert panel.row("title").key_label.property("postpadRole") == "hint"
    panel.resize(260, 800)  # a narrow pane: the names stay whole, a long key may be clipped
    panel.show()
    qtbot.waitExposed(panel)
    for row in panel.rows():
        assert row.label.width() >= row.label.sizeHint().width(), row.key


def test_english_shows_the_key_alone(make_panel) -> None:
    _editor, panel = make_panel(HEADER)
    shown = _shown(panel)
    assert shown["title"] == ("title", "")
    assert shown["top_img"] == ("top_img", "")


def test_the_common_keys_of_every_engine_have_chinese_names(chinese) -> None:
    engines = [("hexo", "butterfly"), ("hugo", None), ("jekyll", None)]
    for engine, theme in engines:
        for key in ("title", "date", "tags", "categories", "description", "draft", "slug"):
            if schema_for(engine, theme).get(key) is None:
                continue
            name = field_label(key)
            assert name is not None, (engine, key)
            assert re.search(r"[\u4e00-\u9fff]", name), (key, name)


def test_the_add_field_menu_names_the_fields_too(make_panel, chinese) -> None:
    _editor, panel = make_panel("---\ntitle: 秋夜\n---\n")
    panel.set_language("zh_CN")
    panel.add_button.fill_menu()
    texts = [action.text() for action in panel.add_button.menu().actions() if action.text()]
    assert "日期 · date" in texts
    assert "顶部图 · top_img" in texts
    assert "标题 · title" not in texts  # already in the header


def test_every_key_an_add_field_menu_offers_has_a_chinese_name(chinese) -> None:
    # a Hugo post's menu left markup, headless, cascade, sites… in English
    from postpad.core.fields import engine_fields, theme_fields

    specs = [spec for engine in ("hexo", "hugo", "jekyll", "eleventy", "zola", "astro")
             for spec in engine_fields(engine) or ()]  # fmt: skip
    specs += theme_fields("hexo", "butterfly")
    unnamed = sorted(
        {s.key for s in specs if not re.search(r"[\u4e00-\u9fff]", field_label(s.key) or "")}
    )
    assert unnamed == []
