"""Every label and help text of the tag data (:mod:`postpad.core.tags`), for the translators.

The core is Qt-free, so its texts are looked up by :func:`.dialog.spec_text` at run time; this
list only lets ``update_ts.py`` collect them (the test checks it covers the data).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagForms", text)


def catalogue() -> list[str]:
    """The translated texts, in the order of the data."""
    return [*_butterfly(), *_hugo(), *_hexo()]


def _butterfly() -> list[str]:
    return [*_butterfly_blocks(), *_butterfly_more()]


def _butterfly_blocks() -> list[str]:
    return [
        _tr("Note"),
        _tr("A coloured box around Markdown text."),
        _tr("Colour"),
        _tr("Class or colour of the box; several words are kept as they are."),
        _tr("Icon"),
        _tr("Font Awesome class such as fas fa-bullhorn, or no-icon."),
        _tr("Style"),
        _tr("Empty: the theme's note.style setting."),
        _tr("Note (nested)"),
        _tr("Tabs"),
        _tr("Tabbed panes, each between <!-- tab caption@icon --> and <!-- endtab -->."),
        _tr("Name"),
        _tr("Tabs without a caption are named after it."),
        _tr("Active tab"),
        _tr("Number of the tab shown first; 0: the first."),
        _tr("Button"),
        _tr("A link drawn as a button."),
        _tr("Link"),
        _tr("Text"),
        _tr("Font Awesome class such as far fa-hand-point-right."),
        _tr("Options"),
        _tr("Words such as outline, center, block, larger and a colour."),
        _tr("Label"),
        _tr("Highlighted text."),
        _tr("Hidden text (inline)"),
        _tr("Text shown after a click on a button."),
        _tr("Hidden text"),
        _tr("Button text"),
        _tr("Background"),
        _tr("CSS colour of the button, e.g. #49b1f5."),
        _tr("Text colour"),
        _tr("CSS colour of the button text."),
        _tr("Hidden block"),
        _tr("Markdown shown after a click on a button."),
        _tr("Fold (toggle)"),
        _tr("A folded section that opens and closes."),
        _tr("Title"),
    ]


def _butterfly_more() -> list[str]:
    return [
        _tr("Timeline"),
        _tr("Items, each between <!-- timeline title --> and <!-- endtimeline -->."),
        _tr("Headline"),
        _tr("Gallery"),
        _tr("Images of the body, one ![alt](url) per line."),
        _tr("Before Butterfly 5.3 the only parameter is the button."),
        _tr("Before Butterfly 4.10: lazyload, rowHeight, limit."),
        _tr("Load-more button"),
        _tr("true: more images after a click."),
        _tr("Images per load"),
        _tr("Images at first"),
        _tr("Gallery group"),
        _tr("A cover linking to a gallery page."),
        _tr("Description"),
        _tr("Gallery page"),
        _tr("Cover image"),
        _tr("Inline image"),
        _tr("A small image inside a line of text."),
        _tr("Image"),
        _tr("Height"),
        _tr("CSS height, e.g. 1.5em."),
        _tr("Mermaid diagram"),
        _tr("A diagram written in Mermaid."),
        _tr("Config"),
        _tr("Mermaid settings as JSON, e.g. {'theme':'dark'}."),
        _tr("Friend links"),
        _tr("Friend links as YAML: class_name, class_desc and link_list."),
        _tr("Chart.js chart"),
        _tr("Width"),
        _tr("Percent of the column, e.g. 50."),
        _tr("Chart and text side by side"),
        _tr("Chart id"),
        _tr("Music score"),
        _tr("Series list"),
        _tr("Posts of a series (front matter series:)."),
        _tr("Series"),
        _tr("Empty: the post's own series."),
    ]


def _hugo() -> list[str]:
    return [
        _tr("Figure"),
        _tr("An image with a caption."),
        _tr("Alternative text"),
        _tr("Caption"),
        _tr("Markdown is allowed."),
        _tr("Link target"),
        _tr("CSS class"),
        _tr("Loading"),
        _tr("Attribution"),
        _tr("Attribution link"),
        _tr("Highlighted code"),
        _tr("Code coloured by Hugo's highlighter."),
        _tr("Language"),
        _tr("e.g. linenos=table,hl_lines=2 4-5"),
        _tr("Link to a page (absolute)"),
        _tr("Page"),
        _tr("Path of the page, e.g. blog/post.md#anchor."),
        _tr("Output format"),
        _tr("Link to a page (relative)"),
        _tr("YouTube video"),
        _tr("Video id"),
        _tr("Start (seconds)"),
        _tr("End (seconds)"),
        _tr("Autoplay"),
        _tr("Vimeo video"),
        _tr("Details"),
        _tr("A section the reader opens with a click."),
        _tr("Summary"),
        _tr("Open"),
        _tr("Site parameter"),
        _tr("Parameter"),
    ]


def _hexo() -> list[str]:  # Hexo's own tags (decision 0154)
    return [
        _tr("Link to a post"),
        _tr("A link to another post of the site, titled with the post's title."),
        _tr("Post"),
        _tr("The post's file name without .md, or its title."),
        _tr("Empty: the post's title."),
        _tr("Path of a post"),
        _tr("The URL of another post of the site."),
        _tr("Image from the asset folder"),
        _tr("An image from the post's asset folder (post_asset_folder: true)."),
        _tr("File"),
        _tr("Pixels, digits only."),
        _tr('"title" "alt text" (each quoted) gives both.'),
        _tr("Link to an asset"),
        _tr("A link to a file in the post's asset folder."),
        _tr("Empty: the file name."),
        _tr("Path of an asset"),
        _tr("The URL of a file in the post's asset folder."),
        _tr("Code block"),
        _tr("Code with a caption, coloured by the site's highlighter."),
        _tr("Link text"),
        _tr("e.g. python; empty: guessed or plain."),
        _tr("Line numbers"),
        _tr("First line number"),
        _tr("Marked lines"),
        _tr("e.g. 1,4-7,10"),
        _tr("Wrap in a table"),
        _tr("Highlight"),
        _tr("Line number threshold"),
        _tr("Language attribute"),
        _tr("Quotation"),
        _tr("A quotation with its author and source."),
        _tr("Author"),
        _tr("Source"),
        _tr("A book or work; only without a link."),
        _tr("Link title"),
        _tr("Empty: the link's address."),
        _tr("Pull quote"),
        _tr("A quotation set apart from the text."),
        _tr("An image with a size and a title."),
        _tr("A link with a title."),
        _tr("Open in a new window"),
        _tr("Embedded page"),
        _tr("Another page shown inside the post."),
        _tr("Address"),
        _tr("Needs the hexo-tag-embed plugin: Hexo 8 has no youtube tag."),
        _tr("Type"),
        _tr("Needs the hexo-tag-embed plugin: Hexo 8 has no vimeo tag."),
        _tr("Raw text"),
        _tr("Text Hexo passes through without running tags in it."),
    ]
