"""Hexo with hexo-renderer-marked 6/7 defaults (decision 0010)."""

from __future__ import annotations

from postpad.core.render.profiles import Profile
from postpad.core.render.rules.hexo_code import HexoCode

PROFILE = Profile(
    name="hexo",
    label="Hexo (hexo-renderer-marked)",
    breaks=True,
    html=True,
    typographer="smartypants",
    linkify=True,
    strikethrough=True,
    single_tilde=True,
    tables=True,
    tasklists=True,
    footnotes=False,
    deflist=True,
    heading_ids="marked",
    static_roots=("source",),
    asset_folder_images=True,
    root_images=True,
    site_tag_files=True,
    more_marker=True,
    headerlink=True,
    flavour="marked",
    templates="nunjucks",
    math=False,
    code_figure=True,
    headless_front_matter=True,
    external_link=True,
    hexo_code=HexoCode(),
)
