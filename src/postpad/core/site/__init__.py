"""Site awareness: the blog a post belongs to, its settings, posts, taxonomy, assets and rules.

Qt-free. ``detect_site(path)`` walks up from any file; the returned ``Site`` knows its engine,
theme, root, config (``SiteConfig``) and field schema; ``index.build_index(site)`` scans its posts.
"""

from __future__ import annotations

from postpad.core.site.config import ConfigError, SiteConfig
from postpad.core.site.detect import detect_site, find_site_root
from postpad.core.site.model import ENGINES, Site

__all__ = ["ENGINES", "ConfigError", "Site", "SiteConfig", "detect_site", "find_site_root"]
