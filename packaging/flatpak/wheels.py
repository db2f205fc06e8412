"""The Python wheels of the Flatpak manifest (decision 0195).

    python packaging/flatpak/wheels.py pin       # re-resolve pyproject's dependencies, rewrite pins
    python packaging/flatpak/wheels.py fetch     # download the pinned wheels, check their sha256,
                                                 # and build Postpad's wheel: build/flatpak/wheels
    python packaging/flatpak/wheels.py flathub   # build/flatpak/<app-id>.flathub.yml with URLs
    python packaging/flatpak/wheels.py check [python3.13]
        # install the fetched wheels as /app would hold them, apply the manifest's cleanup, and
        # run packaging/smoke_test.py on them with that CPython (the runtime's version)

The manifest names each wheel by file name and sha256 only; pip finds them on the index it is set
up to use, and the sha256 makes sure they are the very files that were pinned. Wheels are chosen
for the runtime's CPython (org.kde.Platform 6.10: 3.13) on x86_64.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "packaging" / "flatpak" / "io.github.postpad.Postpad.yml"
WHEELS = ROOT / "build" / "flatpak" / "wheels"
PYTHON = "3.13"
PLATFORMS = (
    "manylinux_2_39_x86_64",
    "manylinux_2_34_x86_64",
    "manylinux_2_28_x86_64",
    "manylinux_2_17_x86_64",
    "manylinux2014_x86_64",
)
BEGIN = "      # BEGIN pinned wheels"
END = "      # END pinned wheels"
ENTRY = re.compile(
    r"- type: file\n\s+path: \.\./\.\./build/flatpak/wheels/(?P<file>\S+\.whl)\n"
    r"\s+sha256: (?P<sha256>[0-9a-f]{64})"
)


def dependencies() -> list[str]:
    """pyproject.toml's runtime requirements."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def pinned(text: str | None = None) -> dict[str, str]:
    """The manifest's pinned wheels: file name -> sha256."""
    text = MANIFEST.read_text(encoding="utf-8") if text is None else text
    block = text[text.index(BEGIN) : text.index(END)]
    return {match["file"]: match["sha256"] for match in ENTRY.finditer(block)}


def _pip(*args: str) -> None:
    # --isolated: the index pip is set up with, without this machine's local wheel folders.
    target = ["--platform", *" --platform ".join(PLATFORMS).split()]
    command = [
        sys.executable,
        "-m",
        "pip",
        "--isolated",
        *args,
        "--only-binary=:all:",
        *target,
        "--python-version",
        PYTHON,
        "--implementation",
        "cp",
        "--abi",
        "cp" + PYTHON.replace(".", ""),
    ]
    subprocess.run(command, check=True)


def resolve() -> list[dict[str, str]]:
    """Every wheel pip installs for the dependencies on the runtime: name, file, url, sha256."""
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "report.json"
        _pip(
            "install",
            "--quiet",
            "--dry-run",
            "--ignore-installed",
            "--target",
            work,
            "--report",
            str(report),
            *dependencies(),
        )
        data = json.loads(report.read_text(encoding="utf-8"))
    wheels = []
    for item in data["install"]:
        info = item["download_info"]
        wheels.append(
            {
                "name": item["metadata"]["name"],
                "version": item["metadata"]["version"],
                "file": info["url"].rsplit("/", 1)[-1],
                "url": info["url"],
                "sha256": info["archive_info"]["hashes"]["sha256"],
            }
        )
    return sorted(wheels, key=lambda wheel: wheel["file"].lower())


def pin() -> int:
    lines = [BEGIN + f": written by `packaging/flatpak/wheels.py pin`; CPython {PYTHON}, x86_64"]
    wheels = resolve()
    for wheel in wheels:
        lines += [
            "      - type: file",
            f"        path: ../../build/flatpak/wheels/{wheel['file']}",
            f"        sha256: {wheel['sha256']}",
        ]
    text = MANIFEST.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END)
    MANIFEST.write_text(text[:start] + "\n".join(lines) + "\n" + text[end:], encoding="utf-8")
    print(f"{MANIFEST.relative_to(ROOT)}: {len(wheels)} wheels pinned")
    return 0


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _requirement(file: str) -> str:
    name, version = file.split("-")[:2]  # wheel names escape '-' in both fields (PEP 427)
    return f"{name}=={version}"


