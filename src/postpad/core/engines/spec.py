"""What Postpad knows about one site engine, as data (decision 0107).

One module per engine in this package defines ``ENGINE = SiteEngine(...)``; the code reads
these fields instead of comparing engine names, so adding an engine is one new module (decision
0160). The older fields are flat; the later ones are grouped by concern (``parts.py``).
Paths are POSIX-style strings relative to the folder named in each field's comment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from postpad.core.engines.parts import (
    CheckRules,
    ConfigKeys,
    DateStyle,
    FrontMatterRules,
    Marker,
    PasteStyle,
    PublishRules,
    TagRules,
)

CONTENT_DIR = "{contentDir}"
"""Placeholder for Hugo's configured content folder (``contentDir``) in folder fields."""

DateLayout = Literal["config_formats", "space_offset", "iso"]
DateSyntax = Literal["yaml", "go", "keywords_or_iso", "toml", "loose"]
NewPostStyle = Literal["scaffolds", "dated_name", "section", "archetypes"]


@dataclass(frozen=True)
class SiteEngine:
    """Folders, front-matter habits, new-post and image placement of one engine."""

    name: str
    display_name: str
    """How the UI names the engine (a product name, not translated)."""
    rank: int = 100
    """Place in lists shown to the user (the engines Postpad's users have most first)."""
    # -- where posts live --------------------------------------------------------------------
    uses_source_dir: bool = False
    """Posts, drafts and images live under the configured source folder (Hexo ``source_dir``,
    Jekyll ``source``); otherwise the "source root" is the site root."""
    post_folders: tuple[str, ...] = ("",)
    """Folders scanned for posts, relative to the source root (``""``: the whole site)."""
    posts_folder: str | None = None
    """``_posts``: published posts, between which and ``drafts_folder`` publishing moves files."""
    drafts_folder: str | None = None
    """``_drafts``: a draft is a file in this folder; without it, a ``draft: true`` flag."""
    section_index_prefix: str | None = None
    """``_index.``: section list pages, not posts (Hugo, Zola)."""
    readme_is_page: bool = False
    """A ``README.md`` is the repository's readme, not a post."""
    theme_marks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Themes recognised by files (relative to the site root) when the config names none; with
    marks, a configured theme name is read lower case (Hexo)."""
    link_roots: tuple[str, ...] = ("",)
    """Where a site-absolute link ``/x`` is looked up, relative to the source root."""
    link_mounts: bool = False
    """``/x`` is looked up in the content folder and the module mounts (Hugo ``module.mounts``)
    instead of ``link_roots``."""
    relative_links_from_root: bool = False
    """A relative link is looked up in the post's asset folder and from the source root: the
    engine renders ``x.png`` as ``/x.png`` (Hexo without post assets)."""
    table_flavour: Literal["gfm", "kramdown"] = "gfm"
    """Which tables the engine's Markdown reads (``postpad fmt``): kramdown sees fewer."""
    mermaid: Literal["drawn", "theme", "render_hook"] = "drawn"
    """Whether Mermaid diagrams are drawn: always; as the theme's config says (Butterfly's
    ``mermaid.enable``); fences only with a ``render-codeblock-mermaid`` hook (Hugo)."""
    word_count: Literal["hexo_wordcount", "go_fields", "number_of_words"] = "hexo_wordcount"
    """How the blog counts words and reading time (decision 0276): hexo-wordcount's 字数 (and
    the rule Postpad used everywhere before), Hugo's ``.WordCount``, Jekyll's
    ``number_of_words``."""
    # -- front matter ------------------------------------------------------------------------
    headless_front_matter: bool = False
    """Hexo reads a header without the opening ``---``."""
    published_flag: bool = False
    """``published: false`` hides a post (Hexo, Jekyll)."""
    terms_split_spaces: bool = False
    """``tags: a b`` is two tags (Jekyll)."""
    hierarchical_categories: bool = False
    """A ``categories`` list is one path ``[A, B]``; a list of lists several (Hexo)."""
    taxonomies_table: bool = False
    """Tags live in a ``[taxonomies]`` table, the cover in ``[extra]`` (Zola)."""
    date_syntax: DateSyntax = "loose"
    """Which written dates the engine accepts (``dates.readable_by``)."""
    filename_date: Literal["none", "prefix", "new_post_name"] = "none"
    """Where a post without ``date:`` takes its date: a ``YYYY-MM-DD-`` name prefix, or the
    ``:year/:month/:day`` of Hexo's ``new_post_name``."""
    title_from_file_name: bool = False
    """A dated post without ``title`` is titled from its file name, words capitalised (Jekyll)."""
    # -- new posts ---------------------------------------------------------------------------
    new_post: NewPostStyle = "section"
    """Hexo's scaffolds, Jekyll's dated ``_posts`` names, a file in a content section, or one
    in a content section from Hugo's archetypes (decision 0283)."""
    new_post_root: str = ""
    """Folder (relative to the site root) whose first existing ``new_post_sections`` entry
    receives new posts (``section`` style)."""
    new_post_sections: tuple[str, ...] = ("posts", "blog", "src/posts", "src/blog", "content/blog")
    header_format: Literal["yaml", "toml"] = "yaml"
    """The header a new post gets."""
    date_key: str = "date"
    """The date key of a new post; ``""``: follow the sibling posts (Astro collections)."""
    date_layout: DateLayout = "iso"
    """How a new date is written: the config's ``date_format``/``time_format`` (wall clock,
    Hexo), ``%Y-%m-%d %H:%M:%S %z`` (Jekyll), or ISO 8601 with the offset."""
    slugize: bool = False
    """A title becomes a file name with hexo-util's ``slugize`` (when not pinyin)."""
    new_post_terms: bool = True
    """Tags and a category chosen in the New Post dialog go into the header."""
    # -- images and URLs ---------------------------------------------------------------------
    image_folder: str | None = None
    """Where a pasted image goes, relative to the source root; None: next to the post."""
    image_prefix: str = ""
    """The link prefix for an image in ``image_folder`` (or next to the post)."""
    bundle_images: bool = False
    """A page bundle's images (the post is ``index.md``) go next to the post."""
    post_asset_folders: bool = False
    """``post_asset_folder``: the folder named like the post holds its images, moves with it."""
    url_keys: tuple[str, ...] = ()
    """Front-matter keys that pin the URL, so renaming the file does not change it."""
    permalink_names_url: bool = False
    """The ``permalink`` setting decides whether the file name is in the URL (Hexo)."""
    # -- grouped parts (decision 0160) -------------------------------------------------------
    config: ConfigKeys = field(default_factory=ConfigKeys)
    front_matter: FrontMatterRules = field(default_factory=FrontMatterRules)
    dates: DateStyle = field(default_factory=DateStyle)
    detect: tuple[Marker, ...] = ()
    """How a folder is recognised as this engine's site; none: never detected (generic)."""
    publish: PublishRules | None = None
    """None: Postpad does not build, serve or publish this engine's sites."""
    check: CheckRules = field(default_factory=CheckRules)
    paste: PasteStyle = field(default_factory=PasteStyle)
    tags: TagRules = field(default_factory=TagRules)
