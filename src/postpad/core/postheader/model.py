"""What the preview's post header shows, and the small message the page gets for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Butterfly's ``$light-blue``: the header's colour under (or instead of) the banner image
BUTTERFLY_BLUE = "#49b1f5"


@dataclass(frozen=True)
class Banner:
    """The header's background. ``kind``: ``image`` (``value`` is the URL the preview loads),
    ``color`` (``background-color``), ``background`` (a gradient or colour for ``background``)
    or ``theme`` (the theme's colour only: no top_img, a missing file or a refused value)."""

    kind: str
    value: str = ""
    written: str = ""  # top_img (or cover) as the post or config wrote it
    blocked: bool = False  # a remote image while remote images are off
    missing: bool = False  # a local image that is not on disk
    refused: bool = False  # a CSS value that could load or inject something (decision 0234)
    random: int = 0  # the first of this many default covers the blog picks from (decision 0242)


@dataclass(frozen=True)
class MetaItem:
    """One part of the meta line: ``created``/``updated`` (``text`` is the date) or
    ``categories`` (``items``, shown joined by the theme's separator)."""

    kind: str
    label: str = ""
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class PostHeader:
    """``style`` is ``butterfly`` (the theme's post header) or ``plain`` (the title alone).
    ``banner`` None: no banner (Butterfly's ``top_img: false``: title and meta above the text)."""

    style: str
    title: str
    line: int = 1  # the file line of the title (a click on the header goes there)
    banner: Banner | None = None
    meta: tuple[MetaItem, ...] = ()
    mask: bool = False  # Butterfly's darkening layer over a banner (``mask.header``)
    theme_color: str = BUTTERFLY_BLUE
    page: bool = False  # Butterfly's page header (a page, not a post): the title only

    def payload(self) -> dict[str, Any]:
        """The page's ``postpad.setPostHeader`` argument (JSON types only)."""
        banner: dict[str, Any] | None = None
        if self.banner is not None:
            b = self.banner
            banner = {"kind": b.kind, "value": b.value, "written": b.written}
            banner.update(blocked=b.blocked, missing=b.missing, refused=b.refused)
            banner["random"] = b.random
        return {
            "show": True,
            "style": self.style,
            "title": self.title,
            "line": self.line,
            "banner": banner,
            "meta": [
                {"kind": m.kind, "label": m.label, "text": m.text, "items": list(m.items)}
                for m in self.meta
            ],
            "mask": self.mask,
            "themeColor": self.theme_color,
            "page": self.page,
        }


#: the message for a post that shows no header
NO_HEADER: dict[str, Any] = {"show": False}
