"""The real-site preview's server and URLs against the real engines (issue 14 part 3).

For each engine: a copy of the fixture site gets posts (with slug, categories, a permalink
setting, a draft), the engine's own server starts with the command Postpad uses
(``postpad.core.publish.serve``), and the URL Postpad computes for each post must answer 200
with that post's body. The server is stopped at the end (its whole process group).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from engine_harness import ENGINES
from hexo_extra import hexo_site_with_plugins

from conftest import require_engine
from postpad.core.publish.serve import free_port, port_open, post_url, serve_command
from postpad.core.site.detect import detect_site

pytestmark = pytest.mark.engines

START_TIMEOUT = float(os.environ.get("POSTPAD_BUILD_TIMEOUT") or 120)


@contextlib.contextmanager
def serving(site_root: Path) -> Iterator[int]:
    site = detect_site(site_root)
    assert site is not None
    port = free_port()
    command = serve_command(site, port)
    log = site_root / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command.argv, cwd=command.cwd, stdout=sink, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not port_open(port):
            assert process.poll() is None, log.read_text("utf-8", "replace")
            assert time.monotonic() < deadline, "server did not start:\n" + log.read_text()
            time.sleep(0.3)
        yield port
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)
    assert not port_open(port)


def fetch(url: str, needle: str, timeout: float = 60) -> str:
    """GET ``url`` until it answers with ``needle`` (servers build the first page lazily)."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            safe = quote(url, safe=":/%?=&#")
            with urllib.request.urlopen(safe, timeout=10) as response:
                body = response.read().decode("utf-8", "replace")
                if needle in body:
                    return body
                last = f"200 without {needle!r}"
        except (OSError, http.client.HTTPException) as exc:  # a page being rewritten
            last = repr(exc)
        time.sleep(0.5)
    raise AssertionError(f"{url}: {last}")


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _hexo_site(tmp_path: Path) -> Path:
    require_engine("hexo")
    return hexo_site_with_plugins(tmp_path)


def test_hexo_server_answers_at_the_computed_permalinks(tmp_path: Path) -> None:
    root = _hexo_site(tmp_path)
    _write(root, {
        "source/_posts/hello-world.md": "---\ntitle: Hello\ndate: 2024-06-01 23:30:00\n---\n"
                                        "Body of hello.\n",
        "source/_posts/中文 标题.md": "---\ntitle: 中文\ndate: 2023-01-02 08:00:00\n---\n"
                                      "正文内容。\n",
        "source/_posts/own.md": "---\ntitle: Own\ndate: 2022-02-02\npermalink: fixed/own/\n"
                                "---\nOwn permalink body.\n",
        "source/_drafts/idea.md": "---\ntitle: Idea\ndate: 2021-03-04 05:06:07\n---\n"
                                  "Draft body.\n",
    })  # fmt: skip
    site = detect_site(root)
    assert site is not None
    with serving(root) as port:
        posts = {"hello-world.md": "Body of hello.", "中文 标题.md": "正文内容。",
                 "own.md": "Own permalink body."}  # fmt: skip
        for name, body in posts.items():
            url = post_url(site, root / "source/_posts" / name, port)
            assert url is not None
            fetch(url, body)
        draft = post_url(site, root / "source/_drafts/idea.md", port)
        # Hexo formats URL dates in this machine's time zone (05:06 in Shanghai, 03-03 in UTC)
        local = dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=ZoneInfo("Asia/Shanghai")).astimezone()
        assert draft == f"http://127.0.0.1:{port}/{local:%Y/%m/%d}/idea/"
        fetch(draft, "Draft body.")


def test_hugo_server_answers_at_the_computed_permalinks(tmp_path: Path) -> None:
    require_engine("hugo")
    root = ENGINES["hugo"].new_site(tmp_path)
    config = root / "hugo.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + '\n[permalinks]\n  notes = "/n/:year/:slug/"\n',
        encoding="utf-8",
    )
    _write(root, {
        "content/posts/plain.md": '+++\ntitle = "Plain"\ndate = 2024-06-01\n+++\nPlain body.\n',
        "content/posts/draft.md": '+++\ntitle = "D"\ndate = 2024-06-01\ndraft = true\n+++\n'
                                  "Draft body.\n",
        "content/notes/sluggy.md": '+++\ntitle = "S"\ndate = 2023-05-06\nslug = "my-slug"\n+++\n'
                                   "Slug body.\n",
    })  # fmt: skip
    site = detect_site(root)
    assert site is not None
    with serving(root) as port:
        for name, body in (("posts/plain.md", "Plain body."), ("posts/draft.md", "Draft body."),
                           ("notes/sluggy.md", "Slug body.")):  # fmt: skip
            url = post_url(site, root / "content" / name, port)
            assert url is not None
            fetch(url, body)
        assert post_url(site, root / "content/notes/sluggy.md", port).endswith("/n/2023/my-slug/")  # type: ignore[union-attr]


def test_jekyll_serve_answers_at_the_computed_permalinks(tmp_path: Path) -> None:
    require_engine("jekyll")
    root = ENGINES["jekyll"].new_site(tmp_path)
    config = root / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "permalink: pretty\n", "utf-8")
    _write(root, {
        "_posts/2024-06-01-hello-world.md": "---\ntitle: Hello\ncategories: [Tech, Notes]\n"
                                            "---\nJekyll body.\n",
        "_posts/2023-02-03-other.md": "---\ntitle: Other\nslug: custom-slug\n"
                                      "date: 2023-02-03 10:00:00\n---\nSlug body.\n",
        "_drafts/idea.md": "---\ntitle: Idea\ndate: 2022-01-01 12:00:00\n---\nDraft body.\n",
    })  # fmt: skip
    site = detect_site(root)
    assert site is not None
    with serving(root) as port:
        hello = post_url(site, root / "_posts/2024-06-01-hello-world.md", port)
        assert hello == f"http://127.0.0.1:{port}/tech/notes/2024/06/01/hello-world/"
        fetch(hello, "Jekyll body.")
        for name, body in (("_posts/2023-02-03-other.md", "Slug body."),
                           ("_drafts/idea.md", "Draft body.")):  # fmt: skip
            url = post_url(site, root / name, port)
            assert url is not None
            fetch(url, body)
