"""Site panel, New Post dialog, image paste handler, Check Site dialog and the window wiring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from postpad.core.site import detect_site
from postpad.core.site.index import build_index
from postpad.gui.protocols import SITE
from postpad.gui.site.newpost_dialog import NewPostDialog
from postpad.gui.site.panel import SitePanel
from postpad.gui.site.paste import ImagePasteHandler
from postpad.gui.site.problems import ProblemsDialog

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


def _titles(panel: SitePanel) -> list[str]:
    return [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]


def test_panel_lists_posts_and_filters(qtbot, hexo_root: Path) -> None:
    panel = SitePanel()
    qtbot.addWidget(panel)
    site = detect_site(hexo_root)
    panel.set_site(site)
    assert "Hexo · butterfly" in panel.site_label.text()
    panel.set_index(build_index(site))
    assert len(_titles(panel)) == 4
    assert _titles(panel)[0] == "2024年第2季度学习心得 关于写作习惯"  # newest first
    panel.search.setText("ＰＹＴＨＯＮ")  # full width, upper case
    assert sorted(_titles(panel)) == ["Python 笔记", "再谈 Python"]
    panel.search.clear()
    panel.state.setCurrentIndex(panel.state.findData("draft"))
    assert _titles(panel) == ["草稿中的想法"]
    panel.state.setCurrentIndex(panel.state.findData("all"))
    panel.category.setCurrentIndex(panel.category.findData("技术"))
    assert sorted(_titles(panel)) == ["Python 笔记", "再谈 Python"]
    assert "2 of 4" in panel.count_label.text()
    with qtbot.waitSignal(panel.post_activated) as blocker:
        panel.view.activated.emit(panel.proxy.index(0, 1))
    assert blocker.args[0].parent == hexo_root / "source/_posts"


def test_panel_ignores_index_of_another_site(qtbot, hexo_root: Path) -> None:
    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_site(detect_site(SITES / "hugo"))
    panel.set_index(build_index(detect_site(hexo_root)))
    assert panel.model.rowCount() == 0


def test_new_post_dialog_creates_the_planned_file(qtbot, hexo_root: Path) -> None:
    dialog = NewPostDialog(detect_site(hexo_root))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("新的 文章")
    assert dialog.slug_edit.text() == "xin-de-wen-zhang"
    assert dialog.path_label.text() == "source/_posts/xin-de-wen-zhang.md"
    dialog.slug_style.setCurrentIndex(dialog.slug_style.findData("engine"))
    assert dialog.slug_edit.text() == "新的-文章"
    dialog.draft_box.setChecked(True)
    assert dialog.path_label.text() == "source/_drafts/新的-文章.md"
    dialog.accept()
    assert dialog.created_path == hexo_root / "source/_drafts/新的-文章.md"
    assert dialog.created_path.read_text("utf-8").startswith("---\ntitle: 新的 文章\n")


class FakeTab(QWidget):
    def __init__(self, path: Path | None, site) -> None:
        super().__init__()
        self.path = path
        self.site = site


def test_paste_bitmap_and_drop_files(qtbot, hexo_root: Path, tmp_path: Path) -> None:
    site = detect_site(hexo_root)
    tab = FakeTab(hexo_root / "source/_posts/python-notes.md", site)
    qtbot.addWidget(tab)
    handler = ImagePasteHandler(tab)
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    link = handler(mime)
    assert link is not None
    assert link.startswith("{% asset_img image-")
    assert link.endswith(".png %}")
    name = link.split()[2]
    saved = QImage(str(hexo_root / "source/_posts/python-notes" / name))
    assert (saved.width(), saved.height()) == (4, 3)
    dropped = tmp_path / "我的 截图.PNG"
    dropped.write_bytes(b"\x89PNG\r\n\x1a\n")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(dropped)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    assert handler(files) == "{% asset_img wo-de-jie-tu.png %}"
    text = QMimeData()
    text.setText("plain")
    assert handler(text) is None
    messages: list[str] = []
    untitled = ImagePasteHandler(FakeTab(None, None), messages.append)
    assert untitled(mime) is None
    assert messages


def test_problems_dialog_lists_findings(qtbot) -> None:
    dialog = ProblemsDialog(SITES / "hexo-broken")
    qtbot.addWidget(dialog)
    errors = sum(f.severity == "error" for f in dialog.findings)
    assert dialog.summary.text().startswith(f"{errors} error")  # "5 errors, 20 warnings"
    assert dialog.tree.topLevelItemCount() == len({f.path for f in dialog.findings})
    group = dialog.tree.topLevelItem(0)
    with qtbot.waitSignal(dialog.location_activated) as blocker:
        dialog.tree.itemActivated.emit(group.child(0), 0)
    assert blocker.args[0] == dialog.findings[0].path
    assert blocker.args[1] == dialog.findings[0].line


def test_window_wiring(qtbot, main_window, hexo_root: Path) -> None:
    controller = main_window.features.require(SITE)
    post = hexo_root / "source/_posts/python-notes.md"
    main_window.open_paths([post])
    qtbot.waitUntil(lambda: controller.panel.model.rowCount() == 4, timeout=10000)
    assert controller.site.root == hexo_root
    tab = main_window.current_tab()
    assert tab.editor._image_paste_handler is not None
    assert "Python" in tab.form.form_body._tags  # site taxonomy feeds the form's autocomplete
    assert "技术" in tab.form.form_body._categories
    assert tab.form._post_path == post
    names = [a.objectName() for a in main_window.menu("file").actions()]
    assert "actionNewPost" in names
    assert "actionCheckSite" in [a.objectName() for a in main_window.menu("tools").actions()]
    dock = main_window.findChild(QWidget, "siteDock")
    assert dock is not None
    assert main_window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    controller.set_published(hexo_root / "source/_drafts/draft-idea.md", True)
    assert (hexo_root / "source/_posts/draft-idea.md").is_file()
    qtbot.waitUntil(
        lambda: controller.panel.model.rowCount() == 4 and not controller.runner.is_running(),
        timeout=10000,
    )
    controller.runner.wait()


def test_rename_open_post_warns_and_follows(
    qtbot, main_window, hexo_root: Path, monkeypatch
) -> None:
    from postpad.gui.site import attach as site_attach

    controller = main_window.features.require(SITE)
    post = hexo_root / "source/_posts/quarterly-report.md"
    main_window.open_paths([post])
    qtbot.waitUntil(lambda: controller.site is not None, timeout=10000)
    prompts: list[str] = []

    def fake_get_text(_parent, _title, label, text=""):
        prompts.append(label)
        return "q2-report.md", True

    monkeypatch.setattr(site_attach.QInputDialog, "getText", fake_get_text)
    new_path = controller.rename(post)
    assert new_path == hexo_root / "source/_posts/q2-report.md"
    assert "URL" in prompts[0]  # Hexo builds the URL from the file name
    assert main_window.current_tab().path == new_path
    assert (hexo_root / "source/_posts/q2-report/chart.png").is_file()
    qtbot.waitUntil(lambda: not controller.runner.is_running(), timeout=10000)
    controller.runner.wait()


def test_new_post_dialog_tags_and_category(qtbot, hexo_root: Path) -> None:
    dialog = NewPostDialog(detect_site(hexo_root), tags=["Python"], categories=["技术/编程"])
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("分类测试")
    dialog.tags_edit.setText("Python，工具")
    dialog.category_edit.setText("技术 › 编程")
    assert dialog.tags_edit.completer().model().rowCount() == 1
    dialog.accept()
    text = dialog.created_path.read_text("utf-8")
    assert "tags:\n  - Python\n  - 工具\ncategories:\n  - 技术\n  - 编程\n" in text


def test_site_dock_follows_the_post_and_respects_the_user(main_window, hexo_root, tmp_path):
    """Outside a blog the empty Site dock steps aside; inside one it shows, unless closed."""
    from PySide6.QtWidgets import QDockWidget

    dock = main_window.findChild(QDockWidget, "siteDock")
    loose = tmp_path / "loose.md"
    loose.write_text("---\ntitle: 散文\n---\n正文\n", encoding="utf-8")
    in_site = next((hexo_root / "source" / "_posts").glob("*.md"))
    main_window.open_paths([loose])
    assert not dock.isVisible()
    main_window.open_paths([in_site])
    assert dock.isVisible()
    main_window.tab_widget.setCurrentIndex(0)  # back to the loose post
    assert not dock.isVisible()
    main_window.tab_widget.setCurrentIndex(1)
    assert dock.isVisible()
    dock.close()  # the user closes it with its own button
    main_window.tab_widget.setCurrentIndex(0)
    main_window.tab_widget.setCurrentIndex(1)
    assert not dock.isVisible()
    dock.toggleViewAction().trigger()  # reopened from View › Site Panel
    assert dock.isVisible()
    main_window.tab_widget.setCurrentIndex(0)
    main_window.tab_widget.setCurrentIndex(1)
    assert dock.isVisible()


def test_the_state_column_fits_a_broken_post(qtbot, hexo_root: Path) -> None:
    # "⚠ Broken" (a post whose front matter does not parse) showed as "⚠ B…"
    panel = SitePanel()
    qtbot.addWidget(panel)
    site = detect_site(hexo_root)
    panel.set_site(site)
    panel.set_index(build_index(site))
    usual = panel.view.header().sectionSize(2)  # no broken post: the titles keep the room
    (hexo_root / "source/_posts/broken.md").write_text("---\ntitle: [a\n---\n", "utf-8")
    panel.set_index(build_index(site))
    metrics = panel.view.fontMetrics()
    assert panel.view.header().sectionSize(2) > metrics.horizontalAdvance(panel.broken_text())
    assert usual < metrics.horizontalAdvance(panel.broken_text())


def test_checking_a_post_outside_any_blog_says_so(qtbot, tmp_path: Path) -> None:
    # "No problems found." alone read as if a whole site had been checked
    post = tmp_path / "note.md"
    post.write_text("---\ntitle: 笔记\n---\n\n![a](missing.png)\n", "utf-8")
    dialog = ProblemsDialog(post)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("This post is not inside a blog: it was checked alone.")
    assert "0 error" in dialog.summary.text()
    assert "1 warning" in dialog.summary.text()
    assert "%" not in dialog.summary.text()


def test_new_post_dialog_names_the_archetype_or_why_not(qtbot, tmp_path: Path) -> None:
    """Hugo: the draft box starts as the archetype says, the dialog names the archetype, or
    the action it could not evaluate (decisions 0283, 0284)."""
    root = tmp_path / "hugo"
    (root / "content/posts").mkdir(parents=True)
    (root / "archetypes").mkdir()
    (root / "hugo.toml").write_text('title = "S"\n', encoding="utf-8")
    archetype = root / "archetypes/posts.md"
    archetype.write_text("---\ntitle: x\ndate: {{ .Date }}\ndraft: true\n---\n", "utf-8")
    dialog = NewPostDialog(detect_site(root))
    qtbot.addWidget(dialog)
    assert dialog.draft_box.isChecked()
    dialog.title_edit.setText("Hello")
    assert dialog.archetype_label.text() == "Text from the archetype archetypes/posts.md"
    archetype.write_text("---\nlang: {{ .Site.Language.Lang }}\n---\n", "utf-8")
    dialog = NewPostDialog(detect_site(root))
    qtbot.addWidget(dialog)
    assert not dialog.draft_box.isChecked()
    dialog.title_edit.setText("Hello")
    assert dialog.archetype_label.text() == (
        "The archetype archetypes/posts.md uses {{ .Site.Language.Lang }}, which Postpad "
        "cannot evaluate: the post gets Postpad's usual front matter instead."
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.archetype_label  # its wrapped lines all show (the dialog grew for them)
    assert label.height() >= label.heightForWidth(label.width())
    dialog.accept()
    assert dialog.created_path.read_text("utf-8").startswith("---\ntitle: Hello\ndate: ")
