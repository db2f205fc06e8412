"""Hugo's embedded shortcodes that are only an error now (``tpl/tplimpl/embedded/templates/
_shortcodes`` of Hugo 0.168): ``gist``, ``twitter``, ``tweet``, ``twitter_simple`` and
``instagram_simple`` call ``errorf`` since Hugo 0.156. Hugo writes nothing there and fails the
build unless the site or its theme defines the shortcode; the preview writes nothing either and
warns (decision 0165).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REMOVED = frozenset({"gist", "twitter", "tweet", "twitter_simple", "instagram_simple"})


def site_defines(name: str, env: dict[str, Any]) -> bool:
    """Whether the site or one of its themes has its own ``name`` shortcode template."""
    root = env.get("pp_site_root")
    if not isinstance(root, Path):
        return True  # outside a site nothing is known: keep the placeholder
    layouts = [root / "layouts", *root.glob("themes/*/layouts")]
    return any(
        (folder / sub / f"{name}.{ext}").is_file()
        for folder in layouts
        for sub in ("_shortcodes", "shortcodes")
        for ext in ("html", "md")
    )


def removed_warning(name: str) -> str:
    return (
        f"Hugo 0.156 removed the {name} shortcode: Hugo writes nothing here and the build "
        f"fails (define layouts/_shortcodes/{name}.html to keep it)"
    )


#: Hugo 0.168's embedded shortcodes whose template reads ``.Inner``: Hugo stops the build
#: ("shortcode … must be closed or self-closed") when one is neither (decision 0220)
PAIRED = frozenset({"comment", "details", "highlight", "qr"})


def unclosed_warning(name: str) -> tuple[str, str]:
    """The warning for an embedded pair no closing tag ends (decision 0238: wherever it is;
    a site's shortcode left open is ``Rendered.open_shortcodes``, which ``render_findings``
    reads with the site's templates)."""
    return (
        "hugo-unclosed-shortcode",
        f"{{{{< {name} >}}}} is never closed: Hugo stops the build (close it with "
        f"{{{{< /{name} >}}}} or self-close it with {{{{< {name} />}}}})",
    )
