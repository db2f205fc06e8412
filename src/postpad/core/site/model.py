"""``Site``: the blog a post belongs to (engine, theme, root folder, settings)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postpad.core.engines import CONTENT_DIR, SiteEngine, engine_for, listed
from postpad.core.fields import Schema, schema_for
from postpad.core.site.config import SiteConfig

ENGINES = listed()

#: folders never scanned for posts (build output, dependencies, VCS)
SKIPPED_DIRS = frozenset(
    {"node_modules", ".git", ".hg", ".svn", "public", "_site", "dist", "resources", ".astro",
     ".cache", ".vscode", ".idea", "vendor", ".jekyll-cache", ".sass-cache", "_includes",
     "_layouts", "_data", "layouts", "themes", "static", "assets"}
)  # fmt: skip

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mdown", ".mkd")


@dataclass(frozen=True)
class Site:
    """A detected static site. ``engine`` is one of ``ENGINES``."""

    engine: str
    root: Path
    config: SiteConfig = field(default_factory=SiteConfig)
    theme: str | None = None
    config_path: Path | None = None

    @property
    def fields(self) -> Schema:
        """The field schema for the form and the checks."""
        return schema_for(self.engine, self.theme)

    @property
    def engine_spec(self) -> SiteEngine:
        """What Postpad knows about this site's engine (folders, habits; decision 0107)."""
        return engine_for(self.engine)

    def render_fields(self) -> dict[str, Any]:
        """What the site decides of a post's render (``RenderOptions``' keywords): its theme,
        root, Markdown settings, ``site.*`` variables and asset folders. The preview's settings
        and the first-render child take them from here (decision 0210)."""
        return {
            "theme": self.theme,
            "site_root": self.root,
            "site_overrides": self.config.render_overrides,
            "site_variables": dict(self.config.raw),
            "post_asset_folder": bool(self.config.post_asset_folder),
            "image_roots": self.image_roots(),
        }

    def image_roots(self) -> tuple[tuple[str, Path], ...]:
        """(URL prefix, folder) pairs the site publishes ``/x`` from: theme static folders, Hugo
        module mounts, Hexo's theme ``source/`` (decision 0265), as ``postpad check`` reads them."""
        from postpad.core.site.resolve import root_folders  # resolve reads this model

        return root_folders(self)

    @property
    def source_root(self) -> Path:
        """Hexo ``source/``; Jekyll's ``source``; other engines: the site root."""
        if self.engine_spec.uses_source_dir:
            return Path(os.path.normpath(self.root / self.config.source_dir))
        return self.root

    def in_source(self, relative: str) -> Path:
        """``relative`` (an engine data folder, maybe naming ``CONTENT_DIR``) under the source
        root; ``""`` is the source root itself."""
        relative = relative.replace(CONTENT_DIR, self.config.content_dir)
        return self.source_root / relative if relative else self.source_root

    def post_dirs(self) -> list[Path]:
        """Folders holding posts (and drafts) for this engine, existing ones only."""
        candidates = [self.in_source(folder) for folder in self.engine_spec.post_folders]
        return [path for path in candidates if path.is_dir()]

    def is_post_file(self, path: Path) -> bool:
        """Whether ``path`` is a post the engine would publish (not a section index or hidden)."""
        name = path.name
        if not name.endswith(MARKDOWN_SUFFIXES) or name[0] in "._" or name.endswith(("~", "%")):
            return False
        spec = self.engine_spec
        if spec.section_index_prefix and name.startswith(spec.section_index_prefix):
            return False
        return not (spec.readme_is_page and name.lower() == "readme.md")

    def iter_post_files(self) -> Iterator[tuple[Path, int, int]]:
        """Yield (path, mtime_ns, size) of every post, with one ``scandir`` walk per folder."""
        for folder in self.post_dirs():
            yield from self._walk(folder)

    def _walk(self, folder: Path) -> Iterator[tuple[Path, int, int]]:
        stack = [folder]
        while stack:
            current = stack.pop()
            try:
                entries = list(os.scandir(current))
            except OSError:
                continue
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in SKIPPED_DIRS and not entry.name.startswith("."):
                        stack.append(Path(entry.path))
                elif self.is_post_file(Path(entry.name)):
                    stat = entry.stat()
                    yield Path(entry.path), stat.st_mtime_ns, stat.st_size

    def is_draft_location(self, path: Path) -> bool:
        """Hexo and Jekyll keep drafts in ``_drafts``."""
        drafts = self.engine_spec.drafts_folder
        return drafts is not None and drafts in path.parts
