"""Round trips and front-matter edits on corpus posts, through Postpad's core as the app does it.

Open and save (read_text_file -> save_text_file) must give the same bytes. Each EDIT kind is
applied to every post (read_text_file -> set_field/unset_field with the site's engine ->
save_text_file); the edit may change only its key's lines (`outside_key`), and the real engine,
building the site once per edit kind, must read exactly the new value (`engine_read_back`). An
edit that exits normally yet is read differently by the engine is a *silent edit loss*.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from engine_harness import MISSING, EnginePost

NEW_TITLE = "Postpad 改过的标题: 第 2 版"
DASH_TITLE = "-LKs-网站推荐 (Postpad)"
NEW_TAG = "postpad-新标签"
NEW_KEY = "postpad_new_key"
NEW_VALUE = "Postpad: 新的键 #1"
NEW_TIME = dt.time(8, 9, 10)  # a time, on layouts that may be date-only


def new_title(edit: str, number: int = 0) -> str:
    """The title a `title`/`dash` edit writes; `number` (the post's place in the site) keeps
    titles apart where a permalink is made of the title (two posts, one URL: one is dropped)."""
    title = NEW_TITLE if edit == "title" else DASH_TITLE
    return f"{title} {number}" if number else title


def new_date(before: EnginePost, zone: dt.tzinfo) -> dt.datetime:
    """The wall-clock time a `date` edit writes: the day after the post's date (as the engine
    read it, in the site's zone) at NEW_TIME, so the date no longer agrees with a Jekyll file
    name. Each post gets its own date, as a user moving one post does: one date for every post
    gave posts of one name one URL (nim-lang's 13 "this-month-with-nim" posts all at
    /blog/2024/06/01/this-month-with-nim.html) and the engine wrote only one of them. Moving
    every post by a day keeps their days apart."""
    if before.date.year <= 1:  # Hugo's zero time: the post has no date
        return dt.datetime.combine(dt.date(2024, 6, 1), NEW_TIME)
    day = before.date.astimezone(zone).date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, NEW_TIME)


#: edit kind -> the key it changes (unset: decided per post, see `unset_key`)
EDITS = ("title", "date", "tag", "new-key", "unset", "dash")


@dataclass(frozen=True)
class EditOutcome:
    site: str
    post: str
    edit: str
    status: str  # ok | refused | outside-key | lost | dropped | n/a
    detail: str = ""

    @property
    def silent_loss(self) -> bool:
        return self.status in ("lost", "dropped")


def round_trip(path: Path, where: Path) -> str | None:
    """Why opening and saving `path` untouched does not give its bytes (None when it does)."""
    from postpad.core.textfile import encode_text, read_text_file, save_text_file

    copy = where / "round-trip.md"
    shutil.copyfile(path, copy)
    original = path.read_bytes()
    try:
        loaded = read_text_file(copy)
        encoded = encode_text(loaded.text, loaded, path=copy)
        save_text_file(copy, loaded.text, base=loaded)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    if encoded != original:
        return "the encoded text differs from the file's bytes"
    if copy.read_bytes() != original:
        return "the saved file differs from the original"
    return None


def key_lookup(fields: dict[str, object], key: str, engine: str) -> object:
    """A field the way the engine matches keys (Hugo: case-insensitively)."""
    if key in fields:
        return fields[key]
    if engine == "hugo":
        for name, value in fields.items():
            if name.lower() == key:
                return value
    return MISSING


def current_tags(text: str, engine: str) -> list[object]:
    from postpad.core.frontmatter import read_fields

    value = key_lookup(read_fields(text, engine=engine), "tags", engine)
    if value is MISSING or value is None:
        return []
    if isinstance(value, str):
        return value.split() if engine == "jekyll" else [value]
    return list(value) if isinstance(value, list) else [value]


def unset_key(before: EnginePost, engine: str) -> str | None:
    """The key an `unset` edit removes: tags, else categories (Hexo/Hugo), else none."""
    if before.tags:
        return "tags"
    if before.categories and engine != "jekyll":
        return "categories"
    return None


def apply_edit(
    text: str,
    edit: str,
    engine: str,
    before: EnginePost | None,
    zone: dt.tzinfo | None = None,
    number: int = 0,
) -> tuple[str, str]:
    """(new text, key) for one edit kind; raises what the core raises. ``zone`` is the site's
    time zone, passed with a date as the form does (Jekyll reads naive times as UTC)."""
    from postpad.core.frontmatter import set_field, unset_field

    if edit in ("title", "dash"):
        return set_field(text, "title", new_title(edit, number), engine=engine), "title"
    if edit == "date":
        assert before is not None
        when = new_date(before, zone or dt.UTC)
        return set_field(text, "date", when, engine=engine, zone=zone), "date"
    if edit == "tag":
        tags = [*current_tags(text, engine), NEW_TAG]
        return set_field(text, "tags", tags, engine=engine), "tags"
    if edit == "new-key":
        return set_field(text, NEW_KEY, NEW_VALUE, engine=engine), NEW_KEY
    assert edit == "unset"
    assert before is not None
    key = unset_key(before, engine)
    assert key is not None
    return unset_field(text, key, engine=engine), key


def edit_file(
    path: Path,
    edit: str,
    engine: str,
    before: EnginePost | None,
    zone: dt.tzinfo | None = None,
    number: int = 0,
) -> tuple[str, str, str]:
    """Edit the file in place as the app does: (text before, text after, key)."""
    from postpad.core.textfile import read_text_file, save_text_file

    loaded = read_text_file(path)
    text, key = apply_edit(loaded.text, edit, engine, before, zone, number)
    save_text_file(path, text, base=loaded)
    return loaded.text, text, key


def applicable(edit: str, engine: str, before: EnginePost | None) -> str | None:
    """Why this edit is not tried on this post (None: it is)."""
    if before is None:
        return "the engine does not read the unedited post"
    if engine == "hexo" and before.draft and edit in ("tag", "unset"):
        return "Hexo attaches no tags or categories to an unpublished post"
    if edit == "unset" and unset_key(before, engine) is None:
        return "no tags or categories to remove"
    return None


# --- only the key's lines change -------------------------------------------------------------


def _header_span(lines: list[str]) -> tuple[int, int] | None:
    """(first, closing) line index of the front matter, or None when there is none."""
    if not lines:
        return None
    first = lines[0].lstrip("\ufeff").strip()
    closers = {"---": ("---", "..."), "+++": ("+++",), ";;;": (";;;",)}
    start = 0
    if first == "" and len(lines) > 1 and lines[1].strip() in closers:
        start, first = 1, lines[1].strip()  # a header after a blank line (Hexo reads it)
    if first in closers:
        for index in range(start + 1, len(lines)):
            if lines[index].rstrip() in closers[first]:
                return start, index
        return None
    if first.startswith("{"):
        for index, line in enumerate(lines):
            if line.rstrip() in ("}", ";;;"):
                return 0, index
    for index, line in enumerate(lines):  # Hexo: a header without its opening ---
        if line.rstrip() == "---":
            return -1, index
    return None


def _key_lines(lines: list[str], key: str, engine: str, span: tuple[int, int]) -> set[int]:
    """Indexes of the key's lines (its own line and its continuation lines) in the header."""
    flags = re.I if engine == "hugo" else 0
    start = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[:=]", flags)
    top = re.compile(r"^(?:[^\s#\-\]}]|\[)")  # a line starting a new top-level entry
    owned: set[int] = set()
    inside = False
    for index in range(span[0] + 1, span[1]):
        line = lines[index]
        if start.match(line):
            inside = True
        elif top.match(line) or (line.lstrip().startswith('"') and ":" in line):
            inside = False
        if inside:
            owned.add(index)
    return owned


def outside_key(before: str, after: str, key: str, engine: str) -> str | None:
    """A description of a change outside the key's lines (None when the edit kept to them)."""
    old, new = before.split("\n"), after.split("\n")
    span = _header_span(old)
    if span is None:  # a new header may be created, and only that
        return None if after.endswith(before) else "the post had no header and its text changed"
    owned = _key_lines(old, key, engine, span)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        touched = set(range(i1, i2))
        if not touched and span[0] < i1 <= span[1]:
            continue  # lines inserted inside the header
        stray = sorted(i for i in touched - owned if not _comma_only(old[i], new, j1, j2))
        if stray or (not touched and not span[0] < i1 <= span[1]):
            where = stray[0] if stray else i1
            return f"line {where + 1} changed: {old[where] if where < len(old) else ''!r}"
    return None


def _comma_only(line: str, new: list[str], j1: int, j2: int) -> bool:
    """JSON: the line before a new or removed key gains or loses its trailing comma."""
    bare = line.rstrip().rstrip(",")
    return any(candidate.rstrip().rstrip(",") == bare for candidate in new[j1:j2])


# --- what the engine read ------------------------------------------------------------------


def site_zone(settings: dict[str, object], engine: str) -> dt.tzinfo:
    """Where the engine reads a wall-clock time (the harness machine runs in UTC)."""
    name = settings.get("timeZone" if engine == "hugo" else "timezone")
    try:
        return ZoneInfo(str(name)) if name else dt.UTC
    except (KeyError, ValueError):
        return dt.UTC


def engine_field(post: EnginePost, engine: str, key: str) -> object:
    return post.exposed(engine, key)


def expected_check(
    edit: str, engine: str, before: EnginePost, zone: dt.tzinfo, number: int = 0
) -> Callable[[EnginePost], str | None]:
    """A function telling what the engine read wrong after the edit (None: read right)."""

    def title(value: str) -> Callable[[EnginePost], str | None]:
        return lambda after: None if after.title == value else f"title {after.title!r}"

    if edit in ("title", "dash"):
        return title(new_title(edit, number))
    if edit == "date":
        want = new_date(before, zone).replace(tzinfo=zone)
        return lambda after: (
            None
            if after.date == want
            else f"date read {after.date.isoformat()}, want {want.isoformat()}"
        )
    if edit == "tag":
        want_tags = {*before.tags, NEW_TAG}
        return lambda after: None if set(after.tags) == want_tags else f"tags {after.tags}"
    if edit == "new-key":
        return lambda after: (
            None
            if engine_field(after, engine, NEW_KEY) == NEW_VALUE
            else f"{NEW_KEY} {engine_field(after, engine, NEW_KEY)!r}"
        )
    key = unset_key(before, engine)
    if key == "tags":
        return lambda after: None if not after.tags else f"tags {after.tags}"
    return lambda after: None if not after.categories else f"categories {after.categories}"
