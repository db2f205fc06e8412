"""Theme tags from forms in the real window: Insert › Butterfly, Insert › Hugo Shortcodes and
Edit › Edit Tag… (issue 15). Every change is one undo step and leaves every other byte alone."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu

from postpad.gui.tagforms.dialog import TagDialog

SITES = Path(__file__).parents[1] / "fixtures" / "sites"
NOTE_POST = (
    "---\ntitle: 标签\n---\n"
    "😀 Emoji first, so Qt and Python count positions differently.\n\n"
    "{% note warning %}\n**Careful** with {% label this red %}.\n{% endnote %}\n\n"
    "Last line  \n"
)
FIGURE_POST = (
    '+++\ntitle = "图"\n+++\n'
    "😀 Before.\n\n"
    '{{< figure src="/images/a.png" alt="A" caption="old" class="wide" >}}\n\n'
    "After `{{< figure src=x >}}`.\n"
)


def _open(main_window: Any, tmp_path: Path, site: str, relative: str, text: str) -> Any:
    root = tmp_path / site
    shutil.copytree(SITES / site, root, dirs_exist_ok=True)
    post = root / relative
    post.parent.mkdir(parents=True, exist_ok=True)
    post.write_bytes(text.encode("utf-8"))
    [tab] = main_window.open_paths([post])
    return tab


def _answer(values: dict[str, str], seen: list[dict[str, str]]) -> None:
    """Fill the tag form that is about to open and press OK; record what it showed."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        shown = {f.param.name: f.value() for f in dialog.fields}
        shown["_title"] = dialog.windowTitle()
        shown.update({label.objectName(): label.text() for label in dialog.findChildren(QLabel)})
        seen.append(shown)
        for name, value in values.items():
            field = dialog.field(name)
            if isinstance(field, QComboBox):
                field.setCurrentText(value)
            else:
                field.setText(value)
        dialog.accept()

    QTimer.singleShot(0, run)


def _put_cursor(editor: Any, text: str, marker: str, selection: str = "") -> None:
    start = text.index(marker)
    cursor = QTextCursor(editor.document())
    head = len(text[:start].encode("utf-16-le")) // 2
    cursor.setPosition(head)
    if selection:
        cursor.setPosition(
            head + len(selection.encode("utf-16-le")) // 2, QTextCursor.MoveMode.KeepAnchor
        )
    editor.setTextCursor(cursor)


def _insert_action(main_window: Any, name: str) -> QAction:
    main_window.menu("insert").aboutToShow.emit()  # the submenus follow the current post
    action = main_window.findChild(QAction, f"actionInsertTag_{name}")
    assert action is not None
    return action


def _trigger(action: QAction | Callable[[], None]) -> None:
    action.trigger() if isinstance(action, QAction) else action()


