"""Butterfly's post header (5.x), as its templates decide it (decision 0234).

- The banner (``layout/includes/header/index.pug``): none with ``disable_top_img`` or the post's
  ``top_img: false`` (the title and meta then open the article instead); else the first truthy of
  ``top_img``, ``cover`` (``cover.default_cover`` when the post has none, ``false`` kept:
  ``scripts/filters/random_cover.js``) and ``default_top_img``. Nothing truthy still gives the
  banner, in the theme's colour.
- Its background (``getBgPath`` in ``scripts/helpers/page.js``): a value starting ``#``, ``rgb``
  or ``hsl`` is ``background-color``; an absolute URL, a path with a ``/`` or an image file name
  is ``background-image: url(url_for(value))``; anything else is ``background: value``. With
  ``post_asset_folder`` an image file name without ``/`` is the post's asset.
- The meta's first line (``post-info.pug``): ``post_meta.post.date_type`` (created, updated or
  both) with ``config.date_format``, then the categories (``page.categories``: Hexo's
  category paths, decision 0242).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

from postpad.core.frontmatter.dates import engine_date
from postpad.core.postheader.css_value import safe_background
from postpad.core.postheader.model import Banner, MetaItem
from postpad.core.postheader.settings import ButterflySettings, HeaderSettings
from postpad.core.render.rules.images import resolve_image
from postpad.core.site.dates import format_moment

_COLOR = re.compile(r"^(#|rgb|rgba|hsl|hsla)", re.IGNORECASE)
_ABSOLUTE = re.compile(r"^(?:[a-z][a-z\d+.-]*:)?//", re.IGNORECASE)
_RELATIVE = re.compile(r"^(\./|\.\./|/|[^/\n]+/)[^\n]*$")
_SIMPLE_FILE = re.compile(r"\.(png|jpg|jpeg|gif|bmp|webp|svg|tiff)$", re.IGNORECASE)
_ASSET_IMAGE = re.compile(r"\.(png|jpe?g|gif|svg|webp|avif)(\?.*)?$", re.IGNORECASE)
_URL_FOR_AS_IS = re.compile(r"^(#|//|https?:)", re.IGNORECASE)


def truthy(value: object) -> bool:
    """JavaScript's truthiness for front-matter values ([] and {} are true there)."""
    if isinstance(value, (list, dict)):
        return True
    return bool(value)


def js_text(value: object) -> str:
    """``String(value)`` as the theme's templates see a front-matter value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(js_text(item) for item in value)
    return str(value)


def is_page(fields: dict[str, object], settings: HeaderSettings) -> bool:
    """Butterfly's page type (``getPageType``) is the page's ``layout``: a post's is ``post``,
    a file outside ``_posts`` and ``_drafts`` is Hexo's ``page``."""
    layout = fields.get("layout")
    if layout is False:  # real Hexo 8 + Butterfly 5.7: a post's page header, not its own
        return True
    if truthy(layout):
        return js_text(layout) != "post"
    post, root = settings.post_path, settings.site_root
    if post is None or root is None:
        return False
    try:
        parts = Path(post).relative_to(root / settings.source_dir).parts
    except ValueError:
        return False
    return parts[0] not in ("_posts", "_drafts")


def chosen_top_img(
    fields: dict[str, object], theme: ButterflySettings, page: bool = False
) -> object:
    """The post's banner value; ``False``: no banner; falsy: the banner in the theme colour.
    A page has no ``cover`` step."""
    top = fields.get("top_img")
    if theme.disable_top_img or top is False:
        return False
    if page:
        return top if truthy(top) else theme.default_top_img
    cover = fields.get("cover")
    if cover is not False and not truthy(cover):
        cover = theme.default_cover if truthy(theme.default_cover) else False
    for value in (top, cover, theme.default_top_img):
        if truthy(value):
            return value
    return None


def random_covers(fields: dict[str, object], theme: ButterflySettings) -> int:
    """How many default covers the blog picks this post's banner from at random
    (``random_cover.js``: a ``default_cover`` list of two or more, for a post without
    ``top_img`` or ``cover``); 0 when the banner is not a random pick."""
    cover = fields.get("cover")
    own = truthy(fields.get("top_img")) or cover is False or truthy(cover)
    return theme.cover_count if theme.cover_count > 1 and not own else 0


def _local_image(path: str, settings: HeaderSettings) -> Banner:
    """``url_for(path)`` under the site's source or the theme's own ``source/``."""
    public = posixpath.normpath("/" + path.split("?", 1)[0]).lstrip("/")
    roots = (settings.source_dir, *(f"{folder}/source" for folder in settings.theme_dirs))
    found = resolve_image(
        "/" + public, roots=roots, post_path=settings.post_path, site_root=settings.site_root
    )
    if found.path is None:
        return Banner("theme", written=path, missing=True)
    return Banner("image", found.url, written=path)


def _asset_image(name: str, settings: HeaderSettings) -> Banner:
    post = settings.post_path
    candidate = post.parent / post.stem / name.split("?", 1)[0] if post is not None else None
    if candidate is None or not candidate.is_file():
        return Banner("theme", written=name, missing=True)
    return Banner("image", candidate.resolve().as_uri(), written=name)


