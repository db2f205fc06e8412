from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.config import SiteConfig
from postpad.core.site.model import Site
from postpad.core.site.newpost import PostExistsError
from postpad.core.site.rename import InvalidPostNameError, rename_post, url_follows_filename


def test_rename_moves_hexo_asset_folder(site_copy) -> None:
    site = detect_site(site_copy("hexo-butterfly"))
    old = site.root / "source/_posts/quarterly-report.md"
    before = old.read_bytes()
    new = rename_post(site, old, "q2-report")
    assert new == site.root / "source/_posts/q2-report.md"
    assert new.read_bytes() == before
    assert (site.root / "source/_posts/q2-report/chart.png").is_file()
    assert not old.exists()
    with pytest.raises(PostExistsError):
        rename_post(site, new, "python-notes.md")
    for bad in ("", "a/b", ".hidden", "_x"):
        with pytest.raises(InvalidPostNameError):
            rename_post(site, new, bad)


def test_url_follows_filename() -> None:
    hexo = Site("hexo", Path("/s"), SiteConfig(permalink=":year/:month/:day/:title/"))
    assert url_follows_filename(hexo, {"slug": "ignored-by-hexo"})
    assert not url_follows_filename(hexo, {"permalink": "fixed/"})
    abbr = Site("hexo", Path("/s"), SiteConfig(permalink="posts/:abbrlink/"))
    assert not url_follows_filename(abbr, {"abbrlink": "a1b2"})
    hugo = Site("hugo", Path("/s"))
    assert url_follows_filename(hugo, {})
    assert not url_follows_filename(hugo, {"slug": "x"})
    assert not url_follows_filename(None, {})
