"""The real-post corpus (tests/corpus/<engine>/<owner>--<repo>/): its sites and their posts.

Layout: /work/CORPUS_SPEC.md, summarised in tests/corpus/README.md. Each site folder holds a
SOURCE.toml (repository, commit, licence, the files and their git blob hashes) and `site/`, which
mirrors the blog's site root: its config files and its posts at their original paths. Tests
parametrise per site, so a site added to the folder is picked up without editing any test.

`POSTPAD_CORPUS=DIR` (or `benchmarks/fidelity.py --corpus DIR`) points at another folder in the
same layout, e.g. a larger uncommitted set of exported real blogs.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
ENGINE_NAMES = ("hexo", "hugo", "jekyll")
MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")
#: where an engine's posts live, relative to the site root
POSTS_DIR = {"hexo": "source/_posts/", "hugo": "content/", "jekyll": "_posts/"}


@dataclass(frozen=True)
class CorpusSite:
    engine: str
    name: str  # owner--repo
    folder: Path  # tests/corpus/<engine>/<name>
    source: dict[str, object]

    @property
    def id(self) -> str:
        return f"{self.engine}/{self.name}"

    @property
    def root(self) -> Path:
        """The site root: config files and posts at their paths in the blog's repository."""
        return self.folder / "site"

    @property
    def files(self) -> list[str]:
        listed = self.source.get("files", [])
        assert isinstance(listed, list)
        return [str(item["path"]) for item in listed if isinstance(item, dict)]

    @property
    def posts(self) -> list[str]:
        """Posts (site-relative paths) in SOURCE.toml order; other files are configs."""
        return [p for p in self.files if is_post(self.engine, p)]

    @property
    def configs(self) -> list[str]:
        return [p for p in self.files if not is_post(self.engine, p)]

    def path(self, post: str) -> Path:
        return self.root / post


def is_post(engine: str, relative: str) -> bool:
    """A Markdown file under the engine's posts folder (any depth: Jekyll `x/_posts/` too)."""
    if not relative.lower().endswith(MARKDOWN):
        return False
    if engine == "jekyll":
        return "_posts/" in f"/{relative}"
    if engine == "hugo":  # a section's _index.md is a list page, not a post
        in_content = relative.startswith(POSTS_DIR["hugo"]) or "/content/" in f"/{relative}"
        return in_content and not relative.rsplit("/", 1)[-1].startswith("_index.")
    return relative.startswith(POSTS_DIR[engine])


def corpus_root() -> Path:
    """tests/corpus, or the folder named by POSTPAD_CORPUS."""
    chosen = os.environ.get("POSTPAD_CORPUS")
    return Path(chosen).resolve() if chosen else CORPUS


def load_site(folder: Path) -> CorpusSite:
    source = tomllib.loads((folder / "SOURCE.toml").read_text(encoding="utf-8"))
    engine = str(source.get("engine") or folder.parent.name)
    return CorpusSite(engine=engine, name=folder.name, folder=folder, source=source)


def iter_sites(
    root: Path | None = None, engines: tuple[str, ...] = ENGINE_NAMES
) -> Iterator[CorpusSite]:
    """Every site with a SOURCE.toml under root/<engine>/, sorted by engine then name."""
    base = root or corpus_root()
    for engine in engines:
        for source in sorted((base / engine).glob("*/SOURCE.toml")):
            site = load_site(source.parent)
            if site.posts:
                yield site


def load_sites(root: Path | None = None) -> list[CorpusSite]:
    return list(iter_sites(root))
