from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from archetype_cases import machine_zone
from postpad.core.site import detect_site
from postpad.core.site.header import read_header
from postpad.core.site.newpost import PostExistsError, create_post, plan_new_post

NOW = datetime(2024, 5, 31, 21, 5, 9, tzinfo=UTC)  # 2024-06-01 05:05:09 in Shanghai


def test_hexo_post_from_scaffold_with_asset_folder(site_copy) -> None:
    site = detect_site(site_copy("hexo-butterfly"))
    plan = plan_new_post(site, "测试 文章: Hello World!", now=NOW)
    assert plan.path == site.root / "source/_posts/ce-shi-wen-zhang-hello-world.md"
    assert plan.text == (
        "---\ntitle: '测试 文章: Hello World!'\ndate: 2024-06-01 05:05:09\ntags:\n"
        "categories:\ncover: \n---\n"
    )
    path = create_post(plan)
    assert path.read_text("utf-8") == plan.text
    assert (site.root / "source/_posts/ce-shi-wen-zhang-hello-world").is_dir()
    second = plan_new_post(site, "测试 文章: Hello World!", now=NOW)
    assert second.path.name == "ce-shi-wen-zhang-hello-world-1.md"
    with pytest.raises(PostExistsError):
        create_post(plan)


def test_hexo_engine_slug_and_draft(site_copy) -> None:
    site = detect_site(site_copy("hexo-butterfly"))
    plan = plan_new_post(site, "测试 文章: Hello World!", draft=True, slug_style="engine", now=NOW)
    assert plan.path == site.root / "source/_drafts/测试-文章-Hello-World.md"
    assert plan.text == "---\ntitle: '测试 文章: Hello World!'\ntags:\n---\n"  # draft.md: no date


def test_hexo_new_post_name_and_builtin_scaffold(tmp_path: Path) -> None:
    (tmp_path / "source").mkdir()
    (tmp_path / "_config.yml").write_text("new_post_name: :year-:month-:day-:title.md\n", "utf-8")
    site = detect_site(tmp_path)
    plan = plan_new_post(site, "Hello", now=datetime(2024, 6, 1, 5, 5, 9).astimezone())
    assert plan.path == tmp_path.resolve() / "source/_posts/2024-06-01-hello.md"
    assert plan.text == "---\ntitle: Hello\ndate: 2024-06-01 05:05:09\ntags:\n---\n"
    assert plan.asset_dir is None


def test_jekyll_post_and_draft(site_copy) -> None:
    site = detect_site(site_copy("jekyll"))
    plan = plan_new_post(site, "你好 世界", now=NOW)
    assert plan.path == site.root / "_posts/2024-06-01-ni-hao-shi-jie.md"
    assert plan.text == (
        "---\nlayout: post\ntitle: 你好 世界\ndate: 2024-06-01 05:05:09 +0800\n---\n"
    )
    draft = plan_new_post(site, "你好 世界", draft=True, now=NOW)
    assert draft.path == site.root / "_drafts/ni-hao-shi-jie.md"
    assert "date:" not in draft.text


def test_hugo_single_file_and_bundle(site_copy) -> None:
    site = detect_site(site_copy("hugo"))
    with machine_zone("Asia/Shanghai"):  # Hugo writes the archetype's .Date in this zone
        plan = plan_new_post(site, "新文章", now=NOW)
    assert plan.path == site.root / "content/posts/xin-wen-zhang.md"
    # the site's archetypes/default.md (decision 0283), with the typed title
    assert plan.text == (
        "+++\ntitle = '新文章'\ndate = 2024-06-01T05:05:09+08:00\ndraft = true\n+++\n"
    )
    bundle = plan_new_post(site, "新文章", bundle=True, draft=True, now=NOW)
    assert bundle.path == site.root / "content/posts/xin-wen-zhang/index.md"
    assert read_header(bundle.text).fields["draft"] is True
    create_post(bundle)
    assert plan_new_post(site, "新文章", bundle=True, now=NOW).path.parent.name == "xin-wen-zhang-1"


def test_zola_toml_eleventy_astro(site_copy) -> None:
    zola = detect_site(site_copy("zola"))
    plan = plan_new_post(zola, 'Say "hi"', draft=True, now=NOW)
    assert plan.path == zola.root / "content/blog/say-hi.md"
    assert plan.text.startswith('+++\ntitle = "Say \\"hi\\""\ndate = 2024-05-31T21:05:09+00:00\n')
    assert read_header(plan.text).fields["draft"] is True
    eleventy = detect_site(site_copy("eleventy"))
    assert plan_new_post(eleventy, "a", now=NOW).path == eleventy.root / "posts/a.md"
    astro = detect_site(site_copy("astro"))
    astro_plan = plan_new_post(astro, "yes", now=NOW)
    assert astro_plan.path == astro.root / "src/content/blog/yes.md"
    assert read_header(astro_plan.text).fields == {
        "title": "yes",
        "pubDate": "2024-05-31T21:05:09+00:00",
    }
    assert "title: 'yes'" in astro_plan.text  # never a YAML 1.1 boolean look-alike


def test_tags_and_category_per_engine(site_copy) -> None:
    hexo = detect_site(site_copy("hexo-butterfly"))
    plan = plan_new_post(hexo, "T", now=NOW, tags=["Python", " "], category=["技术", "编程"])
    fields = read_header(plan.text).fields
    assert fields["tags"] == ["Python"]
    assert fields["categories"] == ["技术", "编程"]  # one Hexo hierarchy: 技术 › 编程
    assert fields["cover"] is None  # the scaffold's other keys are untouched
    zola = detect_site(site_copy("zola"))
    assert "tags" not in plan_new_post(zola, "T", now=NOW, tags=["x"]).text
