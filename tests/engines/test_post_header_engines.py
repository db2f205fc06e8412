"""The preview's Butterfly post header against the real theme (decision 0234): a site built by
Hexo 8 with Butterfly 5.7's own layout (hexo-renderer-pug), each post's `header#page-header`
(class and style), `h1.post-title` and the meta's first line, and each page's header and title,
against `header_payload`."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from engine_harness import ENGINES, SITES, run

from postpad.core.postheader import header_payload, header_settings
from postpad.core.postheader.settings import theme_config
from postpad.core.site.config import load_mapping
from postpad.core.siteconfig.theme_defaults import theme_config_path

pytestmark = pytest.mark.engines
BUTTERFLY_MODULES = SITES / "hexo-butterfly" / "node_modules"
HEXO_MODULES = SITES / "hexo" / "node_modules"
SITE_CONFIG = """\
title: 博客
language: zh-CN
timezone: Asia/Shanghai
url: http://example.com
permalink: p/:title/
date_format: YYYY-MM-DD
theme: butterfly
post_asset_folder: true
"""
GENERATE = """\
const Hexo = require('hexo');
const hexo = new Hexo(process.cwd(), { silent: true });
hexo.init().then(() => hexo.call('generate', {})).then(() => hexo.exit())
  .catch(error => { console.error(error); process.exit(1); });
