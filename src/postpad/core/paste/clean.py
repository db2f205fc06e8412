"""Tidy pasted HTML before markdownify reads it: what 知乎, CSDN, 微信, Word and LibreOffice put
on the clipboard around the content (docs/decisions/0121-paste-as-markdown.md).

Each step is a small function on the BeautifulSoup tree: chrome and scripts removed, lazy-loaded
images given their real address, redirect links unwrapped, Word's paragraph lists turned into
lists, code blocks reduced to their text and language, TeX kept from KaTeX and 知乎 formulas.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Declaration, Tag

DROP = (
    "script", "style", "noscript", "template", "svg", "button", "input", "select", "textarea",
    "iframe", "object", "embed", "head", "title", "meta", "link", "form", "nav", "canvas",
)  # fmt: skip
BLOCKS = ("section", "article", "main", "header", "footer", "figure", "center", "aside")
LAZY_SOURCES = ("data-src", "data-original", "data-actualsrc", "data-original-src", "data-lazy-src")
#: redirectors that carry the real address in ``?target=`` (知乎, CSDN, 掘金, 简书)
REDIRECTORS = ("link.zhihu.com", "link.csdn.net", "link.juejin.cn", "links.jianshu.com")
_LANGUAGE_CLASS = re.compile(
    r"^(?:language|lang|highlight|brush)[-:_]?(?P<lang>[\w+#.-]+?);?$",
    re.IGNORECASE,
)
_NOT_LANGUAGES = frozenset(
    {"hljs", "prettyprint", "prism", "has-numbering", "highlight", "code", "linenums", "fix",
     "outer", "line-numbers", "source", "snippet", "default", "plain", "text", "nohighlight"}
)  # fmt: skip
_GUTTER = re.compile(r"pre-numbering|line-?index|hljs-ln-numbers|line-numbers-rows")
_MSO_LEVEL = re.compile(r"mso-list:\s*\w+\s+level(\d+)", re.IGNORECASE)
_MSO_IGNORE = re.compile(r"mso-list:\s*Ignore", re.IGNORECASE)
_BOLD = re.compile(r"font-weight:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_NOT_BOLD = re.compile(r"font-weight:\s*(?:normal|[1-4]00)", re.IGNORECASE)
_ITALIC = re.compile(r"font-style:\s*italic", re.IGNORECASE)
_STRIKE = re.compile(r"text-decoration[\w-]*:\s*[^;]*line-through", re.IGNORECASE)


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class")
    if isinstance(value, str):
        return value.split()
    return list(value or [])


def _style(tag: Tag) -> str:
    return str(tag.get("style") or "")


def remove_chrome(soup: BeautifulSoup) -> None:
    """Comments, scripts, styles, forms and Word's ``o:p`` and list-bullet spans."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment | Declaration)):
        comment.extract()  # Word's <![if !supportLists]> arrives as a declaration
    for tag in soup.find_all(DROP):
        keep_math = tag.name == "script" and str(tag.get("type", "")).startswith("math/tex")
        if not keep_math:
            tag.decompose()
    for tag in soup.find_all(["o:p"]):
        tag.unwrap()
    for tag in soup.find_all(BLOCKS):
        tag.name = "div"
    for gutter in soup.find_all(class_=_GUTTER):  # line numbers beside the code (微信, CSDN)
        gutter.decompose()


def fix_images(soup: BeautifulSoup, base_url: str | None) -> None:
    """Lazy-loaded images get their real address; placeholders without one are dropped."""
    for img in soup.find_all("img"):
        if "eeimg" in img.attrs:  # 知乎 formula image: its alt text is the TeX
            continue
        src = str(img.get("src") or "")
        for name in LAZY_SOURCES:
            lazy = str(img.get(name) or "")
            if lazy and not lazy.startswith("data:"):
                src = lazy
                break
        if not src or src.startswith("data:image/svg"):
            img.decompose()
            continue
        img["src"] = urljoin(base_url, src) if base_url else src


def _unredirect(href: str) -> str:
    parts = urlsplit(href)
    if parts.hostname in REDIRECTORS:
        target = parse_qs(parts.query).get("target")
        if target:
            return target[0]
    return href


