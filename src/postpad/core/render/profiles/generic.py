"""Generic CommonMark + GFM, with math: for posts whose engine is not known."""

from __future__ import annotations

from postpad.core.render.profiles import Profile

PROFILE = Profile(
    name="generic",
    label="CommonMark + GFM",
    html=True,
    linkify=True,
    tables=True,
    tasklists=True,
    footnotes=True,
    strike_del=False,
    heading_ids="github",
    math=True,
)
