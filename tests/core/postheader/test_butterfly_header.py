"""Butterfly's post header from front matter (decision 0234), as the theme's templates decide it
(layout/includes/header/index.pug, post-info.pug, scripts/helpers/page.js getBgPath)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from markdown_it.utils import read_fixture_file

from postpad.core.postheader import header_payload, header_settings

FIXTURES = Path(__file__).parent / "fixtures"
SITE_CONFIG = {"language": "zh-CN", "timezone": "Asia/Shanghai", "post_asset_folder": True}


def summary(payload: dict[str, Any] | None, site: Path) -> str:
    """The payload as the fixture writes it (file URLs under the site as ``SITE/``)."""
    if payload is None:
        return "does not parse\n"
    if not payload["show"]:
        return "no header\n"
    lines = [f"title: {payload['title']} (line {payload['line']})"]
    banner = payload["banner"]
    if banner is None:
        lines.append("banner: none")
    else:
        value = banner["value"].replace(site.resolve().as_uri(), "SITE")
        flags = [name for name in ("blocked", "missing", "refused") if banner[name]]
        text = f"banner: {banner['kind']} {value}".rstrip()
        lines.append(text + (f" ({', '.join(flags)})" if flags else ""))
    parts = []
    for item in payload["meta"]:
        if item["kind"] == "categories":
            parts.append(" › ".join(item["items"]))
        else:
            parts.append(f"{item['label']} {item['text']}")
    if parts:
        lines.append("meta: " + " | ".join(parts))
    return "\n".join(lines) + "\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    (root / "source" / "img").mkdir(parents=True)
    (root / "source" / "img" / "top.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "source" / "_posts" / "post").mkdir(parents=True)
    (root / "source" / "_posts" / "post" / "asset.png").write_bytes(b"\x89PNG")
    post = root / "source" / "_posts" / "post.md"
    post.write_text("", encoding="utf-8")
    saved = dt.datetime(2024, 7, 2, 12, 0).timestamp()  # Hexo's updated: the file's time
    os.utime(post, (saved, saved))
    return root


def _settings(site: Path, **config: Any) -> Any:
    return header_settings(
        engine="hexo",
        theme="butterfly",
        site_root=site,
        site_config={**SITE_CONFIG, **config},
        post_path=site / "source" / "_posts" / "post.md",
        post_asset_folder=True,
    )


@pytest.mark.parametrize(
    ("line", "title", "front", "expected"),
    read_fixture_file(FIXTURES / "butterfly_header.txt"),
    ids=[case[1] for case in read_fixture_file(FIXTURES / "butterfly_header.txt")],
)
def test_butterfly_header(line: int, title: str, front: str, expected: str, site: Path) -> None:
    payload = header_payload(f"---\n{front}---\n\n正文\n", _settings(site))
    assert summary(payload, site) == expected, f"{FIXTURES.name}/butterfly_header.txt:{line}"


def test_a_remote_image_loads_when_remote_images_are_allowed(site: Path) -> None:
    settings = header_settings(
        engine="hexo", theme="butterfly", site_root=site, allow_remote_images=True
    )
    payload = header_payload("---\ntop_img: //cdn.example.com/a.jpg\n---\n", settings)
    assert payload is not None
    assert payload["banner"]["kind"] == "image"
    assert payload["banner"]["value"] == "https://cdn.example.com/a.jpg"


def test_a_header_that_does_not_parse_keeps_what_is_shown(site: Path) -> None:
    assert header_payload("---\ntitle: [unclosed\n---\n", _settings(site)) is None