"""
GRADIENT = "'linear-gradient(20deg, #0062be, #925696, #cc426e, #fb0347)'"
#: post name -> front matter lines (each post also has a date)
POSTS = {
    "gradient": f"title: 某篇文章\ncategories: 随笔\ntags: [a, b]\ntop_img: {GRADIENT}\ncover: \n",
    "nobanner": "title: 无横幅\ntop_img: false\n",
    "hex": "title: 颜色\ntop_img: '#ff8800'\n",
    "rgba": "title: 半透明\ntop_img: rgba(0, 0, 0, .5)\n",
    "sitepath": "title: 图片\ntop_img: /img/top.jpg\n",
    "relative": "title: 相对\ntop_img: img/top.jpg\n",
    "asset": "title: 资源\ntop_img: asset.jpg\n",
    "cover": "title: 封面\ncover: /img/top.jpg\n",
    "nocover": "title: 无封面\ncover: false\n",
    "nothing": "title: 默认\n",
    "untitled": "categories: [技术, 编程]\n",
    "remote": "title: 远程\ntop_img: https://example.com/a.jpg\n",
    "hostile": "title: 注入\ntop_img: 'red; background: blue'\n",
    "updated": "title: 更新\nupdated: 2024/8/9 10:00:00\n",
    "offset": "title: 时区\ndate: 2024-05-31T20:00:00Z\n",
    # categories (decision 0242), names no other post uses: the site's creation order is theirs
    "catpath": "title: 路径\ncategories: [乙, 甲]\n",
    "cattree": "title: 层级\ncategories:\n  - [前端, Vue]\n  - 后端\n",
    "cattwice": "title: 同名\ncategories: [[丙, 丁], [戊, 丙], [丙]]\n",
    "catself": "title: 自身\ncategories: [己, '', 己]\n",
    "catsingular": "title: 单数\ncategories:\ncategory: 庚\n",
}
#: page path under source/ -> front matter (Hexo's `page` layout: Butterfly's page header)
PAGES = {
    "about/index.md": f"title: 关于\ntop_img: {GRADIENT}\n",
    "links/index.md": "title: 友链\ntop_img: false\n",
    "plain/index.md": "title: 普通页\ncover: /img/top.jpg\n",
    "_posts/bare.md": "title: 裸页\nlayout: false\n",  # a post, yet Butterfly's page header
}
_SITE_TITLE = re.compile(r'<h1 id="site-title">(.*?)</h1>', re.S)
_PAGE_TITLE = re.compile(r'<div class="page-title">(.*?)</div>', re.S)
_HEADER = re.compile(r'<header class="([^"]*)" id="page-header"(?: style="([^"]*)")?>')
_TITLE = re.compile(r'<h1 class="post-title">(.*?)</h1>', re.S)
_FIRSTLINE = re.compile(r'<div class="meta-firstline">(.*?)</div>', re.S)
_TIME = re.compile(r'<span class="post-meta-label">([^<]*)</span><time[^>]*>([^<]*)</time>')
_CATEGORY = re.compile(r'<a class="post-meta-categories"[^>]*>([^<]*)</a>')


def _site(where: Path) -> Path:
    root = where / "blog"
    (root / "node_modules").mkdir(parents=True)
    for modules in (HEXO_MODULES, BUTTERFLY_MODULES):
        for package in modules.iterdir():
            if not (root / "node_modules" / package.name).exists():
                (root / "node_modules" / package.name).symlink_to(package)
    dependencies = ", ".join(
        f'"{name}": "*"'
        for name in ("hexo-renderer-marked", "hexo-renderer-pug", "hexo-renderer-stylus")
    )
    (root / "package.json").write_text(
        f'{{"name": "blog", "hexo": {{"version": "8.1.2"}}, "dependencies": {{{dependencies}}}}}',
        encoding="utf-8",
    )
    (root / "_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    (root / "generate.js").write_text(GENERATE, encoding="utf-8")
    posts = root / "source" / "_posts"
    (root / "source" / "img").mkdir(parents=True)
    (root / "source" / "img" / "top.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (posts / "asset").mkdir(parents=True)
    (posts / "asset" / "asset.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    for relative, front in PAGES.items():
        (root / "source" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "source" / relative).write_text(f"---\n{front}---\n\n正文。\n", encoding="utf-8")
    for name, front in POSTS.items():
        dated = front if "date:" in front else front + "date: 2024/6/1 13:05:09\n"
        (posts / f"{name}.md").write_text(f"---\n{dated}---\n\n正文。\n", encoding="utf-8")
    return root


def _theirs(page: str) -> dict[str, Any]:
    header = _HEADER.search(page)
    title = _TITLE.search(page)
    firstline = _FIRSTLINE.search(page)
    assert header is not None
    assert title is not None
    assert firstline is not None
    meta = [f"{label} {text}" for label, text in _TIME.findall(firstline.group(1))]
    categories = [html.unescape(name) for name in _CATEGORY.findall(firstline.group(1))]
    return {
        "banner": "post-bg" in header.group(1).split(),
        "style": html.unescape(header.group(2) or ""),
        "title": html.unescape(title.group(1)).strip(),
        "meta": meta,
        "categories": categories,
    }


def _theirs_page(page: str) -> dict[str, Any]:
    header = _HEADER.search(page)
    assert header is not None
    title = _SITE_TITLE.search(page) or _PAGE_TITLE.search(page)
    return {
        "banner": "not-home-page" in header.group(1).split(),
        "style": html.unescape(header.group(2) or ""),
        "title": html.unescape(title.group(1)).strip() if title else "",
    }


def _ours_page(root: Path, relative: str) -> dict[str, Any]:
    page = root / "source" / relative
    settings = header_settings(
        engine="hexo", theme="butterfly", site_root=root, site_config={}, post_path=page
    )
    payload = header_payload(page.read_text(encoding="utf-8"), settings)
    assert payload is not None
    assert payload["page"] is True
    assert payload["meta"] == []
    banner = payload["banner"]
    return {
        "banner": banner is not None,
        "style": _style(banner, root) if banner is not None else "",
        "title": payload["title"],
    }


def _style(banner: dict[str, Any], root: Path) -> str:
    """The ``style`` Butterfly writes for what the preview decided."""
    kind, value, written = banner["kind"], banner["value"], banner["written"]
    if banner["blocked"]:
        return f"background-image: url({written});"
    if banner["refused"]:
        return f"background: {written};"
    if kind == "image":
        public = Path(value.removeprefix("file://")).relative_to((root / "source").resolve())
        parts = public.parts
        if parts[0] == "_posts":  # the post's asset folder is served at the post's URL
            return f"background-image: url(/p/{'/'.join(parts[1:])});"
        return f"background-image: url(/{public.as_posix()});"
    if kind == "color":
        return f"background-color: {value};"
    if kind == "background":
        return f"background: {value};"
    return ""


def _ours(root: Path, name: str) -> dict[str, Any]:
    post = root / "source" / "_posts" / f"{name}.md"
    config = {"language": "zh-CN", "timezone": "Asia/Shanghai", "date_format": "YYYY-MM-DD"}
    settings = header_settings(
        engine="hexo",
        theme="butterfly",
        site_root=root,
        site_config=config,
        post_path=post,
        post_asset_folder=True,
    )
    payload = header_payload(post.read_text(encoding="utf-8"), settings)
    assert payload is not None
    meta = [f"{m['label']} {m['text']}" for m in payload["meta"] if m["kind"] != "categories"]
    categories = [n for m in payload["meta"] if m["kind"] == "categories" for n in m["items"]]
    banner = payload["banner"]
    return {
        "banner": banner is not None,
        "style": _style(banner, root) if banner is not None else "",
        "title": payload["title"],
        "meta": meta,
        "categories": categories,  # in the order Hexo lists them (decision 0242)
    }


def test_butterfly_post_header_matches_the_real_theme(tmp_path: Path) -> None:
    reason = ENGINES["hexo"].unavailable()
    if reason:
        pytest.skip(reason)
    if not (BUTTERFLY_MODULES / "hexo-renderer-pug").is_dir():
        pytest.skip("hexo-renderer-pug is not installed (tests/engines/install_engines.sh)")
    root = _site(tmp_path)
    os.utime(root / "source" / "_posts" / "updated.md", (1717000000, 1717000000))
    code, output = run(["node", "generate.js"], root, "UTC")
    assert code == 0, output[-3000:]
    differences = {}
    for name in POSTS:
        page = (root / "public" / "p" / name / "index.html").read_text(encoding="utf-8")
        theirs, ours = _theirs(page), _ours(root, name)
        if theirs != ours:
            differences[name] = (theirs, ours)
    for relative in PAGES:
        folder = relative.removesuffix("index.md").replace("_posts/", "p/").removesuffix(".md")
        page = (root / "public" / folder / "index.html").read_text(encoding="utf-8")
        theirs, ours = _theirs_page(page), _ours_page(root, relative)
        if theirs != ours:
            differences[relative] = (theirs, ours)
    assert not differences, json.dumps(differences, ensure_ascii=False, indent=1)


#: the site's theme key over its ``_config.butterfly.yml`` (decision 0242)
THEME_KEY = """\
theme_config:
  post_meta:
    post:
      date_type: updated
  cover:
    default_cover: ['#444444']