def fix_links(soup: BeautifulSoup, base_url: str | None) -> None:
    """Redirect links unwrapped, script links and empty anchors (heading permalinks) removed."""
    for link in soup.find_all("a"):
        href = str(link.get("href") or "").strip()
        if href.lower().startswith("javascript:") or not href:
            link.unwrap()
            continue
        if not link.get_text(strip=True) and link.find("img") is None:
            link.decompose()
            continue
        href = _unredirect(href)
        link["href"] = urljoin(base_url, href) if base_url else href


def fix_inline_styles(soup: BeautifulSoup) -> None:
    """Bold, italic and strike-through written as CSS (Google Docs, Word, 微信) become tags."""
    for tag in soup.find_all(["b", "strong"]):
        if _NOT_BOLD.search(_style(tag)):  # Google Docs wraps everything in <b style=normal>
            tag.unwrap()
    for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        for strong in heading.find_all(["b", "strong"]):  # a heading is bold already
            if strong.get_text(strip=True) == heading.get_text(strip=True):
                strong.unwrap()
    for span in soup.find_all("span"):
        style = _style(span)
        if _BOLD.search(style):
            span.name = "strong"
        elif _ITALIC.search(style):
            span.name = "em"
        elif _STRIKE.search(style):
            span.name = "del"


def fix_word_lists(soup: BeautifulSoup) -> None:
    """Word writes list items as ``<p class=MsoListParagraph style="mso-list:l0 level1 …">``:
    consecutive ones become one (nested) list. Numbered when its bullet text was a number."""
    for paragraph in soup.find_all("p"):
        if paragraph.parent is None or paragraph.find_parent("li") is not None:
            continue
        if _MSO_LEVEL.search(_style(paragraph)):
            _collect_word_list(soup, paragraph)


def _collect_word_list(soup: BeautifulSoup, first: Tag) -> None:
    items: list[tuple[int, bool, Tag]] = []
    node: Tag | None = first
    while node is not None and node.name == "p" and _MSO_LEVEL.search(_style(node)):
        match = _MSO_LEVEL.search(_style(node))
        level = int(match.group(1)) if match else 1
        bullet = node.find(style=_MSO_IGNORE)  # Word's own bullet text: "·", "§", "1.", "a)"
        ordered = bullet is not None and bool(re.match(r"\s*[\(（]?\w{1,3}[.)）]", bullet.text))
        if bullet is not None:
            bullet.decompose()
        items.append((level, ordered, node))
        following = node.find_next_sibling()
        node = following if isinstance(following, Tag) else None
    root = soup.new_tag("ol" if items[0][1] else "ul")
    first.insert_before(root)
    stack: list[tuple[int, Tag]] = [(items[0][0], root)]
    for level, ordered, paragraph in items:
        while level < stack[-1][0] and len(stack) > 1:
            stack.pop()
        if level > stack[-1][0]:
            parent_items = stack[-1][1].find_all("li", recursive=False)
            holder = parent_items[-1] if parent_items else stack[-1][1]
            nested = soup.new_tag("ol" if ordered else "ul")
            holder.append(nested)
            stack.append((level, nested))
        item = soup.new_tag("li")
        for child in list(paragraph.contents):
            item.append(child.extract())
        stack[-1][1].append(item)
        paragraph.decompose()


def code_language(tag: Tag) -> str:
    """The language named by a code block's classes or ``data-lang`` (``language-python``,
    ``hljs python``, ``lang-js``, ``brush: js;``, ``highlight-sh``). 微信's ``code-snippet__js``
    is on every code block whatever its language, so it names none."""
    parents = tag.find_parents(["div", "pre", "figure"])[:3]
    for element in (tag, *tag.find_all(["code", "pre"]), *parents):
        declared = str(element.get("data-lang") or element.get("lang") or "")
        if declared:
            return declared.lower()
        found = _language_of(_classes(element))
        if found:
            return found
    return ""


def _language_of(classes: list[str]) -> str:
    for name in classes:
        match = _LANGUAGE_CLASS.match(name)
        if match and match.group("lang").lower() not in _NOT_LANGUAGES:
            return match.group("lang").lower()
    for index, name in enumerate(classes[:-1]):  # "hljs python", "brush: js;"
        candidate = classes[index + 1].strip(";").lower()
        if name in ("hljs", "brush:", "highlight") and candidate not in _NOT_LANGUAGES:
            return candidate
    return ""


