"""Download and probe remote images with the standard library, a timeout and a size cap.

Only what the user asked for is fetched (decision 0118): these functions are called by
"Make remote images local" and ``postpad check --remote``, never by the preview or the editor.
"""

from __future__ import annotations

import posixpath
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

USER_AGENT = "Mozilla/5.0 (compatible; Postpad image fetch)"
MAX_BYTES = 50 * 1024 * 1024
WORKERS = 8

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF87a", "gif"),
    (b"GIF89a", "gif"), (b"BM", "bmp"),
)  # fmt: skip


class FetchError(Exception):
    """Why an image could not be fetched: ``reason`` is a short stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # "http-404", "timeout", "not-an-image", "too-large", "network"
        self.detail = detail


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    suffix: str  # what the bytes are, from their first bytes: "png", "jpg", "webp", "svg"...
    name: str  # a file name from the URL's last path segment


def sniff_suffix(data: bytes) -> str | None:
    """The image type of ``data`` from its first bytes, None when it is not an image."""
    for magic, suffix in _MAGIC:
        if data.startswith(magic):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "avif"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "svg"
    return None


def name_from_url(url: str, suffix: str) -> str:
    """``https://x/a/photo.JPG?w=3`` -> ``photo.JPG``; no usable name -> ``image.<suffix>``."""
    base = posixpath.basename(unquote(urlsplit(url).path)) or "image"
    stem, dot, ext = base.rpartition(".")
    if not dot or ext.lower() not in (suffix, "jpeg" if suffix == "jpg" else suffix):
        stem = base if not dot else stem
        return f"{stem or 'image'}.{suffix}"
    return base


def _request(url: str, method: str = "GET") -> urllib.request.Request:
    full = f"https:{url}" if url.startswith("//") else url
    return urllib.request.Request(full, method=method, headers={"User-Agent": USER_AGENT})


def _read(url: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(_request(url), timeout=timeout) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"http-{exc.code}", str(exc.reason)) from exc
    except TimeoutError as exc:
        raise FetchError("timeout") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        code = "timeout" if isinstance(reason, TimeoutError) else "network"
        raise FetchError(code, str(reason)) from exc
    if len(data) > MAX_BYTES:
        raise FetchError("too-large")
    return data


def fetch_image(url: str, timeout: float = 15.0) -> Fetched:
    """Download ``url``; raises :class:`FetchError` when it fails or is not an image."""
    data = _read(url, timeout)
    suffix = sniff_suffix(data)
    if suffix is None:
        raise FetchError("not-an-image")
    return Fetched(url, data, suffix, name_from_url(url, suffix))


def probe(url: str, timeout: float = 10.0) -> str | None:
    """None when ``url`` answers with an image, else the failure reason (HEAD, then GET)."""
    try:
        with urllib.request.urlopen(_request(url, "HEAD"), timeout=timeout) as response:
            kind = response.headers.get("Content-Type", "")
            if kind.startswith("image/"):
                return None
    except urllib.error.HTTPError as exc:
        if exc.code not in (403, 405, 501):  # hosts that refuse HEAD: try GET below
            return f"http-{exc.code}"
    except (urllib.error.URLError, OSError, ValueError):
        pass  # GET gives the precise reason
    try:
        fetch_image(url, timeout)
    except FetchError as exc:
        return exc.reason
    return None


def fetch_all(
    urls: Iterable[str],
    job: Callable[[str], object],
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, object]:
    """``{url: job(url)}`` run concurrently; an exception is the value (not raised)."""
    unique = list(dict.fromkeys(urls))
    results: dict[str, object] = {}

    def run(url: str) -> tuple[str, object]:
        try:
            return url, job(url)
        except Exception as exc:
            return url, exc

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for done, (url, result) in enumerate(pool.map(run, unique), start=1):
            results[url] = result
            if progress is not None:
                progress(done, len(unique))
    return results
