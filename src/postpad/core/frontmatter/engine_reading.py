"""Whether the site's engine reads a YAML header that Postpad's reader (PyYAML) refuses
(decision 0239).

PyYAML and the engines' readers disagree on a few headers. Measured with Hugo 0.168
(goccy/go-yaml), Jekyll 4.3 (Psych) and Hexo 8.1 (js-yaml after hexo-front-matter turns leading
tabs into spaces):

- a tab after spaces on the first line of a nested block (``p:\\n  \\tq: 1``): Hugo reads it,
  Jekyll drops the header, Hexo leaves the post out (js-yaml: "bad indentation");
- a tab after a list dash (``tags:\\n-\\tx``, ``  -\\tb``): Hugo and Hexo read it, Jekyll drops
  the header;
- an unknown local tag (``k: !foo bar``): Hugo and Jekyll read the value, Hexo leaves the post
  out;
- a key written twice: Jekyll keeps the last value, Hugo stops, Hexo leaves the post out;
- an undefined alias, ``@`` or a backquote starting a value, ``k: a: b``: every engine refuses.

Postpad still never rewrites such a header (the form stays read-only); this module says who is
right, so the form and ``postpad check`` do not call a header the engine reads broken, and
what the engine reads (``engine_fields``: the read-only form shows it, decision 0249).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, ScalarNode

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.engine_rules import rules_for
from postpad.core.frontmatter.yaml_codec import compose_yaml, key_text, load_yaml
from postpad.core.frontmatter.yaml_tabs import refused_by, rejected_tab_lines
from postpad.core.frontmatter.yaml_tolerant import loader_for

#: construction errors (the whole header parsed) an engine's reader does not share
_TOLERATED: dict[str, tuple[str, ...]] = {
    "psych": ("duplicated mapping key", "could not determine a constructor"),
    "go-yaml": ("could not determine a constructor",),
    "js-yaml": (),
}
_DASH_TAB = re.compile(r"^[ \t]*-\t")
#: tabs judged per header at most (each one read again by PyYAML)
MAX_TABS = 50


class EngineReadsError(FrontMatterError):
    """Postpad's YAML reader refuses the header; ``engine`` reads it (the post builds)."""

    def __init__(self, error: FrontMatterError, engine: str) -> None:
        super().__init__(error.message, error.line, error.column)
        self.engine = engine


class EngineRefusesError(FrontMatterError):
    """The header does not parse, and ``engine`` refuses it too."""

    def __init__(self, error: FrontMatterError, engine: str) -> None:
        super().__init__(error.message, error.line, error.column)
        self.engine = engine


def _reader(engine: str) -> str | None:
    """The engine's YAML reader when its disagreements with PyYAML were measured."""
    rules = rules_for(engine)
    if rules.yaml_reader == "js-yaml" and not rules.tabs_as_spaces:
        return None  # js-yaml without Hexo's tab fix-up (Eleventy, Astro): not measured
    return rules.yaml_reader if rules.yaml_reader in _TOLERATED else None


def _readable_tab(text: str, index: int, reader: str) -> int | None:
    """The position on line ``index`` of ``text`` of a tab PyYAML refuses and ``reader``
    reads (None: no such tab there)."""
    line = text.split("\n")[index]
    if reader == "js-yaml":  # leading tabs are spaces already (yaml_codec.hexo_escape)
        if _DASH_TAB.match(line.lstrip("\t")):
            return line.index("\t", len(line) - len(line.lstrip("\t")))
        reader = "psych"  # a tab after spaces: js-yaml refuses it where libyaml does
    for offset, column, refused in rejected_tab_lines(text):
        if offset == index and not refused_by(refused, reader):  # type: ignore[arg-type]
            return column - 1
    return None


def _refused_tab(text: str, reader: str) -> bool:
    """Whether ``reader`` refuses a tab anywhere in the header (decision 0047's model), even
    one PyYAML reads."""
    lines = text.split("\n")
    for offset, column, refused in rejected_tab_lines(text):
        if reader != "js-yaml":
            if refused_by(refused, reader):  # type: ignore[arg-type]
                return True
        elif column > 1 and not _DASH_TAB.match(lines[offset]) and refused[1]:
            return True  # after spaces (leading tabs are spaces to Hexo): as libyaml
    return False


