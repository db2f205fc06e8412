"""Front matter: split a post, read its fields, and change one key without touching other bytes.

Public contract (docs/architecture.md):

* :func:`split_front_matter` -> :class:`FrontMatterSplit`
* :func:`read_fields` -> ``dict[str, object]`` in file order (dates as :class:`WrittenDate`)
* :func:`set_field` / :func:`unset_field`: whole post text in, whole post text out; only the
  lines of that key change, front matter is created when absent, and setting the value a key
  already has returns the identical text.

All functions work on text with ``"\\n"`` line breaks (what ``read_text_file`` returns); the
file's own line endings are restored by ``encode_text``. Errors are
:class:`~postpad.core.errors.FrontMatterError` with 1-based file line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.dates import WrittenDate
from postpad.core.frontmatter.engine_reading import EngineReadsError, EngineRefusesError, judged
from postpad.core.frontmatter.engine_rules import key_to_edit, key_to_remove, rules_for
from postpad.core.frontmatter.json_codec import load_json, set_json, unset_json
from postpad.core.frontmatter.split import FrontMatterFormat, FrontMatterSplit, split_front_matter
from postpad.core.frontmatter.toml_codec import load_toml, set_toml, unset_toml
from postpad.core.frontmatter.values import same_value
from postpad.core.frontmatter.yaml_codec import load_yaml
from postpad.core.frontmatter.yaml_patch import in_site_zone, set_yaml, unset_yaml
from postpad.core.frontmatter.yaml_tabs import refused_by, rejected_tab_lines

__all__ = [
    "EngineReadsError",
    "EngineRefusesError",
    "FrontMatterError",
    "FrontMatterFormat",
    "FrontMatterSplit",
    "WrittenDate",
    "read_fields",
    "same_value",
    "set_field",
    "split_front_matter",
    "unset_field",
]

_DELIMITERS = {"yaml": "---", "toml": "+++"}


def read_fields(
    text_or_split: str | FrontMatterSplit, *, engine: str | None = None
) -> dict[str, object]:
    """The front matter's fields in file order ({} when the post has none).

    ``engine`` finds the header where that engine finds it (a Hugo post may start with blank
    lines) and refuses a tab in the indentation where the engine's YAML reader does (only Hexo
    turns leading tabs into spaces; decision 0221); keys are returned as written (look them up
    with ``engine_rules.lookup``). With ``engine``, a header that does not parse raises
    :class:`EngineReadsError` when the engine reads it all the same and
    :class:`EngineRefusesError` when it refuses it too (decision 0239).
    """
    if isinstance(text_or_split, str):
        split = split_front_matter(text_or_split, engine=engine)
    else:
        split = text_or_split
    offset = split.inner_line - 1
    if split.format == "yaml":
        if engine:
            _refuse_tabs(split.inner, offset, engine)
        try:
            return load_yaml(split.inner, line_offset=offset)
        except FrontMatterError as error:
            if not engine:
                raise
            raise judged(error, split.inner, offset, rules_for(engine).name) from error
    if split.format == "toml":
        return load_toml(split.inner, line_offset=offset)
    if split.format in ("json", "hexo-json"):
        return load_json(split.inner, hexo=split.format == "hexo-json", line_offset=offset)
    return {}


def _refuse_tabs(inner: str, offset: int, engine: str) -> None:
    """Raise at the first tab in the indentation that ``engine``'s YAML reader refuses."""
    rules = rules_for(engine)
    if rules.tabs_as_spaces or "\t" not in inner:
        return
    for line, column, refused in rejected_tab_lines(inner):
        if refused_by(refused, rules.yaml_reader):
            message = "found a tab character that violates indentation"  # libyaml's words
            error = FrontMatterError(message, offset + line + 1, column)
            if rules.yaml_reader in ("go-yaml", "psych"):  # measured (decisions 0047, 0239)
                raise EngineRefusesError(error, rules.name)
            raise error


def set_field(
    text: str,
    key: str,
    value: object,
    *,
    engine: str | None = None,
    create_format: Literal["yaml", "toml"] = "yaml",
    zone: dt.tzinfo | None = None,
) -> str:
    """``text`` with front-matter ``key`` set to ``value``.

    ``value`` may be ``None`` (an empty value), ``bool``, ``int``, ``float``, ``str``,
    :class:`WrittenDate`, ``datetime.date``/``datetime`` (written in the key's existing date
    layout, else the ``engine``'s default), lists and dicts of those. ``create_format`` is the
    format of a new front matter when the post has none. ``zone`` is the site's time zone: a
    wall-clock ``datetime`` for Jekyll (which reads a time without offset as UTC) is written with
    that zone's offset.
    """
    split = _editable_split(text, engine, key)
    offset = split.inner_line - 1
    if split.format is None:
        return _create(text, key, in_site_zone(value, engine, zone), engine, create_format)
    key = key_to_edit(read_fields(split), key, engine)
    if split.format == "yaml":
        inner = set_yaml(split.inner, key, value, line_offset=offset, engine=engine, zone=zone)
    elif split.format == "toml":
        inner = set_toml(split.inner, key, value, line_offset=offset, engine=engine)
    else:
        hexo = split.format == "hexo-json"
        inner = set_json(split.inner, key, value, hexo=hexo, line_offset=offset, engine=engine)
    return text if inner == split.inner else _checked(split, split.join(inner), key, engine)


