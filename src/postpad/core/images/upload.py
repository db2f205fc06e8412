"""Upload images to the author's image host (decision 0117): PicGo/PicList's local server, a
command of the author's choice, or S3-compatible storage. Off unless the author asks.

Every uploader takes local files and returns one URL per file, in order, or raises
:class:`UploadError`; nothing is uploaded that the author did not pick.
"""

from __future__ import annotations

import json
import mimetypes
import shlex
import subprocess
import urllib.error
import urllib.request
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from postpad.core.images.github import GitHubUploader, GitHubUploadError
from postpad.core.images.secrets import s3_credentials
from postpad.core.images.settings import ImageSettings

TIMEOUT = 120.0


class UploadError(Exception):
    """An upload failed; the message says why (English; the GUI shows it as given)."""


class Uploader(Protocol):
    def upload(self, files: Sequence[Path]) -> list[str]: ...


class PicGoUploader:
    """PicGo/PicList server: POST ``{"list": [absolute paths]}`` -> ``{"success", "result"}``."""

    def __init__(self, url: str = "http://127.0.0.1:36677/upload") -> None:
        self.url = url

    def upload(self, files: Sequence[Path]) -> list[str]:
        body = json.dumps({"list": [str(f.resolve()) for f in files]}).encode("utf-8")
        request = urllib.request.Request(
            self.url, data=body, method="POST", headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                answer: Any = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise UploadError(f"PicGo at {self.url} did not answer: {exc}") from exc
        urls = answer.get("result") if isinstance(answer, dict) else None
        if not (isinstance(answer, dict) and answer.get("success") is True):
            raise UploadError(f"PicGo refused the upload: {answer.get('message', answer)}")
        if not isinstance(urls, list) or len(urls) != len(files):
            raise UploadError(f"PicGo returned {urls!r} for {len(files)} file(s)")
        return [str(url) for url in urls]


class CommandUploader:
    """``command`` with ``{file}`` replaced by each path; the URL is stdout's last line."""

    def __init__(self, command: str) -> None:
        if "{file}" not in command:
            raise UploadError("the upload command needs {file} where the image path goes")
        self.command = command

    def _one(self, file: Path) -> str:
        argv = [part.replace("{file}", str(file)) for part in shlex.split(self.command)]
        try:
            done = subprocess.run(
                argv, capture_output=True, text=True, timeout=TIMEOUT, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UploadError(f"{argv[0]}: {exc}") from exc
        lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
        if done.returncode != 0 or not lines or "://" not in lines[-1]:
            raise UploadError(f"{argv[0]} exited {done.returncode}: {done.stderr.strip()[-300:]}")
        return lines[-1]

    def upload(self, files: Sequence[Path]) -> list[str]:
        return [self._one(file) for file in files]


class S3Uploader:
    """S3-compatible storage (AWS, R2, MinIO, COS, OSS...) through boto3 (the ``[s3]`` extra)."""

    def __init__(self, settings: ImageSettings) -> None:
        self.settings = settings

    def _client(self) -> Any:
        try:
            import boto3  # type: ignore[import-untyped]
        except ImportError as exc:
            raise UploadError("S3 upload needs boto3: pip install 'postpad[s3]'") from exc
        access, secret = s3_credentials(s3_profile(self.settings))
        return boto3.client(
            "s3", endpoint_url=self.settings.s3_endpoint or None,
            region_name=self.settings.s3_region or None,
            aws_access_key_id=access, aws_secret_access_key=secret,
        )  # fmt: skip

    def _key(self, file: Path) -> str:
        prefix = self.settings.s3_prefix.strip("/")
        name = f"{uuid.uuid4().hex[:8]}-{file.name}"
        return f"{prefix}/{name}" if prefix else name

    def upload(self, files: Sequence[Path]) -> list[str]:
        client, urls = self._client(), []
        base = self.settings.s3_public_url or f"{self.settings.s3_endpoint.rstrip('/')}/" + (
            f"{self.settings.s3_bucket}/"
        )
        for file in files:
            key = self._key(file)
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            try:
                client.upload_file(
                    str(file), self.settings.s3_bucket, key, ExtraArgs={"ContentType": kind}
                )
            except Exception as exc:
                raise UploadError(f"S3 upload of {file.name} failed: {exc}") from exc
            urls.append(base.rstrip("/") + "/" + key)
        return urls


def s3_profile(settings: ImageSettings) -> str:
    """The keyring entry name of an S3 configuration: endpoint and bucket."""
    return f"{settings.s3_endpoint or 'aws'}/{settings.s3_bucket}"


def uploader_for(settings: ImageSettings) -> Uploader | None:
    """The configured uploader, None when upload is off."""
    if settings.uploader == "picgo":
        return PicGoUploader(settings.picgo_url)
    if settings.uploader == "command":
        return CommandUploader(settings.command)
    if settings.uploader == "s3":
        return S3Uploader(settings)
    if settings.uploader == "github":
        return _GitHub(settings)
    return None


class _GitHub:
    """The GitHub uploader with its errors as :class:`UploadError`."""

    def __init__(self, settings: ImageSettings) -> None:
        self.inner = GitHubUploader(settings)

    def upload(self, files: Sequence[Path]) -> list[str]:
        try:
            return self.inner.upload(files)
        except GitHubUploadError as exc:
            raise UploadError(str(exc)) from exc
