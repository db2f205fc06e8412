"""Zola (pulldown-cmark: tables, footnotes, strikethrough, task lists) (decision 0010)."""

from __future__ import annotations

from postpad.core.render.profiles import Profile

PROFILE = Profile(
    name="zola",
    label="Zola (pulldown-cmark)",
    html=True,
    linkify=False,
    tables=True,
    tasklists=True,
    footnotes=True,
    heading_ids="github",
    templates="tera",
    static_roots=("static",),
)
