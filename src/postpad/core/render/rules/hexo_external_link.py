"""Hexo's ``external_link`` filter: links to other hosts open in a new tab (decision 0014).

Hexo 8 runs it on the rendered HTML (``after_render:html`` when ``external_link.field`` is
``site``, the default; ``after_post_render`` for ``post``), raw HTML links included, with the
same regular expression and ``hexo-util``'s ``isExternalLink``. ``external_link: true`` (an old
spelling) replaces the default mapping and has no ``enable`` key, so Hexo 8 turns it off.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from postpad.core.render.rules.hexo_encode_url import node_refuses

_A_TAG = re.compile(r"""<a\s[^<>]*?href=["']((?:https?:|//)[^<>"']+)["'][^<>]*>""", re.I)
_TARGET = re.compile(r"target=", re.I)
_REL = re.compile(r"rel=", re.I)
_REL_VALUE = re.compile(r"""rel=["']([^<>"']*)["']""", re.I)


def external_link_settings(raw: Mapping[str, object]) -> tuple[bool, str, tuple[str, ...]]:
    """``(enabled, site host, excluded hosts)`` from a Hexo ``_config.yml`` mapping."""
    setting = raw.get("external_link", {})
    if not isinstance(setting, Mapping):
        return False, "", ()
    enabled = setting.get("enable", True)
    field = setting.get("field", "site")
    exclude = setting.get("exclude") or ()
    hosts = (exclude,) if isinstance(exclude, str) else tuple(str(h) for h in exclude)
    url = str(raw.get("url") or "")
    host = urlsplit(url).hostname or url
    on = bool(enabled) and field in ("site", "post")
    return on, host, hosts


def is_external(href: str, site_host: str, exclude: tuple[str, ...]) -> bool:
    """hexo-util ``isExternalLink``."""
    if not re.match(r"^(//|https?:)", href) or not site_host or node_refuses(href):
        return False  # a URL Node's parser refuses is not external (decision 0252)
    try:
        host = urlsplit(urljoin(f"http://{site_host}/", href)).hostname or ""
    except ValueError:
        return False
    if not host:
        return False
    return host not in exclude and host != site_host.lower()


def add_targets(html: str, site_host: str, exclude: tuple[str, ...]) -> str:
    """The filter's rewrite of every external ``<a href>`` without a ``target``."""
    if "<a" not in html and "<A" not in html:
        return html

    def rewrite(match: re.Match[str]) -> str:
        tag = match.group(0)
        if not is_external(match.group(1), site_host, exclude) or _TARGET.search(tag):
            return tag
        if _REL.search(tag):
            tag = _REL_VALUE.sub(_with_noopener, tag, count=1)
            return tag.replace("href=", 'target="_blank" href=', 1)
        return tag.replace("href=", 'target="_blank" rel="noopener" href=', 1)

    return _A_TAG.sub(rewrite, html)


def _with_noopener(match: re.Match[str]) -> str:
    rel = match.group(1)
    return match.group(0) if "noopener" in rel else f'rel="{rel} noopener"'
