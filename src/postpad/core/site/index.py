"""The site index: every post's front matter (never its body), cached on disk.

A cold scan reads each post's header; a warm scan only ``stat``s the files (one ``scandir`` walk)
and re-reads those whose modification time or size changed. The cache is one JSON file per site
under the user cache folder, written atomically; a corrupt or old cache is ignored.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import UTC, date, datetime
from pathlib import Path

from postpad.core.atomic import write_atomic
from postpad.core.engines import engine_for
from postpad.core.engines.spec import SiteEngine
from postpad.core.frontmatter.dates import engine_date
from postpad.core.frontmatter.engine_reading import engine_fields
from postpad.core.frontmatter.engine_rules import folds_key_case, lookup
from postpad.core.frontmatter.yaml_tabs import dropping_tab
from postpad.core.site.cachedir import user_cache_dir
from postpad.core.site.dates import parse_loose, site_zone
from postpad.core.site.header import Header, decode_post_bytes, read_header
from postpad.core.site.model import Site

CACHE_VERSION = 6  # 5: as the engine reads them (decision 0257); 6: its tabs (decision 0269)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PostEntry:
    """What the site panel, taxonomy and checks need to know about one post."""

    path: str  # relative to the site root, '/'-separated
    mtime_ns: int
    size: int
    title: str | None = None
    date: str | None = None  # as written
    read_date: str | None = None  # the engine's, when not as written (decision 0248)
    sort_key: float | None = None  # seconds, for ordering (naive dates read as UTC)
    draft: bool = False
    tags: tuple[str, ...] = ()
    categories: tuple[tuple[str, ...], ...] = ()  # Hexo hierarchies kept as paths
    cover: str | None = None
    error: str | None = None  # the front matter did not parse

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PostEntry:
        tags = data.get("tags") or []
        cats = data.get("categories") or []
        return cls(
            **{k: v for k, v in data.items() if k not in ("tags", "categories")},  # type: ignore[arg-type]
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            categories=tuple(tuple(p) for p in cats) if isinstance(cats, list) else (),
        )


@dataclass
class SiteIndex:
    """All posts of a site, sorted newest first."""

    site: Site
    entries: list[PostEntry] = field(default_factory=list)
    reread: int = 0  # how many headers were read in this refresh (0 on a warm, unchanged site)

    def path_of(self, entry: PostEntry) -> Path:
        return self.site.root / entry.path

    def entry_for(self, path: Path) -> PostEntry | None:
        try:
            relative = path.resolve().relative_to(self.site.root).as_posix()
        except ValueError:
            return None
        return next((e for e in self.entries if e.path == relative), None)


def _text(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _terms(value: object, split_spaces: bool) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        text = _text(item)
        if text is None:
            continue
        out.extend(text.split() if split_spaces else [text])
    return tuple(out)


def categories_of(engine: str, value: object) -> tuple[tuple[str, ...], ...]:
    """Hexo: a list is ONE path, a list of lists several; other engines: flat terms."""
    if value is None:
        return ()
    spec = engine_for(engine)  # decision 0107
    if not spec.hierarchical_categories:
        return tuple((term,) for term in _terms(value, split_spaces=spec.terms_split_spaces))
    if not isinstance(value, list):
        text = _text(value)
        return ((text,),) if text is not None else ()
    if any(isinstance(item, list) for item in value):
        paths = []
        for item in value:
            path = _terms(item, split_spaces=False)
            if path:
                paths.append(path)
        return tuple(paths)
    path = _terms(value, split_spaces=False)
    return (path,) if path else ()


_HEAD_BYTES = 16384


def _read_header_only(path: Path, headless: bool, engine: str | None = None) -> Header:
    """Read the first bytes only; the rest only when the header is longer than that."""
    with path.open("rb") as handle:
        raw = handle.read(_HEAD_BYTES)
        header = read_header(decode_post_bytes(raw), headless=headless, engine=engine)
        if (
            header.format is None
            and len(raw) == _HEAD_BYTES
            and raw.lstrip()[:3] in (b"---", b"+++", b";;;", b"\xef\xbb\xbf")
        ):
            text = decode_post_bytes(raw + handle.read())
            header = read_header(text, headless=headless, engine=engine)
    return header


_TOKEN_PATTERNS = {
    ":year": r"(?P<year>\d{4})", ":month": r"(?P<month>\d{2})", ":day": r"(?P<day>\d{2})",
    ":i_month": r"(?P<month>\d{1,2})", ":i_day": r"(?P<day>\d{1,2})",
}  # fmt: skip


def filename_date(site: Site, path: Path) -> str | None:
    """The date a file name carries when ``date:`` is absent: Jekyll and Zola ``YYYY-MM-DD-``
    prefixes, Hexo names made by a ``new_post_name`` with ``:year :month :day``."""
    style = site.engine_spec.filename_date
    if style == "prefix":
        prefix = re.match(r"(\d{4}-\d{2}-\d{2})[-_]", path.name)
        return prefix.group(1) if prefix else None
    pattern = site.config.new_post_name
    if style != "new_post_name" or ":year" not in pattern or site.is_draft_location(path):
        return None
    regex = re.escape(Path(pattern).with_suffix("").as_posix())
    for token in sorted(_TOKEN_PATTERNS, key=len, reverse=True):
        regex = regex.replace(re.escape(token), _TOKEN_PATTERNS[token], 1)
    regex = re.sub(r":[a-z_]+", ".+?", regex)  # :title, :hash (re.escape keeps ':')
    posts = site.in_source(site.engine_spec.posts_folder or "")
    relative = path.relative_to(posts).with_suffix("").as_posix()
    match = re.fullmatch(regex, relative)
    if match is None or "month" not in match.groupdict() or "day" not in match.groupdict():
        return None
    return f"{match['year']}-{int(match['month']):02d}-{int(match['day']):02d}"


def _is_draft(site: Site, relative: str, fields: dict[str, object]) -> bool:
    if site.is_draft_location(Path(relative)):
        return True
    if fields.get("published") is False and site.engine_spec.published_flag:
        return True
    return fields.get("draft") is True


def read_entry(site: Site, path: Path, mtime_ns: int, size: int) -> PostEntry:
    """Read one post's header into an entry (unreadable files give an entry with ``error``)."""
    relative = path.relative_to(site.root).as_posix()
    spec = site.engine_spec
    try:
        header = _read_header_only(path, headless=spec.headless_front_matter, engine=site.engine)
    except OSError as exc:
        return PostEntry(relative, mtime_ns, size, error=str(exc))
    fields, error = _as_engine_reads(header, site)
    if folds_key_case(site.engine):  # Hugo: `Title` is `title` (decision 0090)
        fields = {key: lookup(fields, key, site.engine) for key in _folded_keys(fields)}
    extra = fields.get("extra") if spec.taxonomies_table else None
    taxonomies = fields.get("taxonomies") if spec.taxonomies_table else None
    if isinstance(taxonomies, dict):
        fields = {**fields, **taxonomies}
    date_value = fields.get("date", fields.get("pubDate"))
    if date_value is None:
        date_value = filename_date(site, path)
    read = engine_date(date_value, site.engine, site_zone(site.config))
    moment = parse_loose(read or date_value)
    cover = fields.get("cover", extra.get("cover") if isinstance(extra, dict) else None)
    return PostEntry(
        path=relative,
        mtime_ns=mtime_ns,
        size=size,
        title=_text(fields.get("title")),
        date=_text(date_value),
        read_date=_read_date(date_value, read),
        sort_key=_sort_key(moment),
        draft=_is_draft(site, relative, fields),
        tags=_terms(fields.get("tags", fields.get("tag")), split_spaces=spec.terms_split_spaces),
        categories=categories_of(site.engine, fields.get("categories", fields.get("category"))),
        cover=_text(cover),
        error=error,
    )


