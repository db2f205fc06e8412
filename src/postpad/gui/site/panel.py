"""The site panel: the detected engine/theme and the site's posts (title, date, state, categories),
with search and filters; activating a post opens it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from postpad.core.site.dates import parse_loose
from postpad.core.site.index import PostEntry, SiteIndex
from postpad.core.site.model import Site
from postpad.core.site.taxonomy import Term, category_counts, fold
from postpad.gui.i18n import keep_translated
from postpad.gui.site.narrow_columns import NarrowColumns
from postpad.gui.site.row_height import TallRowDelegate

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4
CATEGORIES_ROLE = Qt.ItemDataRole.UserRole + 5
STATE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 6  # the State text before a git mark was added

CATEGORY_SEPARATOR = "\x1f"


def category_key(path: tuple[str, ...]) -> str:
    """Combo-box data for a category path (Qt would turn a tuple into a list)."""
    return CATEGORY_SEPARATOR.join(path)


class PostFilter(QSortFilterProxyModel):
    """Search text (title, file, tags, categories; case and width folded), state and category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.state = "all"  # "all" | "published" | "draft"
        self.category: tuple[str, ...] | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, state: str, category: tuple[str, ...] | None) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.9; invalidateFilter is deprecated
        if modern:
            self.beginFilterChange()
        self.text, self.state, self.category = fold(text), state, category
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        item = self.sourceModel().index(row, 0, parent)
        if self.text and self.text not in str(item.data(SEARCH_ROLE)):
            return False
        if self.state != "all" and item.data(STATE_ROLE) != self.state:
            return False
        if self.category is not None:
            paths = item.data(CATEGORIES_ROLE) or ()
            return any(tuple(p[: len(self.category)]) == self.category for p in paths)
        return True