def engine_reads(inner: str, line_offset: int, engine: str) -> bool | None:
    """For a YAML header (``inner``, its first line at file line ``line_offset + 1``) that
    Postpad's reader refuses: whether ``engine`` reads it (False: it refuses it too; None: not
    known, the engine's reader was not measured or Postpad refused it for its own limits)."""
    return _as_engine_reads(inner, line_offset, engine)[0]


@dataclass(frozen=True)
class EngineFields:
    """What the engine reads from a header Postpad's reader refuses (decision 0249)."""

    fields: dict[str, object]
    #: (1-based file line, key) of each top-level entry in file order, a key written twice
    #: listed twice
    entries: tuple[tuple[int, str], ...]

    def key_at(self, line: int) -> str | None:
        """The top-level key whose entry holds file line ``line`` (None: above the first)."""
        found = None
        for start, key in self.entries:
            if start > line:
                break
            found = key
        return found


def engine_fields(inner: str, line_offset: int, engine: str) -> EngineFields | None:
    """The fields ``engine`` reads from a header Postpad's reader refuses, read by the same
    reader made as lenient as the engine's (``yaml_tolerant``), past the tabs the engine reads;
    None when the engine does not read it or its reading is not known."""
    reads, text, reader = _as_engine_reads(inner, line_offset, engine)
    if not reads or reader is None:
        return None
    loader = loader_for(reader)
    try:
        fields = load_yaml(text, line_offset=line_offset, loader=loader)
        node = compose_yaml(text, line_offset=line_offset)
    except FrontMatterError:
        return None
    keys = loader("")
    try:
        entries = tuple(
            (key.start_mark.line + line_offset + 1, key_text(keys.construct_object(key)))
            for key, _ in (node.value if isinstance(node, MappingNode) else [])
            if isinstance(key, ScalarNode) and key.tag != "tag:yaml.org,2002:merge"
        )
    finally:
        keys.dispose()
    return EngineFields(fields, entries)


def _as_engine_reads(
    inner: str, line_offset: int, engine: str
) -> tuple[bool | None, str, str | None]:
    """``engine_reads``'s verdict, the text as the engine reads it (the tabs it reads turned
    into spaces) and the engine's reader."""
    reader = _reader(engine)
    if reader is None:
        return None, inner, None
    if "\t" in inner and _refused_tab(inner, reader):
        return False, inner, reader
    text = inner
    for _ in range(MAX_TABS):
        try:
            load_yaml(text, line_offset=line_offset)
        except FrontMatterError as error:
            if not isinstance(error.__cause__, yaml.YAMLError):
                return None, text, reader  # too large, too deep, too many aliases: Postpad's own
            if any(part in error.message for part in _TOLERATED[reader]):
                return _constructed(text, line_offset, reader), text, reader
            index = (error.line or 0) - line_offset - 1
            at = _readable_tab(text, index, reader) if 0 <= index <= text.count("\n") else None
            if at is None:
                return False, text, reader
            lines = text.split("\n")
            lines[index] = lines[index][:at] + " " + lines[index][at + 1 :]
            text = "\n".join(lines)  # read on as the engine does, past this tab
            continue
        return True, text, reader
    return None, text, reader


def _constructed(text: str, line_offset: int, reader: str) -> bool | None:
    """Whether ``reader`` builds the values of a header that parses, past the construction
    errors it does not share: a key written twice after an unknown tag still stops Hugo."""
    try:
        load_yaml(text, line_offset=line_offset, loader=loader_for(reader))
    except FrontMatterError as error:
        return False if "duplicated mapping key" in error.message else None
    return True


def judged(error: FrontMatterError, inner: str, line_offset: int, engine: str) -> FrontMatterError:
    """``error`` as :class:`EngineReadsError` or :class:`EngineRefusesError` when the engine's
    reading is known, else ``error`` itself."""
    reads = engine_reads(inner, line_offset, engine)
    if reads is None:
        return error
    return (EngineReadsError if reads else EngineRefusesError)(error, engine)
