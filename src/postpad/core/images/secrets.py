"""Upload credentials in the system keyring, never in the site or the settings file
(decision 0117). Tests set a fake backend with ``keyring.set_keyring``."""

from __future__ import annotations

import json

import keyring
from keyring.errors import KeyringError

SERVICE = "postpad-images"


class CredentialError(Exception):
    """The keyring has no usable credentials for an uploader."""


def save_s3_credentials(profile: str, access_key: str, secret_key: str) -> None:
    payload = json.dumps({"access_key": access_key, "secret_key": secret_key})
    keyring.set_password(SERVICE, f"s3:{profile}", payload)


def s3_credentials(profile: str) -> tuple[str, str]:
    """(access key id, secret) for the S3 profile (the endpoint + bucket)."""
    try:
        stored = keyring.get_password(SERVICE, f"s3:{profile}")
    except KeyringError as exc:
        raise CredentialError(str(exc)) from exc
    try:
        data = json.loads(stored or "")
        return str(data["access_key"]), str(data["secret_key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise CredentialError(f"no S3 credentials for {profile} in the keyring") from exc


def save_github_token(repo: str, token: str) -> None:
    keyring.set_password(SERVICE, f"github:{repo}", token)


def github_token(repo: str) -> str:
    try:
        token = keyring.get_password(SERVICE, f"github:{repo}")
    except KeyringError as exc:
        raise CredentialError(str(exc)) from exc
    if not token:
        raise CredentialError(f"no GitHub token for {repo} in the keyring")
    return token
