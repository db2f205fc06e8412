"""The Flatpak manifest's pinned wheels against pyproject.toml (decision 0195).

The manifest cannot be built where the team works (no Flathub), so these checks keep it honest:
every runtime dependency is pinned by a wheel that satisfies it and runs on the runtime's CPython,
and what the manifest installs is what ``postpad --install-desktop`` installs.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from postpad.cli.desktop import APP_ID, INSTALLED_FILES

ROOT = Path(__file__).resolve().parents[2]
MANIFEST_PATH = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
#: org.kde.Platform 6.10 is built on the freedesktop SDK 25.08, whose Python is 3.13
RUNTIME_PYTHON = (3, 13)


def _manifest() -> dict[str, Any]:
    data = yaml.safe_load(MANIFEST_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _module(name: str) -> dict[str, Any]:
    modules = [module for module in _manifest()["modules"] if module["name"] == name]
    assert len(modules) == 1, name
    return modules[0]


def _pinned_wheels() -> dict[str, tuple[str, str]]:
    """Canonical project name -> (version, sha256) of the dependency module's wheels."""
    pins: dict[str, tuple[str, str]] = {}
    for source in _module("python-dependencies")["sources"]:
        name, version, _build, _tags = parse_wheel_filename(Path(source["path"]).name)
        assert name not in pins, f"{name} pinned twice"
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
        pins[name] = (str(version), source["sha256"])
    return pins


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def _runs_on_runtime(wheel: str) -> bool:
    major, minor = RUNTIME_PYTHON
    cpython = f"cp{major}{minor}"
    for tag in parse_wheel_filename(wheel)[3]:
        platform_ok = tag.platform == "any" or (
            tag.platform.startswith("manylinux") and tag.platform.endswith("_x86_64")
        )
        if tag.interpreter in ("py3", f"py{major}", cpython) and tag.abi in ("none", cpython):
            return platform_ok
        abi3 = re.fullmatch(r"cp3(\d+)", tag.interpreter)
        if tag.abi == "abi3" and abi3 and int(abi3[1]) <= minor:
            return platform_ok
    return False


def test_every_dependency_is_pinned_by_a_wheel_that_satisfies_it() -> None:
    pins = _pinned_wheels()
    for line in _pyproject()["project"]["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{line} has no pinned wheel: run packaging/flatpak/wheels.py pin"
        version = pins[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (line, version)


def test_pinned_wheels_run_on_the_runtime_python() -> None:
    files = [Path(s["path"]).name for s in _module("python-dependencies")["sources"]]
    assert files
    assert [file for file in files if not _runs_on_runtime(file)] == []


def test_cleanup_paths_name_the_runtime_python() -> None:
    major, minor = RUNTIME_PYTHON
    versions = set(re.findall(r"/lib/python(\d+\.\d+)/", MANIFEST_PATH.read_text("utf-8")))
    assert versions == {f"{major}.{minor}"}


def test_wheels_are_pinned_by_name_and_hash_without_a_download_host() -> None:
    for source in _module("python-dependencies")["sources"]:
        assert set(source) == {"type", "path", "sha256"}, source
        assert source["path"].startswith("../../build/flatpak/wheels/")


def test_app_id_and_postpad_wheel_match_the_project() -> None:
    manifest = _manifest()
    assert manifest["app-id"] == APP_ID
    assert manifest["command"] in _pyproject()["project"]["scripts"]
    version = _pyproject()["project"]["version"]
    paths = [source["path"] for source in _module("postpad")["sources"]]
    assert f"../../build/flatpak/wheels/postpad-{version}-py3-none-any.whl" in paths


@pytest.mark.parametrize("installed", sorted(INSTALLED_FILES))
def test_installs_what_install_desktop_installs(installed: str) -> None:
    """Same assets, same places under share/ as ``postpad --install-desktop`` (flatpak exports
    them from /app/share)."""
    asset = INSTALLED_FILES[installed]
    module = _module("postpad")
    sources = {Path(s["path"]).name: s["path"] for s in module["sources"]}
    name = Path(asset).name
    assert name in sources, asset
    assert (MANIFEST_PATH.parent / sources[name]).resolve() == ROOT / "src/postpad/assets" / asset
    commands = "\n".join(module["build-commands"])
    assert f"install -Dm644 {name} ${{FLATPAK_DEST}}/share/{installed}" in commands
