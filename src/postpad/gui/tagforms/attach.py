"""Insert › Hexo / Butterfly / Hugo Shortcodes and Edit › Edit Tag… (issue 15, decisions 0130,
0154).

The submenus list the tags of the current post's site (``postpad.core.tags.libraries_for``):
Hexo's own tags for every Hexo site, the Butterfly tags for a Hexo site with that theme, Hugo's
shortcodes and the site's own ``layouts/shortcodes`` for a Hugo site. Each opens a form; Edit
Tag… opens the same form for the tag around the cursor and rewrites only its opening text.
Every change is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from postpad.gui.editor.context_menu import context_menu_for
from postpad.gui.i18n import keep_text, keep_translated
from postpad.gui.named import named
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

if TYPE_CHECKING:
    from postpad.core.tags import TagLibrary, TagMatch, TagSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagForms", text)


class TagFormsFeature:
    """The tag menus and Edit Tag… of one window."""

    def __init__(self, window: FeatureWindow) -> None:
        self.window = window
        insert = window.menu("insert")
        self.hexo_menu = self._submenu(insert, "menuHexoTags", lambda: _tr("He&xo"))
        self.butterfly_menu = self._submenu(insert, "menuButterflyTags", lambda: _tr("&Butterfly"))
        self.hugo_menu = self._submenu(
            insert, "menuHugoShortcodes", lambda: _tr("&Hugo Shortcodes")
        )
        insert.aboutToShow.connect(self.refresh)
        self.edit_action = named(QAction(window), "actionEditTag")
        keep_text(window, self.edit_action, lambda: _tr("Ed&it Tag…"))
        self.edit_action.triggered.connect(lambda _checked=False: self.edit_at_cursor())
        window.menu("edit").addAction(self.edit_action)
        window.current_tab_changed.connect(lambda _tab: self.refresh())
        keep_translated(window, self.refresh)  # the tags' labels, in the new language

    def _submenu(self, parent: QMenu, name: str, title: Callable[[], str]) -> QMenu:
        menu = named(parent.addMenu(""), name)
        keep_text(self.window, menu, title)
        return menu

    # --- the current post's tags ----------------------------------------------------------
    def editor(self) -> QPlainTextEdit | None:
        tab = self.window.current_tab()
        return tab.editor if tab is not None else None

    def libraries(self) -> list[TagLibrary]:
        from postpad.core.tags import libraries_for

        tab = self.window.current_tab()
        site = tab.site if tab is not None else None
        if site is None:  # the theme and the site's own shortcodes are the site's
            return []
        return libraries_for(site.engine, site.theme, site.root)

    def _menu_of(self, library: TagLibrary) -> QMenu:
        if library.syntax == "shortcode":
            return self.hugo_menu
        return self.hexo_menu if library.title == "Hexo" else self.butterfly_menu

    def refresh(self) -> None:
        """Show the submenus of the current post's site, listing its tags."""
        libraries = {self._menu_of(library): library for library in self.libraries()}
        for menu in (self.hexo_menu, self.butterfly_menu, self.hugo_menu):
            menu.clear()
            menu.menuAction().setVisible(menu in libraries)
            if menu in libraries:
                self._fill(menu, libraries[menu])

    def _fill(self, menu: QMenu, library: TagLibrary) -> None:
        from postpad.core.tags import hugo
        from postpad.gui.tagforms.dialog import spec_text

        own = False  # the site's own shortcodes follow Hugo's, after a separator
        for spec in library.menu():
            if library.syntax == "shortcode" and not own and spec not in hugo.BUILTIN:
                menu.addSeparator()
                own = True
            action = menu.addAction(spec_text(spec.label).replace("&", "&&"))
            menu.setToolTipsVisible(True)
            action.setObjectName(f"actionInsertTag_{spec.name}")
            action.setToolTip(spec.name)
            action.setStatusTip(spec_text(spec.help) or spec.name)
            if library.available is not None and spec.name not in library.available:
                action.setEnabled(False)  # the installed theme has no such tag
                missing = _tr("Not in the installed %1 %2").replace("%1", library.title)
                action.setToolTip(missing.replace("%2", library.version or ""))
            action.triggered.connect(lambda _checked=False, s=spec, k=library: self.insert(s, k))

    # --- commands -------------------------------------------------------------------------
    def offered(self, spec: TagSpec) -> dict[str, list[tuple[str, str]]]:
        """The site's posts and the post's asset files, for the fields that name them."""
        from postpad.gui.tagforms.choices import choices_for

        tab = self.window.current_tab()
        kinds = {p.kind for p in spec.params} & {"post", "asset"}
        if tab is None or tab.site is None or not kinds:
            return {}
        return choices_for(kinds, tab.site, tab.path)

    def site_notes(self, spec: TagSpec) -> tuple[str, ...]:
        """What the site's config says of this tag: Butterfly's mermaid off (decision 0155)."""
        tab = self.window.current_tab()
        site = tab.site if tab is not None else None
        setting = site.config.render_site.get("mermaid") if site is not None else None
        if spec.name == "mermaid" and isinstance(setting, dict) and setting.get("tag") is False:
            return (
                _tr(
                    "Mermaid is off in this site's config (mermaid.enable in "
                    "_config.butterfly.yml): the blog shows nothing for this tag."
                ),
            )
        return ()

    def insert(self, spec: TagSpec, library: TagLibrary) -> None:
        from postpad.gui.tagforms.commands import insert_tag, selection
        from postpad.gui.tagforms.dialog import ask_values

        editor = self.editor()
        if editor is None:
            return
        text, start, end = selection(editor)
        if start < self._body_start(text):
            message = _tr("Put the cursor in the post's text, below the front matter.")
            self.window.status_bar().showMessage(message, 4000)
            return
        values = {p.name: "" for p in spec.params}
        chosen = text[start:end]
        first = next((p for p in spec.params if p.kind == "text"), None)
        if not spec.paired and first is not None and chosen and "\n" not in chosen:
            values[first.name] = chosen
        accepted = ask_values(
            spec, values, editing=False, theme=library.title, version=library.version,
            parent=self.window, offered=self.offered(spec), site_notes=self.site_notes(spec),
        )  # fmt: skip
        if accepted is not None:
            insert_tag(editor, spec, accepted)
        editor.setFocus()

    def _body_start(self, text: str) -> int:
        from postpad.core.frontmatter.split import split_front_matter

        tab = self.window.current_tab()
        site = tab.site if tab is not None else None
        split = split_front_matter(text, engine=site.engine if site is not None else None)
        return len(split.header) if split.present else 0

    def tag_at(self, position: int | None = None) -> TagMatch | None:
        """The tag around Qt ``position`` (the cursor when None) in the current post."""
        found = self._found_at(position)
        return found[0] if found is not None else None

    def _found_at(self, position: int | None) -> tuple[TagMatch, TagLibrary] | None:
        """The tag around the position and its library: one whose text holds the position
        wins, else the innermost paired tag around it, over all the site's libraries."""
        from postpad.core.tags import parse_tag_at
        from postpad.gui.tagforms.commands import to_offset

        editor = self.editor()
        if editor is None:
            return None
        text = editor.toPlainText()
        where = editor.textCursor().position() if position is None else position
        offset = to_offset(text, where)
        best: tuple[TagMatch, TagLibrary] | None = None
        for library in self.libraries():
            found = parse_tag_at(text, offset, library)
            if found is not None and (best is None or _closer(found, best[0], offset)):
                best = (found, library)
        return best

    def edit_at_cursor(self, position: int | None = None) -> None:
        from postpad.core.tags import format_tag
        from postpad.gui.tagforms.commands import replace_opening
        from postpad.gui.tagforms.dialog import ask_values

        match, editor = self._found_at(position), self.editor()
        found, library = match if match is not None else (None, None)
        if found is None or editor is None or library is None:
            message = _tr("Put the cursor in a theme tag or shortcode first.")
            self.window.status_bar().showMessage(message, 4000)
            return
        accepted = ask_values(
            found.spec, dict(found.values), editing=True, theme=library.title,
            version=library.version, like=found, parent=self.window,
            offered=self.offered(found.spec), site_notes=self.site_notes(found.spec),
        )  # fmt: skip
        if accepted is not None:
            replace_opening(editor, found, format_tag(found.spec, accepted, like=found))
        editor.setFocus()

    def context_actions(self, position: int) -> list[QAction]:
        if self.tag_at(position) is None:
            return []
        action = named(QAction(_tr("Ed&it Tag…")), "actionContextEditTag")
        action.triggered.connect(lambda _checked=False: self.edit_at_cursor(position))
        return [action]

    def install(self, tab: DocumentTabView) -> None:
        context_menu_for(tab.editor).register("tagforms", self.context_actions)


def _closer(found: TagMatch, best: TagMatch, offset: int) -> bool:
    """Whether ``found`` is nearer the offset than ``best``: in its text, or inside it."""
    holds = found.start <= offset <= found.end
    best_holds = best.start <= offset <= best.end
    return (holds and not best_holds) or (holds == best_holds and found.start > best.start)


TAGFORMS: FeatureKey[TagFormsFeature] = FeatureKey("tagforms")


def attach(window: FeatureWindow) -> None:
    """Insert › Butterfly, Insert › Hugo Shortcodes, Edit › Edit Tag… and the context menu."""
    feature = window.features.add(TAGFORMS, TagFormsFeature(window))
    for tab in window.tabs():
        feature.install(tab)
    window.tab_added.connect(feature.install)
