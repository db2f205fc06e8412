from __future__ import annotations

import shutil
from pathlib import Path

from image_server import png_bytes

from postpad.core.images.remote import remote_findings
from postpad.core.images.settings import ImageSettings, ImageSettingsStore

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


def test_dead_remote_and_unused_local_images(tmp_path: Path, image_server) -> None:
    root = tmp_path / "hexo"
    shutil.copytree(SITES / "hexo-butterfly", root)
    alive = image_server.add("/ok.png", png_bytes())
    dead = image_server.url("/dead.png")
    post = root / "source" / "_posts" / "links.md"
    post.write_text(f"---\ntitle: l\ntop_img: {dead}\n---\n\n![a]({alive})\n", encoding="utf-8")
    (root / "source" / "images" / "orphan.png").write_bytes(png_bytes())
    (root / "source" / "images" / "Screen shot.png").write_bytes(png_bytes())
    post.write_text(post.read_text() + "![s](/images/Screen%20shot.png)\n", encoding="utf-8")
    findings = remote_findings([root])
    by_code = {(f.code, f.path.name, f.line) for f in findings}
    assert ("dead-remote-image", "links.md", 3) in by_code
    assert not any(f.data.get("url") == alive for f in findings)
    assert ("unused-image", "orphan.png", 1) in by_code
    # banner.png and chart.png are named by posts
    assert not {"banner.png", "chart.png", "Screen shot.png"} & {f.path.name for f in findings}


def test_settings_global_then_site_overrides(tmp_path: Path) -> None:
    store = ImageSettingsStore(tmp_path / "images.json")
    store.save(ImageSettings(format="webp", max_width=1600))
    site = tmp_path / "blog"
    store.save(ImageSettings(format="webp", max_width=1200, uploader="picgo"), site)
    assert store.for_site(site) == ImageSettings(format="webp", max_width=1200, uploader="picgo")
    assert store.for_site(tmp_path / "other").max_width == 1600
    assert "secret" not in (tmp_path / "images.json").read_text()


def test_bad_settings_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "images.json"
    path.write_text('{"global": {"format": "tiff", "quality": 500, "max_width": "x"}}')
    assert ImageSettingsStore(path).global_settings() == ImageSettings()


def test_the_maximum_height_is_stored_and_reaches_the_conversion(tmp_path: Path) -> None:
    """Decision 0281: the box's height is a setting of its own (0, no limit, by default)."""
    path = tmp_path / "images.json"
    path.write_text('{"global": {"format": "webp", "max_width": 2000, "max_height": 2000}}')
    options = ImageSettingsStore(path).global_settings().process_options()
    assert (options.max_width, options.max_height, options.format) == (2000, 2000, "webp")
    path.write_text('{"global": {"max_height": -3}}')
    assert ImageSettingsStore(path).global_settings().max_height == 0
    assert not ImageSettings().process_options().changes_anything
    assert ImageSettings(max_height=800).process_options().changes_anything
