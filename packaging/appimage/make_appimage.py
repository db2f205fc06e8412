"""Build dist/Postpad-x86_64.AppImage from the PyInstaller folder (decision 0194).

    python packaging/appimage/make_appimage.py [dist/postpad] [dist/Postpad-x86_64.AppImage]

1. compiles the type-2 runtime (packaging/appimage/runtime.c) statically against Debian's
   squashfuse and libfuse3 into build/appimage/runtime-x86_64, unless it is up to date, and marks
   it as an AppImage ("AI", 2 at byte 8 of the ELF header);
2. lays out build/appimage/Postpad.AppDir: AppRun, the desktop entry, the icons and the metainfo
   at the places AppImage tools look, and the one-folder build under usr/lib/postpad;
3. packs the AppDir with mksquashfs (zstd) and writes runtime + image, executable.

Prints one JSON line with the sizes and the time each step took.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
APP_ID = "io.github.postpad.Postpad"
BUILD = ROOT / "build" / "appimage"
RUNTIME_SOURCE = HERE / "runtime.c"
RUNTIME = BUILD / "runtime-x86_64"
# Static archives from Debian: libsquashfuse-dev, libfuse3-dev and the compressors squashfuse
# was built with (packaging/appimage/build-deps installs them).
RUNTIME_LIBS = [
    "-lsquashfuse_ll",
    "-lsquashfuse",
    "-lfuse3",
    "-lzstd",
    "-llzma",
    "-llz4",
    "-llzo2",
    "-lz",
    "-lpthread",
    "-ldl",
]
APPRUN = """#!/bin/sh
# AppRun of Postpad's AppImage (decision 0194): the PyInstaller one-folder build in usr/lib.
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/lib/postpad/postpad" "$@"
"""
# zstd level 9 in 128 KiB blocks (decision 0194): 1 MiB blocks save 9 MB but double the time to
# the first preview through FUSE (every page fault in Chromium's 195 MB library decompresses a whole
# block); level 15, mksquashfs' default, is 7x slower to build for 0.5 MB less.
SQUASHFS_OPTIONS = [
    "-root-owned",
    "-noappend",
    "-comp",
    "zstd",
    "-Xcompression-level",
    "9",
    "-b",
    "128K",
    "-quiet",
    "-no-progress",
]


def build_runtime(output: Path = RUNTIME, cc: str = os.environ.get("CC", "gcc")) -> Path:
    """The runtime, compiled when missing or older than its source."""
    if output.exists() and output.stat().st_mtime >= RUNTIME_SOURCE.stat().st_mtime:
        return output
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [
        cc,
        "-Os",
        "-Wall",
        "-Wextra",
        "-static",
        "-ffunction-sections",
        "-fdata-sections",
        "-Wl,--gc-sections",
        "-s",
        "-o",
        str(output),
        str(RUNTIME_SOURCE),
        *RUNTIME_LIBS,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(
            f"compiling the runtime failed (packaging/appimage/build-deps installs "
            f"what it needs):\n{result.stderr}"
        )
    with output.open("r+b") as handle:  # the AppImage type-2 magic in the ELF padding
        handle.seek(8)
        handle.write(b"AI\x02")
    return output


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)  # same file system: no 500 MB copy
    except OSError:
        shutil.copy2(source, target)


def make_appdir(bundle: Path, appdir: Path) -> Path:
    """Lay out the AppDir around the one-folder build; returns it."""
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(
        bundle, appdir / "usr" / "lib" / "postpad", symlinks=True, copy_function=_link_or_copy
    )
    apprun = appdir / "AppRun"
    apprun.write_text(APPRUN, encoding="utf-8")
    apprun.chmod(0o755)
    assets = ROOT / "src" / "postpad" / "assets"
    files = {
        f"{APP_ID}.desktop": assets / "desktop" / f"{APP_ID}.desktop",
        f"usr/share/applications/{APP_ID}.desktop": assets / "desktop" / f"{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.appdata.xml": assets / "desktop" / f"{APP_ID}.metainfo.xml",
        f"{APP_ID}.svg": assets / "icons" / "postpad.svg",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg": assets / "icons" / "postpad.svg",
        ".DirIcon": ROOT / "build" / "icons" / "postpad-256.png",
        f"usr/share/icons/hicolor/256x256/apps/{APP_ID}.png": ROOT
        / "build"
        / "icons"
        / "postpad-256.png",
    }
    for relative, source in files.items():
        target = appdir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return appdir


def make_appimage(runtime: Path, appdir: Path, output: Path) -> None:
    """mksquashfs the AppDir and write runtime + image to ``output``."""
    image = BUILD / "Postpad.squashfs"
    image.unlink(missing_ok=True)
    subprocess.run(["mksquashfs", str(appdir), str(image), *SQUASHFS_OPTIONS], check=True)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    with partial.open("wb") as out:
        for part in (runtime, image):
            with part.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)
    partial.chmod(0o755)
    partial.replace(output)
    image.unlink()


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "postpad"
    output = Path(argv[2]) if len(argv) > 2 else ROOT / "dist" / "Postpad-x86_64.AppImage"
    if not (bundle / "postpad").is_file():
        raise SystemExit(f"{bundle}/postpad is missing: run `make package` first")
    if shutil.which("mksquashfs") is None:
        raise SystemExit("mksquashfs is missing: packaging/appimage/build-deps installs it")
    times: dict[str, float] = {}
    started = time.monotonic()
    runtime = build_runtime()
    times["runtime_seconds"] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    appdir = make_appdir(bundle, BUILD / "Postpad.AppDir")
    times["appdir_seconds"] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    make_appimage(runtime, appdir, output)
    times["squashfs_seconds"] = round(time.monotonic() - started, 1)
    bundle_bytes = sum(
        f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()
    )
    print(
        json.dumps(
            {
                "bench": "appimage",
                "appimage": str(output),
                "appimage_mb": round(output.stat().st_size / 1e6, 1),
                "runtime_kb": round(runtime.stat().st_size / 1e3, 1),
                "bundle_mb": round(bundle_bytes / 1e6, 1),
                **times,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
