"""Everything one render needs besides the text: profile, parser and the render-time env."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt

from postpad.core.render.chroma.settings import CLASSES, HugoHighlight
from postpad.core.render.options import RenderOptions
from postpad.core.render.own_line import BlockLines
from postpad.core.render.parser import ParserSpec, build_parser
from postpad.core.render.profiles import Profile, get_profile
from postpad.core.render.profiles.overrides import apply_overrides
from postpad.core.render.rules import highlightjs
from postpad.core.render.rules.hexo_url import url_for
from postpad.core.render.rules.images import ImageSource, resolve_image
from postpad.core.text.urls import HTML_SRC, as_written, is_local_file_reference

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
#: template syntax left in a path after the render's own (``{% assets_path %}/x.png``)
_TEMPLATE = re.compile(r"\{[{%]")
_MATH_FLAG = re.compile(r"^\s*(?:mathjax|katex|math)\s*[:=]\s*true\b", re.MULTILINE | re.IGNORECASE)


def front_matter_enables_math(header: str) -> bool:
    """Butterfly's per-page ``mathjax: true`` / ``katex: true`` (or ``math = true``)."""
    return bool(_MATH_FLAG.search(header))


@dataclass(frozen=True)
class RenderContext:
    options: RenderOptions
    profile: Profile
    math: bool
    md: MarkdownIt
    #: Jekyll's ``site`` and ``page`` variables (decision 0185); empty for other engines
    liquid_vars: Mapping[str, Any] = field(default_factory=dict)
    #: Hugo's page and site ``params`` for the ``param`` shortcode (decision 0277)
    hugo_params: tuple[Mapping[str, object], Mapping[str, object]] | None = None

    @classmethod
    def create(cls, options: RenderOptions, header: str = "") -> RenderContext:
        profile = apply_overrides(get_profile(options.engine), options.site_overrides)
        if profile.chroma and options.site_root and profile.hugo_highlight is None:
            profile = replace(profile, hugo_highlight=HugoHighlight())  # Hugo's defaults
        math = (
            options.math
            if options.math is not None
            else (profile.math or front_matter_enables_math(header))
        )
        spec = ParserSpec(profile, options.theme, math, options.allow_remote_images)
        if profile.hexo_code is not None and profile.hexo_code.highlight_js:
            highlightjs.prestart()  # Node.js loads highlight.js while the parser is built
        variables = liquid_variables(options, profile, header)
        hugo = hugo_params(options, profile, header)
        return cls(options, profile, math, build_parser(spec), variables, hugo)

    def new_env(self, references: dict[str, Any] | None = None) -> dict[str, Any]:
        warnings: list[tuple[int | None, str, str]] = []
        env: dict[str, Any] = {
            "pp_code_style": _code_style(self.profile),
            "pp_resolve_image": ImageResolver(self.options, self.profile, warnings),
            "pp_warn": warnings,
            "pp_allow_remote_images": self.options.allow_remote_images,
            "pp_liquid": self.profile.templates == "liquid",
            "pp_empty_alt_omitted": self.profile.flavour == "marked",
            "pp_hexo_code": self.profile.hexo_code,
            "pp_chroma": self.profile.hugo_highlight or CLASSES,
            "pp_site_root": self.options.site_root,
            "pp_mermaid": self.options.mermaid,  # decision 0155
        }
        if self.liquid_vars:
            env["pp_liquid_vars"] = self.liquid_vars
        if self.hugo_params is not None:
            env["pp_hugo_page_params"], env["pp_hugo_site_params"] = self.hugo_params
        if references:
            env["references"] = dict(references)
        if self.profile.templates == "shortcode" and self.options.site_root is not None:
            from postpad.core.render.rules.hugo_refs import HugoRefs  # Hugo's only (0210)

            env["pp_hugo_refs"] = HugoRefs(self.options.site_root, self.options.post_path)
        return env


def liquid_variables(options: RenderOptions, profile: Profile, header: str) -> dict[str, Any]:
    """What Jekyll's Liquid knows as ``site`` and ``page`` before kramdown runs (decision 0185)."""
    if not profile.site_page_variables:
        return {}
    site = options.site_variables
    if options.site_root is not None:  # a detected site: Jekyll's default ``baseurl`` is nil
        site = {"baseurl": None, **site}
    from postpad.core.render.rules.liquid_vars import page_variables  # Jekyll's (0210)

    return {"site": site, "page": page_variables(header)}


def hugo_params(
    options: RenderOptions, profile: Profile, header: str
) -> tuple[Mapping[str, object], Mapping[str, object]] | None:
    """The page's and the site's params Hugo's ``param`` shortcode reads (decision 0277)."""
    if profile.templates != "shortcode":
        return None
    from postpad.core.render.rules.hugo_param import (  # Hugo's only (0210)
        page_params,
        site_params,
        site_time_zone,
    )

    site = options.site_variables
    return page_params(header, site_time_zone(site)), site_params(site)


