"""DocumentTab: one open post with its form, editor and preview side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from postpad.core.document import Document
from postpad.core.engines import DEFAULT_ENGINE
from postpad.core.tab_name import tab_name
from postpad.gui.documents.panes import find_site, make_form
from postpad.gui.editor.widget import MarkdownEditor
from postpad.gui.preview.prestart import SHOWN_WAIT_MS, WAIT_MS, PrestartedRender
from postpad.gui.preview.rendering import Handover, PreviewSettings, RenderResult, reset_ops
from postpad.gui.preview.scheduler import RenderScheduler
from postpad.gui.preview.view import PreviewView

PANES = ("form", "editor", "preview")


class DocumentTab(QWidget):
    """Holds ``.document`` (core), ``.editor``, ``.form`` and ``.preview``.

    Signals: ``rendered(Rendered)`` after each preview update (the one parse result shared by
    status bar, outline and checks), ``text_changed()`` on every edit, ``modified_changed(bool)``.
    """

    rendered = Signal(object)
    text_changed = Signal()
    modified_changed = Signal(bool)
    render_failed = Signal(object)

    def __init__(
        self,
        document: Document,
        *,
        theme: str,
        colors: dict[str, str],
        default_profile: str = DEFAULT_ENGINE,
        dialect: str = "",
        remote_images: bool = False,
        untitled_number: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.untitled_number = untitled_number
        self.default_profile = default_profile
        self.dialect_override = dialect
        self.remote_images = remote_images
        self.sync_scroll = True
        self.site: Any = None
        self.engine, self.site_theme = default_profile, None
        self.last_rendered: Any = None
        self._last_result: RenderResult | None = None
        self._top_result: RenderResult | None = None  # a long post's top, until its full render
        self._prestart_ops: list[dict[str, Any]] | None = None  # a child's render shown (0210)
        self._prestarted: PrestartedRender | None = None
        self.editor = MarkdownEditor(colors, self)
        self.editor.setPlainText(document.text)
        self.editor.document().setModified(False)
        self._detect_site()
        self.form = make_form(  # built for the site's schema at once (start-up time)
            self.editor.document(),
            self,
            engine=self.engine,
            theme=self.site_theme,
            base_dir=self._folder(),
            path=document.path,
            site=self.site,
        )
        self.preview = PreviewView(theme, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("panes")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.form, self.editor, self.preview):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.scheduler = RenderScheduler(self.editor.snapshot, self)
        self._wire()
        self._configure_for_site()
        if self.is_config:
            self.preview.setVisible(False)

    def _wire(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.document().modificationChanged.connect(self.modified_changed)
        self.scheduler.result_ready.connect(self._on_result)
        self.scheduler.partial_ready.connect(self._on_top_rendered)
        self.scheduler.header_ready.connect(self.preview.set_post_header)  # (decision 0234)
        self.scheduler.render_failed.connect(self.render_failed)
        self.preview.shell_loaded.connect(self._on_shell_loaded)
        self.preview.out_of_step.connect(self.scheduler.reset)
        self.preview.block_clicked.connect(self.editor.go_to_line)
        self.preview.scrolled_to_line.connect(self._on_preview_scrolled)
        self.editor.top_line_changed.connect(self._on_editor_scrolled)

    # --- identity ------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.document.path

    def display_name(self) -> str:
        if self.document.path is not None:
            return tab_name(self.document.path)
        if self.untitled_number > 1:
            return self.tr("Untitled %1").replace("%1", str(self.untitled_number))
        return self.tr("Untitled")

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def text(self) -> str:
        return self.editor.toPlainText()

    # --- site, profile and preview options ------------------------------------------------
    def apply_site(self) -> None:
        """Re-detect the site (after open or save-as) and reconfigure form and preview."""
        self._detect_site()
        self._configure_for_site()

    def _configure_for_site(self) -> None:
        folder = self._folder()
        self.form.set_schema(self.engine, self.site_theme)
        self.form.set_base_dir(folder)
        self.scheduler.set_settings(self.preview_settings())
        self.preview.load_shell(folder, self.remote_images)

    def _detect_site(self) -> None:
        self.site = find_site(self.document.path)
        self.engine = str(self.site.engine) if self.site else self.default_profile
        self.site_theme = self.site.theme if self.site else None

    def _folder(self) -> Path | None:
        return self.document.path.parent if self.document.path else None

    @property
    def profile(self) -> str:
        return self.dialect_override or self.engine

    def preview_settings(self) -> PreviewSettings:
        path = str(self.document.path) if self.document.path else None
        return PreviewSettings(
            profile=self.profile,
            post_path=path,
            remote_images=self.remote_images,
            **(self.site.render_fields() if self.site else {}),
        )

    def configure(self, *, default_profile: str, dialect: str, remote_images: bool) -> None:
        changed = (default_profile, dialect, remote_images) != (
            self.default_profile,
            self.dialect_override,
            self.remote_images,
        )
        self.default_profile, self.dialect_override = default_profile, dialect
        self.remote_images = remote_images
        if changed:
            self.apply_site()

    # --- document text -------------------------------------------------------------------
    def sync_to_document(self) -> None:
        """Copy the editor text into the core document (before saving)."""
        self.document.text = self.editor.toPlainText()

    def replace_text_from_document(self) -> None:
        """Show the document's text (after revert/reload) as one undoable edit."""
        cursor = self.editor.textCursor()
        position = cursor.position()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(self.document.text)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(self.document.text)))
        self.editor.setTextCursor(cursor)
        self.editor.document().setModified(False)

    def mark_saved(self) -> None:
        self.editor.document().setModified(False)

    # --- preview -------------------------------------------------------------------------
    def use_prestarted(self, prestarted: PrestartedRender) -> None:
        """Show ``prestarted``'s render of this post first, if it is of this text with these
        options; this tab's renderer waits until the page has it (decision 0210)."""
        if prestarted.claimed or prestarted.path != self.document.path or self.is_config:
            return
        prestarted.claimed = True  # the first tab on that post only (not one reopened later)
        self.scheduler.hold()
        self.preview.patch_applied.connect(self._release_renderer)
        QTimer.singleShot(WAIT_MS, self, self._prestart_late)
        self._prestarted = prestarted
        if prestarted.finished:
            self._on_prestarted()
        else:
            prestarted.done.connect(self._on_prestarted)  # a method: none once the tab is gone

    def _on_prestarted(self) -> None:
        from postpad.core.first_render import text_sha

        prestarted, self._prestarted = self._prestarted, None
        if prestarted is None:
            return
        ops = None
        if self.scheduler.held:  # else typed meanwhile: the render thread has the newer text
            text = self.editor.snapshot()
            sha, options = text_sha(text), repr(self.preview_settings().options())
            ops = prestarted.ops_for(sha, options)
            handover = prestarted.handover_for(sha, options)
            if ops is not None and handover is not None:  # no second render of it (0279)
                self.scheduler.adopt(Handover(text, *handover))
        prestarted.spend()
        if ops is None:
            self._release_renderer()
            return
        self._prestart_ops = ops
        self._on_top_rendered(RenderResult(ops, None, 0.0, True))
        QTimer.singleShot(SHOWN_WAIT_MS, self, self._release_renderer)  # a page that never says

    def _prestart_late(self) -> None:
        """The child has not answered within ``WAIT_MS``: this tab renders itself (an answer that
        came in time waits for the page instead: the shell may load later than the child)."""
        if self._prestarted is not None:
            self._prestarted = None
            self._release_renderer()

    def _release_renderer(self, *_args: object) -> None:
        self.scheduler.release()

    def _on_text_changed(self) -> None:
        self.scheduler.release()
        self.scheduler.schedule()
        self.text_changed.emit()

    def _on_shell_loaded(self) -> None:
        last = self._last_result
        if self.scheduler.resetting:
            # the render on its way replaces every block (a new epoch would redo it); show the
            # top of a long post meanwhile if it is ready
            if self._top_result is not None:
                self.preview.apply(self._top_result)
            return
        if last is None or self.scheduler.busy:
            self.scheduler.reset()
            return
        # The renderer is already at the latest text: show its blocks without rendering again.
        self.preview.apply(RenderResult(reset_ops(last.rendered), last.rendered, 0.0, True))

    def _on_top_rendered(self, result: RenderResult) -> None:
        self._top_result = result
        if self.preview.applied_version == 0:  # only into an empty page: never cut one short
            self.preview.apply(result)

    def _on_result(self, result: RenderResult) -> None:
        shown, self._prestart_ops = self._prestart_ops, None
        self._top_result = None
        self._last_result = result
        if not (shown == result.ops and result.is_reset and self.preview.applied_version > 0):
            self.preview.apply(result)  # (the page has these very blocks from the child: 0210)
        self.last_rendered = result.rendered
        self.rendered.emit(result.rendered)

    def _on_editor_scrolled(self, line: int) -> None:
        if self.sync_scroll and self.preview.isVisible():
            self.preview.scroll_to_line(line)

    def _on_preview_scrolled(self, line: int) -> None:
        if self.sync_scroll and self.editor.isVisible():
            self.editor.scroll_to_line(line)

    # --- panes ---------------------------------------------------------------------------
    def pane(self, name: str) -> QWidget:
        form: QWidget = self.form  # a FrontMatterPanel, or a ConfigFormPanel for a config file
        return {"form": form, "editor": self.editor, "preview": self.preview}[name]

    @property
    def is_config(self) -> bool:
        """A site or theme config file: the config form instead of the post form."""
        return bool(getattr(self.form, "is_config_form", False))

    def set_pane_visible(self, name: str, visible: bool) -> None:
        # a config file is not Markdown: its preview would only show YAML read as text
        self.pane(name).setVisible(visible and not (name == "preview" and self.is_config))

    def shutdown(self) -> None:
        """Stop the render thread before the tab is deleted."""
        self.scheduler.shutdown()
