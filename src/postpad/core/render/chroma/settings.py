"""Hugo's ``[markup.highlight]`` settings as a site writes them (``markup/highlight/config.go``
of Hugo 0.168), with the legacy ``pygments*`` keys it still reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class HugoHighlight:
    """Hugo's highlight settings (its ``DefaultConfig`` as defaults)."""

    style: str = "monokai"
    no_classes: bool = True
    line_nos: bool = False
    line_numbers_in_table: bool = True
    line_no_start: int = 1
    tab_width: int = 4
    guess_syntax: bool = False
    code_fences: bool = True
    wrapper_class: str = "highlight"
    #: highlighted lines (absolute numbers, inclusive ranges), from a fence's ``hl_lines``
    hl_lines: tuple[tuple[int, int], ...] = ()


#: Fixtures and posts outside a site: classes, which the preview's stylesheet colours.
CLASSES = HugoHighlight(no_classes=False)


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return default


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def _lower(value: object) -> dict[str, object]:
    return {str(k).lower(): v for k, v in value.items()} if isinstance(value, Mapping) else {}


def hugo_highlight(site: Mapping[str, object] | None) -> HugoHighlight:
    """The settings from the site config's top-level keys (lower-cased, as Hugo reads them)."""
    site = _lower(site)
    markup = _lower(site.get("markup"))
    table = _lower(markup.get("highlight"))
    line_nos: object = table.get("linenos", False)
    in_table = _bool(table.get("linenumbersintable"), True)
    if line_nos in ("inline", "table"):
        in_table = line_nos == "table"
        line_nos = True
    settings = HugoHighlight(
        style=str(table.get("style") or "monokai"),
        no_classes=_bool(table.get("noclasses"), True),
        line_nos=_bool(line_nos, False),
        line_numbers_in_table=in_table,
        line_no_start=_int(table.get("linenostart", 1), 1),
        tab_width=_int(table.get("tabwidth", 4), 4),
        guess_syntax=_bool(table.get("guesssyntax"), False),
        code_fences=_bool(table.get("codefences"), True),
        wrapper_class=str(table.get("wrapperclass") or "highlight"),
    )
    return _legacy(settings, site) if "markup" in site else settings


def _legacy(settings: HugoHighlight, site: dict[str, object]) -> HugoHighlight:
    """``ApplyLegacyConfig``: a ``pygments*`` key counts where the setting is still Hugo's
    default (Hugo applies them only when the config has a ``markup`` table)."""
    changes: dict[str, object] = {}
    if settings.style == "monokai" and site.get("pygmentsstyle"):
        changes["style"] = str(site["pygmentsstyle"])
    if settings.no_classes and "pygmentsuseclasses" in site:
        changes["no_classes"] = not _bool(site["pygmentsuseclasses"], False)
    if settings.code_fences and "pygmentscodefences" in site:
        changes["code_fences"] = _bool(site["pygmentscodefences"], True)
    if not settings.guess_syntax and "pygmentscodefencesguesssyntax" in site:
        changes["guess_syntax"] = _bool(site["pygmentscodefencesguesssyntax"], False)
    return replace(settings, **changes)  # type: ignore[arg-type]
