"""Image settings: global defaults plus per-site overrides, in one JSON file in the user's data
folder (decision 0116). Nothing is written into the site (its files are the author's, and are
often public), and no secret is stored here: upload credentials live in the keyring
(``postpad.core.images.secrets``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from postpad.core.atomic import write_atomic
from postpad.core.images.process import FORMATS, ProcessOptions

UPLOADERS = ("none", "picgo", "command", "s3", "github")
# what the settings dialog proposes when conversion is switched on with no size limit: a
# 12 MP phone photo, held either way, decodes at exactly half size (decisions 0180, 0281)
SUGGESTED_MAX_WIDTH = 2000
SUGGESTED_MAX_HEIGHT = 2000
ASK = ("never", "ask", "always")


@dataclass(frozen=True)
class ImageSettings:
    """Everything about pasted images for one site (or the global default)."""

    max_width: int = 0
    max_height: int = 0
    format: str = "keep"
    quality: int = 82
    keep_original: bool = False
    uploader: str = "none"  # one of UPLOADERS
    upload_on_paste: str = "never"  # one of ASK: off by default (decision 0117)
    picgo_url: str = "http://127.0.0.1:36677/upload"
    command: str = ""  # e.g. ``picgo upload {file}``; the URL is the last line on stdout
    s3_endpoint: str = ""
    s3_bucket: str = ""
    s3_prefix: str = ""
    s3_public_url: str = ""  # https://cdn.example.com/ : the uploaded key is appended
    s3_region: str = ""
    github_repo: str = ""  # owner/name
    github_branch: str = ""  # empty: the repository's default branch
    github_path: str = "images"
    github_url_base: str = ""  # e.g. https://cdn.jsdelivr.net/gh/owner/name@main/
    github_api: str = "https://api.github.com"

    def process_options(self) -> ProcessOptions:
        return ProcessOptions(
            max_width=self.max_width, max_height=self.max_height, format=self.format,
            quality=self.quality, keep_original=self.keep_original,
        )  # fmt: skip


def _coerce(default: Any, value: Any) -> Any:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    return value if isinstance(value, str) else default


def _valid(settings: ImageSettings) -> ImageSettings:
    changes: dict[str, Any] = {}
    if settings.format not in FORMATS:
        changes["format"] = "keep"
    if settings.uploader not in UPLOADERS:
        changes["uploader"] = "none"
    if settings.upload_on_paste not in ASK:
        changes["upload_on_paste"] = "never"
    if not 1 <= settings.quality <= 100:
        changes["quality"] = ImageSettings.quality
    for limit in ("max_width", "max_height"):
        if getattr(settings, limit) < 0:
            changes[limit] = 0
    return replace(settings, **changes) if changes else settings


def settings_from_dict(data: object, base: ImageSettings | None = None) -> ImageSettings:
    """``base`` (default: the defaults) with the well-typed values of ``data`` on top."""
    base = base or ImageSettings()
    if not isinstance(data, dict):
        return base
    values = {
        f.name: _coerce(getattr(base, f.name), data[f.name]) for f in fields(ImageSettings)
        if f.name in data
    }  # fmt: skip
    return _valid(replace(base, **values))


def _differences(settings: ImageSettings, base: ImageSettings) -> dict[str, Any]:
    return {k: v for k, v in asdict(settings).items() if getattr(base, k) != v}


class ImageSettingsStore:
    """``images.json``: ``{"global": {...}, "sites": {"/abs/site/root": {...}}}``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def global_settings(self) -> ImageSettings:
        return settings_from_dict(self._read().get("global"))

    def for_site(self, root: Path | None) -> ImageSettings:
        """The global settings with the site's overrides on top."""
        data = self._read()
        base = settings_from_dict(data.get("global"))
        sites = data.get("sites")
        if root is None or not isinstance(sites, dict):
            return base
        return settings_from_dict(sites.get(str(root.resolve())), base)

    def save(self, settings: ImageSettings, root: Path | None = None) -> None:
        """Save as the global default (``root`` None) or as one site's overrides."""
        data = self._read()
        if root is None:
            data["global"] = _differences(settings, ImageSettings())
        else:
            sites = data.setdefault("sites", {})
            sites[str(root.resolve())] = _differences(settings, self.global_settings())
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, text.encode("utf-8"), fsync=True, prefix=".images-", new_mode=0o600)