def fetch() -> int:
    WHEELS.mkdir(parents=True, exist_ok=True)
    wanted = pinned()
    missing = [file for file in wanted if not (WHEELS / file).exists()]
    if missing:
        _pip(
            "download",
            "--quiet",
            "--no-deps",
            "--dest",
            str(WHEELS),
            *(_requirement(file) for file in missing),
        )
    for file, sha256 in wanted.items():
        if _sha256(WHEELS / file) != sha256:
            raise SystemExit(f"{file}: sha256 differs from the manifest's pin")
    for old in WHEELS.glob("postpad-*.whl"):
        old.unlink()
    # Build isolation: pyproject's SPDX licence string needs setuptools>=77, newer than a venv's.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(WHEELS),
            str(ROOT),
        ],
        check=True,
    )
    size = sum(path.stat().st_size for path in WHEELS.glob("*.whl"))
    print(
        json.dumps(
            {
                "bench": "flatpak_sources",
                "wheels": len(wanted) + 1,
                "wheels_mb": round(size / 1e6, 1),
            }
        )
    )
    return 0


def flathub() -> int:
    urls = {wheel["file"]: wheel["url"] for wheel in resolve()}
    text = MANIFEST.read_text(encoding="utf-8")
    for file in pinned(text):
        if file not in urls:
            raise SystemExit(f"{file} no longer resolves: run `wheels.py pin` first")
        text = text.replace(f"path: ../../build/flatpak/wheels/{file}", f"url: {urls[file]}")
    out = ROOT / "build" / "flatpak" / MANIFEST.name.replace(".yml", ".flathub.yml")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(out.relative_to(ROOT))
    return 0


SITE = f"/lib/python{PYTHON}/site-packages/"
LAUNCHER = """#!/bin/sh
# What the Flatpak's /app/bin/postpad runs: the pinned wheels after the manifest's cleanup.
QTWEBENGINE_DISABLE_SANDBOX=1 exec {python} -I -c 'import sys; sys.path.insert(0, "{site}")
from postpad.cli import main; sys.exit(main())' "$@"
"""


def _clean(site: Path) -> int:
    """Apply the manifest's cleanup patterns below site-packages; returns how many matched."""
    import yaml  # a Postpad dependency, so in the venv

    removed = 0
    for pattern in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))["cleanup"]:
        if pattern.startswith(SITE):
            hits = list(site.glob(pattern.removeprefix(SITE)))
        elif pattern.startswith("*"):
            hits = list(site.rglob(pattern))
        else:
            continue
        for hit in hits:
            if hit.is_dir() and not hit.is_symlink():
                shutil.rmtree(hit)
            else:
                hit.unlink()
        removed += len(hits)
    return removed


def check(python: str = "python" + PYTHON) -> int:
    app = ROOT / "build" / "flatpak" / "check"
    if app.exists():
        shutil.rmtree(app)
    site = app / "_internal"  # where smoke_test.py's library check looks
    _pip(
        "install",
        "--quiet",
        "--no-index",
        "--no-deps",
        "--no-compile",
        "--target",
        str(site),
        *map(str, sorted(WHEELS.glob("*.whl"))),
    )
    before = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    removed = _clean(site)
    after = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    launcher = app / "postpad"
    launcher.write_text(LAUNCHER.format(python=shutil.which(python) or python, site=site))
    launcher.chmod(0o755)
    print(
        json.dumps(
            {
                "bench": "flatpak_check",
                "installed_mb": round(before / 1e6, 1),
                "after_cleanup_mb": round(after / 1e6, 1),
                "cleanup_matches": removed,
            }
        )
    )
    smoke = ROOT / "packaging" / "smoke_test.py"
    return subprocess.run([sys.executable, str(smoke), str(launcher)], env=os.environ).returncode


def main(argv: list[str]) -> int:
    commands = {"pin": pin, "fetch": fetch, "flathub": flathub}
    if len(argv) >= 2 and argv[1] == "check":
        return check(*argv[2:3])
    if len(argv) != 2 or argv[1] not in commands:
        raise SystemExit(__doc__)
    return commands[argv[1]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
