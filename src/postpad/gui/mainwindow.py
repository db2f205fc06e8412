"""MainWindow: the composition root. It builds the parts, wires their signals, and nothing else.

Extension points for features: the methods and signals of ``gui/protocols.FeatureWindow`` (see
docs/architecture.md, "GUI composition", and decision 0140). Every module named in
``gui/features.py`` gets ``attach(self)`` once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMenu,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postpad import __version__
from postpad.core.settings import Preferences
from postpad.core.settings_registry import PANES
from postpad.gui import window_menus
from postpad.gui.protocols import DocumentTabView, FeatureWindow
from postpad.gui.startup_stages import FirstFrame
from postpad.gui.theme import DARK, ThemeManager
from postpad.gui.uistate import UiState
from postpad.gui.window_preferences import WindowPreferences
from postpad.gui.window_start import StagedStart

if TYPE_CHECKING:  # loaded by ``finish_building``, after a staged start's first frame (0200)
    from PySide6.QtCore import Qt  # its ~90 enums are built on first use (decision 0205)
    from PySide6.QtWidgets import QDockWidget

    from postpad.core.document import Document
    from postpad.gui.documents.manager import DocumentManager
    from postpad.gui.documents.tab import DocumentTab
    from postpad.gui.statusbar import StatusBar


class MainWindow(FeatureWindow):
    features_ready = Signal()  # every feature attached (the late ones after the first frame)

    def __init__(
        self,
        preferences: Preferences | None = None,
        preferences_path: Path | None = None,
        *,
        staged: bool = False,
    ):
        """``staged``: build only the frame now (menu titles, tabs, geometry) and the rest once
        it has been painted (decision 0200); ``when_built`` runs code after that."""
        super().__init__(preferences, preferences_path)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.theme = ThemeManager(self.preferences.appearance, self, staged=staged)
        self.ui_state = UiState()
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("documentTabs")
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.setTabsClosable(True)
        self.tab_widget.setMovable(True)
        self._build_central()
        self._menus = window_menus.add_menu_titles(self)
        self._restore_geometry()
        self.preferences_ui = WindowPreferences(self)
        self._start = StagedStart(self)
        if staged:
            self.setStatusBar(QStatusBar(self))  # the real one's height: nothing moves later
            self._start.finish_after_first_frame()
        else:
            self.finish_building()

    def finish_building(self) -> None:
        """Everything but the frame: documents, status bar, actions, features, docks."""
        if self._start.built:
            return
        from postpad.gui import actions as action_table
        from postpad.gui.documents.manager import DocumentManager
        from postpad.gui.statusbar import StatusBar
        from postpad.gui.window_docks import SideDocks

        self.theme.resolve()
        self._first_frame = FirstFrame(self)  # ``after_shown`` waits for a frame with all this
        self.window_actions = action_table.build_actions(self)
        self.documents = DocumentManager(self.tab_widget, self._make_tab, self)
        self._status = StatusBar(self)
        self.setStatusBar(self._status)
        self.recent_menu = window_menus.add_menu_entries(self, self._menus, self.window_actions)
        self._refresh_recent_menu()
        self._wire()
        self._restore_panes()
        self._docks = SideDocks(self, self.ui_state)
        self._late_features = self._start.attach_features(self._on_features_ready)
        self._docks.restore()
        self._start.mark_built()

    @property
    def built(self) -> bool:
        return self._start.built

    def when_built(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window is complete (at once when it is already)."""
        self._start.when_built(callback)

    def show_first_view(self, path: Path) -> None:
        """Before a staged window is shown: ``path``'s text where its tab will be (0200)."""
        self._start.show_first_view(path)

    # --- extension points ----------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add_side_panel(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea | None = None,
    ) -> QDockWidget:
        dock = self._docks.add(widget, title, object_name, area)
        self.menu("view").addAction(dock.toggleViewAction())
        return dock

    def current_tab(self) -> DocumentTab | None:
        return self.documents.current_tab()

    def tabs(self) -> list[DocumentTab]:
        return self.documents.tabs()

    def open_paths(self, paths: Iterable[Path | str]) -> list[DocumentTab]:
        return self.documents.open_paths(Path(p) for p in paths)

    def status_bar(self) -> StatusBar:
        return self._status

    def after_shown(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window has painted its first frame (at once after that):
        for start-up work the user does not see yet (site index scan, dictionaries, journals),
        so it does not delay the window."""
        self._first_frame.call(callback)

    def window_action(self, action_id: str) -> QAction | None:
        return self.window_actions.get(action_id)

    def document_manager(self) -> DocumentManager:
        return self.documents

    def refresh_tab_title(self, tab: DocumentTabView) -> None:
        from postpad.gui.documents.tab import DocumentTab

        if isinstance(tab, DocumentTab):
            self.documents.refresh_title(tab)

    def retranslate(self) -> None:
        from postpad.gui import actions as action_table

        action_table.retranslate(self.window_actions)
        window_menus.retranslate_titles(self._menus)
        self._refresh_recent_menu()  # its "Clear Recent Files"
        for tab in self.tabs():
            self.documents.refresh_title(tab)  # "Untitled 2"
        self._update_title()  # the window title names the current tab

    # --- construction --------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tab_widget)
        self.setCentralWidget(central)

    def _make_tab(self, document: Document, untitled_number: int) -> DocumentTab:
        from postpad.gui.documents.tab import DocumentTab

        prefs = self.preferences
        tab = DocumentTab(
            document,
            theme=self.theme.name,
            colors=self.theme.editor_colors(),
            default_profile=prefs.default_profile,
            dialect=prefs.preview_dialect,
            remote_images=prefs.remote_images,
            untitled_number=untitled_number,
        )
        self.after_shown(tab.preview.materialize)  # Chromium starts after the first frame
        if self._start.prestarted is not None:
            tab.use_prestarted(self._start.prestarted)
        self.preferences_ui.apply_to_editor(tab)
        if not self.ui_state.restore_splitter(tab.splitter):
            tab.splitter.setSizes([320, 500, 500])  # form | editor | preview, scaled to fit
        for name in PANES:
            tab.set_pane_visible(name, self.ui_state.pane_visible(name))
        tab.splitter.splitterMoved.connect(
            lambda *_a, t=tab: self.ui_state.save_splitter(t.splitter)
        )
        tab.modified_changed.connect(lambda _m: self._update_title())
        return tab

    def _wire(self) -> None:
        from postpad.gui.actions import EDITOR_ACTIONS

        docs, act = self.documents, self.window_actions
        act["new"].triggered.connect(docs.new_document)
        act["open"].triggered.connect(self._open_dialog)
        act["save"].triggered.connect(lambda: self._with_tab(docs.save))
        act["save_as"].triggered.connect(lambda: self._with_tab(docs.save_as))
        act["revert"].triggered.connect(lambda: self._with_tab(docs.revert))
        act["close"].triggered.connect(lambda: docs.close_tab(self.current_tab()))
        act["quit"].triggered.connect(self.close)
        act["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        for action_id, method in EDITOR_ACTIONS.items():
            act[action_id].triggered.connect(lambda _c=False, m=method: self._editor_call(m))
        act["preferences"].triggered.connect(self.show_preferences)
        act["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        for name in PANES:
            act[f"show_{name}"].toggled.connect(lambda on, n=name: self.set_pane_visible(n, on))
        act["next_tab"].triggered.connect(lambda: self._cycle_tabs(1))
        act["previous_tab"].triggered.connect(lambda: self._cycle_tabs(-1))
        act["sync_scroll"].setChecked(self.preferences.sync_scroll)
        act["sync_scroll"].toggled.connect(self.preferences_ui.set_sync_scroll)
        act["dark_mode"].setChecked(self.theme.name == DARK)
        act["dark_mode"].toggled.connect(self.preferences_ui.set_dark)
        act["about"].triggered.connect(self._about)
        self.theme.changed.connect(self.preferences_ui.follow_theme)
        app = QCoreApplication.instance()
        if app is not None:  # render threads must stop before Qt tears the objects down
            app.aboutToQuit.connect(self._shutdown_tabs)
        self.tab_widget.currentChanged.connect(self._on_current_changed)
        docs.recent_changed.connect(self._refresh_recent_menu)
        docs.document_saved.connect(lambda _tab: self._on_current_changed())
        docs.tab_closed.connect(lambda _tab: self._on_current_changed())
        docs.tab_added.connect(self.tab_added.emit)
        docs.document_saved.connect(self.document_saved.emit)

    def _shutdown_tabs(self) -> None:
        for tab in self.tabs():
            tab.shutdown()

    def _restore_geometry(self) -> None:
        if not self.ui_state.restore_geometry(self):
            screen = self.screen().availableGeometry()
            self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
            self.move(screen.center() - self.rect().center())

    def _restore_panes(self) -> None:
        for name in PANES:
            self.window_actions[f"show_{name}"].setChecked(self.ui_state.pane_visible(name))
        self._update_title()

    @property
    def features_attached(self) -> bool:
        return self._late_features.done

    def attach_remaining_features(self) -> None:
        """Attach the features still waiting for the first frame now (tests, and a window
        that is never shown)."""
        self._late_features.attach_now()

    def _on_features_ready(self) -> None:
        self._docks.show_late()
        if self.current_tab() is not None:
            self._on_current_changed()  # late features follow the tab already open
        self.features_ready.emit()

    # --- behaviour -----------------------------------------------------------------------
    def _with_tab(self, operation: object) -> None:
        tab = self.current_tab()
        if tab is not None and callable(operation):
            operation(tab)

    def _editor_call(self, method: str) -> None:
        from postpad.gui import edit_routing  # loads the editor: after the first frame

        tab = self.current_tab()
        edit_routing.route(method, tab.editor if tab is not None else None)

    def _cycle_tabs(self, step: int) -> None:
        count = self.tab_widget.count()
        if count > 1:
            self.tab_widget.setCurrentIndex((self.tab_widget.currentIndex() + step) % count)

    def _open_dialog(self) -> None:
        tab = self.current_tab()
        start = str(tab.path.parent) if tab and tab.path else ""
        from PySide6.QtWidgets import QFileDialog  # its enums on first use (decision 0205)

        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open"),
            start,
            self.tr("Markdown (*.md *.markdown *.mdx *.txt);;All files (*)"),
        )
        self.open_paths(names)

    def _refresh_recent_menu(self) -> None:
        docs = self.documents
        recent = docs.recent_files()
        window_menus.fill_recent_menu(
            self.recent_menu, recent, lambda p: self.open_paths([p]), docs.clear_recent
        )

    def set_pane_visible(self, name: str, visible: bool) -> None:
        others = [n for n in PANES if n != name and self.window_actions[f"show_{n}"].isChecked()]
        if not visible and not others:
            self.window_actions[f"show_{name}"].setChecked(True)  # keep at least one pane
            return
        self.window_actions[f"show_{name}"].setChecked(visible)
        self.ui_state.set_pane_visible(name, visible)
        for tab in self.tabs():
            tab.set_pane_visible(name, visible)

    def _on_current_changed(self, *_args: object) -> None:
        tab = self.current_tab()
        if tab is not None:
            self.ui_state.restore_splitter(tab.splitter)
        self._status.show_tab(tab)
        self._update_title()
        self.window_actions["revert"].setEnabled(tab is not None and tab.path is not None)
        self.current_tab_changed.emit(tab)

    def _update_title(self) -> None:
        tab = self.current_tab()
        name = tab.display_name() if tab is not None else ""
        self.setWindowTitle(f"{name}[*] — Postpad" if name else "Postpad")
        self.setWindowModified(tab is not None and tab.is_modified())

    def show_preferences(self) -> None:
        self.preferences_ui.show_dialog()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Postpad"),
            self.tr("Postpad %1\nA Markdown editor for static-site blogs.").replace(
                "%1", __version__
            ),
        )

    # --- window events -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_posts(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QEvent) -> None:
        if isinstance(event, QDragEnterEvent) or _dropped_posts(event):  # type: ignore[arg-type]
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_posts(event)
        if paths and self.built:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed before a staged start finished: nothing was edited yet
            event.accept()
            return
        if not self.documents.close_all():
            event.ignore()
            return
        self.ui_state.save_window(self)
        self.ui_state.sync()
        event.accept()


def _dropped_posts(event: QDropEvent) -> list[Path]:
    from postpad.gui.documents.manager import MARKDOWN_SUFFIXES

    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in MARKDOWN_SUFFIXES]