def _image(value: str, settings: HeaderSettings) -> Banner:
    if _URL_FOR_AS_IS.match(value) or re.match(r"^[a-z][a-z\d+.-]*:", value, re.IGNORECASE):
        if value.lower().startswith("data:image/"):
            return Banner("image", value, written=value)
        if _ABSOLUTE.match(value) and value.lower().startswith(("http:", "https:", "//")):
            url = "https:" + value if value.startswith("//") else value
            if settings.allow_remote_images:
                return Banner("image", url, written=value)
            return Banner("theme", written=value, blocked=True)
        return Banner("theme", written=value, refused=True)  # file:, javascript: and the like
    return _local_image(value, settings)


def banner(value: object, settings: HeaderSettings) -> Banner:
    """The background ``getBgPath(value)`` gives, for the preview to load (local files only,
    remote ones when allowed) or apply (a colour or gradient that passes ``safe_background``)."""
    if not truthy(value):
        return Banner("theme")
    text = js_text(value)
    asset = settings.post_asset_folder and "/" not in text and _ASSET_IMAGE.search(text)
    if asset:
        return _asset_image(text, settings)
    if _COLOR.match(text):
        kind = "color"
    elif _ABSOLUTE.match(text) or _RELATIVE.match(text) or _SIMPLE_FILE.search(text):
        return _image(text, settings)
    else:
        kind = "background"
    safe = safe_background(text)
    if safe is None:
        return Banner("theme", written=text, refused=True)
    return Banner(kind, safe, written=text)


def _in_zone(moment: dt.datetime, zone: str | None) -> dt.datetime:
    """An instant's wall clock in the site's ``timezone`` (else the machine's)."""
    if zone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment.astimezone().replace(tzinfo=None)


def _file_time(settings: HeaderSettings) -> dt.datetime:
    """What Hexo takes for a date the post does not write: the file's time (now when unsaved),
    shown in the site's ``timezone``."""
    post = settings.post_path
    moment = dt.datetime.now(dt.UTC)
    try:
        if post is not None:
            moment = dt.datetime.fromtimestamp(post.stat().st_mtime, dt.UTC)
    except OSError:
        pass
    return _in_zone(moment, settings.timezone)


def date_text(value: object, settings: HeaderSettings) -> str:
    """A front-matter date in ``date_format``; text that is no date is shown as written. A
    written offset is not the site's: Hexo takes the time in UTC as the post's local time
    (``engine_date``, decision 0248; real Hexo 8 dates ``2023-01-05 03:00:00 +08:00``
    2023-01-04 under any ``TZ``)."""
    parsed = engine_date(value, settings.engine)
    if isinstance(parsed, dt.datetime):
        parsed = parsed.replace(tzinfo=None)
    if isinstance(parsed, dt.date):
        return format_moment(settings.date_format, parsed, language=settings.language)
    return js_text(value)


def _dates(fields: dict[str, object], settings: HeaderSettings) -> list[str]:
    created = fields.get("date")
    created_text = date_text(created if truthy(created) else _file_time(settings), settings)
    updated = fields.get("updated")
    if truthy(updated):
        return [created_text, date_text(updated, settings)]
    if settings.updated_option == "date":
        return [created_text, created_text]
    if settings.updated_option == "empty":
        return [created_text, ""]
    return [created_text, date_text(_file_time(settings), settings)]


def _path_names(value: object) -> list[str]:
    """One hierarchy's names (``removeEmptyTag``: no null or empty name)."""
    items = value if isinstance(value, list) else [value]
    return [js_text(item) for item in items if item is not None and item != ""]


def categories(fields: dict[str, object]) -> tuple[str, ...]:
    """The post's categories as Hexo 8 sets them (``Post.setCategories``) and Butterfly lists
    them: a flat list is one path (``[B, A]`` is B › A), a list holding lists is one path per
    item; a category is its name under its parent, so a name under two parents is listed twice
    (decision 0242). New categories in the order they are created: the order written."""
    value = fields.get("categories")
    if truthy(fields.get("category")) and not truthy(value):
        value = fields.get("category")  # Hexo reads ``category`` when there is no ``categories``
    written = value if isinstance(value, list) else [value] if truthy(value) else []
    kept = [item for item in written if isinstance(item, list) or item not in (None, "")]
    nested = any(isinstance(item, list) for item in kept)
    paths = [_path_names(item) for item in kept] if nested else [_path_names(kept)]
    seen: set[tuple[str, ...]] = set()
    names: list[str] = []
    for path in paths:
        for depth, name in enumerate(path, 1):
            if tuple(path[:depth]) not in seen:
                seen.add(tuple(path[:depth]))
                names.append(name)
    return tuple(names)


def meta(
    fields: dict[str, object], settings: HeaderSettings, theme: ButterflySettings
) -> tuple[MetaItem, ...]:
    """The meta's first line: the date(s) as ``date_type`` says, then the categories."""
    items: list[MetaItem] = []
    if theme.date_type:
        created, updated = _dates(fields, settings)
        labels = theme.labels
        if theme.date_type in ("both", "created") or theme.date_type != "updated":
            items.append(MetaItem("created", labels["created"], created))
        if theme.date_type in ("both", "updated") and updated:
            items.append(MetaItem("updated", labels["updated"], updated))
    names = categories(fields)
    if theme.categories and names:
        items.append(MetaItem("categories", items=names))
    return tuple(items)


def title(fields: dict[str, object], settings: HeaderSettings, theme: ButterflySettings) -> str:
    """``page.title || _p('no_title')`` (the file's name with ``use_slug_as_post_title``)."""
    value = fields.get("title")
    if "title" not in fields and settings.use_slug_as_post_title and settings.post_path:
        value = Path(settings.post_path).stem
    return js_text(value) if truthy(value) else theme.labels["no_title"]
