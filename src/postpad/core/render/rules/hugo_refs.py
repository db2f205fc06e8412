"""Hugo's ``{{< relref "x" >}}`` and ``{{< ref "x" >}}``: the target page's permalink.

Hugo runs shortcodes before Markdown, so ``[text]({{< relref "post.md" >}})`` is a link to the
page's URL. The rule below puts the URL in place of the shortcode before inline parsing; a page
it cannot find keeps the shortcode (shown as a tag placeholder). Decision 0085 lists what the
permalink follows: the site's ``permalinks`` (``/:year/:month/:slug/``, ``/:filename`` …),
``uglyURLs``, the page's ``url`` and ``slug``, its section, and ``baseURL`` (path prefix for
``relref``, the whole URL for ``ref``).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_SHORTCODE = re.compile(
    r"\{\{([<%])\s*(relref|ref)\s+(?:path\s*=\s*)?(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>%]+))"
    r"[^>%]*?\s*[>%]\}\}"
)
_CONFIGS = (
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
    "config/_default/hugo.toml",
    "config/_default/config.toml",
    "config/_default/hugo.yaml",
    "config/_default/config.yaml",
)
_FRONT = re.compile(r"\A(?:---\s*\n(.*?)\n---|\+\+\+\s*\n(.*?)\n\+\+\+)\s*(?:\n|\Z)", re.S)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".toml":
        data: object = tomllib.loads(text)
    elif path.suffix == ".json":
        data = json.loads(text)
    else:
        data = yaml.safe_load(text)
    return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}


@lru_cache(maxsize=8)
def _site_config(root: Path, stamp: float) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for name in _CONFIGS:
        path = root / name
        if path.is_file():
            try:
                for key, value in _load(path).items():
                    merged.setdefault(key, value)
            except (ValueError, yaml.YAMLError, OSError):
                continue
    return merged


def _front_matter(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return {}
    match = _FRONT.match(text)
    if match is None:
        return {}
    try:
        data = yaml.safe_load(match[1]) if match[1] is not None else tomllib.loads(match[2])
    except (ValueError, yaml.YAMLError):
        return {}
    return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}


def _urlize(text: str) -> str:
    """Hugo ``urlize`` for a path segment: spaces to ``-``, lower-cased later."""
    return re.sub(r"\s+", "-", text.strip())


def _page_at(candidate: Path | None) -> Path | None:
    """The page file ``candidate`` names: itself, with ``.md``, or a bundle's index."""
    if candidate is None or not candidate.name:
        return None
    for path in (candidate, candidate.with_suffix(".md"), candidate / "index.md"):
        if path.is_file():
            return path
        if (path / "_index.md").is_file():
            return path / "_index.md"
    return None


def _folded(candidate: Path) -> Path | None:
    """``candidate`` with each missing part matched to an entry whatever its case: Hugo looks
    pages up by lower-cased path (``ref "posts/OpenSSL-Try/index.md"`` finds
    ``posts/openssl-try/index.md``, measured with Hugo 0.168; decision 0251). The last part may
    still lack its ``.md``."""
    parts = candidate.parts
    current = Path(parts[0])
    for index, part in enumerate(parts[1:], start=1):
        exact = current / part
        if exact.exists() or part in (".", ".."):
            current = exact
            continue
        wanted = {part.lower(), f"{part}.md".lower()} if index == len(parts) - 1 else {part.lower()}
        try:
            match = next((c for c in sorted(current.iterdir()) if c.name.lower() in wanted), None)
        except OSError:
            return None
        if match is None:
            return None
        current = match if match.name.lower() == part.lower() else current / match.stem
    return current


