"""Site feature: the site panel (right dock), File > New Post…, Tools > Check Site, publish and
rename actions, and image paste/drop for every tab. Listed in ``postpad.gui.features.FEATURES``."""

from __future__ import annotations

import contextlib
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from postpad.core.site.index import SiteIndex
from postpad.core.site.model import Site
from postpad.core.site.taxonomy import category_counts, tag_counts
from postpad.gui.documents.tab import DocumentTab
from postpad.gui.errors import error_text
from postpad.gui.i18n import keep_text
from postpad.gui.protocols import SITE, DocumentTabView, FeatureWindow
from postpad.gui.site.dock_visibility import SiteDockVisibility
from postpad.gui.site.panel import SitePanel
from postpad.gui.site.paste import ImagePasteHandler
from postpad.gui.site.worker import IndexRunner

# The actions' modules (New Post, publish, rename, Check Site with every check rule) load when
# the user first asks for them, not at start-up: the window must show fast (issue 4).


class SiteController(QObject):
    """Keeps the panel on the current tab's site and carries out the panel's requests."""

    def __init__(
        self,
        window: FeatureWindow,
        panel: SitePanel,
        dock_visibility: SiteDockVisibility | None = None,
    ) -> None:
        super().__init__(panel)
        self.window = window
        self.panel = panel
        self.dock_visibility = dock_visibility
        self.site: Site | None = None
        self.index: SiteIndex | None = None
        self.runner = IndexRunner(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.runner.stop)
        self._tab: DocumentTabView | None = None
        self._scan_waiting = False  # a scan waits for the window's first frame
        # The (post, site) each form was last given: set_post rebuilds image thumbnails.
        self._form_posts: weakref.WeakKeyDictionary[QObject, tuple[Path | None, Path]] = (
            weakref.WeakKeyDictionary()
        )
        self.runner.progressed.connect(panel.set_progress)
        self.runner.ready.connect(self._on_index)
        self.runner.failed.connect(self._notify)
        panel.post_activated.connect(lambda path: window.open_paths([path]))
        panel.new_post_requested.connect(self.new_post)
        panel.refresh_requested.connect(self.refresh)
        panel.publish_requested.connect(self.set_published)
        panel.rename_requested.connect(self.rename)
        window.current_tab_changed.connect(self.follow)
        for tab in window.tabs():
            self._install_paste(tab)
        self.follow(window.current_tab())

    # --- following tabs ----------------------------------------------------------------
    def follow(self, tab: DocumentTabView | None) -> None:
        if self._tab is not None:
            with contextlib.suppress(RuntimeError, TypeError, AttributeError):
                self._tab.modified_changed.disconnect(self._on_modified)
        self._tab = tab
        if tab is None:
            return  # keep showing the last site: the panel stays useful with no post open
        self._install_paste(tab)
        self._feed_form(tab)
        tab.modified_changed.connect(self._on_modified)
        site = tab.site
        if self.dock_visibility is not None:
            self.dock_visibility.follow(site is not None)
        if site is not None and (self.site is None or site.root != self.site.root):
            self.show_site(site)
        elif site is None and self.site is None:
            self.panel.set_site(None)

    def _install_paste(self, tab: DocumentTabView) -> None:
        editor = getattr(tab, "editor", None)
        if editor is not None and hasattr(editor, "set_image_paste_handler"):
            editor.set_image_paste_handler(ImagePasteHandler(tab, self._notify))

    def show_site(self, site: Site) -> None:
        self.site = site
        self.panel.set_site(site)
        self._scan_when_shown()

    def _scan_when_shown(self) -> None:
        """Scan the site once the window is on screen: at start-up the scan thread would take
        the interpreter from the code building the window."""
        if not self._scan_waiting:
            self._scan_waiting = True
            self.window.after_shown(self._scan_now)

    def _scan_now(self) -> None:
        self._scan_waiting = False
        self.refresh()

    def refresh(self) -> None:
        if self.site is not None:
            self.runner.request(self.site)

    def _on_modified(self, modified: bool) -> None:
        if not modified:  # just saved: the header may have changed
            self.refresh()

    def _on_index(self, index: SiteIndex) -> None:
        self.index = index
        self.panel.set_index(index)
        for tab in self.window.tabs():
            self._feed_form(tab)

    def _feed_form(self, tab: DocumentTabView) -> None:
        """Give the tab's form the site's tags/categories (autocomplete) and its post + site
        (image fields resolve and show thumbnails the engine's way)."""
        form = getattr(tab, "form", None)  # a DocumentTab's FrontMatterPanel
        site = tab.site
        if form is None or site is None:
            return
        post_key = (tab.path, site.root)
        if hasattr(form, "set_post") and self._form_posts.get(form) != post_key:
            self._form_posts[form] = post_key
            form.set_post(tab.path, site)
        index = self.index
        if index is not None and index.site.root == site.root and hasattr(form, "set_completions"):
            tags = [term.name for term in tag_counts(index.entries)]
            names = dict.fromkeys(p[-1] for p in (t.path for t in category_counts(index.entries)))
            form.set_completions(tags, list(names))

    def set_vcs_marks(self, marks: dict[str, tuple[str, str]]) -> None:
        """Git's marks beside the posts of the panel (``SiteService``, for the Git feature)."""
        self.panel.set_vcs_marks(marks)

    def _notify(self, message: str) -> None:
        self.window.status_bar().showMessage(message, 8000)

    # --- actions -------------------------------------------------------------------------
    def new_post(self) -> Path | None:
        if self.site is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("SiteFeature", "New Post"),
                QCoreApplication.translate(
                    "SiteFeature", "Open a post of your blog first, so Postpad knows the site."
                ),
            )
            return None
        from postpad.gui.site.newpost_dialog import NewPostDialog

        tags: list[str] = []
        categories: list[str] = []
        if self.index is not None and self.index.site.root == self.site.root:
            tags = [t.name for t in tag_counts(self.index.entries)]
            categories = [t.name.replace(" › ", "/") for t in category_counts(self.index.entries)]
        dialog = NewPostDialog(self.site, self.window, tags=tags, categories=categories)
        if dialog.exec() != NewPostDialog.DialogCode.Accepted or dialog.created_path is None:
            return None
        self.window.open_paths([dialog.created_path])
        self.refresh()
        return dialog.created_path

    def _open_tab(self, path: Path) -> DocumentTab | None:
        tabs = self.window.tabs()
        return next((t for t in tabs if isinstance(t, DocumentTab) and t.path == path), None)

    def set_published(self, path: Path, published: bool) -> None:
        if self.site is None:
            return
        from postpad.core.site.drafts import NotADraftLocationError, publish, unpublish
        from postpad.core.site.newpost import PostExistsError

        tab = self._open_tab(path)
        if tab is not None and tab.is_modified():
            self._notify(
                QCoreApplication.translate("SiteFeature", "Save the post before moving it.")
            )
            return
        try:
            new_path = publish(self.site, path) if published else unpublish(self.site, path)
        except (PostExistsError, NotADraftLocationError, OSError) as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("SiteFeature", "Publish"), error_text(exc)
            )
            return
        if tab is not None:
            tab.document.reload(new_path)
            tab.replace_text_from_document()
            tab.apply_site()
        self.refresh()

    def rename(self, path: Path) -> Path | None:
        from postpad.core.site.header import decode_post_bytes, read_header
        from postpad.core.site.newpost import PostExistsError
        from postpad.core.site.rename import (
            InvalidPostNameError,
            rename_post,
            renamed_name,
            url_follows_filename,
        )

        tab = self._open_tab(path)
        if tab is not None and tab.is_modified():
            self._notify(
                QCoreApplication.translate("SiteFeature", "Save the post before renaming it.")
            )
            return None
        fields = read_header(decode_post_bytes(path.read_bytes())).fields
        warning = ""
        if url_follows_filename(self.site, fields):
            warning = QCoreApplication.translate(
                "SiteFeature",
                "The post's URL comes from its file name: renaming breaks existing links and "
                "comment threads.\n\n",
            )
        current = renamed_name(self.site, path)
        label = (
            QCoreApplication.translate("SiteFeature", "New file name:")
            if current == path.name
            else QCoreApplication.translate(
                "SiteFeature",
                "New name of the page bundle's folder (the post's images move with it):",
            )
        )
        name, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("SiteFeature", "Rename Post File"),
            warning + label,
            text=current,
        )
        if not ok or not name.strip() or name.strip() == current:
            return None
        try:
            new_path = rename_post(self.site, path, name)
        except (PostExistsError, InvalidPostNameError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("SiteFeature", "Rename Post File"),
                error_text(exc),
            )
            return None
        if tab is not None:
            tab.document.path = new_path
            self.window.refresh_tab_title(tab)
            tab.apply_site()
        self.refresh()
        return new_path

    def check_site(self) -> None:
        target = self.site.root if self.site is not None else None
        tab = self.window.current_tab()
        if target is None and tab is not None and tab.path is not None:
            target = tab.path
        if target is None:
            self._notify(
                QCoreApplication.translate(
                    "SiteFeature", "Nothing to check: open a saved post first."
                )
            )
            return
        from postpad.gui.site.problems import ProblemsDialog

        dialog = ProblemsDialog(target, self.window)
        dialog.location_activated.connect(self._go_to)
        dialog.show()

    def _go_to(self, path: Path, line: int) -> None:
        tabs = self.window.open_paths([path])
        tab = tabs[0] if tabs else self._open_tab(path)
        if tab is not None:
            from postpad.gui.editor.navigation import go_to_line

            go_to_line(tab.editor, line)


