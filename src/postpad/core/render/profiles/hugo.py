"""Hugo with Goldmark defaults as ``hugo config`` prints them (decision 0010)."""

from __future__ import annotations

from postpad.core.render.profiles import Profile

PROFILE = Profile(
    name="hugo",
    label="Hugo (Goldmark)",
    breaks=False,
    html=False,
    html_omitted_marker=True,
    typographer="goldmark",
    linkify=True,
    strikethrough=True,
    tables=True,
    tasklists=True,
    footnotes=True,
    deflist=True,
    heading_ids="goldmark",
    flavour="goldmark",
    templates="shortcode",
    chroma=True,
    static_roots=("static", "assets"),
)
