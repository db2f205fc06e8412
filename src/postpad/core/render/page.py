"""The pages that show a render: the preview shell the GUI loads once, and standalone HTML.

Both carry a Content-Security-Policy. The preview shell allows exactly one script, ours (inlined
with a fresh nonce), plus ``qrc:`` for Qt's ``qwebchannel.js``; nothing from a post can run, and
nothing loads from the network (remote images only when the user allows them). The standalone
page allows no script at all.
"""

from __future__ import annotations

import secrets
from html import escape
from typing import TYPE_CHECKING

from postpad.core.assets import asset
from postpad.core.render.rules.code_styles import theme_stylesheets

if TYPE_CHECKING:  # the shell page must not load the whole pipeline (start-up time)
    from postpad.core.render.pipeline import Rendered

THEMES = ("light", "dark")
PREVIEW_ROOT_ID = "postpad-root"


def content_security_policy(
    *, nonce: str | None = None, allow_remote_images: bool = False, qrc: bool = True
) -> str:
    """The CSP for our pages. Without ``nonce`` no script runs at all."""
    images = "file: data: blob:" + (" https: http:" if allow_remote_images else "")
    scripts = f"'nonce-{nonce}'" + (" qrc:" if qrc else "") if nonce else "'none'"
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {scripts}",
            "style-src 'unsafe-inline'",
            f"img-src {images}",
            "font-src file: data:",
            "media-src file: data:",
            "connect-src 'none'",
            "frame-src 'none'",
            "child-src 'none'",
            "worker-src 'none'",
            "object-src 'none'",
            "manifest-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


#: the preview's policy shape (its nonce changes with every shell page)
CSP_PREVIEW = content_security_policy(nonce="NONCE")


def _read_asset(relative: str) -> str:
    node = asset(relative)
    try:
        return node.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""


def stylesheet() -> str:
    """Our preview CSS (light and dark) plus Pygments code styles."""
    return _read_asset("preview/preview.css") + "\n" + theme_stylesheets()


def _theme(theme: str) -> str:
    return theme if theme in THEMES else "light"


def _head(title: str, csp: str, theme: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="zh-CN" data-theme="{_theme(theme)}" '
        f'class="{"dark" if _theme(theme) == "dark" else "light"}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp, quote=False)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{stylesheet()}\n</style>\n</head>\n"
    )


def preview_shell(
    theme: str = "light",
    *,
    allow_remote_images: bool = False,
    body_html: str = "",
    nonce: str | None = None,
) -> str:
    """The page the preview loads once; blocks then arrive as patches (preview.js)."""
    nonce = nonce or secrets.token_urlsafe(18)
    csp = content_security_policy(nonce=nonce, allow_remote_images=allow_remote_images)
    script = _read_asset("preview/preview.js").replace("</script", "<\\/script")
    return (
        _head("Postpad preview", csp, theme)
        + f'<body>\n<main id="{PREVIEW_ROOT_ID}" class="pp-post" data-postpad-root>'
        + body_html
        + f'</main>\n<script nonce="{nonce}">\n{script}\n</script>\n</body>\n</html>\n'
    )


def standalone_page(
    rendered: Rendered,
    theme: str = "light",
    *,
    title: str = "",
    allow_remote_images: bool = False,
) -> str:
    """A self-contained HTML page (styles inlined, no scripts, works offline)."""
    csp = content_security_policy(nonce=None, allow_remote_images=allow_remote_images, qrc=False)
    return (
        _head(title or "Postpad", csp, theme)
        + f'<body>\n<main class="pp-post">\n{rendered.html}</main>\n</body>\n</html>\n'
    )
