"""The post header above the preview's body: the title and, for Butterfly, the ``top_img``
banner and the meta line, decided from the front matter and the site's and theme's config
(decision 0234). Pure Python; the preview page gets ``header_payload``'s message."""

from postpad.core.postheader.header import build_header, header_payload
from postpad.core.postheader.model import NO_HEADER, Banner, MetaItem, PostHeader
from postpad.core.postheader.settings import HeaderSettings, header_settings

__all__ = [
    "NO_HEADER",
    "Banner",
    "HeaderSettings",
    "MetaItem",
    "PostHeader",
    "build_header",
    "header_payload",
    "header_settings",
]
