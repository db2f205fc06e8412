"""Front-matter fields named in the interface language, their YAML key kept in sight (decision
0223).

The form named each row by its key ("title", "top_img", "categories"): readable in English, and
what the author writes, but English inside the 简体中文 interface. A known key gets a name in the
interface language, with the key beside it in the hint colour: the author still sees what to
write in the raw header. In English, and for keys without a name (a custom field, a theme's
rarer key), the row shows the key alone, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# the keys the engines' and themes' field data (``core/fields``) name most often (the values are
# the English source texts: ``QT_TRANSLATE_NOOP`` marks them for lupdate and returns them)
_LABELS: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "date": QT_TRANSLATE_NOOP("FieldLabels", "Date"),
    "updated": QT_TRANSLATE_NOOP("FieldLabels", "Updated"),
    "lastmod": QT_TRANSLATE_NOOP("FieldLabels", "Last modified"),
    "updatedDate": QT_TRANSLATE_NOOP("FieldLabels", "Updated"),
    "pubDate": QT_TRANSLATE_NOOP("FieldLabels", "Publish date"),
    "publishDate": QT_TRANSLATE_NOOP("FieldLabels", "Publish date"),
    "expiryDate": QT_TRANSLATE_NOOP("FieldLabels", "Expiry date"),
    "tags": QT_TRANSLATE_NOOP("FieldLabels", "Tags"),
    "categories": QT_TRANSLATE_NOOP("FieldLabels", "Categories"),
    "taxonomies": QT_TRANSLATE_NOOP("FieldLabels", "Taxonomies"),
    "keywords": QT_TRANSLATE_NOOP("FieldLabels", "Keywords"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "summary": QT_TRANSLATE_NOOP("FieldLabels", "Summary"),
    "excerpt": QT_TRANSLATE_NOOP("FieldLabels", "Excerpt"),
    "cover": QT_TRANSLATE_NOOP("FieldLabels", "Cover"),
    "top_img": QT_TRANSLATE_NOOP("FieldLabels", "Banner image"),
    "image": QT_TRANSLATE_NOOP("FieldLabels", "Image"),
    "heroImage": QT_TRANSLATE_NOOP("FieldLabels", "Hero image"),
    "photos": QT_TRANSLATE_NOOP("FieldLabels", "Photos"),
    "draft": QT_TRANSLATE_NOOP("FieldLabels", "Draft"),
    "published": QT_TRANSLATE_NOOP("FieldLabels", "Published"),
    "author": QT_TRANSLATE_NOOP("FieldLabels", "Author"),
    "authors": QT_TRANSLATE_NOOP("FieldLabels", "Authors"),
    "slug": QT_TRANSLATE_NOOP("FieldLabels", "Slug"),
    "permalink": QT_TRANSLATE_NOOP("FieldLabels", "Permalink"),
    "abbrlink": QT_TRANSLATE_NOOP("FieldLabels", "Short link"),
    "url": QT_TRANSLATE_NOOP("FieldLabels", "URL"),
    "aliases": QT_TRANSLATE_NOOP("FieldLabels", "Aliases"),
    "layout": QT_TRANSLATE_NOOP("FieldLabels", "Layout"),
    "template": QT_TRANSLATE_NOOP("FieldLabels", "Template"),
    "type": QT_TRANSLATE_NOOP("FieldLabels", "Page type"),
    "lang": QT_TRANSLATE_NOOP("FieldLabels", "Language"),
    "comments": QT_TRANSLATE_NOOP("FieldLabels", "Comments"),
    "sticky": QT_TRANSLATE_NOOP("FieldLabels", "Pinned"),
    "top": QT_TRANSLATE_NOOP("FieldLabels", "Pinned"),
    "weight": QT_TRANSLATE_NOOP("FieldLabels", "Weight"),
    "series": QT_TRANSLATE_NOOP("FieldLabels", "Series"),
    "toc": QT_TRANSLATE_NOOP("FieldLabels", "Table of contents"),
    "toc_number": QT_TRANSLATE_NOOP("FieldLabels", "Numbered contents"),
    "toc_expand": QT_TRANSLATE_NOOP("FieldLabels", "Expand contents"),
    "toc_style_simple": QT_TRANSLATE_NOOP("FieldLabels", "Simple contents"),
    "copyright": QT_TRANSLATE_NOOP("FieldLabels", "Copyright notice"),
    "copyright_author": QT_TRANSLATE_NOOP("FieldLabels", "Copyright author"),
    "copyright_author_href": QT_TRANSLATE_NOOP("FieldLabels", "Copyright author link"),
    "copyright_url": QT_TRANSLATE_NOOP("FieldLabels", "Copyright link"),
    "copyright_info": QT_TRANSLATE_NOOP("FieldLabels", "Copyright text"),
    "aside": QT_TRANSLATE_NOOP("FieldLabels", "Sidebar"),
    "mathjax": QT_TRANSLATE_NOOP("FieldLabels", "MathJax"),
    "katex": QT_TRANSLATE_NOOP("FieldLabels", "KaTeX"),
    "highlight_shrink": QT_TRANSLATE_NOOP("FieldLabels", "Fold code blocks"),
    "noticeOutdate": QT_TRANSLATE_NOOP("FieldLabels", "Outdated notice"),
    "pagination_cover": QT_TRANSLATE_NOOP("FieldLabels", "Neighbour card image"),
    "linkTitle": QT_TRANSLATE_NOOP("FieldLabels", "Short title"),
    "translationKey": QT_TRANSLATE_NOOP("FieldLabels", "Translation key"),
    "disableNunjucks": QT_TRANSLATE_NOOP("FieldLabels", "Leave {{ }} and {% %} alone"),
    "render_with_liquid": QT_TRANSLATE_NOOP("FieldLabels", "Run Liquid"),
    # every other key an engine's or Butterfly's Add field menu offers (a Hugo post's menu named
    # two thirds of its keys in 简体中文 and left markup, headless, cascade… in English)
    "markup": QT_TRANSLATE_NOOP("FieldLabels", "Markup"),
    "isCJKLanguage": QT_TRANSLATE_NOOP("FieldLabels", "CJK word count"),
    "headless": QT_TRANSLATE_NOOP("FieldLabels", "Headless"),
    "outputs": QT_TRANSLATE_NOOP("FieldLabels", "Output formats"),
    "params": QT_TRANSLATE_NOOP("FieldLabels", "Parameters"),
    "build": QT_TRANSLATE_NOOP("FieldLabels", "Build options"),
    "cascade": QT_TRANSLATE_NOOP("FieldLabels", "Passed to children"),
    "menus": QT_TRANSLATE_NOOP("FieldLabels", "Menus"),
    "resources": QT_TRANSLATE_NOOP("FieldLabels", "Resources"),
    "sitemap": QT_TRANSLATE_NOOP("FieldLabels", "Sitemap"),
    "sites": QT_TRANSLATE_NOOP("FieldLabels", "Sites"),
    "excerpt_separator": QT_TRANSLATE_NOOP("FieldLabels", "Excerpt separator"),
    "eleventyExcludeFromCollections": QT_TRANSLATE_NOOP("FieldLabels", "Not in collections"),
    "templateEngineOverride": QT_TRANSLATE_NOOP("FieldLabels", "Template engines"),
    "eleventyComputed": QT_TRANSLATE_NOOP("FieldLabels", "Computed data"),
    "eleventyNavigation": QT_TRANSLATE_NOOP("FieldLabels", "Navigation"),
    "pagination": QT_TRANSLATE_NOOP("FieldLabels", "Pagination"),
    "render": QT_TRANSLATE_NOOP("FieldLabels", "Render"),
    "path": QT_TRANSLATE_NOOP("FieldLabels", "Path"),
    "in_search_index": QT_TRANSLATE_NOOP("FieldLabels", "In search index"),
    "extra": QT_TRANSLATE_NOOP("FieldLabels", "Extra fields"),
    "abcjs": QT_TRANSLATE_NOOP("FieldLabels", "abcjs notation"),
    "aplayer": QT_TRANSLATE_NOOP("FieldLabels", "APlayer"),
    "random": QT_TRANSLATE_NOOP("FieldLabels", "Random order"),
    "limit": QT_TRANSLATE_NOOP("FieldLabels", "Limit"),
    "flink_url": QT_TRANSLATE_NOOP("FieldLabels", "Friend links URL"),
    "shuoshuo_url": QT_TRANSLATE_NOOP("FieldLabels", "Shuoshuo URL"),
    "orderby": QT_TRANSLATE_NOOP("FieldLabels", "Order by"),
    "order": QT_TRANSLATE_NOOP("FieldLabels", "Order"),
}


def field_label(key: str) -> str | None:
    """The field's name in the interface language; None when the row should show the key alone
    (English, whose names would only repeat the key, or a key without a name)."""
    source = _LABELS.get(key)
    if not isinstance(source, str):
        return None
    text = QCoreApplication.translate("FieldLabels", source)
    return None if text == source else text


def menu_text(key: str) -> str:
    """An Add field menu entry: the key, after the field's name when it has one ("标题 · title")."""
    name = field_label(key)
    return f"{name} · {key}" if name else key
