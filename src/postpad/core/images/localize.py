""" "Make remote images local": download a post's remote images into the engine's asset folder
and point their links at the copies (decision 0118).

Only the URLs change: body links are replaced character for character, front-matter fields go
through the front-matter patcher (only that key's lines change). An image that fails (404,
timeout, not an image) is listed and its link is left as it was. The post's text is returned;
the caller saves it (the CLI through ``save_text_file``, the GUI as an undoable edit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from postpad.core.frontmatter import set_field
from postpad.core.images.fetch import Fetched, FetchError, fetch_all, fetch_image
from postpad.core.images.refs import ImageRef, remote_refs, rewrite_body
from postpad.core.site.images import place_image, plan_image
from postpad.core.site.model import Site

Progress = Callable[[int, int], None]


@dataclass
class LocalizeResult:
    text: str
    saved: dict[str, Path] = field(default_factory=dict)  # url -> file written (or planned)
    links: dict[str, str] = field(default_factory=dict)  # url -> the new reference
    failed: dict[str, str] = field(default_factory=dict)  # url -> reason code

    @property
    def changed(self) -> bool:
        return bool(self.links)


def _engine(site: Site | None) -> str | None:
    return site.engine if site is not None else None


def _place(
    fetched: dict[str, object], site: Site | None, post: Path, dry_run: bool, result: LocalizeResult
) -> None:
    for url, outcome in fetched.items():
        if isinstance(outcome, FetchError):
            result.failed[url] = outcome.reason
        elif not isinstance(outcome, Fetched):
            result.failed[url] = "error"
        elif dry_run:
            placement = plan_image(site, post, outcome.name)
            result.saved[url], result.links[url] = placement.target, placement.reference
        else:
            placement = place_image(site, post, name=outcome.name, data=outcome.data)
            result.saved[url], result.links[url] = placement.target, placement.reference


def apply_links(text: str, refs: list[ImageRef], links: dict[str, str], engine: str | None) -> str:
    """``text`` with each reference whose URL is in ``links`` pointing at its new target."""
    body = {ref: links[ref.url] for ref in refs if ref.url in links and not ref.in_front_matter}
    text = rewrite_body(text, body, engine)
    for ref in refs:
        if ref.in_front_matter and ref.url in links:
            text = set_field(text, ref.key, links[ref.url], engine=engine)
    return text


def localize(
    text: str,
    post: Path,
    site: Site | None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    fetch: Callable[[str], Fetched] = fetch_image,
) -> LocalizeResult:
    """Download every remote image of ``text`` (the post at ``post``) next to it, per engine.

    ``dry_run`` downloads nothing-to-disk: the files that would be written are listed (the
    images are still fetched, so failures are known)."""
    engine = _engine(site)
    refs = remote_refs(text, engine)
    result = LocalizeResult(text)
    fetched = fetch_all((ref.url for ref in refs), fetch, progress)
    try:
        _place(fetched, site, post, dry_run, result)
        result.text = apply_links(text, refs, result.links, engine)
    except Exception:
        if not dry_run:
            remove_files(result)  # nothing is left half done (issue 14)
        raise
    return result


def remove_files(result: LocalizeResult) -> None:
    """Undo the downloads of ``result`` (when saving the post failed)."""
    for path in result.saved.values():
        path.unlink(missing_ok=True)
