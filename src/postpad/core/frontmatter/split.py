"""Find the front matter of a post without interpreting it.

Supported forms (decisions 0007 and 0090):

* YAML between ``---`` lines (any run of 3+ dashes; the closing run must match the opening one,
  as in hexo-front-matter). A trailing space on the *opening* line means "no front matter"
  (Hexo renders it as a heading), trailing spaces on the closing line are tolerated.
* Hexo's form without an opening ``---``: everything before the first ``---`` line, when that
  part reads as a YAML mapping.
* TOML between ``+++`` lines (Hugo, Zola).
* JSON: a bare ``{...}`` object at the start of the file (Hugo), or Hexo's ``;;;`` form whose
  lines are object members without braces.

With ``engine=`` the engine's own rules apply (``engine_rules``): text the engine skips before the
opening delimiter (Hugo: any whitespace; Hexo: one blank line) becomes ``prefix``, spaces after the
opening ``---`` are accepted for Hugo and Jekyll, and a shape the engine may or may not read is
returned with ``certain=False`` (shown, never edited). Without ``engine`` the header must start
at byte 0 (the preview's and older callers' rule).

``header + body == text`` always holds, so nothing is lost by splitting.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Literal

from postpad.core.frontmatter.engine_rules import leading_prefix, rules_for

FrontMatterFormat = Literal["yaml", "toml", "json", "hexo-json"]

_OPENING = re.compile(r"(-{3,}|;{3,}|\+{3})\n")
_OPENING_SPACES = re.compile(r"(---|\+{3})[ \t]*\n")  # Hugo, Jekyll: `--- ` still opens
_HEADLESS_CLOSE = re.compile(r"^(-{3,}|;{3,})[ \t]*$", re.MULTILINE)
_KEY_LINE = re.compile(r"^[^\s:#\-?&*!|>'\"%@`{\[][^:\n]*:(?:[ \t\n]|$)")
#: A headless header longer than this is prose followed by a thematic break, not front matter.
MAX_HEADLESS_CHARS = 64 * 1024


@dataclass(frozen=True)
class FrontMatterSplit:
    """A post cut into its front matter and its body."""

    #: "yaml", "toml", "json", "hexo-json", or None when the post has no front matter.
    format: FrontMatterFormat | None
    #: The exact header text: opening line, inner text, closing line and its line break.
    header: str
    #: The text between the delimiter lines (each inner line keeps its "\n").
    inner: str
    body: str
    #: 1-based file line where the body starts.
    body_line: int
    has_opening_delimiter: bool
    #: 1-based file line of the first inner line.
    inner_line: int = 1
    #: The opening line without its "\n" ("" when there is none) and the closing line likewise.
    opening: str = ""
    closing: str = ""
    #: Text before the opening delimiter that the engine skips (blank lines), part of ``header``.
    prefix: str = ""
    #: False when the engine may not read this header (an unknown engine and a leading blank
    #: line): it is shown, but edits are refused.
    certain: bool = True

    @property
    def present(self) -> bool:
        return self.format is not None

    def join(self, inner: str) -> str:
        """The whole post again, with ``inner`` in place of the old inner text."""
        opening = self.opening + "\n" if self.has_opening_delimiter else ""
        close_end = self.header[len(self.header.rstrip("\n")) :] if self.header else ""
        if self.format == "json":
            return self.prefix + inner + close_end + self.body
        return self.prefix + opening + inner + self.closing + close_end + self.body


def no_front_matter(text: str) -> FrontMatterSplit:
    return FrontMatterSplit(None, "", "", text, 1, False)


def split_front_matter(
    text: str, *, allow_headless: bool | None = None, engine: str | None = None
) -> FrontMatterSplit:
    """Split ``text`` (``"\\n"`` line breaks) into front matter and body.

    ``allow_headless`` enables Hexo's form without an opening ``---`` (default: the engine's
    rule, on when no engine is given). ``engine`` applies that engine's rules (module docstring).
    """
    if engine is None:
        return _split_at_start(text, allow_headless is not False, opening_spaces=False)
    rules = rules_for(engine)
    headless = rules.headless if allow_headless is None else allow_headless
    prefix = leading_prefix(text, rules)
    if prefix:
        found = _split_at_start(text[len(prefix) :], False, rules.opening_spaces)
        if found.present and not (rules.leading == "one_blank_line" and found.format != "yaml"):
            lines = prefix.count("\n")
            return replace(
                found,
                prefix=prefix,
                header=prefix + found.header,
                body_line=found.body_line + lines,
                inner_line=found.inner_line + lines,
                certain=rules.leading != "unsure",
            )
        return no_front_matter(text)
    return _split_at_start(text, headless, rules.opening_spaces)


def _split_at_start(text: str, allow_headless: bool, opening_spaces: bool) -> FrontMatterSplit:
    if text.startswith("{"):
        return _split_json(text)
    opening = (_OPENING_SPACES if opening_spaces else _OPENING).match(text)
    if opening:
        found = _split_delimited(text, opening.group(1), opening.group(0)[:-1])
        if found is not None:
            return found
        return no_front_matter(text)
    if allow_headless and text[:1] not in ("", "-", ";", "+", "\n", " ", "\t", "#"):
        return _split_headless(text)
    return no_front_matter(text)


def _split_delimited(text: str, run: str, opening: str) -> FrontMatterSplit | None:
    start = len(opening) + 1
    close = re.compile(rf"^{re.escape(run)}[ \t]*$", re.MULTILINE)
    match = close.search(text, start)
    if match is None:
        return None
    if match.start() != start and text[match.start() - 1] != "\n":
        return None
    end = match.end() + (1 if text.startswith("\n", match.end()) else 0)
    kind: FrontMatterFormat = {"-": "yaml", ";": "hexo-json", "+": "toml"}[run[0]]  # type: ignore[assignment]
    header = text[:end]
    return FrontMatterSplit(
        format=kind,
        header=header,
        inner=text[start : match.start()],
        body=text[end:],
        body_line=header.count("\n") + 1,
        has_opening_delimiter=True,
        inner_line=2,
        opening=opening,
        closing=match.group(0),
    )


def _split_headless(text: str) -> FrontMatterSplit:
    match = _HEADLESS_CLOSE.search(text)
    if match is None or match.start() == 0:
        return no_front_matter(text)
    inner = text[: match.start()]
    if len(inner) > MAX_HEADLESS_CHARS:
        return no_front_matter(text)
    if match.group(1)[0] == "-" and not _reads_as_mapping(inner):
        return no_front_matter(text)
    end = match.end() + (1 if text.startswith("\n", match.end()) else 0)
    header = text[:end]
    return FrontMatterSplit(
        format="yaml" if match.group(1)[0] == "-" else "hexo-json",
        header=header,
        inner=inner,
        body=text[end:],
        body_line=header.count("\n") + 1,
        has_opening_delimiter=False,
        inner_line=1,
        opening="",
        closing=match.group(0),
    )


def _reads_as_mapping(inner: str) -> bool:
    from postpad.core.errors import FrontMatterError
    from postpad.core.frontmatter.yaml_codec import load_yaml

    if not _KEY_LINE.match(inner):
        return False
    try:
        return bool(load_yaml(inner))
    except FrontMatterError:
        return False


def _split_json(text: str) -> FrontMatterSplit:
    """Hugo's JSON front matter: a ``{...}`` object at byte 0 followed by a line break."""
    try:
        data, end = json.JSONDecoder().raw_decode(text)
        if not isinstance(data, dict):
            return no_front_matter(text)
    except json.JSONDecodeError:
        fallback = _fallback_json_end(text)
        if fallback is None:
            return no_front_matter(text)
        end = fallback
    rest = text[end:]
    spaces = len(rest) - len(rest.lstrip(" \t"))
    if rest[spaces : spaces + 1] not in ("\n", ""):
        return no_front_matter(text)
    end += spaces + (1 if rest[spaces : spaces + 1] == "\n" else 0)
    header = text[:end]
    inner = text[: end - (1 if header.endswith("\n") else 0)]
    return FrontMatterSplit(
        format="json",
        header=header,
        inner=inner,
        body=text[end:],
        body_line=header.count("\n") + 1,
        has_opening_delimiter=True,
        inner_line=1,
        opening="{",
        closing="}",
    )


_JSON_HEAD = re.compile(r'\{[ \t]*\n[ \t]*"')


def _fallback_json_end(text: str) -> int | None:
    """For invalid JSON that clearly starts as Hugo's (``{`` alone, then a ``"key"`` line), the
    header still ends at the first line holding only ``}``. Anything else starting with ``{``
    (a Hexo ``{% tag %}``, a Liquid or Nunjucks expression) is body text."""
    if not _JSON_HEAD.match(text):
        return None
    match = re.search(r"^\}[ \t]*$", text, re.MULTILINE)
    return match.end() if match else None