def _as_engine_reads(header: Header, site: Site) -> tuple[dict[str, object], str | None]:
    """The header's fields and why it is broken (None: it is not), as the engine reads it: a
    YAML header Postpad's reader refuses and the engine reads (a tab Hugo reads, a key twice
    for Jekyll) gives the engine's fields (decision 0249) and is not broken (decision 0257); one
    Postpad reads and the engine refuses (a tab Hugo stops on) is broken (decision 0269)."""
    if header.error is None:
        return header.fields, _dropping_tab(header, site.engine_spec)
    if header.format == "yaml":
        read = engine_fields(header.inner, header.inner_line - 1, site.engine)
        if read is not None:
            return read.fields, None
    return header.fields, header.error.message


def _dropping_tab(header: Header, spec: SiteEngine) -> str | None:
    """Why the engine refuses a header Postpad reads: a tab in its indentation that stops the
    build or drops the post, in ``postpad check``'s words (decision 0269)."""
    if header.format != "yaml" or "\t" not in header.inner:
        return None
    found = dropping_tab(header.inner, spec.check, spec.front_matter.yaml_reader)
    if found is None:
        return None
    line = header.inner_line + found[0]
    return f"line {line}: tab in YAML indentation: {spec.check.tab_refusal}; use spaces"


def _read_date(written: object, read: date | None) -> str | None:
    """The engine's date when it is not the written one (Hexo's reading of an offset,
    decision 0248), as ISO text."""
    if read is None or read == getattr(written, "value", written):
        return None
    return read.isoformat(sep=" ") if isinstance(read, datetime) else read.isoformat()