def hugo_params_changed(ctx: RenderContext, header: str, body: str) -> bool:
    """Whether ``body``'s ``param`` shortcodes would read other params than ``ctx`` holds: the
    header changed since ``ctx`` was made (decision 0277)."""
    if ctx.hugo_params is None or "param" not in body:
        return False
    return hugo_params(ctx.options, ctx.profile, header) != ctx.hugo_params


def header_changes_body(ctx: RenderContext, new: str, old: str) -> bool:
    """Whether a front-matter edit changes the body's HTML: the math flag, or Jekyll's
    ``page.*`` variables (decision 0185)."""
    options, profile = ctx.options, ctx.profile
    if options.math is None and front_matter_enables_math(new) != front_matter_enables_math(old):
        return True
    return liquid_variables(options, profile, new) != ctx.liquid_vars  # the old header's


class ImageResolver:
    """Called by the image renderers; records warnings into the env's ``pp_warn`` list."""

    def __init__(
        self, options: RenderOptions, profile: Profile, warnings: list[tuple[int | None, str, str]]
    ) -> None:
        self.options = options
        self.profile = profile
        self.warnings = warnings
        self._linked: dict[str, tuple[Path, Mapping[str, object]] | None] = {}
        self._block: BlockLines | None = None
        self._jekyll: Any = None  # core.site.jekyll_links.JekyllLinks, made on first use
        #: (parsed line, message) of the parse's Liquid links Jekyll stops at (decision 0291)
        self.liquid_stops: list[tuple[int, str]] = []
        self.liquid_urls: set[str] = set()  # the URLs those links wrote

    @property
    def block(self) -> BlockLines | None:
        """The block being rendered: a path's warning is placed at its own line (0245)."""
        return self._block

    @block.setter
    def block(self, block: BlockLines | None) -> None:
        """A block starts rendering: its Liquid links Jekyll stops at are its warnings (the
        source's tags are looked up before the parse, when no block is known; 0291)."""
        self._block = block
        if block is not None:
            for line, message in self.liquid_stops:
                if block.start <= line < block.end:
                    self.warnings.append((line, "jekyll-link-not-found", message))

    def jekyll_tag(self, tag: str, argument: str, line: int) -> str | None:
        """The URL Jekyll writes for ``{% post_url argument %}`` or ``{% link argument %}`` in
        a site's post; None (the tag stays, shown as a placeholder) when unknown, or when
        Jekyll stops the build there, then noted at the parsed ``line`` (decision 0291)."""
        root = self.options.site_root
        if not self.profile.site_page_variables or root is None:  # Jekyll's tags, a site's
            return None
        if self._jekyll is None:
            from postpad.core.site.detect import detect_site
            from postpad.core.site.jekyll_links import JekyllLinks

            site = detect_site(root)
            self._jekyll = JekyllLinks(site) if site is not None else False
        if self._jekyll is False:
            return None
        answer = self._jekyll.answer(tag, argument)
        if isinstance(answer, str):
            self.liquid_urls.add(answer)
        if isinstance(answer, str) or answer is None:
            return answer
        self.liquid_stops.append((line, str(answer.message)))
        return None

    def _warn(self, code: str, path: str, template: str, tail: str = "") -> None:
        """Note a warning about ``path`` at the line of the block that writes it (else at the
        block's first line): ``{}`` in ``template`` is the path as written there (decision
        0245)."""
        found = self.block.line_of(path) if self.block is not None else None
        line, written = found if found is not None else (None, as_written(path))
        self.warnings.append((line, code, template.replace("{}", written) + tail))

    def raw_html(self, html: str) -> None:
        """Raw HTML's ``<img src>`` naming a local file the preview does not find: a missing
        image, as ``postpad check`` reports it (decision 0245). One inside an HTML comment
        shows nothing (decision 0270)."""
        for match in HTML_SRC.finditer(_HTML_COMMENT.sub("", html)):
            url, image = match.group("url"), match.group("tag").lower() == "img"
            if image and is_local_file_reference(url) and self.find(url).missing:
                self._warn("missing-image", url, "image not found: {}")

    def link(self, href: str) -> str:
        """A local link's file URL when the file exists (clicking opens it); else ``href``."""
        if (not _relative(href) and not href.startswith("/")) or href in self.liquid_urls:
            return href  # a Liquid link's URL is the site's, not a file's (decision 0291)
        found = self.find(href)
        if found.missing and is_local_file_reference(href):  # as check's links rule (0245)
            self._warn("missing-link", href, "link target not found: {}")
        return found.url if found.path is not None else href

    def find(self, src: str) -> ImageSource:
        """Where the preview finds ``src``: the site's root folders (else the profile's static
        roots), the post's folder and, with asset folders, the post's own (``found.path`` is
        None when there is no file)."""
        return self._resolve(src, asset=False)

    def _resolve(self, src: str, asset: bool) -> ImageSource:
        """``resolve_image`` with the site's root folders when the caller gave them (0265)."""
        options, profile = self.options, self.profile
        return resolve_image(
            src,
            roots=profile.static_roots,
            post_path=options.post_path,
            site_root=options.site_root,
            asset_folder=asset or options.post_asset_folder or profile.asset_folder_images,
            mounts=options.image_roots,
        )

    def hexo_asset_missing(self, src: str) -> bool:
        """Whether Hexo's ``{% asset_img src %}`` finds no asset and so writes nothing: the site
        has no ``post_asset_folder``, or the post's asset folder has no such file (Hexo's
        PostAsset model holds only that folder's files). Unknown (no site or file): False."""
        options, post = self.options, self.options.post_path
        if not self.profile.site_tag_files or options.site_root is None or post is None:
            return False
        if options.post_asset_folder and (post.parent / post.stem / unquote(src)).is_file():
            return False
        why = "not in the post's asset folder" if options.post_asset_folder else "no asset folders"
        self._warn("missing-image", src, "Hexo shows nothing for {}: ", why)
        return True

    def hexo_include_missing(self, path: str) -> bool:
        """Whether ``{% include_code path %}`` names no file ``source/<code_dir>/path``, so Hexo
        writes nothing. Unknown (no site): False."""
        root = self.options.site_root
        if not self.profile.site_tag_files or root is None:
            return False
        site = self.options.site_overrides.get("site")
        code_dir = site.get("code_dir") if isinstance(site, dict) else None
        folder = code_dir if isinstance(code_dir, str) and code_dir else "downloads/code"
        if (root / "source" / folder / path.lstrip("/")).is_file():
            return False
        why = f"no file source/{folder}/{path.lstrip('/')}"
        self._warn("missing-file", path, "Hexo shows nothing for {}: ", why)
        return True

    def _post_file(self, slug: str) -> Path | None:
        """The file ``{% post_link slug %}`` names, where Hexo looks for it."""
        root = self.options.site_root
        if root is None:
            return None
        for candidate in (
            root / "source" / "_posts" / f"{slug}.md",
            root / "source" / f"{slug}.md",
        ):
            if candidate.is_file():
                return candidate
        return None

    def post(self, slug: str) -> str | None:
        """Hexo ``{% post_link slug %}``: the post's file under ``source/_posts``."""
        found = self._post_file(slug)
        return found.resolve().as_uri() if found is not None else None

    def _linked_post(self, slug: str) -> tuple[Path, Mapping[str, object]] | None:
        """The file a post_link names and its front matter, read once per render."""
        if slug not in self._linked:
            found = self._post_file(slug)
            if found is None:
                self._linked[slug] = None
            else:
                from postpad.core.site.permalink import read_post_fields

                self._linked[slug] = (found, read_post_fields(found, self.options.engine))
        return self._linked[slug]

    def post_url(self, slug: str) -> str | None:
        """The URL the built site gives ``{% post_link slug %}`` (decision 0098)."""
        linked = self._linked_post(slug)
        root = self.options.site_root
        if linked is None or root is None:
            return None
        from postpad.core.site.permalink import hexo_post_url

        return hexo_post_url(root, linked[0], linked[1])

    def post_title(self, slug: str) -> str | None:
        """The ``title`` of the post ``{% post_link slug %}`` names (Hexo shows it as the text)."""
        linked = self._linked_post(slug)
        if linked is None:
            return None
        title = linked[1].get("title")
        return str(title) if title not in (None, "") else slug.rsplit("/", 1)[-1]

    def __call__(self, src: str, asset: bool = False) -> str | None:
        options, profile = self.options, self.profile
        found = self._resolve(src, asset)
        if found.remote:
            if options.allow_remote_images:
                return found.url
            self.warnings.append((None, "remote-image", f"remote image not loaded: {src}"))
            return None
        if found.missing:
            if not _TEMPLATE.search(src):  # a tag the render cannot run: unknown (0270)
                self._warn("missing-image", src, "image not found: {}")
            if profile.root_images and not asset:
                return self._hexo_published(src)
        elif (
            profile.root_images
            and _relative(src)
            and not asset
            and not (options.post_asset_folder and profile.post_asset)
        ):
            self._warn(
                "hexo-relative-image",
                src,
                "Hexo publishes {} as /{} unless post_asset_folder and marked.postAsset are on; "
                "use {% asset_img %}",
            )
        return found.url

    def site_url(self, path: str) -> str:
        """hexo-util ``url_for(path)`` with the site's ``root`` (theme tags' links)."""
        site = self.options.site_overrides.get("site")
        return url_for(site if isinstance(site, dict) else {}, path)

    def _hexo_published(self, src: str) -> str:
        """Where hexo-renderer-marked points an image it has no file for: ``url_for(src)``
        (``root`` prepended, unless ``marked.prependRoot`` is off; hexo-renderer-markdown-it only
        with ``markdown.images.prepend_root``, decision 0158)."""
        overrides = self.options.site_overrides
        markdown_it = self.profile.hexo_markdown_it
        if overrides.get("prependRoot") is False or (markdown_it and not markdown_it.prepend_root):
            return src
        return self.site_url(src)


def _code_style(profile: Profile) -> str:
    if profile.code_figure:
        return "figure_table"
    return {"kramdown": "rouge", "goldmark": "goldmark"}.get(profile.flavour, "plain")


def _relative(src: str) -> bool:
    return bool(src) and not src.startswith(("/", "#")) and ":" not in src.split("/", 1)[0]
