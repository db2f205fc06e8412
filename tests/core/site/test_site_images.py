from __future__ import annotations

from pathlib import Path

from postpad.core.site import detect_site
from postpad.core.site.config import SiteConfig
from postpad.core.site.images import clean_image_name, place_image, plan_image
from postpad.core.site.model import Site

PNG = b"\x89PNG\r\n\x1a\n"


def test_clean_names() -> None:
    assert clean_image_name("My Photo (1).PNG") == "my-photo-1.png"
    assert clean_image_name("截图 2024.jpeg") == "jie-tu-2024.jpeg"
    assert clean_image_name("截图 2024.jpeg", keep_unicode=True) == "截图-2024.jpeg"
    assert clean_image_name("???") == "image.png"


def test_hexo_asset_folder_uses_asset_img_without_post_asset(site_copy) -> None:
    site = detect_site(site_copy("hexo-butterfly"))
    post = site.root / "source/_posts/quarterly-report.md"
    placed = place_image(site, post, name="chart.png", data=PNG, alt="图表")
    assert placed.target == site.root / "source/_posts/quarterly-report/chart-2.png"  # unique
    assert placed.target.read_bytes() == PNG
    assert placed.link == '{% asset_img chart-2.png "图表" %}'


def test_hexo_post_asset_on_gives_plain_markdown(tmp_path: Path) -> None:
    config = SiteConfig(post_asset_folder=True, markdown={"postAsset": True})
    site = Site("hexo", tmp_path, config)
    placement = plan_image(site, tmp_path / "source/_posts/a.md", "x.png")
    assert placement.link == "![](x.png)"
    no_folder = plan_image(
        Site("hexo", tmp_path, SiteConfig()), tmp_path / "source/_posts/a.md", "x.png"
    )
    assert no_folder.target == tmp_path / "source/images/x.png"
    assert no_folder.link == "![](/images/x.png)"


def test_hugo_jekyll_and_loose_files(site_copy, tmp_path: Path) -> None:
    hugo = detect_site(site_copy("hugo"))
    bundle = plan_image(hugo, hugo.root / "content/posts/bundle/index.md", "pic.png")
    assert bundle.target == hugo.root / "content/posts/bundle/pic-2.png"
    assert bundle.link == "![](pic-2.png)"
    single = plan_image(hugo, hugo.root / "content/posts/first.md", "a b.png")
    assert single.target == hugo.root / "static/images/a-b.png"
    assert single.link == "![](/images/a-b.png)"
    jekyll = detect_site(site_copy("jekyll"))
    assert (
        plan_image(jekyll, jekyll.root / "_posts/x.md", "y.gif").link == "![](/assets/images/y.gif)"
    )
    source = tmp_path / "照片 1.png"
    source.write_bytes(PNG)
    loose = place_image(None, tmp_path / "note.md", name=source.name, source=source)
    assert loose.target == tmp_path / "照片-1.png"
    assert loose.link == "![](照片-1.png)"