def _folded_keys(fields: dict[str, object]) -> list[str]:
    """Each key once, lower-cased, for an engine that reads keys case-insensitively."""
    return list(dict.fromkeys(key.lower() for key in fields))


def _sort_key(moment: object) -> float | None:
    if not isinstance(moment, datetime):
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    try:
        return aware.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def cache_path(site: Site) -> Path:
    """Where the index of ``site`` is cached."""
    digest = hashlib.sha1(str(site.root).encode("utf-8"), usedforsecurity=False).hexdigest()
    return user_cache_dir() / "site-index" / f"{digest[:20]}.json"


def _load_cache(site: Site) -> dict[str, PostEntry]:
    try:
        data = json.loads(cache_path(site).read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("root") != str(site.root):
            return {}
        entries = [PostEntry.from_json(item) for item in data["entries"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return {entry.path: entry for entry in entries}


_ENTRY_FIELDS = tuple(f.name for f in dataclass_fields(PostEntry))


def _as_json(entry: PostEntry) -> dict[str, object]:
    # dataclasses.asdict deep-copies every tuple; this is 3x faster for 5,000 entries
    return {name: getattr(entry, name) for name in _ENTRY_FIELDS}


def _save_cache(site: Site, entries: Iterable[PostEntry]) -> None:
    target = cache_path(site)
    payload = {
        "version": CACHE_VERSION,
        "root": str(site.root),
        "entries": [_as_json(e) for e in entries],
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomic(target, data, fsync=False, prefix=".index-", new_mode=0o600)
    except OSError:
        return  # a cache we cannot write only costs speed next time


def build_index(
    site: Site, *, progress: Progress | None = None, use_cache: bool = True
) -> SiteIndex:
    """Scan ``site``'s posts, re-reading only files whose mtime or size changed since the cache."""
    cached = _load_cache(site) if use_cache else {}
    files = list(site.iter_post_files())
    entries: list[PostEntry] = []
    reread = 0
    total = len(files)
    for number, (path, mtime_ns, size) in enumerate(files, start=1):
        relative = path.relative_to(site.root).as_posix()
        old = cached.get(relative)
        if old is not None and old.mtime_ns == mtime_ns and old.size == size:
            entries.append(old)
        else:
            entries.append(read_entry(site, path, mtime_ns, size))
            reread += 1
        if progress is not None and (number % 200 == 0 or number == total):
            progress(number, total)
    entries.sort(key=lambda e: (e.sort_key is not None, e.sort_key or 0.0, e.path), reverse=True)
    if use_cache and (reread or len(cached) != len(entries)):
        _save_cache(site, entries)
    return SiteIndex(site=site, entries=entries, reread=reread)
