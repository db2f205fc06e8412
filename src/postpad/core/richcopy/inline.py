"""Rewrite the rendered post's HTML so it looks right with no stylesheet: every element carries
its style inline, theme tags become plain styled blocks, classes and scripts are gone."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from postpad.core.richcopy import styles
from postpad.core.richcopy.code import code_html

KEEP_ATTRIBUTES = frozenset({"href", "src", "alt", "title", "style", "colspan", "rowspan", "start"})
BOXES = ("blockquote", "section", "details", "li")
DROP = ("script", "style", "iframe", "noscript", "object", "embed", "button", "template", "link")


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class")
    return value.split() if isinstance(value, str) else list(value or [])


def _add_style(tag: Tag, css: str) -> None:
    tag["style"] = css + str(tag.get("style") or "")


def _fragment(html: str) -> Tag:
    fragment = BeautifulSoup(html, "html.parser")
    first = fragment.find(True)
    assert isinstance(first, Tag)
    return first


def _code_container(pre: Tag) -> Tag:
    for parent in pre.parents:
        if parent.name in ("figure", "div") and "highlight" in _classes(parent):
            return parent
    return pre


def _language(container: Tag) -> str:
    if container.name == "figure":
        return next((c for c in _classes(container) if c != "highlight"), "")
    for element in (container, *container.find_all(["pre", "code"])):
        if element.get("data-lang"):
            return str(element["data-lang"])
        for name in _classes(element):
            if name.startswith("language-"):
                return name.removeprefix("language-")
    return ""


def _code_text(container: Tag) -> str:
    cell = container.find("td", class_="code") if container.name == "figure" else None
    pre = (cell or container).find("pre") if container.name != "pre" else container
    if not isinstance(pre, Tag):
        return container.get_text()
    for br in pre.find_all("br"):
        br.replace_with("\n")
    return pre.get_text()


def convert_code_blocks(soup: BeautifulSoup) -> None:
    """Hexo's ``figure.highlight`` tables, Hugo's ``div.highlight`` and plain ``pre`` blocks
    become one inline-styled ``pre`` each (line-number gutters dropped)."""
    containers: list[Tag] = []
    for pre in soup.find_all("pre"):
        container = _code_container(pre)
        if container not in containers:
            containers.append(container)
    for container in containers:
        caption = container.find("figcaption")
        title = caption.get_text(" ", strip=True) if isinstance(caption, Tag) else ""
        block = _fragment(code_html(_code_text(container), _language(container)))
        container.replace_with(block)
        if title:
            heading = soup.new_tag("p", attrs={"style": styles.PANEL_TITLE})
            heading.string = title
            block.insert_before(heading)


def _panel(tag: Tag, css: str) -> None:
    tag.name = "section"
    tag.attrs = {"style": css}


def _title(tag: Tag) -> None:
    tag.name = "p"
    tag.attrs = {"style": styles.PANEL_TITLE}


def convert_theme_tags(soup: BeautifulSoup) -> None:
    """Butterfly's notes, tabs, toggles, timelines, labels and buttons as plain styled blocks."""
    for note in soup.find_all("div", class_="note"):
        _panel(note, styles.note(_classes(note)))
    for nav in soup.select("div.tabs > div.nav-tabs, div.tabs > div.tab-to-top"):
        nav.decompose()
    for title in soup.find_all(class_=["pp-tab-title", "timeline-item-title"]):
        _title(title)
    for pane in soup.find_all(class_="tab-item-content"):
        _panel(pane, styles.PANEL)
    for summary in soup.find_all("summary"):
        _title(summary)
    for details in soup.find_all("details"):
        _panel(details, styles.PANEL)
    for item in soup.find_all(class_="timeline-item"):
        _panel(item, styles.TIMELINE_ITEM)
    for label in soup.find_all("mark", class_="hl-label"):
        label.name = "span"
        label.attrs = {"style": styles.label(_classes(label))}
    for link in soup.find_all("a", class_="btn-beautify"):
        link.attrs = {"href": str(link.get("href") or ""), "style": styles.button(_classes(link))}
        for icon in link.find_all("i"):
            icon.decompose()


def convert_tasks(soup: BeautifulSoup) -> None:
    for box in soup.find_all("input"):
        box.replace_with("☑" if box.has_attr("checked") else "☐")


def resolve_images(soup: BeautifulSoup, folder: Path | None) -> list[str]:
    """Relative image paths become ``file:`` URLs; returns the local images (they need
    uploading by hand: the web editors cannot read the disk)."""
    local = []
    for img in soup.find_all("img"):
        src = str(img.get("src") or "")
        scheme = urlsplit(src).scheme
        if scheme in ("http", "https", "data"):
            continue
        if not scheme and folder is not None:
            src = (folder / src.lstrip("/")).resolve().as_uri()
            img["src"] = src
        local.append(src)
    return local


def apply_tag_styles(soup: BeautifulSoup) -> None:
    """Each element gets its tag's style; ``align`` becomes ``text-align``."""
    for tag in soup.find_all(True):
        css = styles.TAGS.get(tag.name)
        if tag.name == "p" and tag.parent is not None and tag.parent.name in BOXES:
            css = styles.TAGS["p"] + styles.P_IN_BOX  # a quote or note is padded already
        if css and not (tag.name == "code" and tag.find_parent("pre") is not None):
            _add_style(tag, css)
        if tag.name == "div":
            tag.name = "section"


def strip_attributes(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(DROP):
        tag.decompose()
    for link in soup.find_all("a"):
        if not link.get_text(strip=True) and link.find("img") is None:
            link.decompose()  # heading permalinks (Hexo's a.headerlink)
    for tag in soup.find_all(True):
        align = tag.get("align")  # Hexo's table cells
        if align:
            _add_style(tag, f"text-align:{align};")
        tag.attrs = {k: v for k, v in tag.attrs.items() if k in KEEP_ATTRIBUTES}
