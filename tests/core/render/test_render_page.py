"""The preview shell and standalone page: CSP, our script only, offline styles."""

from __future__ import annotations

import html
import re

from postpad.core.render import (
    RenderOptions,
    content_security_policy,
    preview_shell,
    render,
    standalone_page,
)


def _csp(page: str) -> dict[str, list[str]]:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert match, "page has no CSP meta tag"
    policy: dict[str, list[str]] = {}
    for directive in html.unescape(match.group(1)).split(";"):
        name, *values = directive.split()
        policy[name] = values
    return policy


def test_preview_shell_allows_only_its_own_nonce_script_and_qrc() -> None:
    page = preview_shell("light", nonce="abc123")
    policy = _csp(page)
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'nonce-abc123'", "qrc:"]
    for forbidden in ("'unsafe-inline'", "'unsafe-eval'", "http:", "https:", "*", "data:"):
        assert forbidden not in policy["script-src"]
    assert policy["connect-src"] == ["'none'"]
    assert policy["frame-src"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'none'"]
    assert "http:" not in policy["img-src"]
    assert "https:" not in policy["img-src"]
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts == [' nonce="abc123"']


def test_each_shell_gets_a_fresh_nonce() -> None:
    first = _csp(preview_shell("light"))["script-src"][0]
    second = _csp(preview_shell("light"))["script-src"][0]
    assert first != second
    assert first.startswith("'nonce-")


def test_preview_shell_inlines_preview_js_and_the_root() -> None:
    page = preview_shell("dark")
    assert 'data-theme="dark"' in page
    assert 'id="postpad-root"' in page
    assert "data-postpad-root" in page
    assert "postpad.applyPatch" in page  # assets/preview/preview.js, inlined
    assert ".note" in page  # our CSS and Pygments styles
    assert ".highlight" in page


def test_remote_images_allowed_only_on_request() -> None:
    policy = _csp(preview_shell("light", allow_remote_images=True))
    assert "https:" in policy["img-src"]
    assert policy["script-src"][-1] == "qrc:"
    assert "https:" not in policy["connect-src"]


def test_post_scripts_cannot_borrow_the_nonce() -> None:
    text = '<script nonce="abc123">alert(1)</script>\n\n<p onclick="x()">p</p>\n'
    body = render(text, RenderOptions(engine="hexo")).html
    assert "<script" not in body
    assert "onclick" not in body
    page = preview_shell("light", nonce="abc123", body_html=body)
    assert len(re.findall(r"<script", page)) == 1


def test_standalone_page_has_no_script_and_inlined_styles() -> None:
    rendered = render("# 标题\n\n正文\n", RenderOptions(engine="hexo"))
    page = standalone_page(rendered, "dark", title="T <x>")
    policy = _csp(page)
    assert policy["script-src"] == ["'none'"]
    assert "<script" not in page
    assert "<link" not in page
    assert "http://" not in page
    assert "https://" not in page
    assert "<title>T &lt;x&gt;</title>" in page
    assert 'data-theme="dark"' in page
    assert rendered.html in page


def test_policy_without_nonce_forbids_all_scripts() -> None:
    assert "script-src 'none'" in content_security_policy()
