"""New Post dialog: title, slug (pinyin or the engine's own), draft, bundle; shows the exact path
the post will get before it is created (core ``plan_new_post``) and, on Hugo, the archetype its
text comes from or why that archetype could not be used (decisions 0283, 0284)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from postpad.core.site.model import Site
from postpad.core.site.newpost import NewPostPlan, PostExistsError, create_post, plan_new_post
from postpad.core.site.slug import SlugStyle, make_slug
from postpad.core.site.taxonomy import split_path, split_terms
from postpad.gui.errors import error_text


def _word_completer(words: list[str], parent: QLineEdit) -> QCompleter:
    """Completes the last comma-separated word against ``words`` (site terms, most used first)."""
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _shown_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


class NewPostDialog(QDialog):
    """Ask for a title and create the post; ``created_path`` is set after ``accept``."""

    def __init__(
        self,
        site: Site,
        parent: QWidget | None = None,
        *,
        tags: list[str] | None = None,
        categories: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPostDialog")
        self.setWindowTitle(self.tr("New Post"))
        self.site = site
        self.created_path: Path | None = None
        self._slug_edited = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Post title"))
        self.slug_style = QComboBox(self)
        spec = site.engine_spec  # decision 0107
        engine_label = self.tr("Like %1 (keeps Chinese)").replace("%1", spec.display_name)
        self.slug_style.addItem(self.tr("Pinyin (ASCII, stable URLs)"), "pinyin")
        self.slug_style.addItem(engine_label, "engine")
        self.slug_edit = QLineEdit(self)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. Python, 笔记"))
        self.tags_edit.setCompleter(_word_completer(tags or [], self.tags_edit))
        self.category_edit = QLineEdit(self)
        self.category_edit.setPlaceholderText(
            self.tr("One path: 技术/编程 is 技术 › 编程")
            if spec.hierarchical_categories
            else self.tr("Separate categories with /")
        )
        self.category_edit.setCompleter(_word_completer(categories or [], self.category_edit))
        taxonomy_ok = spec.new_post_terms  # Zola taxonomies need the site's [taxonomies] setup
        self.tags_edit.setEnabled(taxonomy_ok)
        self.category_edit.setEnabled(taxonomy_ok)
        self.draft_box = QCheckBox(self.tr("Create as draft"), self)
        self.bundle_box = QCheckBox(self.tr("Page bundle (folder with index.md)"), self)
        self.bundle_box.setVisible(spec.bundle_images)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("newPostPath")
        self.path_label.setWordWrap(True)
        self.archetype_label = QLabel(self)
        self.archetype_label.setObjectName("newPostArchetype")
        self.archetype_label.setWordWrap(True)
        self.archetype_label.setVisible(False)
        # Hugo's archetype says whether a new post is a draft; an untouched box keeps that
        self.draft_box.setChecked(plan_new_post(site, "-", slug="-", bundle=False).draft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._lay_out()
        self._connect()
        self.resize(520, self.sizeHint().height())
        self._update_path()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("File name from:"), self.slug_style)
        form.addRow(self.tr("Slug:"), self.slug_edit)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Category:"), self.category_edit)
        form.addRow("", self.draft_box)
        form.addRow("", self.bundle_box)
        form.addRow(self.tr("File:"), self.path_label)
        form.addRow("", self.archetype_label)
        form.addRow(self.buttons)

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(self._title_changed)
        self.slug_style.currentIndexChanged.connect(self._title_changed)
        self.slug_edit.textEdited.connect(self._slug_typed)
        self.draft_box.toggled.connect(self._update_path)
        self.bundle_box.toggled.connect(self._update_path)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _title_changed(self) -> None:
        if not self._slug_edited:
            title = self.title_edit.text()
            style: SlugStyle = "engine" if self.slug_style.currentData() == "engine" else "pinyin"
            slug = make_slug(
                title, self.site.engine, style, filename_case=self.site.config.filename_case
            )
            self.slug_edit.setText(slug if title.strip() else "")
        self._update_path()

    def _slug_typed(self, text: str) -> None:
        self._slug_edited = bool(text)
        self._update_path()

    def plan(self) -> NewPostPlan | None:
        """The post that ``Create`` would write, or None without a title."""
        title = self.title_edit.text().strip()
        if not title:
            return None
        return plan_new_post(
            self.site, title, draft=self.draft_box.isChecked(),
            slug_style=str(self.slug_style.currentData()),  # type: ignore[arg-type]
            slug=self.slug_edit.text().strip() or None, bundle=self.bundle_box.isChecked(),
            tags=split_terms([self.tags_edit.text()]),
            category=split_path(self.category_edit.text()),
        )  # fmt: skip

    def _update_path(self) -> None:
        plan = self.plan()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(plan is not None)
        if plan is None:
            self.path_label.setText(self.tr("(type a title)"))
            return
        self.path_label.setText(_shown_path(plan.path, self.site.root))
        self._show_archetype(plan)

    def _show_archetype(self, plan: NewPostPlan) -> None:
        shown = ""
        archetype = plan.archetype
        name = _shown_path(archetype, self.site.root) if archetype else ""
        if plan.unsupported is not None:
            shown = (
                self.tr(
                    "The archetype %1 uses %2, which Postpad cannot evaluate: the post gets "
                    "Postpad's usual front matter instead."
                )
                .replace("%1", name)
                .replace("%2", plan.unsupported)
            )
        elif archetype is not None:
            shown = self.tr("Text from the archetype %1").replace("%1", name)
        self.archetype_label.setText(shown)
        self.archetype_label.setVisible(bool(shown))
        if shown:  # the wrapped note needs its lines: grow the dialog, never shrink it
            layout = self.layout()
            needed = layout.totalHeightForWidth(self.width()) if layout else -1
            self.resize(self.width(), max(self.height(), needed, self.sizeHint().height()))

    def accept(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        try:
            self.created_path = create_post(plan)
        except (PostExistsError, OSError) as exc:
            QMessageBox.warning(
                self, self.tr("New Post"),
                self.tr("The post could not be created:\n%1").replace("%1", error_text(exc)),
            )  # fmt: skip
            return
        super().accept()
