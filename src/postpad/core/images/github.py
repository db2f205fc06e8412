"""Upload to a GitHub repository through the contents API (decision 0117): one commit per image
(``PUT /repos/{owner}/{repo}/contents/{path}``), the token from the keyring. The URL is the
configured base (e.g. ``https://cdn.jsdelivr.net/gh/me/images@main/``) plus the path, else the
``download_url`` GitHub returns."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from postpad.core.images.secrets import CredentialError, github_token
from postpad.core.images.settings import ImageSettings

TIMEOUT = 120.0


class GitHubUploadError(Exception):
    pass


class GitHubUploader:
    def __init__(self, settings: ImageSettings) -> None:
        self.settings = settings

    def _path(self, file: Path) -> str:
        folder = self.settings.github_path.strip("/")
        name = f"{uuid.uuid4().hex[:8]}-{file.name}"
        return f"{folder}/{name}" if folder else name

    def _put(self, path: str, file: Path, token: str) -> dict[str, Any]:
        api = self.settings.github_api.rstrip("/")
        body: dict[str, str] = {
            "message": f"postpad: upload {file.name}",
            "content": base64.b64encode(file.read_bytes()).decode("ascii"),
        }
        if self.settings.github_branch:
            body["branch"] = self.settings.github_branch
        request = urllib.request.Request(
            f"{api}/repos/{self.settings.github_repo}/contents/{path}",
            data=json.dumps(body).encode("utf-8"), method="PUT",
            headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
                     "Content-Type": "application/json"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                answer: Any = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise GitHubUploadError(f"GitHub answered {exc.code} for {file.name}") from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise GitHubUploadError(f"GitHub did not answer: {exc}") from exc
        return answer if isinstance(answer, dict) else {}

    def upload(self, files: Sequence[Path]) -> list[str]:
        if "/" not in self.settings.github_repo:
            raise GitHubUploadError("set the repository as owner/name")
        try:
            token = github_token(self.settings.github_repo)
        except CredentialError as exc:
            raise GitHubUploadError(str(exc)) from exc
        urls = []
        for file in files:
            path = self._path(file)
            answer = self._put(path, file, token)
            content = answer.get("content")
            download = content.get("download_url") if isinstance(content, dict) else None
            if self.settings.github_url_base:
                urls.append(self.settings.github_url_base.rstrip("/") + "/" + path)
            elif isinstance(download, str):
                urls.append(download)
            else:
                raise GitHubUploadError(f"GitHub gave no URL for {file.name}")
        return urls
