"""Cover, banner and social image fields that name a local file which does not exist. A warning:
no engine fails on it (decision 0047)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.fields import FieldKind
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.jekyll_gems import theme_may_provide
from postpad.core.site.resolve import exists, is_local_file_reference

COMMON_IMAGE_KEYS = frozenset(
    {"cover", "top_img", "pagination_cover", "image", "thumbnail", "banner", "featured_image",
     "heroImage", "og_image", "feature", "cover_image"}
)  # fmt: skip
_NOT_IMAGE = re.compile(r"^(?:#|rgba?\(|hsla?\(|[a-z-]+-gradient\(|transparent$)", re.IGNORECASE)


def _image_keys(ctx: PostContext) -> set[str]:
    keys = set(COMMON_IMAGE_KEYS)
    keys.update(spec.key for spec in ctx.schema if spec.kind == FieldKind.IMAGE)
    return keys


def check(ctx: PostContext) -> Iterator[Finding]:
    fields = dict(ctx.header.fields)
    extra = fields.get("extra")
    if isinstance(extra, dict):
        fields.update({k: v for k, v in extra.items() if k not in fields})
    for key in sorted(_image_keys(ctx) & set(fields)):
        value = fields[key]
        if not isinstance(value, str) or _NOT_IMAGE.match(value.strip()):
            continue
        if not is_local_file_reference(value) or exists(ctx.site, ctx.path, value):
            continue
        if theme_may_provide(ctx.site, value):  # a theme gem not installed here (0271)
            continue
        yield ctx.finding(
            ctx.key_line(key), "warning", "missing-image",
            f"{key}: '{value}' does not exist: the engine builds, the page shows a broken image",
            key=key, value=value,
        )  # fmt: skip
