"""Renaming a Hugo page bundle's post renames the bundle folder: the folder names the page and
holds its images. Renaming ``bundle/index.md`` to ``photos.md`` (what the dialog offered) left
``bundle/photos.md`` beside ``pic.png``: no longer a bundle, so Hugo no longer publishes the
image with the page and the post's ``![图](pic.png)`` breaks."""

from __future__ import annotations

import pytest

from postpad.core.site import detect_site
from postpad.core.site.newpost import PostExistsError
from postpad.core.site.rename import rename_post, renamed_name


def test_renaming_a_bundle_renames_its_folder(site_copy) -> None:
    site = detect_site(site_copy("hugo"))
    post = site.root / "content/posts/bundle/index.md"
    before = post.read_bytes()
    assert renamed_name(site, post) == "bundle"
    moved = rename_post(site, post, "photos")
    assert moved == site.root / "content/posts/photos/index.md"
    assert moved.read_bytes() == before
    assert (site.root / "content/posts/photos/pic.png").is_file()
    assert not (site.root / "content/posts/bundle").exists()
    assert rename_post(site, moved, "trip.md") == site.root / "content/posts/trip/index.md"


def test_a_bundle_never_overwrites_a_folder(site_copy) -> None:
    site = detect_site(site_copy("hugo"))
    (site.root / "content/posts/taken").mkdir()
    with pytest.raises(PostExistsError):
        rename_post(site, site.root / "content/posts/bundle/index.md", "taken")


def test_a_plain_post_is_renamed_as_a_file(site_copy) -> None:
    site = detect_site(site_copy("hugo"))
    post = site.root / "content/posts/first.md"
    assert renamed_name(site, post) == "first.md"
    assert rename_post(site, post, "second") == site.root / "content/posts/second.md"
