"""Eleventy 3 (markdown-it with ``html: true`` only; Liquid pre-processing) (decision 0010)."""

from __future__ import annotations

from postpad.core.render.profiles import Profile

PROFILE = Profile(
    name="eleventy",
    label="Eleventy (markdown-it)",
    html=True,
    linkify=False,
    strikethrough=True,
    tables=True,
    tasklists=False,
    strike_del=False,
    heading_ids="none",
    templates="liquid",
    static_roots=("", "src"),
)