def test_insert_note_wraps_the_selection_in_one_undo_step(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    editor = tab.editor
    butterfly = main_window.findChild(QMenu, "menuButterflyTags")
    hugo = main_window.findChild(QMenu, "menuHugoShortcodes")
    action = _insert_action(main_window, "note")
    assert butterfly.menuAction().isVisible()
    assert not hugo.menuAction().isVisible()
    _put_cursor(editor, NOTE_POST, "Last line", "Last line  ")
    seen: list[dict[str, str]] = []
    _answer({"color": "info", "style": "modern"}, seen)
    _trigger(action)
    expected = NOTE_POST.replace(
        "Last line  ", "{% note info modern %}\nLast line  \n{% endnote %}"
    )
    assert editor.toPlainText() == expected
    assert seen[0]["tagText"] == "{% note %}"  # what OK writes, before the fields were set
    assert "Butterfly" in seen[0]["tagVersion"]
    cursor = editor.textCursor()
    assert cursor.block().text() == "Last line  "  # the cursor goes into the body
    editor.undo()
    assert editor.toPlainText() == NOTE_POST


def test_insert_inline_label_fills_its_text_from_the_selection(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    _put_cursor(tab.editor, NOTE_POST, "Emoji", "Emoji")
    seen: list[dict[str, str]] = []
    _answer({"color": "blue"}, seen)
    _trigger(_insert_action(main_window, "label"))
    assert seen[0]["text"] == "Emoji"
    assert tab.editor.toPlainText() == NOTE_POST.replace("Emoji", "{% label Emoji blue %}", 1)
    tab.editor.undo()
    assert tab.editor.toPlainText() == NOTE_POST


def test_edit_tag_changes_only_the_opening_of_a_note(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    editor = tab.editor
    _put_cursor(editor, NOTE_POST, "Careful")  # in the body, not on the tag
    seen: list[dict[str, str]] = []
    _answer({"style": "simple"}, seen)
    _trigger(main_window.findChild(QAction, "actionEditTag"))
    assert seen[0]["color"] == "warning"
    assert seen[0]["_title"].endswith("Note")
    assert "tagBodyNote" in seen[0]
    assert seen[0]["tagText"] == "{% note warning %}"
    after = editor.toPlainText()
    assert (
        after.encode()
        == NOTE_POST.replace("{% note warning %}", "{% note warning simple %}").encode()
    )
    editor.undo()
    assert editor.toPlainText().encode() == NOTE_POST.encode()


def test_the_context_menu_offers_edit_tag_only_in_a_tag(main_window, tmp_path: Path) -> None:
    from postpad.gui.editor.context_menu import context_menu_for

    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    extender = context_menu_for(tab.editor)
    inside = len(NOTE_POST[: NOTE_POST.index("{% label")].encode("utf-16-le")) // 2 + 4
    names = [a.objectName() for a in extender.actions_at(inside)]
    assert "actionContextEditTag" in names
    assert "actionContextEditTag" not in [a.objectName() for a in extender.actions_at(3)]
    [action] = [a for a in extender.actions_at(inside) if a.objectName() == "actionContextEditTag"]
    seen: list[dict[str, str]] = []
    _answer({"color": "green"}, seen)
    action.trigger()
    assert seen[0]["text"] == "this"
    assert tab.editor.toPlainText() == NOTE_POST.replace("this red", "this green")


def test_edit_a_hugo_figure_changes_one_parameter(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hugo", "content/posts/figure.md", FIGURE_POST)
    editor = tab.editor
    _insert_action(main_window, "figure")
    assert main_window.findChild(QMenu, "menuHugoShortcodes").menuAction().isVisible()
    assert not main_window.findChild(QMenu, "menuButterflyTags").menuAction().isVisible()
    _put_cursor(editor, FIGURE_POST, 'caption="old"')
    seen: list[dict[str, str]] = []
    _answer({"caption": "新的说明"}, seen)
    _trigger(main_window.findChild(QAction, "actionEditTag"))
    assert seen[0]["src"] == "/images/a.png"
    assert seen[0]["class"] == "wide"
    expected = FIGURE_POST.replace('caption="old"', 'caption="新的说明"')
    assert editor.toPlainText().encode() == expected.encode()
    editor.undo()
    assert editor.toPlainText().encode() == FIGURE_POST.encode()


def test_hugo_site_shortcodes_are_offered_with_their_parameters(
    main_window, tmp_path: Path
) -> None:
    root = tmp_path / "hugo"
    (root / "layouts" / "shortcodes").mkdir(parents=True)
    (root / "layouts" / "shortcodes" / "notice.html").write_text(
        '<div class="{{ .Get "type" }}">{{ .Inner | markdownify }}</div>', encoding="utf-8"
    )
    text = "Para.\n"
    shutil.copytree(SITES / "hugo", root, dirs_exist_ok=True)
    post = root / "content" / "posts" / "n.md"
    post.write_text(text, encoding="utf-8")
    [tab] = main_window.open_paths([post])
    _put_cursor(tab.editor, text, "Para.", "Para.")
    seen: list[dict[str, str]] = []
    _answer({"type": "tip"}, seen)
    _trigger(_insert_action(main_window, "notice"))
    assert tab.editor.toPlainText() == '{{< notice type="tip" >}}\nPara.\n{{< /notice >}}\n'


def test_edit_tag_outside_a_tag_says_so(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    _put_cursor(tab.editor, NOTE_POST, "Last line")
    main_window.findChild(QAction, "actionEditTag").trigger()
    assert "tag" in main_window.status_bar().currentMessage()
    assert tab.editor.toPlainText() == NOTE_POST


def test_every_text_of_the_tag_data_is_in_the_translation_catalogue() -> None:
    from postpad.core.tags import butterfly, hexo, hugo
    from postpad.gui.tagforms.texts import catalogue

    texts = set()
    for spec in (*butterfly.TAGS, *hugo.BUILTIN, *hexo.TAGS):
        texts |= {spec.label, spec.help, *(note.text for note in spec.notes)}
        texts |= {text for param in spec.params for text in (param.label, param.help)}
    assert texts - {""} <= set(catalogue())


def test_the_form_refuses_an_argument_left_out_by_position(qtbot) -> None:
    from postpad.core.tags import butterfly

    spec = butterfly.library().get("galleryGroup")
    assert spec is not None
    dialog = TagDialog(spec, {}, editing=False, theme="Butterfly", version="5.7.0")
    qtbot.addWidget(dialog)
    dialog.field("name").setText("壁纸")
    dialog.field("url").setText("/gallery/")
    dialog.accept()
    assert dialog.result() != TagDialog.DialogCode.Accepted
    assert "Description" in dialog.problem.text()
    dialog.field("descr").setText("收藏")
    assert dialog.text_label.text() == "{% galleryGroup 壁纸 收藏 /gallery/ %}"  # live
    dialog.accept()
    assert dialog.result() == TagDialog.DialogCode.Accepted


def test_insert_refuses_the_front_matter(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    _put_cursor(tab.editor, NOTE_POST, "标签")
    _trigger(_insert_action(main_window, "note"))  # no form opens (a left one fails the test)
    assert "front matter" in main_window.status_bar().currentMessage()
    assert tab.editor.toPlainText() == NOTE_POST


def test_tags_the_installed_theme_lacks_are_greyed_out(main_window, tmp_path: Path) -> None:
    root = tmp_path / "hexo-butterfly"
    scripts = root / "node_modules" / "hexo-theme-butterfly" / "scripts" / "tag"
    scripts.mkdir(parents=True)
    (scripts / "note.js").write_text("hexo.extend.tag.register('note', f)", encoding="utf-8")
    (scripts.parent.parent / "package.json").write_text('{"version": "3.0.0"}', "utf-8")
    _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    assert _insert_action(main_window, "note").isEnabled()
    label = _insert_action(main_window, "label")
    assert not label.isEnabled()
    assert "3.0.0" in label.toolTip()


# --- Hexo's own tags (decision 0154) ---------------------------------------------------------
CODE_POST = (
    "---\ntitle: 代码\n---\n"
    "😀 Emoji first.\n\n"
    '{% codeblock "Git Bash/Shell" lang:shell %}\nnpm i\n{% endcodeblock %}\n\n'
    "{% note info %}\nSee {% post_link python-notes 笔记 %}.\n{% endnote %}\n\n"
    "Last line\n"
)


def _combo_items(dialog: TagDialog, name: str) -> list[str]:
    box = dialog.field(name)
    assert isinstance(box, QComboBox)
    return [box.itemText(i) for i in range(box.count())]


def _answer_seeing(values: dict[str, str], field: str, items: list[list[str]]) -> None:
    """As _answer, also recording the items the form offers for ``field``."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        items.append(_combo_items(dialog, field))
        for name, value in values.items():
            widget = dialog.field(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            else:
                widget.setText(value)
        dialog.accept()

    QTimer.singleShot(0, run)


def test_hexo_tags_are_offered_for_a_site_of_any_theme(main_window, tmp_path: Path) -> None:
    root = tmp_path / "hexo-butterfly"
    shutil.copytree(SITES / "hexo-butterfly", root)
    config = root / "_config.yml"
    config.write_text(
        config.read_text("utf-8").replace("theme: butterfly", "theme: icarus"), "utf-8"
    )
    post = root / "source" / "_posts" / "link.md"
    text = "---\ntitle: 链接\n---\nRead this.\n"
    post.write_text(text, encoding="utf-8")
    [tab] = main_window.open_paths([post])
    action = _insert_action(main_window, "post_link")
    assert main_window.findChild(QMenu, "menuHexoTags").menuAction().isVisible()
    assert not main_window.findChild(QMenu, "menuButterflyTags").menuAction().isVisible()
    _put_cursor(tab.editor, text, "this", "this")
    items: list[list[str]] = []
    _answer_seeing({"slug": "python-notes"}, "slug", items)
    _trigger(action)
    # the slug field offers the site's posts, by the name post_link looks up
    assert {"python-notes", "python-again", "quarterly-report", "link"} <= set(items[0])
    assert tab.editor.toPlainText() == text.replace("this", "{% post_link python-notes this %}")
    tab.editor.undo()
    assert tab.editor.toPlainText() == text


def test_asset_img_offers_the_files_of_the_post_asset_folder(main_window, tmp_path: Path) -> None:
    root = tmp_path / "hexo-butterfly"
    shutil.copytree(SITES / "hexo-butterfly", root)
    post = root / "source" / "_posts" / "quarterly-report.md"
    text = post.read_text("utf-8")
    [tab] = main_window.open_paths([post])
    end = QTextCursor(tab.editor.document())
    end.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(end)
    items: list[list[str]] = []
    _answer_seeing({"slug": "chart.png", "title": "季度 图表"}, "slug", items)
    _trigger(_insert_action(main_window, "asset_img"))
    assert items[0] == ["", "chart.png"]  # post_asset_folder: true; the folder has one file
    assert tab.editor.toPlainText() == text + '{% asset_img chart.png "季度 图表" %}'
    tab.editor.undo()
    assert tab.editor.toPlainText() == text


def test_edit_a_codeblock_changes_only_its_language(main_window, tmp_path: Path) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/code.md", CODE_POST)
    editor = tab.editor
    _put_cursor(editor, CODE_POST, "npm i")  # in the body
    seen: list[dict[str, str]] = []
    _answer({"lang": "bash", "line_number": "true"}, seen)
    _trigger(main_window.findChild(QAction, "actionEditTag"))
    assert seen[0]["title"] == "Git Bash/Shell"
    assert seen[0]["lang"] == "shell"
    assert "Hexo" in seen[0]["tagVersion"]
    expected = CODE_POST.replace(
        '"Git Bash/Shell" lang:shell %}', '"Git Bash/Shell" lang:bash line_number:true %}'
    )
    assert editor.toPlainText().encode() == expected.encode()
    editor.undo()  # one undo step
    assert editor.toPlainText().encode() == CODE_POST.encode()


def test_edit_tag_in_a_note_body_edits_the_hexo_tag_under_the_cursor(
    main_window, tmp_path: Path
) -> None:
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/code.md", CODE_POST)
    assert main_window.findChild(QMenu, "menuButterflyTags").menuAction().isVisible()
    _put_cursor(tab.editor, CODE_POST, "python-notes")
    items: list[list[str]] = []
    _answer_seeing({"slug": "python-again"}, "slug", items)
    _trigger(main_window.findChild(QAction, "actionEditTag"))
    assert "python-again" in items[0]
    assert tab.editor.toPlainText() == CODE_POST.replace("python-notes", "python-again")
    _put_cursor(tab.editor, CODE_POST, "See ")  # in the note's body, outside the post_link
    seen: list[dict[str, str]] = []
    _answer({"color": "warning"}, seen)
    _trigger(main_window.findChild(QAction, "actionEditTag"))
    assert seen[0]["color"] == "info"
    assert "{% note warning %}" in tab.editor.toPlainText()


def test_the_mermaid_form_says_when_the_site_has_mermaid_off(main_window, tmp_path: Path) -> None:
    """The fixture's _config.butterfly.yml leaves mermaid.enable at Butterfly's default (false):
    the form says the blog will show nothing (decision 0155)."""
    tab = _open(main_window, tmp_path, "hexo-butterfly", "source/_posts/tags.md", NOTE_POST)
    _put_cursor(tab.editor, NOTE_POST, "Last line")
    seen: list[dict[str, str]] = []
    _answer({}, seen)
    _trigger(_insert_action(main_window, "mermaid"))
    assert "Mermaid is off in this site's config" in seen[0]["tagSiteNote"]
    assert "{% mermaid %}\ngraph TD\n  A --> B\n{% endmermaid %}" in tab.editor.toPlainText()
    (tmp_path / "hexo-butterfly" / "_config.butterfly.yml").write_text(
        "mermaid:\n  enable: true\n", encoding="utf-8"
    )
    [again] = main_window.open_paths([tmp_path / "hexo-butterfly" / "source/_posts/tags.md"])
    again.apply_site()  # the site is read again, as after its config is saved
    _put_cursor(again.editor, again.editor.toPlainText(), "graph TD")
    seen.clear()
    _answer({}, seen)
    _trigger(main_window.findChild(QAction, "actionEditTag"))
    assert "tagSiteNote" not in seen[0]
