"""The typed seams between the main window and its features (decision 0140).

A feature's ``attach(window: FeatureWindow)`` may use only what is declared here: the window's
extension points, the document tab as ``DocumentTabView``, and the feature registry, where a
feature keeps what it built (``window.features.add(KEY, obj)``) and another one may look it up
through a key and a small protocol declared here, without importing that feature.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPlainTextEdit, QStatusBar, QWidget

from postpad.core.settings import Preferences
from postpad.gui.settings import SettingsStore

if TYPE_CHECKING:
    from PySide6.QtCore import Qt  # its enums are built on first use: not before the first frame
    from PySide6.QtWidgets import QDockWidget

    from postpad.core.site.model import Site
    from postpad.gui.documents.manager import DocumentManager

T = TypeVar("T")


class DocumentTabView(Protocol):
    """What a feature may use of a document tab (``documents.tab.DocumentTab``)."""

    @property
    def editor(self) -> QPlainTextEdit: ...
    @property
    def document(self) -> Any: ...  # core.document.Document (a test fake may hold none)
    @property
    def preview(self) -> Any: ...  # preview.view.PreviewView (a test fake may hold none)
    @property
    def path(self) -> Path | None: ...
    @property
    def site(self) -> Site | None: ...
    @property
    def last_rendered(self) -> Any: ...
    @property
    def rendered(self) -> SignalInstance: ...
    @property
    def modified_changed(self) -> SignalInstance: ...
    def display_name(self) -> str: ...
    def text(self) -> str: ...
    def is_modified(self) -> bool: ...


class FeatureKey(Generic[T]):
    """Names one entry of the feature registry and the type stored under it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"FeatureKey({self.name!r})"


class FeatureRegistry:
    """What each feature built, by key: the typed replacement of ``window.<feature> = obj``."""

    def __init__(self) -> None:
        self._items: dict[str, object] = {}

    def add(self, key: FeatureKey[T], item: T) -> T:
        if key.name in self._items:
            raise ValueError(f"feature {key.name!r} is registered twice")
        self._items[key.name] = item
        return item

    def get(self, key: FeatureKey[T]) -> T | None:
        return cast("T | None", self._items.get(key.name))

    def require(self, key: FeatureKey[T]) -> T:
        item = self.get(key)
        if item is None:
            raise LookupError(f"feature {key.name!r} is not attached")
        return item

    def names(self) -> list[str]:
        return list(self._items)


class SiteService(Protocol):
    """What other features may use of the site feature (``gui.site``)."""

    @property
    def site(self) -> Site | None: ...
    def set_vcs_marks(self, marks: dict[str, tuple[str, str]]) -> None: ...


class GitService(Protocol):
    """What other features may use of the Git feature (``gui.git``)."""

    def refresh(self) -> None: ...


SITE: FeatureKey[SiteService] = FeatureKey("site")
GIT: FeatureKey[GitService] = FeatureKey("git")


class FeatureWindow(QMainWindow):
    """The window features attach to. It is a class, not a ``Protocol``: features parent their
    widgets and dialogs on it, so it must be a QMainWindow too, and Python types have no
    intersection (decision 0140). ``MainWindow`` and the tests' ``FakeWindow`` derive from it."""

    current_tab_changed = Signal(object)  # DocumentTabView | None
    tab_added = Signal(object)  # DocumentTabView, also tabs restored or opened later
    document_saved = Signal(object)  # DocumentTabView

    def __init__(
        self, preferences: Preferences | None = None, preferences_path: Path | None = None
    ) -> None:
        super().__init__()
        self.features = FeatureRegistry()
        self.settings = SettingsStore(preferences, preferences_path, self)  # decision 0141

    @property
    def preferences(self) -> Preferences:
        return self.settings.preferences

    def menu(self, name: str) -> QMenu:
        raise NotImplementedError

    def add_side_panel(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea | None = None,
    ) -> QDockWidget:
        """A dock for ``widget`` in ``area`` (None: the left one)."""
        raise NotImplementedError

    def current_tab(self) -> DocumentTabView | None:
        raise NotImplementedError

    def tabs(self) -> Sequence[DocumentTabView]:
        raise NotImplementedError

    def open_paths(self, paths: Iterable[Path | str]) -> Sequence[DocumentTabView]:
        raise NotImplementedError

    def status_bar(self) -> QStatusBar:
        raise NotImplementedError

    def after_shown(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window has painted its first frame (at once after that)."""
        raise NotImplementedError

    def window_action(self, action_id: str) -> QAction | None:
        """One of the window's own actions (``gui/actions.py``), e.g. ``"copy"``."""
        return None

    def document_manager(self) -> DocumentManager:
        """The tabs' owner (open, save, close); features that only follow tabs do not need it."""
        raise NotImplementedError

    def refresh_tab_title(self, tab: DocumentTabView) -> None:
        """Show a tab's new name (after a rename or a language switch)."""

    def retranslate(self) -> None:
        """Re-apply the texts of the window's own menus and actions (language switch)."""