def unset_field(text: str, key: str, *, engine: str | None = None) -> str:
    """``text`` without front-matter ``key`` (unchanged when the key is absent).

    When the last key goes and the header holds nothing else (only whitespace, no comments),
    the whole header goes with it, delimiters included, and the body is kept byte for byte.
    For Hugo ``key`` is matched case-insensitively when that exact spelling is absent.
    """
    split = _editable_split(text, engine, key)
    offset = split.inner_line - 1
    if split.format is None:
        return text
    found = key_to_remove(read_fields(split), key, engine)
    if found is None:
        return text
    key = found
    if split.format == "yaml":
        inner = unset_yaml(split.inner, key, line_offset=offset)
    elif split.format == "toml":
        inner = unset_toml(split.inner, key, line_offset=offset)
    else:
        inner = unset_json(split.inner, key, hexo=split.format == "hexo-json", line_offset=offset)
    if inner == split.inner:
        return text
    if _holds_nothing(inner, split.format):
        # The last key takes its header along: Hexo does not read an empty ---/--- block and
        # publishes both lines as rules (decision 0007). Comments left behind keep the block.
        if split_front_matter(split.body, engine=_engine(engine)).format is None:
            return split.prefix + split.body
        if not split.has_opening_delimiter:
            raise FrontMatterError(f"removing {key!r} would turn the body into a header")
        # the body would read as a header of its own: the empty block keeps it body
    return _checked(split, split.join(inner), key, engine)


def _engine(engine: str | None) -> str:
    return rules_for(engine).name


def _editable_split(text: str, engine: str | None, key: str) -> FrontMatterSplit:
    """The header the engine reads, or an error when editing it could go wrong: the engine may
    not read it (``certain`` is False), or a header-like block sits where the engine does not
    look (a second block on top would hide it; docs/decisions/0090)."""
    split = split_front_matter(text, engine=_engine(engine))
    rules = rules_for(engine)
    if split.present and not split.certain:
        raise FrontMatterError(
            f"cannot change {key!r}: the front matter starts after blank lines, which some "
            "engines read and others do not; say which engine builds the post (--engine) or "
            "remove the blank lines"
        )
    if not split.present and _looks_like_header(text):
        where = "after blank lines or spaces" if text[:1].isspace() else "in a form"
        raise FrontMatterError(
            f"cannot change {key!r}: the post starts with a front-matter-like block {where} "
            f"that {rules.display} does not read as front matter; fix the start of the file "
            "first (Postpad never adds a second block)"
        )
    return split


_HEADER_START = re.compile(r"\A[ \t\n\v\f\r]*(?:-{3,}|\+{3}|;{3,})[ \t]*\n")


def _looks_like_header(text: str) -> bool:
    """True when the post starts with a delimiter line some engine could read as a header."""
    return _HEADER_START.match(text) is not None


def _holds_nothing(inner: str, form: FrontMatterFormat | None) -> bool:
    """True when an edited header's text has no key and nothing else but whitespace."""
    if form == "json":  # Hugo's JSON header is the whole {...} object
        return inner.strip().removeprefix("{").removesuffix("}").strip() == ""
    return inner.strip() == ""


def _checked(before: FrontMatterSplit, text: str, key: str, engine: str | None) -> str:
    """The edited post must still split into the same kind of header and the same body."""
    after = split_front_matter(text, engine=_engine(engine))
    same = (after.format, after.has_opening_delimiter, after.body, after.prefix) == (
        before.format,
        before.has_opening_delimiter,
        before.body,
        before.prefix,
    )
    if not same:
        raise FrontMatterError(f"changing {key!r} would change where the front matter ends")
    return text


def _create(
    text: str, key: str, value: object, engine: str | None, create_format: Literal["yaml", "toml"]
) -> str:
    if create_format == "toml":
        inner = set_toml("", key, value)
    else:
        inner = set_yaml("", key, value, line_offset=1, engine=engine)
    delimiter = _DELIMITERS[create_format]
    result = f"{delimiter}\n{inner}{delimiter}\n{text}"
    after = split_front_matter(result, engine=_engine(engine))
    if after.format != create_format or after.body != text:
        raise FrontMatterError(f"cannot add {key!r}: the post's first lines look like a header")
    return result