def _code_text(pre: Tag) -> str:
    """The code of a block: one line per 微信 ``<code>``, ``<br>`` as line breaks (the gutters
    went in :func:`remove_chrome`)."""
    for br in pre.find_all("br"):
        br.replace_with("\n")
    codes = pre.find_all("code", recursive=False)
    if len(codes) > 1:  # 微信: each line in its own <code>
        return "\n".join(code.get_text() for code in codes)
    return pre.get_text()


def unwrap_code_tables(soup: BeautifulSoup) -> None:
    """Hexo's ``figure.highlight`` and Pygments' ``table.highlighttable`` put code in a table
    beside a line-number gutter: the gutter goes, the code's ``pre`` takes the table's place."""
    for gutter in soup.find_all("td", class_=["gutter", "linenos", "hljs-ln-numbers"]):
        gutter.decompose()
    for pre in soup.find_all("pre"):
        table = pre.find_parent("table")
        if table is not None and table.get_text(strip=True) == pre.get_text(strip=True):
            language = code_language(pre)  # from the figure around the table, while it is there
            table.replace_with(pre.extract())  # a figure keeps its caption, if any
            if language and not pre.get("data-lang"):
                pre["data-lang"] = language


def fix_code_blocks(soup: BeautifulSoup) -> None:
    """Each ``<pre>`` keeps only its text, with the language in ``data-pp-lang``."""
    for pre in soup.find_all("pre"):
        if pre.find_parent("pre") is not None:
            continue
        language = code_language(pre)
        text = _code_text(pre).replace("\xa0", " ").strip("\n")
        pre.clear()
        pre.append(text)
        pre["data-pp-lang"] = language


def fix_math(soup: BeautifulSoup) -> None:
    """Formulas back to TeX: KaTeX annotations, MathJax 2 scripts, 知乎 ``eeimg`` images."""
    for katex in soup.find_all(class_=["katex-display", "katex"]):
        if katex.parent is None or katex.find_parent(class_="katex") is not None:
            continue
        note = katex.find("annotation", encoding="application/x-tex")
        if note is not None:
            display = "katex-display" in _classes(katex)
            katex.replace_with(_math(soup, note.get_text().strip(), display))
    for script in soup.find_all("script"):
        display = "mode=display" in str(script.get("type", ""))
        script.replace_with(_math(soup, script.get_text().strip(), display))
    for img in soup.find_all("img", attrs={"eeimg": True}):
        tex = str(img.get("alt") or "").strip()
        parent = img.parent
        alone = parent is not None and parent.get_text(strip=True) == "" and parent.name == "p"
        img.replace_with(_math(soup, tex.rstrip("\\").strip(), alone))


def _math(soup: BeautifulSoup, tex: str, display: bool) -> Tag:
    """A ``<pp-math>`` the converter writes as ``$…$`` / ``$$…$$`` (TeX never escaped)."""
    return soup.new_tag("pp-math", attrs={"data-tex": tex, "data-display": "1" if display else ""})


def fix_nested_lists(soup: BeautifulSoup) -> None:
    """A list written straight inside a list (微信 does, though HTML does not allow it) belongs
    to the item before it, where markdownify indents it."""
    for inner in soup.find_all(["ul", "ol"]):
        if inner.parent is None or inner.parent.name not in ("ul", "ol"):
            continue
        previous = inner.find_previous_sibling("li")
        if previous is not None:
            previous.append(inner.extract())
        else:
            inner.wrap(soup.new_tag("li"))


def drop_empty_paragraphs(soup: BeautifulSoup) -> None:
    """``<p><br></p>`` spacers (知乎, 微信, Word) would become stray hard breaks."""
    for paragraph in soup.find_all(["p", "div"]):
        if paragraph.parent is None or paragraph.get_text(strip=True):
            continue
        if paragraph.find(["img", "pp-math", "hr", "table", "pre"]) is None:
            paragraph.decompose()


def clean(soup: BeautifulSoup, base_url: str | None = None) -> None:
    """Every tidying step, in order."""
    fix_math(soup)
    remove_chrome(soup)
    fix_images(soup, base_url)
    fix_links(soup, base_url)
    fix_inline_styles(soup)
    fix_word_lists(soup)
    fix_nested_lists(soup)
    unwrap_code_tables(soup)
    fix_code_blocks(soup)
    drop_empty_paragraphs(soup)