class SitePanel(QWidget):
    """Lists a site's posts. Emits ``post_activated(Path)`` and action requests."""

    post_activated = Signal(object)
    new_post_requested = Signal()
    refresh_requested = Signal()
    publish_requested = Signal(object, bool)  # path, publish (False: back to draft)
    rename_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePanel")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.site: Site | None = None
        self.index: SiteIndex | None = None
        self.vcs_marks: dict[str, tuple[str, str]] = {}  # normalised path -> (mark, tooltip)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.site_label = QLabel(self)
        self.site_label.setObjectName("siteLabel")
        self.site_label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox(self)
        for value in ("all", "published", "draft"):
            self.state.addItem("", value)
        self.category = QComboBox(self)
        self.category.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.addWidget(self.state)
        filters.addWidget(self.category, 1)
        self.model = QStandardItemModel(0, 4, self)
        self.proxy = PostFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setItemDelegate(TallRowDelegate(self.view))  # a Latin first row cramped Chinese
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        width = self.fontMetrics().horizontalAdvance("2024-06-01 ")
        for column, factor in ((1, 1.15), (2, 0.6), (3, 0.9)):
            header.resizeSection(column, int(width * factor))
        self._state_width = int(width * 0.6)  # widened only while a longer state is listed
        self._narrow_columns = NarrowColumns(self.view)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.new_button)
        for widget in (self.site_label, self.search):
            layout.addWidget(widget)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._apply_filter)
        self.state.currentIndexChanged.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.view.activated.connect(self._on_activated)  # Enter / platform activation
        self.view.clicked.connect(self._on_activated)  # one click opens, like a file tree
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.new_button.clicked.connect(self.new_post_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.set_site(None)
        keep_translated(self, self._retranslate)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles, tags, categories…"))
        for row, label in enumerate((self.tr("All"), self.tr("Published"), self.tr("Drafts"))):
            self.state.setItemText(row, label)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Date"), self.tr("State"), self.tr("Categories")]
        )
        self.new_button.setText(self.tr("New Post…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.category.setItemText(0, self.tr("All categories"))
        if self.site is None:
            self.site_label.setText(self.tr("No site: this post is not inside a blog"))
        if self.index is not None:
            self.set_index(self.index)  # the Draft / Broken states
        self._update_count()

    def _fit_state_column(self) -> None:
        """Wide enough for the states listed ("⚠ Broken" was cut to "⚠ B…"); no wider than it
        was otherwise, where the titles need the room."""
        metrics = self.view.fontMetrics()
        texts = [self.model.item(row, 2).text() for row in range(self.model.rowCount())]
        need = max((metrics.horizontalAdvance(text) + 12 for text in texts), default=0)
        self.view.header().resizeSection(2, max(self._state_width, need))  # 12: the padding
        self._narrow_columns.fit()

    def broken_text(self) -> str:
        return "⚠ " + self.tr("Broken")

    # --- content ---------------------------------------------------------------------------
    def set_site(self, site: Site | None) -> None:
        """Show ``site`` (its posts arrive later through ``set_index``)."""
        changed = site is None or self.site is None or site.root != self.site.root
        self.site = site
        self.new_button.setEnabled(site is not None)
        self.refresh_button.setEnabled(site is not None)
        if site is None:
            self.site_label.setText(self.tr("No site: this post is not inside a blog"))
            self.site_label.setToolTip("")
        else:
            engine = site.engine_spec.display_name
            theme = f" · {site.theme}" if site.theme else ""
            self.site_label.setText(f"<b>{engine}{theme}</b> — {site.root.name}")
            self.site_label.setToolTip(str(site.root))
        if changed:
            self.index = None
            self.model.removeRows(0, self.model.rowCount())
            self._fill_categories([])
            self._update_count()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(done < total)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def set_index(self, index: SiteIndex) -> None:
        """Show the posts of ``index`` (ignored when it is not the current site's)."""
        if self.site is None or index.site.root != self.site.root:
            return
        self.index = index
        self.progress.setVisible(False)
        self.view.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for entry in index.entries:
            self.model.appendRow(self._row(index, entry))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self._fill_categories(category_counts(index.entries))
        self._update_count()
        self.set_vcs_marks(self.vcs_marks)

    def _row(self, index: SiteIndex, entry: PostEntry) -> list[QStandardItem]:
        path = index.path_of(entry)
        title = entry.title or Path(entry.path).stem
        state = "draft" if entry.draft else "published"
        state_text = self.tr("Draft") if entry.draft else ""  # published is the normal case
        if entry.error:
            state_text = self.broken_text()
        categories = "; ".join(" › ".join(p) for p in entry.categories)
        moment = parse_loose(entry.read_date or entry.date)  # the engine's date (0248)
        shown_date = moment.strftime("%Y-%m-%d") if moment else (entry.date or "")
        items = [QStandardItem(title), QStandardItem(shown_date), QStandardItem(state_text),
                 QStandardItem(categories)]  # fmt: skip
        items[1].setToolTip(entry.date or "")
        items[3].setToolTip(categories)
        search = fold(" ".join([title, entry.path, categories, *entry.tags]))
        first = items[0]
        first.setData(str(path), PATH_ROLE)
        first.setData(search, SEARCH_ROLE)
        first.setData(state, STATE_ROLE)
        first.setData(entry.categories, CATEGORIES_ROLE)
        first.setToolTip(entry.path + (f"\n{entry.error}" if entry.error else ""))
        sort_values = [fold(title), entry.sort_key or 0.0, state, categories]
        for item, value in zip(items, sort_values, strict=True):
            item.setData(value, SORT_ROLE)
        return items

    def _fill_categories(self, terms: list[Term]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for term in sorted(terms, key=lambda t: t.path):
            path = term.path
            label = "    " * (len(path) - 1) + f"{path[-1]} ({term.count})"
            self.category.addItem(label, category_key(path))
        position = self.category.findData(current) if current is not None else 0
        self.category.setCurrentIndex(max(position, 0))
        self.category.blockSignals(False)

    def set_vcs_marks(self, marks: dict[str, tuple[str, str]]) -> None:
        """Git marks (``M``, ``A``, ``?``…) after each post's state, keyed by normalised path
        (issue 14; the Git feature sends them after each ``git status``)."""
        self.vcs_marks = dict(marks)
        for row in range(self.model.rowCount()):
            path = os.path.normpath(str(self.model.item(row, 0).data(PATH_ROLE)))
            state = self.model.item(row, 2)
            base = state.data(STATE_TEXT_ROLE)
            base = state.text() if base is None else str(base)
            state.setData(base, STATE_TEXT_ROLE)
            mark, tip = self.vcs_marks.get(path, ("", ""))
            state.setText(f"{base} {mark}".strip())
            state.setToolTip(tip)
        self._fit_state_column()

    # --- filtering and actions ----------------------------------------------------------
    def _apply_filter(self) -> None:
        data = self.category.currentData()
        category = tuple(str(data).split(CATEGORY_SEPARATOR)) if data else None
        self.proxy.set_filter(self.search.text(), str(self.state.currentData()), category)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%n post(s)", "", total) if shown == total
            else self.tr("%1 of %n post(s)", "", total).replace("%1", str(shown))
        )  # fmt: skip

    def visible_paths(self) -> list[Path]:
        """Paths of the rows currently shown, in view order."""
        return [
            Path(str(self.proxy.index(row, 0).data(PATH_ROLE)))
            for row in range(self.proxy.rowCount())
        ]

    def _path_at(self, index: QModelIndex | QPersistentModelIndex) -> Path | None:
        value = index.sibling(index.row(), 0).data(PATH_ROLE)
        return Path(str(value)) if value else None

    def _on_activated(self, index: QModelIndex) -> None:
        path = self._path_at(index)
        if path is not None:
            self.post_activated.emit(path)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        path = self._path_at(index) if index.isValid() else None
        if path is None:
            return
        draft = index.siblingAtColumn(0).data(STATE_ROLE) == "draft"
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.post_activated.emit(path))
        if draft:
            menu.addAction(self.tr("Publish"), lambda: self.publish_requested.emit(path, True))
        else:
            menu.addAction(
                self.tr("Move to Drafts"), lambda: self.publish_requested.emit(path, False)
            )
        menu.addAction(self.tr("Rename File…"), lambda: self.rename_requested.emit(path))
        menu.exec(self.view.viewport().mapToGlobal(point))
