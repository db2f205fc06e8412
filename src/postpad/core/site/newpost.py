"""New posts created exactly where and how each engine's own CLI would create them.

- Hexo: ``source/_posts/`` named by ``new_post_name`` (``:title.md``; ``:year :month :day :i_month
  :i_day :title :hash``), drafts in ``source/_drafts/<slug>.md``; text from ``scaffolds/post.md``
  (``draft.md`` for drafts, Hexo's built-in scaffolds when missing); the asset folder is created
  when ``post_asset_folder`` is on. An existing name gets ``-1``, ``-2`` like ``hexo new``.
- Jekyll: ``_posts/YYYY-MM-DD-slug.md`` (the date prefix is mandatory), drafts in ``_drafts/``.
- Hugo: ``content/posts/slug.md`` or the leaf bundle ``content/posts/slug/index.md``, with the
  text of the archetype ``hugo new content`` would use (``postpad.core.site.archetype``).
- Zola, Eleventy, Astro: their content folder, RFC 3339 dates (TOML front matter for Zola).

Dates are written in the site's format and time zone (``postpad.core.site.dates``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path, PurePosixPath

import tomlkit

from postpad.core.engines import CONTENT_DIR
from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import set_field
from postpad.core.frontmatter.emit import emit_string
from postpad.core.site.archetype import find_archetype, render_archetype
from postpad.core.site.dates import format_post_date, now_in_site_zone
from postpad.core.site.go_template import UnsupportedTemplateError
from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.model import Site
from postpad.core.site.slug import SlugStyle, make_slug

HEXO_SCAFFOLDS = {
    "post": "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n",
    "draft": "---\ntitle: {{ title }}\ntags:\n---\n",
}


class PostExistsError(FileExistsError):
    """The planned post file already exists (never overwritten)."""


@dataclass(frozen=True)
class NewPostPlan:
    """Where the post goes and what it contains; nothing is written until ``create_post``."""

    path: Path
    text: str
    slug: str
    asset_dir: Path | None = None
    #: Hugo: the archetype used (None: Hugo's built-in one, or none for other engines)
    archetype: Path | None = None
    #: Hugo: the action of the archetype Postpad could not evaluate (the text is then
    #: Postpad's own front matter); None when the archetype was used
    unsupported: str | None = None
    #: (source, destination): a bundle archetype's other files, copied by ``create_post``
    copies: tuple[tuple[Path, Path], ...] = ()
    #: whether the post is a draft (Hugo: as the archetype or the ``draft`` argument says)
    draft: bool = False


def _unique(path: Path) -> Path:
    candidate, number = path, 0
    while candidate.exists() or (candidate.name == "index.md" and candidate.parent.exists()):
        number += 1
        if path.name == "index.md":
            candidate = path.parent.with_name(f"{path.parent.name}-{number}") / "index.md"
        else:
            candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def hexo_post_name(pattern: str, slug: str, moment: datetime) -> str:
    tokens = {
        ":year": f"{moment.year:04d}", ":month": f"{moment.month:02d}",
        ":day": f"{moment.day:02d}", ":i_month": str(moment.month), ":i_day": str(moment.day),
        ":title": slug,
        ":hash": hashlib.sha1(slug.encode(), usedforsecurity=False).hexdigest()[:12],
    }  # fmt: skip
    name = re.sub(
        r":(?:year|month|day|i_month|i_day|title|hash)\b", lambda m: tokens[m.group(0)], pattern
    )
    return name if Path(name).suffix else f"{name}.md"


def _render_scaffold(template: str, values: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        return values.get(match.group(1), "")

    return re.sub(r"\{\{\s*(\w+)\s*\}\}", replace, template)


def _hexo_plan(site: Site, title: str, slug: str, draft: bool, moment: datetime) -> NewPostPlan:
    layout = "draft" if draft else site.config.default_layout
    scaffold_file = site.root / "scaffolds" / f"{layout}.md"
    if scaffold_file.is_file():
        template = decode_post_bytes(scaffold_file.read_bytes())
    else:
        template = HEXO_SCAFFOLDS["draft" if draft else "post"]
    date_text = format_post_date(site.engine, site.config, moment)
    text = _render_scaffold(
        template, {"title": emit_string(title), "date": date_text, "layout": layout}
    )
    spec = site.engine_spec
    if draft:
        path = site.in_source(spec.drafts_folder or "") / f"{slug}.md"
    else:
        path = site.in_source(spec.posts_folder or "") / hexo_post_name(
            site.config.new_post_name, slug, moment
        )
    path = _unique(path)
    asset_dir = path.with_suffix("") if site.config.post_asset_folder else None
    return NewPostPlan(path=path, text=text, slug=slug, asset_dir=asset_dir)


def _yaml_header(pairs: list[tuple[str, str]]) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in pairs) + "---\n"


def _jekyll_plan(site: Site, title: str, slug: str, draft: bool, moment: datetime) -> NewPostPlan:
    pairs = []
    if any((site.root / "_layouts").glob("post.*")) or site.config.theme:
        pairs.append(("layout", "post"))
    pairs.append(("title", emit_string(title)))
    spec = site.engine_spec
    if draft:
        path = site.in_source(spec.drafts_folder or "") / f"{slug}.md"
    else:
        # ``moment`` is already in the site's zone, so the prefix matches the ``date:`` line
        path = site.in_source(spec.posts_folder or "") / f"{moment:%Y-%m-%d}-{slug}.md"
        pairs.append(("date", format_post_date(site.engine, site.config, moment)))
    return NewPostPlan(path=_unique(path), text=_yaml_header(pairs), slug=slug)


def _section(base: Path, names: tuple[str, ...]) -> Path:
    return next((base / name for name in names if (base / name).is_dir()), base / names[0])


def _content_plan(
    site: Site, title: str, slug: str, draft: bool, moment: datetime, bundle: bool
) -> NewPostPlan:
    date_text = format_post_date(site.engine, site.config, moment)
    spec = site.engine_spec  # decision 0107
    base = site.root / spec.new_post_root.replace(CONTENT_DIR, site.config.content_dir)
    folder = _section(base, spec.new_post_sections)
    path = _unique(folder / slug / "index.md" if bundle else folder / f"{slug}.md")
    date_key = spec.date_key or _sibling_date_key(folder)
    if spec.header_format == "toml":
        lines = [f"title = {tomlkit.string(title).as_string()}", f"date = {date_text}"]
        lines += ["draft = true"] if draft else []
        text = "+++\n" + "\n".join(lines) + "\n+++\n"
    else:
        pairs = [("title", emit_string(title)), (date_key, date_text)]
        text = _yaml_header(pairs + ([("draft", "true")] if draft else []))
    return NewPostPlan(path=path, text=text, slug=slug)


def _hugo_plan(
    site: Site, title: str, slug: str, draft: bool | None, moment: datetime, bundle: bool
) -> NewPostPlan:
    """``hugo new content``'s text for the post (decision 0283); Postpad's own front matter,
    with ``unsupported`` set, when the archetype goes beyond what Postpad evaluates."""
    own = _content_plan(site, title, slug, bool(draft), moment, bundle)
    own = replace(own, draft=bool(draft))
    target = PurePosixPath(own.path.relative_to(site.root / site.config.content_dir).as_posix())
    section = target.parts[0] if len(target.parts) > 1 else ""  # SectionFromFilename
    archetype = find_archetype(site, section, bundle=bundle)
    try:
        text = render_archetype(site, archetype.template(), target, moment)
    except UnsupportedTemplateError as exc:
        return replace(own, archetype=archetype.path, unsupported=exc.construct)
    except OSError:
        return own  # an unreadable archetype: hugo new would stop; the dialog still works
    copies = tuple(
        (source, own.path.parent / source.relative_to(archetype.path))
        for source in archetype.other_files()
        if archetype.path is not None
    )
    text, is_draft = _title_and_draft(site, text, title, draft)
    return replace(own, text=text, archetype=archetype.path, copies=copies, draft=is_draft)


def _title_and_draft(site: Site, text: str, title: str, draft: bool | None) -> tuple[str, bool]:
    """The title typed in New Post replaces the one Hugo makes from the file name; ``draft``
    (None: as the archetype says) is set only when it differs. Quoting and order stay."""
    try:
        fields = read_header(text).fields
        if fields.get("title") != title:
            text = set_field(text, "title", title, engine=site.engine)
        differs = draft is not None and (fields.get("draft") is True) != draft
        if differs and (draft or "draft" in fields):
            text = set_field(text, "draft", draft, engine=site.engine)
    except FrontMatterError:
        return text, bool(draft)  # a header Hugo itself could not read: left as Hugo makes it
    return text, draft if draft is not None else fields.get("draft") is True


def _sibling_date_key(folder: Path) -> str:
    """Astro collections differ (``pubDate`` in the blog template): follow an existing post."""
    for sibling in sorted(folder.glob("*.md"))[:5]:
        fields = read_header(decode_post_bytes(sibling.read_bytes()[:8192])).fields
        for key in ("pubDate", "date", "publishDate"):
            if key in fields:
                return key
    return "pubDate"


def plan_new_post(
    site: Site,
    title: str,
    *,
    draft: bool | None = None,
    slug_style: SlugStyle = "pinyin",
    slug: str | None = None,
    bundle: bool = False,
    now: datetime | None = None,
    tags: Sequence[str] = (),
    category: Sequence[str] = (),
) -> NewPostPlan:
    """Decide the path and text of a new post titled ``title`` (nothing is written).

    ``tags`` are set as a list; ``category`` is one category path (Hexo: one hierarchy
    ``[A, B]``; engines without hierarchies get the segments as separate categories).
    ``draft`` None: not a draft, except on Hugo, where the archetype decides.
    """
    moment = now_in_site_zone(site.config, now)
    chosen = slug or make_slug(
        title, site.engine, slug_style, filename_case=site.config.filename_case
    )
    style = site.engine_spec.new_post
    if style == "archetypes":
        plan = _hugo_plan(site, title, chosen, draft, moment, bundle)
    elif style == "scaffolds":
        plan = replace(_hexo_plan(site, title, chosen, bool(draft), moment), draft=bool(draft))
    elif style == "dated_name":
        plan = replace(_jekyll_plan(site, title, chosen, bool(draft), moment), draft=bool(draft))
    else:
        plan = _content_plan(site, title, chosen, bool(draft), moment, bundle)
        plan = replace(plan, draft=bool(draft))
    return _with_terms(
        site, plan, [t for t in tags if t.strip()], [c for c in category if c.strip()]
    )


def _with_terms(site: Site, plan: NewPostPlan, tags: list[str], category: list[str]) -> NewPostPlan:
    if not site.engine_spec.new_post_terms or not (tags or category):
        return plan  # Zola taxonomies live in a [taxonomies] table the user sets up
    text = plan.text
    try:
        if tags:
            text = set_field(text, "tags", tags, engine=site.engine)
        if category:
            text = set_field(text, "categories", category, engine=site.engine)
    except FrontMatterError:
        return plan  # a Hugo archetype whose header Hugo could not read either: as written
    return replace(plan, text=text)


def create_post(plan: NewPostPlan) -> Path:
    """Write the planned post (never over an existing file), its asset folder and the bundle
    archetype's other files."""
    plan.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with plan.path.open("x", encoding="utf-8", newline="") as handle:
            handle.write(plan.text)
    except FileExistsError as exc:
        raise PostExistsError(str(plan.path)) from exc
    if plan.asset_dir is not None:
        plan.asset_dir.mkdir(parents=True, exist_ok=True)
    for source, destination in plan.copies:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with destination.open("xb") as handle:
            handle.write(source.read_bytes())
    return plan.path
