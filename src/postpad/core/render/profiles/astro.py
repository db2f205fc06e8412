"""Astro (remark with ``gfm`` and ``smartypants`` on by default) (decision 0010)."""

from __future__ import annotations

from postpad.core.render.profiles import Profile

PROFILE = Profile(
    name="astro",
    label="Astro (remark GFM)",
    html=True,
    typographer="standard",
    linkify=True,
    single_tilde=True,
    tables=True,
    tasklists=True,
    footnotes=True,
    heading_ids="github",
    static_roots=("public",),
)
