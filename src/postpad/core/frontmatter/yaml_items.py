"""A changed mapping, inside a block list or under a key, changed key by key over its old lines.

The form's tree editor changes one leaf of a nested value (a gallery photo's ``alt``, a
donation button's ``url``, a widget's link); the mapping's other keys keep their lines as
written, quotes and comments included, as the keys of the header itself do (decision 0287).
The mapping's lines are read as a header of their own (an item's ``- `` taken as a blank, or
the lines under a ``-`` alone or under the key's line) and each changed key is set, each
removed key unset, by the header's own patcher; so a list or mapping inside it is changed the
same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from yaml.nodes import MappingNode, Node

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.values import same_value
from postpad.core.frontmatter.yaml_lists import COMMENT_AFTER, keep_list_lines

#: sets a key of a mapping's text to a value / removes it (the header's own patcher)
SetKey = Callable[[str, str, object], str]
UnsetKey = Callable[[str, str], str]


@dataclass(frozen=True)
class KeyPatcher:
    """The header's own patcher (``yaml_patch.set_yaml`` and ``unset_yaml``)."""

    set_key: SetKey
    unset_key: UnsetKey


def over_old_lines(
    new: list[str],
    old: list[str],
    node: Node | None,
    start: int,
    previous: object,
    value: object,
    keys: KeyPatcher,
) -> list[str]:
    """A changed list or block mapping (``node``, the key's ``old`` lines; ``new`` as written
    anew) laid over its old lines: a list by ``keep_list_lines``, its changed mapping items
    and a mapping under a ``key:`` line alone (or a comment) key by key; ``new`` otherwise."""
    rest = old[0][len(new[0]) :]
    alone = old[0].startswith(new[0]) and (not rest or COMMENT_AFTER.match(rest))
    if isinstance(node, MappingNode) and not node.flow_style and alone:
        return patched_mapping(old, previous, value, keys.set_key, keys.unset_key) or new
    edit_item = partial(patched_item, set_key=keys.set_key, unset_key=keys.unset_key)
    return keep_list_lines(new, old, node, start, previous, value, edit_item)


def patched_item(
    lines: list[str], old: object, new: object, set_key: SetKey, unset_key: UnsetKey
) -> list[str] | None:
    """``lines`` (an old block mapping item of a list, ``old``) holding ``new``: only the
    changed keys' lines change. None when it cannot be done so; the item is then written anew."""
    first = lines[0] if lines else ""
    dash = len(first) - len(first.lstrip(" \t"))
    if first[dash : dash + 1] != "-":
        return None
    if not first[dash + 1 :].strip():  # a `-` alone, the mapping under it
        return patched_mapping(lines, old, new, set_key, unset_key)
    if first[dash + 1 : dash + 2] != " ":
        return None
    text = "\n".join([first[:dash] + " " + first[dash + 1 :], *lines[1:]])
    changed = _changed_keys(text, old, new, set_key, unset_key)
    if changed is None:
        return None
    body = changed.split("\n")
    lead = next((n for n, line in enumerate(body) if not _comment_or_blank(line)), None)
    if lead is None or body[lead][dash : dash + 1] != " ":
        return None
    body[lead] = body[lead][:dash] + "-" + body[lead][dash + 1 :]  # comments above stay above
    return body


def patched_mapping(
    lines: list[str], old: object, new: object, set_key: SetKey, unset_key: UnsetKey
) -> list[str] | None:
    """``lines`` (a line of its own, then an old block mapping ``old``) holding ``new``, the
    first line as written; None when it cannot be done key by key."""
    if len(lines) < 2:
        return None
    changed = _changed_keys("\n".join(lines[1:]), old, new, set_key, unset_key)
    return None if changed is None else [lines[0], *changed.split("\n")]


def _changed_keys(
    text: str, old: object, new: object, set_key: SetKey, unset_key: UnsetKey
) -> str | None:
    """``text`` (a block mapping reading as ``old``) with each changed key set, each removed
    one unset; None when the keys are not all strings, are reordered, none stays (the mapping
    would be emptied first, its indentation lost), or the patcher refuses."""
    if not (isinstance(old, dict) and isinstance(new, dict) and any(key in new for key in old)):
        return None
    if not all(isinstance(key, str) for key in [*old, *new]):
        return None
    if [key for key in old if key in new] + [key for key in new if key not in old] != list(new):
        return None  # a key moved: new keys go last, as set_key adds them
    try:
        for key in old:
            if key not in new:
                text = unset_key(text, key)
        for key, value in new.items():
            if key not in old or not same_value(old[key], value):
                text = set_key(text, key, value)
    except FrontMatterError:
        return None
    return text


def _comment_or_blank(line: str) -> bool:
    stripped = line.lstrip(" \t")
    return not stripped or stripped.startswith("#")