"""
THEME_FILE = "post_meta:\n  post:\n    date_type: created\ncover:\n  default_cover: ['#222222']\n"


def _two_themes(where: Path) -> Path:
    """A site with Butterfly both cloned into ``themes/`` (``default_top_img: '#000002'``) and
    installed from npm (none), a ``_config.butterfly.yml`` and a ``theme_config:`` that both
    set ``date_type`` and ``default_cover``."""
    root = _site(where)
    cloned = root / "themes" / "butterfly"
    shutil.copytree(BUTTERFLY_MODULES / "hexo-theme-butterfly", cloned)
    config = (cloned / "_config.yml").read_text(encoding="utf-8")
    assert "\ndefault_top_img:\n" in config
    config = config.replace("\ndefault_top_img:\n", "\ndefault_top_img: '#000002'\n")
    (cloned / "_config.yml").write_text(config, encoding="utf-8")
    (root / "_config.butterfly.yml").write_text(THEME_FILE, encoding="utf-8")
    with (root / "_config.yml").open("a", encoding="utf-8") as site_config:
        site_config.write(THEME_KEY)
    return root


def test_theme_folder_and_config_merge_match_hexo(tmp_path: Path) -> None:
    """Hexo 8 loads ``themes/NAME`` before the npm package, puts ``theme_config:`` over
    ``_config.NAME.yml`` and merges lists with hexo-util's ``deepMerge``: the two covers
    alternate (Butterfly never repeats the last of two) and the page shows the cloned theme's
    ``default_top_img``."""
    reason = ENGINES["hexo"].unavailable()
    if reason:
        pytest.skip(reason)
    if not (BUTTERFLY_MODULES / "hexo-renderer-pug").is_dir():
        pytest.skip("hexo-renderer-pug is not installed (tests/engines/install_engines.sh)")
    root = _two_themes(tmp_path)
    code, output = run(["node", "generate.js"], root, "UTC")
    assert code == 0, output[-3000:]
    site = load_mapping(root / "_config.yml")
    config = theme_config(root, "butterfly", site)
    names = ("nothing", "updated", "untitled", "catpath")  # no top_img, no cover
    covers = set()
    for name in names:
        theirs = _theirs((root / "public" / "p" / name / "index.html").read_text("utf-8"))
        covers.add(theirs["style"])
        settings = header_settings(
            engine="hexo", theme="butterfly", site_root=root, site_config=site
        )
        payload = header_payload(
            (root / "source" / "_posts" / f"{name}.md").read_text("utf-8"), settings
        )
        assert payload is not None
        assert [m["label"] for m in payload["meta"] if m["kind"] != "categories"] == [
            meta.split(" ")[0] for meta in theirs["meta"]
        ]
    ours = {f"background-color: {cover};" for cover in config["cover"]["default_cover"]}
    assert covers == ours, covers
    page = (root / "public" / "plain" / "index.html").read_text(encoding="utf-8")
    assert _theirs_page(page)["style"] == "background-color: #000002;"
    assert config["default_top_img"] == "#000002"
    # the config form's theme defaults are that same file
    assert theme_config_path(root, "butterfly") == root / "themes" / "butterfly" / "_config.yml"