@dataclass(frozen=True)
class HugoRefs:
    """Resolves ``ref``/``relref`` targets of one post in one site."""

    site_root: Path
    post_path: Path | None

    @property
    def config(self) -> dict[str, Any]:
        stamps = [
            (self.site_root / n).stat().st_mtime for n in _CONFIGS if (self.site_root / n).is_file()
        ]
        return _site_config(self.site_root, max(stamps, default=0.0))

    @property
    def content(self) -> Path:
        return self.site_root / str(self.config.get("contentdir") or "content")

    def find(self, target: str) -> Path | None:
        """The page file for ``target`` as Hugo looks it up (relative, from the root, by name)."""
        target = target.split("#", 1)[0]
        if not target:
            return self.post_path
        candidates = []
        if not target.startswith("/") and self.post_path is not None:
            candidates.append(self.post_path.parent / target)
        candidates.append(self.content / target.lstrip("/"))
        for candidate in candidates:
            found = _page_at(candidate) or _page_at(_folded(candidate))
            if found is not None:
                return found
        if "/" not in target.strip("/"):
            found_by_name = sorted(self.content.rglob(Path(target).name))
            if len(found_by_name) == 1:
                return found_by_name[0]
        return None

    def permalink(self, page: Path, absolute: bool) -> str:
        config = self.config
        front = _front_matter(page)
        relative = page.relative_to(self.content)
        bundle = page.stem in ("index", "_index")
        name = relative.parent.name if bundle else page.stem
        section = relative.parts[0] if len(relative.parts) > 1 else ""
        if front.get("url"):
            path = "/" + str(front["url"]).lstrip("/")
        else:
            path = self._pattern_path(config, front, section, name, relative, bundle)
        if not config.get("disablepathtolower"):
            path = path.lower()
        base = str(config.get("baseurl") or "/")
        prefix = re.sub(r"^[a-z]+://[^/]+", "", base).rstrip("/")
        path = quote(prefix + path, safe="/:#?=&%@!$'()*+,;~")
        return base.rstrip("/").removesuffix(prefix) + path if absolute else path

    def _pattern_path(
        self,
        config: dict[str, Any],
        front: dict[str, Any],
        section: str,
        name: str,
        relative: Path,
        bundle: bool,
    ) -> str:
        permalinks = {str(k).lower(): v for k, v in (config.get("permalinks") or {}).items()}
        page_patterns = permalinks.get("page")
        pattern = (page_patterns if isinstance(page_patterns, dict) else permalinks).get(section)
        slug = str(front.get("slug") or "")
        ugly = bool(config.get("uglyurls"))
        if not isinstance(pattern, str):
            parts = (
                [p for p in relative.parent.parts if p]
                if not bundle
                else list(relative.parent.parent.parts)
            )
            path = "/" + "/".join([*parts, _urlize(slug or name)])
            return path + (".html" if ugly else "/")
        date = _DATE.search(str(front.get("date") or ""))
        year, month, day = date.groups() if date else ("", "", "")
        title = _urlize(str(front.get("title") or ""))
        values = {
            "year": year,
            "month": month,
            "day": day,
            "section": section,
            "sections": "/".join(relative.parent.parts),
            "title": title,
            "slug": _urlize(slug) or title,
            "filename": name,
            "contentbasename": name,
            "slugorfilename": _urlize(slug) or name,
            "slugorcontentbasename": _urlize(slug) or name,
        }
        path = re.sub(r":(\w+)", lambda m: values.get(m[1], m[0]), pattern)
        path = "/" + path.lstrip("/")
        if ugly and path.endswith("/") and path != "/":
            return path.rstrip("/") + ".html"
        if ugly and not path.endswith((".html", "/")):
            return path + ".html"
        return path if path.endswith("/") or ugly else path + "/"

    def resolve(self, target: str, absolute: bool) -> str | None:
        page = self.find(target)
        if page is None:
            return None
        anchor = target.split("#", 1)[1] if "#" in target else ""
        try:
            url = self.permalink(page, absolute)
        except (ValueError, OSError):
            return None
        return url + (f"#{anchor}" if anchor else "")


def _substitute(state: StateCore) -> None:
    refs = state.env.get("pp_hugo_refs")
    if not isinstance(refs, HugoRefs):
        return

    def replace(match: re.Match[str]) -> str:
        target = next((g for g in match.groups()[2:] if g is not None), "")
        url = refs.resolve(target, absolute=match[2] == "ref")
        # escaped: Hugo puts the URL in after Markdown, so in text it is neither linked nor
        # emphasised; in a link destination the escapes fall away
        return match[0] if url is None else re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", url)

    for token in state.tokens:
        if token.type == "inline" and "{{" in token.content:
            token.content = _SHORTCODE.sub(replace, token.content)


def hugo_refs_plugin(md: MarkdownIt) -> None:
    """Hugo's shortcodes whose output goes in before inline parsing: ``ref``/``relref``, and
    ``{{% param %}}``, whose text is Markdown (decision 0277)."""
    from postpad.core.render.rules.hugo_param import substitute_markdown

    md.core.ruler.before("inline", "pp_hugo_refs", _substitute)
    md.core.ruler.before("inline", "pp_hugo_param", substitute_markdown)
