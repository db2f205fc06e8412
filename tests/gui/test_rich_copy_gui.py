"""Edit › Copy as Rich Text in the real window: read the clipboard's HTML and text back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag
from PySide6.QtGui import QGuiApplication, QTextCursor

POST = """---
title: 复制测试
---
## 小标题

```js
const a = 1;
```

{% note info %}
提示
{% endnote %}

![pic](pic.png)
"""


def _tab(main_window: Any, tmp_path: Path) -> Any:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    [tab] = main_window.open_paths([path])
    return tab


def _action(main_window: Any) -> Any:
    return main_window.findChild(type(main_window.window_actions["copy"]), "actionCopyRichText")


def test_copy_as_rich_text_puts_styled_html_and_markdown(qtbot, main_window, tmp_path) -> None:
    tab = _tab(main_window, tmp_path)
    tab.editor.setFocus()
    _action(main_window).trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml()
    soup = BeautifulSoup(mime.html(), "html.parser")
    heading = soup.find("h2")
    assert isinstance(heading, Tag)
    assert heading.get_text() == "小标题"
    assert "font-size" in str(heading["style"])
    assert soup.find(class_=True) is None
    assert soup.find(["style", "script"]) is None
    keyword = soup.find("span", string="const")
    assert isinstance(keyword, Tag)
    assert "color:" in str(keyword["style"])
    note = soup.find(string="提示")
    assert note is not None
    assert "border-left:5px solid #428bca" in str(note.find_parent("section")["style"])
    assert mime.text() == POST.split("---\n", 2)[2]
    assert tab.editor.toPlainText() == POST  # copying never touches the post
    assert "1" in main_window.status_bar().currentMessage()  # one local image to upload


def test_copy_as_rich_text_copies_only_the_selection(qtbot, main_window, tmp_path) -> None:
    tab = _tab(main_window, tmp_path)
    cursor = tab.editor.textCursor()
    start = POST.index("## 小标题")
    cursor.setPosition(start)
    cursor.setPosition(start + len("## 小标题"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    _action(main_window).trigger()
    soup = BeautifulSoup(QGuiApplication.clipboard().mimeData().html(), "html.parser")
    assert soup.get_text(strip=True) == "小标题"
    assert QGuiApplication.clipboard().text() == "## 小标题\n"


def test_export_rich_text_html(qtbot, main_window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    _tab(main_window, tmp_path)
    target = tmp_path / "out.rich.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = main_window.findChild(type(main_window.window_actions["copy"]), "actionExportRichText")
    assert action is not None
    action.trigger()
    page = target.read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find(class_=True) is None
    assert soup.find(["style", "script"]) is None
    assert soup.find("h2").get_text() == "小标题"
    assert (tmp_path / "post.md").read_text(encoding="utf-8") == POST
