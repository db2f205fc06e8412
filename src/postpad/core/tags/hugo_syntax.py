"""Hugo shortcodes as text: ``{{< name args >}}`` / ``{{% name args %}}`` … ``{{< /name >}}``.

A call gives its arguments either all by position or all as ``key="value"`` (Hugo refuses a
mix). Positional arguments map to the spec's ``Param.position``; one the spec does not know is
kept under its number as name (decision 0130).
"""

from __future__ import annotations

import re

from postpad.core.tags.layout import Layout, join, split_space
from postpad.core.tags.spec import TagSpec

TAG = re.compile(r"\{\{([<%][ \t]*)(/?)[ \t]*([\w./-]+)((?:(?!\}\}).)*?)([ \t]*/?[ \t]*[>%]\}\})")
_VALUE = r'"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+'
_ARG = re.compile(rf"(?:([\w-]+)=)?({_VALUE})")
ALIAS = "~"  # marks an earlier copy of a key given twice: ``title~1``


def closing(name: str, delimiter: str = "<") -> str:
    end = ">" if delimiter == "<" else "%"
    return "{{" + delimiter + " /" + name + " " + end + "}}"


def _unquote(raw: str) -> str:
    if raw[:1] == "`":
        return raw[1:-1]
    if raw[:1] == '"':
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    return raw


def _name_at(spec: TagSpec, position: int) -> str:
    found = next((p.name for p in spec.params if p.position == position), None)
    return found if found is not None else str(position)


def read(spec: TagSpec, opener: str, args: str, closer: str) -> Layout:
    """The layout of ``{{<opener>name<args><closer>``; ``args`` keeps its spaces."""
    lead, core, trail = split_space(args)
    order: list[str] = []
    raws: dict[str, str] = {}
    seps: list[str] = []
    values = {p.name: "" for p in spec.params}
    named = False
    last = 0
    for index, match in enumerate(_ARG.finditer(core)):
        if index:
            seps.append(core[last : match.start()])
        key = match.group(1)
        named = named or key is not None
        name = key if key is not None else _name_at(spec, index)
        if name in raws:  # a key given twice: Hugo keeps the last; the earlier stays as text
            alias = (
                f"{name}{ALIAS}{order.count(name) + sum(n.startswith(name + ALIAS) for n in order)}"
            )
            order[order.index(name)] = alias
            raws[alias], values[alias] = raws[name], values[name]
        order.append(name)
        raws[name] = match.group(0)
        values[name] = _unquote(match.group(2))
        last = match.end()
    return Layout(opener, lead, tuple(order), raws, tuple(seps), trail + closer, values, named)


def quote(value: str, *, named: bool) -> str:
    if not named and re.fullmatch(r"[\w-]+", value):
        return value
    if '"' in value and "`" not in value:
        return f"`{value}`"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _positions(spec: TagSpec, values: dict[str, str]) -> dict[str, int] | None:
    """Each filled value's position, or None when one of them has none."""
    places: dict[str, int] = {}
    for name, value in values.items():
        if not value:
            continue
        param = spec.param(name)
        position = param.position if param is not None else None
        if position is None and name.isdigit():
            position = int(name)
        if position is None:
            return None
        places[name] = position
    return places


def _named_order(spec: TagSpec, values: dict[str, str], like: Layout | None) -> list[str]:
    known = [p.name for p in spec.params]
    written = list(like.order) if like is not None and like.named else []
    names = written + [n for n in [*known, *values] if n not in written]
    seen: list[str] = []
    for name in names:
        if values.get(name) and name not in seen:
            seen.append(name)
    return seen


def format_args(spec: TagSpec, values: dict[str, str], like: Layout | None = None) -> str:
    places = _positions(spec, values)
    wants_named = like.named if like is not None and like.order else not spec.positional
    if places is None or (wants_named and not all(n.isdigit() for n in places)):
        names = _named_order(spec, values, like)
        fresh = {n: f"{n.split(ALIAS)[0]}={quote(values[n], named=True)}" for n in names}
        same = like if like is not None and like.named else None
        return join(names, values, same, fresh, " ")
    by_place = {place: name for name, place in places.items()}
    count = max(by_place) + 1 if by_place else 0
    names = [by_place.get(i, _name_at(spec, i)) for i in range(count)]
    fresh = {n: quote(values.get(n, ""), named=False) for n in names}
    same = like if like is not None and not like.named else None
    return join(names, values, same, fresh, " ")


def format_open(spec: TagSpec, values: dict[str, str], like: Layout | None = None) -> str:
    args = format_args(spec, values, like)
    opener = like.opener if like is not None else "< "
    closer = like.closer if like is not None else (" >}}" if opener[0] == "<" else " %}}")
    lead = (like.lead or " ") if like is not None else " "
    return "{{" + opener + spec.name + (lead + args if args else "") + closer