def attach(window: FeatureWindow) -> None:
    """Add the site panel, File > New Post…, Tools > Check Site and image paste/drop."""
    panel = SitePanel()
    dock = window.add_side_panel(panel, "", "siteDock", Qt.DockWidgetArea.RightDockWidgetArea)
    keep_text(dock, dock, lambda: QCoreApplication.translate("SiteFeature", "Site"))
    window.resizeDocks(
        [dock], [panel.fontMetrics().horizontalAdvance("M") * 36], Qt.Orientation.Horizontal
    )
    toggle = dock.toggleViewAction()
    keep_text(dock, toggle, lambda: QCoreApplication.translate("SiteFeature", "Site Pa&nel"))
    toggle.setObjectName("actionShowSitePanel")
    visibility = SiteDockVisibility(dock)
    controller = SiteController(window, panel, visibility)
    window.features.add(SITE, controller)
    window.after_shown(visibility.apply)  # a restored layout must not bring back an empty dock
    new_action = QAction(window)
    keep_text(window, new_action, lambda: QCoreApplication.translate("SiteFeature", "New &Post…"))
    new_action.setObjectName("actionNewPost")
    new_action.setShortcut(QKeySequence("Ctrl+Alt+N"))
    new_action.triggered.connect(controller.new_post)
    window.menu("file").addAction(new_action)
    check_action = QAction(window)
    keep_text(
        window, check_action, lambda: QCoreApplication.translate("SiteFeature", "&Check Site…")
    )
    check_action.setObjectName("actionCheckSite")
    check_action.triggered.connect(controller.check_site)
    window.menu("tools").addAction(check_action)
