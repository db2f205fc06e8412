"""A site's templates: Hexo's ``scaffolds/`` and Hugo's ``archetypes/`` hold headers with
``{{ … }}`` placeholders that the engine fills in when it makes a post; no engine reads them as
posts (decisions 0250, 0258)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site.model import Site

#: folders of a site holding templates, not posts: Hexo's scaffolds, Hugo's archetypes
TEMPLATE_FOLDERS = frozenset({"scaffolds", "archetypes"})


def template_name(path: Path | None, site: Site | None) -> str | None:
    """``scaffolds/post.md`` when ``path`` is in a template folder at the top of ``site`` or of
    one of its themes (without a site: in a folder of that name), else None (decision 0250)."""
    if path is None:
        return None
    if site is None:
        parts = path.parts[-2:]
    else:
        try:
            parts = path.resolve().relative_to(site.root.resolve()).parts
        except ValueError:
            return None
        if len(parts) > 3 and parts[0] == "themes":
            parts = parts[2:]
    if len(parts) > 1 and parts[0] in TEMPLATE_FOLDERS:
        return "/".join(parts)
    return None
