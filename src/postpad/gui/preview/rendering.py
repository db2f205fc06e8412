"""Adapter between the core's incremental renderer and the page's patch protocol.

The page (assets/preview/preview.js) understands batches ``{version, base, ops}`` where each op is
``reset`` (all blocks), ``insert``/``replace`` (id, html, first/last line, ``after`` id),
``lines`` (new line span only) or ``remove``. This module is the only place that knows the core's
``RenderPatch`` shape, so a change there is absorbed here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from postpad.gui.preview import fallback

try:  # the core rendering pipeline (issue: rendering); absent while it is being written
    from postpad.core import render as core_render
except ImportError:  # pragma: no cover - temporary until postpad.core.render lands
    core_render = None  # type: ignore[assignment]
if core_render is not None and not hasattr(core_render, "IncrementalRenderer"):
    core_render = None  # type: ignore[assignment]


@dataclass(frozen=True)
class PreviewSettings:
    """What decides how a post renders in the preview."""

    profile: str = "hexo"
    theme: str | None = None
    post_path: str | None = None
    remote_images: bool = False
    site_root: str | None = None
    site_overrides: dict[str, Any] = field(default_factory=dict)
    post_asset_folder: bool = False


@dataclass
class RenderResult:
    """One finished render: the page batch to apply and the core's ``Rendered``."""

    ops: list[dict[str, Any]]
    rendered: Any
    seconds: float
    is_reset: bool
    blocks: list[dict[str, Any]] = field(default_factory=list)
    """Every block after this render (what a reset of a freshly loaded page sends)."""


def _block_dict(block: Any) -> dict[str, Any]:
    return {
        "id": str(block.id),
        "html": block.html,
        "first": int(block.first_line),
        "last": int(block.last_line),
    }


def _make_options(settings: PreviewSettings) -> Any:
    options_type = core_render.RenderOptions
    candidates = {
        "engine": settings.profile,
        "theme": settings.theme,
        "post_path": settings.post_path,
        "site_root": settings.site_root,
        "site_overrides": settings.site_overrides,
        "post_asset_folder": settings.post_asset_folder,
        "allow_remote_images": settings.remote_images,
    }
    names = getattr(options_type, "__dataclass_fields__", {})
    return options_type(**{k: v for k, v in candidates.items() if k in names})


class PreviewRenderer:
    """Incremental renderer for one tab. Not thread-safe: one worker thread owns it."""

    def __init__(self, settings: PreviewSettings) -> None:
        self.settings = settings
        if core_render is not None:
            self._incremental: Any = core_render.IncrementalRenderer(_make_options(settings))
        else:
            self._incremental = fallback.FallbackIncremental()
        self._blocks: list[dict[str, Any]] = []

    def update(self, text: str, reset: bool) -> RenderResult:
        started = time.perf_counter()
        patch = self._incremental.update(text)
        rendered = patch.rendered
        blocks = [_block_dict(block) for block in rendered.blocks]
        if reset:
            ops: list[dict[str, Any]] = [{"op": "reset", "blocks": blocks}]
        else:
            ops = self._ops_from_patch(patch, blocks)
        self._blocks = blocks
        return RenderResult(ops, rendered, time.perf_counter() - started, reset, blocks)

    def _ops_from_patch(self, patch: Any, blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Translate the core's ops; block line spans that shifted are sent as ``lines`` ops."""
        by_id = {block["id"]: block for block in blocks}
        previous = {block["id"]: block for block in self._blocks}
        ops: list[dict[str, Any]] = []
        touched: set[str] = set()
        order = [block["id"] for block in blocks]
        for op in patch.ops:
            kind = str(getattr(op, "kind", getattr(op, "op", "")))
            block_id = str(op.id) if getattr(op, "id", None) is not None else str(op.block_id)
            touched.add(block_id)
            if kind == "remove":
                ops.append({"op": "remove", "id": block_id})
                continue
            block = by_id[block_id]
            entry = {"op": "replace" if kind == "replace" else "insert", **block}
            if entry["op"] == "insert":
                index = order.index(block_id)
                entry["after"] = order[index - 1] if index else None
            ops.append(entry)
        for block in blocks:
            old = previous.get(block["id"])
            moved = old and (old["first"], old["last"]) != (block["first"], block["last"])
            if moved and block["id"] not in touched:
                ops.append({"op": "lines", **{k: block[k] for k in ("id", "first", "last")}})
        return ops
