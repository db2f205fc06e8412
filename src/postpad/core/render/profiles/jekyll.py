"""Jekyll 4 with kramdown's GFM input (decision 0010): smart quotes, raw HTML, Liquid."""

from __future__ import annotations

from postpad.core.render.profiles import Profile

PROFILE = Profile(
    name="jekyll",
    label="Jekyll (kramdown GFM)",
    breaks=False,
    html=True,
    typographer="smartypants",
    linkify=False,
    tables=True,
    tasklists=True,
    footnotes=True,
    deflist=True,
    heading_ids="kramdown",
    flavour="kramdown",
    kramdown_ial=True,
    templates="liquid",
    site_page_variables=True,
    math=True,
)
