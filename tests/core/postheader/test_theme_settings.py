"""Butterfly's merged config and language file decide the header (decision 0234)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.postheader import header_payload, header_settings
from postpad.core.postheader.settings import theme_folders

THEME_CONFIG = """\
disable_top_img: false
default_top_img: /img/default.jpg
cover:
  default_cover:
post_meta:
  post:
    date_type: both
    categories: true
"""


def _site(tmp_path: Path, site_theme_config: str = "") -> Path:
    root = tmp_path / "blog"
    theme = root / "node_modules" / "hexo-theme-butterfly"
    (theme / "languages").mkdir(parents=True)
    (theme / "_config.yml").write_text(THEME_CONFIG, encoding="utf-8")
    (theme / "languages" / "zh-CN.yml").write_text(
        "no_title: 无题\npost:\n  created: 写于\n  updated: 改于\n", encoding="utf-8"
    )
    (theme / "source" / "img").mkdir(parents=True)
    (theme / "source" / "img" / "default.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "source" / "_posts").mkdir(parents=True)
    (root / "source" / "_posts" / "p.md").write_text("", encoding="utf-8")
    if site_theme_config:
        (root / "_config.butterfly.yml").write_text(site_theme_config, encoding="utf-8")
    return root


def _payload(root: Path, front: str, **config: object) -> dict[str, object]:
    settings = header_settings(
        engine="hexo",
        theme="butterfly",
        site_root=root,
        site_config={"language": "zh-CN", **config},
        post_path=root / "source" / "_posts" / "p.md",
    )
    payload = header_payload(f"---\n{front}---\n", settings)
    assert payload is not None
    return payload


def test_default_top_img_from_the_theme_and_its_language_file(tmp_path: Path) -> None:
    root = _site(tmp_path)
    payload = _payload(root, "date: 2024-06-01\n")
    banner = payload["banner"]
    assert isinstance(banner, dict)
    assert banner["kind"] == "image"
    assert banner["value"].endswith("hexo-theme-butterfly/source/img/default.jpg")
    assert payload["title"] == "无题"
    labels = [item["label"] for item in payload["meta"]]  # type: ignore[attr-defined]
    assert labels == ["写于", "改于"]


def test_the_sites_theme_config_file_wins(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        "disable_top_img: true\npost_meta:\n  post:\n    date_type: updated\n"
        "    categories: false\ntheme_color:\n  enable: true\n  main: '#ff0000'\n",
    )
    payload = _payload(root, "title: t\ndate: 2024-06-01\nupdated: 2024-06-09\ncategories: c\n")
    assert payload["banner"] is None  # disable_top_img: no banner for any post
    assert [m["kind"] for m in payload["meta"]] == ["updated"]  # type: ignore[attr-defined]
    assert payload["themeColor"] == "#ff0000"


def test_theme_config_in_the_sites_config_wins_over_the_file(tmp_path: Path) -> None:
    root = _site(tmp_path, "default_top_img: '#123456'\n")
    payload = _payload(root, "title: t\n", theme_config={"default_top_img": "#abcdef"})
    assert payload["banner"]["value"] == "#abcdef"  # type: ignore[index]


def test_default_cover_list_gives_its_first(tmp_path: Path) -> None:
    root = _site(
        tmp_path, "default_top_img:\ncover:\n  default_cover:\n    - '#111111'\n    - '#222222'\n"
    )
    payload = _payload(root, "title: t\n")
    assert payload["banner"]["value"] == "#111111"  # type: ignore[index]
    assert payload["banner"]["random"] == 2  # type: ignore[index]  # the preview says so
    for front in ("title: t\ncover: '#333333'\n", "title: t\ntop_img: '#333333'\n"):
        assert _payload(root, front)["banner"]["random"] == 0  # type: ignore[index]


def test_one_default_cover_is_not_random(tmp_path: Path) -> None:
    root = _site(tmp_path, "default_top_img:\ncover:\n  default_cover: ['#111111']\n")
    assert _payload(root, "title: t\n")["banner"]["random"] == 0  # type: ignore[index]


def test_a_cloned_theme_folder_is_the_one_hexo_loads(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (root / "themes" / "butterfly").mkdir(parents=True)
    assert theme_folders(root, "butterfly") == [root / "themes" / "butterfly"]


def test_english_site_uses_the_default_words(tmp_path: Path) -> None:
    root = _site(tmp_path)
    payload = _payload(root, "date: 2024-06-01\n", language="en")
    assert payload["title"] == "Untitled"


def _page_payload(root: Path, relative: str, front: str) -> dict[str, object] | None:
    page = root / "source" / relative
    page.parent.mkdir(parents=True, exist_ok=True)
    settings = header_settings(
        engine="hexo",
        theme="butterfly",
        site_root=root,
        site_config={"language": "zh-CN"},
        post_path=page,
    )
    return header_payload(f"---\n{front}---\n", settings)


def test_a_page_has_its_title_over_the_banner_and_no_meta(tmp_path: Path) -> None:
    root = _site(tmp_path)
    payload = _page_payload(root, "about/index.md", "title: 关于\ncover: '#123456'\n")
    assert payload is not None
    assert payload["page"] is True
    assert payload["title"] == "关于"
    assert payload["meta"] == []
    banner = payload["banner"]
    assert isinstance(banner, dict)
    assert banner["value"].endswith("/img/default.jpg")  # a page has no cover step


def test_a_page_without_banner_or_title_has_no_header(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert _page_payload(root, "about/index.md", "top_img: false\n") == {"show": False}
    shown = _page_payload(root, "about/index.md", "title: 关于\ntop_img: false\n")
    assert shown is not None
    assert shown["banner"] is None
    assert shown["title"] == "关于"


def test_layout_decides_the_page_type(tmp_path: Path) -> None:
    root = _site(tmp_path)
    as_page = _page_payload(root, "_posts/p.md", "title: t\nlayout: page\n")
    as_post = _page_payload(root, "about/index.md", "title: t\nlayout: post\n")
    assert as_page is not None
    assert as_post is not None
    assert as_page["page"] is True
    assert as_post["page"] is False


def test_layout_false_gives_a_post_the_page_header(tmp_path: Path) -> None:
    root = _site(tmp_path)
    payload = _page_payload(root, "_posts/p.md", "title: t\nlayout: false\n")
    assert payload is not None
    assert payload["page"] is True


def test_theme_config_key_comes_from_the_engine_data(tmp_path: Path) -> None:
    root = _site(tmp_path, "default_top_img: '#123456'\n")
    # a key of that name in a config whose engine has no theme key is not the theme's
    from postpad.core.postheader.settings import theme_config

    site = {"theme_config": {"default_top_img": "#abcdef"}}
    assert theme_config(root, "butterfly", site)["default_top_img"] == "#abcdef"
    assert theme_config(root, "butterfly", site, "jekyll")["default_top_img"] == "#123456"


def test_lists_merge_as_hexo_util_deep_merge_does() -> None:
    from postpad.core.postheader.settings import deep_merge

    assert deep_merge({"c": ["a"]}, {"c": ["b"]}) == {"c": ["a", "b"]}
    assert deep_merge({"c": ["a", "b"]}, {"c": ["b"]}) == {"c": ["a", "b"]}
    assert deep_merge({"c": [1]}, {"c": [True]}) == {"c": [1, True]}
    assert deep_merge({"c": [{"x": 1}]}, {"c": [{"y": 2}]}) == {"c": [{"x": 1, "y": 2}]}
    assert deep_merge({"c": ["a"]}, {"c": "b"}) == {"c": "b"}
    assert deep_merge({"c": {"x": 1}}, {"c": None}) == {"c": None}


def test_the_sites_theme_key_adds_to_the_theme_files_cover_list(tmp_path: Path) -> None:
    root = _site(tmp_path, "cover:\n  default_cover: ['#111111']\n")
    site = {"theme_config": {"cover": {"default_cover": ["#222222"]}}}
    from postpad.core.postheader.settings import theme_config

    assert theme_config(root, "butterfly", site)["cover"]["default_cover"] == ["#111111", "#222222"]
