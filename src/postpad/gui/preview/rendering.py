"""Adapter between the core's incremental renderer and the page's patch protocol.

The page (assets/preview/preview.js) understands batches ``{version, base, ops}`` where each op is
``reset`` (all blocks), ``insert`` (after an id) / ``replace`` (id, html, first/last line),
``remove``, or ``shift`` (move the lines of untouched blocks after an id). Blocks are written
with the core's own wrapper (``div.pp-block`` with ``data-line``/``data-line-end``), so the page
DOM equals a full render's HTML. This module is the only place that knows ``RenderPatch``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from postpad.core.engines import DEFAULT_ENGINE

if TYPE_CHECKING:  # the render pipeline loads on the render thread, after the window shows
    from pathlib import Path

    from postpad.core.render import RenderOptions, RenderPatch  # (decision 0100)

#: a long post's first render shows this much of its top first (a few screens of prose)
FIRST_SCREEN_CHARS = 16_000


@dataclass(frozen=True)
class PreviewSettings:
    """What decides how a post renders in the preview."""

    profile: str = DEFAULT_ENGINE
    theme: str | None = None
    post_path: str | None = None
    remote_images: bool = False
    site_root: Path | str | None = None
    site_overrides: dict[str, Any] = field(default_factory=dict)
    #: the site's whole config, Jekyll's ``site.*`` (decision 0185)
    site_variables: dict[str, Any] = field(default_factory=dict)
    post_asset_folder: bool = False
    #: the site's root folders for ``/x`` images, as check reads them (decision 0265)
    image_roots: tuple[tuple[str, Path], ...] | None = None

    def options(self) -> RenderOptions:
        from postpad.core.render import RenderOptions

        return RenderOptions(
            engine=self.profile,
            theme=self.theme,
            post_path=self.post_path,  # type: ignore[arg-type]  # coerced to Path by the core
            site_root=self.site_root,  # type: ignore[arg-type]
            site_overrides=self.site_overrides,
            site_variables=self.site_variables,
            post_asset_folder=self.post_asset_folder,
            allow_remote_images=self.remote_images,
            image_roots=self.image_roots,
        )


@dataclass(frozen=True)
class Handover:
    """A render of ``text`` made by the first-render child: its packed state and the first
    block id it did not give (decision 0279)."""

    text: str
    state: str
    next_id: int


@dataclass
class RenderResult:
    """One finished render: the page ops to apply and the core's ``Rendered``."""

    ops: list[dict[str, Any]]
    rendered: Any
    seconds: float
    is_reset: bool


def block_op(block: Any) -> dict[str, Any]:
    return {"id": block.id, "html": block.html, "first": block.first_line, "last": block.last_line}


def reset_ops(rendered: Any) -> list[dict[str, Any]]:
    """Ops that replace the page's blocks with every block of ``rendered``."""
    return [{"op": "reset", "blocks": [block_op(block) for block in rendered.blocks]}]


def patch_ops(patch: RenderPatch) -> list[dict[str, Any]]:
    """The page ops for one core patch (block changes first, then line shifts)."""
    ops: list[dict[str, Any]] = []
    touched: list[str] = []
    for op in patch.ops:
        if op.kind == "remove":
            ops.append({"op": "remove", "id": op.id})
            continue
        entry: dict[str, Any] = {"op": op.kind, "id": op.id, "html": op.html}
        entry.update(first=op.first_line, last=op.last_line, after=op.after)
        ops.append(entry)
        touched.append(op.id)
    for after, delta in patch.shifts:
        ops.append({"op": "shift", "after": after, "delta": delta, "skip": touched})
    return ops


class PreviewRenderer:
    """Incremental renderer for one tab. Not thread-safe: one worker thread owns it."""

    def __init__(self, settings: PreviewSettings) -> None:
        from postpad.core.render import IncrementalRenderer

        self.settings = settings
        self._incremental = IncrementalRenderer(settings.options())
        self.fresh = True  # nothing rendered yet: the next update renders the whole post
        self._header_settings: Any = None  # read with the theme's files on the first render
        self._header_source: tuple[str, dict[str, Any]] | None = None

    def post_header(self, text: str) -> dict[str, Any] | None:
        """The header message for ``text``, computed again only when its front matter changed
        (decision 0234); None while that front matter does not parse."""
        from postpad.core.frontmatter import split_front_matter
        from postpad.core.postheader import header_payload
        from postpad.core.render.frontmatter import normalise_newlines

        text = normalise_newlines(text)
        if self._header_settings is None:
            self._header_settings = header_settings_for(self.settings)
        engine = self._header_settings.engine
        header = split_front_matter(text, engine=engine).header
        if self._header_source is not None and self._header_source[0] == header:
            return self._header_source[1]
        payload = header_payload(header, self._header_settings)
        if payload is not None:
            self._header_source = (header, payload)
        return payload

    def adopt(self, handover: Handover) -> None:
        """Go on from the child's render of ``handover.text`` instead of rendering it again
        (decision 0279): the next ``update`` of that text renders nothing."""
        from postpad.core.render import block_ids
        from postpad.core.render.handover import unpack

        state = unpack(handover.state, self._incremental.options)
        block_ids.skip_to(handover.next_id)  # new blocks get ids the child's blocks do not have
        self._incremental.adopt(handover.text, state)
        self.fresh = False

    def first_screen(self, text: str) -> RenderResult | None:
        """The top of a long post rendered on its own, shown while the whole post renders.

        Cut at a blank line; what the cut leaves out (a fence closed further down, reference
        links defined later, footnotes) shows as it would in a post ending there, for the
        moment until the full render replaces every block.
        """
        if len(text) < 4 * FIRST_SCREEN_CHARS:
            return None
        cut = text.find("\n\n", FIRST_SCREEN_CHARS)
        if cut < 0:
            return None
        from postpad.core.render import render

        started = time.perf_counter()
        rendered = render(text[: cut + 1], self.settings.options())
        return RenderResult(reset_ops(rendered), rendered, time.perf_counter() - started, True)

    def update(self, text: str, reset: bool) -> RenderResult:
        started = time.perf_counter()
        self.fresh = False
        patch = self._incremental.update(text)
        ops = reset_ops(patch.rendered) if reset else patch_ops(patch)
        return RenderResult(ops, patch.rendered, time.perf_counter() - started, reset)


def header_settings_for(settings: PreviewSettings) -> Any:
    """The post header's settings (``postpad.core.postheader``) for a preview's settings."""
    from pathlib import Path

    from postpad.core.postheader import header_settings

    root = settings.site_root
    return header_settings(
        engine=settings.profile,
        theme=settings.theme,
        site_root=Path(root) if root is not None else None,
        site_config=settings.site_variables,
        post_path=Path(settings.post_path) if settings.post_path else None,
        post_asset_folder=settings.post_asset_folder,
        allow_remote_images=settings.remote_images,
    )
