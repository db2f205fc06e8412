"""Field schemas: every engine module, Butterfly completeness, help texts, suggest_key."""

from __future__ import annotations

import re

import pytest

from postpad.core.engines import engine_names
from postpad.core.fields import (
    CategoryStyle,
    FieldKind,
    FieldSpec,
    Widget,
    edit_distance,
    schema_for,
)

# Every key of Butterfly 5.7.0's post/page front matter plus `top` (decision 0031).
BUTTERFLY_KEYS = [
    "title",
    "date",
    "updated",
    "tags",
    "categories",
    "keywords",
    "description",
    "top_img",
    "cover",
    "pagination_cover",
    "comments",
    "toc",
    "toc_number",
    "toc_expand",
    "toc_style_simple",
    "copyright",
    "copyright_author",
    "copyright_author_href",
    "copyright_url",
    "copyright_info",
    "mathjax",
    "katex",
    "abcjs",
    "aplayer",
    "highlight_shrink",
    "aside",
    "noticeOutdate",
    "sticky",
    "top",
    "series",
    "type",
    "random",
    "limit",
    "flink_url",
    "shuoshuo_url",
    "orderby",
    "order",
    "abbrlink",
]

HEXO_CORE_KEYS = [
    "layout",
    "title",
    "date",
    "updated",
    "comments",
    "tags",
    "categories",
    "permalink",
    "slug",
    "published",
    "excerpt",
    "disableNunjucks",
    "lang",
    "photos",
]

CORE_KEYS = {
    "hugo": "title date draft description tags categories lastmod publishDate expiryDate slug "
    "url aliases summary linkTitle weight layout type markup params build cascade menus outputs",
    "jekyll": "layout title date categories tags published permalink slug excerpt",
    "eleventy": "title date tags layout permalink eleventyExcludeFromCollections "
    "templateEngineOverride eleventyComputed",
    "zola": "title description date updated weight draft render slug path aliases authors "
    "in_search_index template taxonomies extra",
    "astro": "title description pubDate updatedDate heroImage draft tags",
}

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_butterfly_schema_has_every_documented_key() -> None:
    schema = schema_for("hexo", "butterfly")
    missing = [key for key in BUTTERFLY_KEYS + HEXO_CORE_KEYS if key not in schema]
    assert missing == []
    assert len(schema.keys()) == len(set(schema.keys()))


def test_butterfly_kinds_and_widgets() -> None:
    schema = schema_for("hexo", "butterfly")
    expectations = {
        "date": FieldKind.DATETIME,
        "tags": FieldKind.TAGS,
        "categories": FieldKind.CATEGORIES,
        "toc": FieldKind.BOOL,
        "sticky": FieldKind.NUMBER,
        "cover": FieldKind.IMAGE,
        "description": FieldKind.LONGTEXT,
        "type": FieldKind.CHOICE,
    }
    for key, kind in expectations.items():
        spec = schema.get(key)
        assert spec is not None, key
        assert spec.kind is kind, key
    cover = schema.get("cover")
    top_img = schema.get("top_img")
    assert cover is not None
    assert cover.widget is Widget.COVER
    assert top_img is not None
    assert top_img.widget is Widget.BACKGROUND
    assert schema.category_style is CategoryStyle.HIERARCHY


def test_theme_spec_replaces_engine_spec_in_engine_order() -> None:
    plain = schema_for("hexo")
    themed = schema_for("hexo", "butterfly")
    assert themed.keys()[: len(plain.keys())] == plain.keys()
    assert themed.get("comments") is not plain.get("comments")
    assert "cover" not in plain
    assert "cover" in themed


@pytest.mark.parametrize("engine", sorted((*engine_names(), "generic")))
def test_every_engine_module_has_bilingual_help(engine: str) -> None:
    schema = schema_for(engine)
    assert schema.engine == engine
    assert "title" in schema
    for spec in schema:
        assert isinstance(spec, FieldSpec)
        assert spec.help_en, spec.key
        assert not HAN.search(spec.help_en), spec.key
        assert HAN.search(spec.help_zh), spec.key
        assert spec.help("zh_CN") == spec.help_zh
        assert spec.help("en_US") == spec.help_en
        if spec.kind is FieldKind.CHOICE:
            assert spec.choices, spec.key


def test_butterfly_help_is_bilingual() -> None:
    for spec in schema_for("hexo", "butterfly"):
        assert HAN.search(spec.help("zh")), spec.key
        assert not HAN.search(spec.help("en")), spec.key


@pytest.mark.parametrize(("engine", "keys"), sorted(CORE_KEYS.items()))
def test_engine_core_keys(engine: str, keys: str) -> None:
    schema = schema_for(engine)
    assert [key for key in keys.split() if key not in schema] == []


def test_aliases_resolve_to_their_spec() -> None:
    hexo = schema_for("hexo")
    assert hexo.get("tag") is hexo.get("tags")
    assert hexo.get("category") is hexo.get("categories")
    hugo = schema_for("hugo")
    published = hugo.get("published")
    assert published is not None
    assert published.key == "publishDate"
    assert published.kind is FieldKind.DATETIME  # not Hexo's boolean
    assert hugo.get("PUBLISHDATE") is published  # Hugo keys are case-insensitive
    assert schema_for("hexo").get("Title") is None  # Hexo keys are not


@pytest.mark.parametrize(
    ("engine", "typo", "expected"),
    [
        ("hexo", "categroies", "categories"),
        ("hexo", "data", "date"),
        ("hexo", "Title", "title"),
        ("hexo", "catagories", "categories"),
        ("hugo", "data", "date"),
        ("hugo", "categroies", "categories"),
        ("jekyll", "categroies", "categories"),
        ("generic", "categroies", "categories"),
        ("zola", "tags", "taxonomies"),
    ],
)
def test_suggest_key_finds_misspellings(engine: str, typo: str, expected: str) -> None:
    assert schema_for(engine).suggest_key(typo) == expected


@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("cover_img", "cover"),
        ("top-img", "top_img"),
        ("descripton", "description"),
        ("copyright_autor", "copyright_author"),
        ("noticeoutdate", "noticeOutdate"),
    ],
)
def test_suggest_key_butterfly(typo: str, expected: str) -> None:
    assert schema_for("hexo", "butterfly").suggest_key(typo) == expected


@pytest.mark.parametrize("key", ["title", "tag", "category", "abbrlink", "music_id", "foo", "img"])
def test_suggest_key_leaves_known_and_custom_keys_alone(key: str) -> None:
    assert schema_for("hexo", "butterfly").suggest_key(key) is None


def test_unknown_engine_and_theme_fall_back() -> None:
    assert schema_for("nonesuch").engine == "generic"
    assert schema_for(None).engine == "generic"
    assert schema_for("hexo", "next").keys() == schema_for("hexo").keys()


def test_edit_distance() -> None:
    assert edit_distance("categroies", "categories") == 1  # one transposition
    assert edit_distance("data", "date") == 1
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("kitten", "sitting") == 3
