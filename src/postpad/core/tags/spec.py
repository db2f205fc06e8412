"""What a theme tag or shortcode accepts: the data the forms and the preview share.

One small data module per theme or engine (:mod:`.butterfly`, :mod:`.hugo`) lists ``TagSpec``s;
:mod:`.hexo_syntax` and :mod:`.hugo_syntax` write and read their text (decision 0130).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: how a Hexo tag's arguments are written: by position separated by spaces (``words``), by
#: position separated by commas (Butterfly's ``a,b,c``), or by what each word looks like
#: (``classified``: note's ``[colour] [icon] [style]``, any of them left out)
ArgStyle = str
#: where a tag's body goes: Markdown inside a paired tag, raw text, or none (inline tag)
Body = str | None


@dataclass(frozen=True)
class Param:
    """One parameter of a tag.

    ``kind`` is ``text``, ``choice`` (one of ``choices``; other text is kept), ``flags`` (words
    from ``choices``, space separated), ``number``, ``url`` or ``bool`` (``true``/``false``).
    ``position`` is a Hugo parameter's place when the call is written without names.
    """

    name: str
    label: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    default: str = ""
    help: str = ""
    position: int | None = None


@dataclass(frozen=True)
class VersionNote:
    """A difference in older theme versions: ``text`` applies below ``before``."""

    before: tuple[int, ...]
    text: str


@dataclass(frozen=True)
class TagSpec:
    """A tag: its name, parameters, and whether it has a body (``markdown``/``raw``) or not."""

    name: str
    label: str
    params: tuple[Param, ...] = ()
    body: Body = None
    style: ArgStyle = "words"
    help: str = ""
    sample_body: str = ""
    wrap: str = "{body}"  # how a selection goes inside (tabs: in one pane)
    in_menu: bool = True
    since: tuple[int, ...] = ()
    notes: tuple[VersionNote, ...] = ()
    open_params: bool = False  # accepts parameters not listed (a template reading .Params)
    positional: bool = False  # a Hugo call written without names by default
    syntax: str = "nunjucks"  # "nunjucks" ({% %}, Hexo) or "shortcode" ({{< >}}, Hugo)

    @property
    def paired(self) -> bool:
        return self.body is not None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def defaults(self) -> dict[str, str]:
        """The values a new tag's form starts with."""
        return {p.name: p.default for p in self.params}


@dataclass(frozen=True)
class TagLibrary:
    """The tags of one site: ``syntax`` is ``nunjucks`` (Hexo) or ``shortcode`` (Hugo)."""

    syntax: str
    title: str
    tags: tuple[TagSpec, ...]
    version: str | None = None
    #: the tag names the installed theme registers (None: not installed, or not known)
    available: frozenset[str] | None = None
    by_name: dict[str, TagSpec] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_name.update({tag.name: tag for tag in self.tags})

    def get(self, name: str) -> TagSpec | None:
        return self.by_name.get(name)

    def menu(self) -> list[TagSpec]:
        return [tag for tag in self.tags if tag.in_menu]


def parse_version(text: str | None) -> tuple[int, ...]:
    """``"5.3.0"`` → ``(5, 3, 0)``; leading digits of each part only; ``()`` when unknown."""
    parts: list[int] = []
    for piece in (text or "").strip().lstrip("v").split("."):
        digits = "".join(c for c in piece if c.isdigit()) if piece[:1].isdigit() else ""
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def version_notes(spec: TagSpec, version: str | None) -> list[str]:
    """The spec's notes that apply to an installed ``version`` (all of them when unknown)."""
    installed = parse_version(version)
    notes = [n.text for n in spec.notes if not installed or installed < n.before]
    return notes


def too_new(spec: TagSpec, version: str | None) -> bool:
    """Whether the installed theme ``version`` predates the tag."""
    installed = parse_version(version)
    return bool(installed and spec.since and installed < spec.since)
