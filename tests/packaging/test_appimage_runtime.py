"""Postpad's AppImage runtime (packaging/appimage/runtime.c, decision 0194) on a tiny AppImage.

Needs what ``packaging/appimage/build-deps`` installs (gcc, mksquashfs, Debian's static
squashfuse and libfuse3); skipped without them. The FUSE case also needs a usable /dev/fuse.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATIC_LIBS = ("libsquashfuse_ll.a", "libsquashfuse.a", "libfuse3.a", "libzstd.a")
APPRUN = """#!/bin/sh
printf '%s\\n' "$@" > "$OUT"
printf 'APPIMAGE=%s\\nAPPDIR=%s\\nARGV0=%s\\n' "$APPIMAGE" "$APPDIR" "$ARGV0" >> "$OUT"
cat "$APPDIR/data/hello.txt" >> "$OUT"
readlink "$APPDIR/link" >> "$OUT"
exit 7
"""


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("gcc", "mksquashfs") if shutil.which(tool) is None]
    libdir = Path("/usr/lib/x86_64-linux-gnu")
    return missing + [lib for lib in STATIC_LIBS if not (libdir / lib).exists()]


pytestmark = pytest.mark.skipif(
    bool(_missing_tools()),
    reason=f"packaging/appimage/build-deps not installed: {_missing_tools()}",
)


def _make_appimage_module() -> ModuleType:
    path = ROOT / "packaging" / "appimage" / "make_appimage.py"
    spec = importlib.util.spec_from_file_location("make_appimage", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def appimage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("appimage")
    runtime = _make_appimage_module().build_runtime(work / "runtime")
    appdir = work / "AppDir"
    (appdir / "data").mkdir(parents=True)
    (appdir / "AppRun").write_text(APPRUN)
    (appdir / "AppRun").chmod(0o755)
    (appdir / "data" / "hello.txt").write_text("hello from the image\n")
    (appdir / "link").symlink_to("data/hello.txt")
    image = work / "image.squashfs"
    subprocess.run(
        [
            "mksquashfs",
            str(appdir),
            str(image),
            "-root-owned",
            "-noappend",
            "-comp",
            "zstd",
            "-quiet",
            "-no-progress",
        ],
        check=True,
    )
    out = work / "Test.AppImage"
    out.write_bytes(runtime.read_bytes() + image.read_bytes())
    out.chmod(0o755)
    return out


def _run(appimage: Path, *args: str, tmp: Path, **env: str) -> tuple[int, str]:
    out = tmp / "out.txt"
    environ = {**os.environ, "OUT": str(out), "TMPDIR": str(tmp), **env}
    result = subprocess.run(
        [str(appimage), *args], env=environ, cwd=tmp, capture_output=True, text=True, timeout=60
    )
    text = out.read_text() if out.exists() else result.stderr
    return result.returncode, text


def test_header_marks_an_appimage_type_2_and_offset_is_the_elf_end(appimage: Path) -> None:
    data = appimage.read_bytes()
    assert data[:4] == b"\x7fELF"
    assert data[8:11] == b"AI\x02"
    offset = subprocess.run(
        [str(appimage), "--appimage-offset"], capture_output=True, text=True, check=True
    ).stdout
    assert data[int(offset) : int(offset) + 4] == b"hsqs"  # the SquashFS superblock magic


def test_extract_and_run_passes_arguments_environment_and_exit_status(
    appimage: Path, tmp_path: Path
) -> None:
    status, out = _run(appimage, "--appimage-extract-and-run", "a", "b c", tmp=tmp_path)
    lines = out.splitlines()
    assert status == 7
    assert lines[:2] == ["a", "b c"]
    assert f"APPIMAGE={appimage}" in lines
    appdir = next(line for line in lines if line.startswith("APPDIR="))
    assert appdir.startswith(f"APPDIR={tmp_path}/appimage_extracted_")
    assert lines[-2:] == ["hello from the image", "data/hello.txt"]
    assert list(tmp_path.glob("appimage_extracted_*")) == []  # deleted after the run


def test_extract_and_run_keeps_the_copy_with_no_cleanup(appimage: Path, tmp_path: Path) -> None:
    status, _out = _run(appimage, "--appimage-extract-and-run", tmp=tmp_path, NO_CLEANUP="1")
    assert status == 7
    assert len(list(tmp_path.glob("appimage_extracted_*"))) == 1


def test_extract_writes_squashfs_root(appimage: Path, tmp_path: Path) -> None:
    subprocess.run([str(appimage), "--appimage-extract"], cwd=tmp_path, check=True)
    root = tmp_path / "squashfs-root"
    assert (root / "data" / "hello.txt").read_text() == "hello from the image\n"
    assert os.readlink(root / "link") == "data/hello.txt"
    assert stat.S_IMODE((root / "AppRun").stat().st_mode) == 0o755


def test_fuse_mount_runs_apprun_and_unmounts(appimage: Path, tmp_path: Path) -> None:
    if not os.path.exists("/dev/fuse") or shutil.which("fusermount3") is None:
        pytest.skip("no FUSE here")
    status, out = _run(appimage, "x", tmp=tmp_path)
    if status == 1 and "cannot mount" in out:
        pytest.skip("FUSE is not usable here")
    assert status == 7
    assert out.splitlines()[0] == "x"
    assert f"APPDIR={tmp_path}/.mount_" in out
    assert "hello from the image" in out
    for _ in range(50):  # the mount helper exits just after AppRun
        if not list(tmp_path.glob(".mount_*")):
            break
        subprocess.run(["sleep", "0.1"], check=True)
    assert list(tmp_path.glob(".mount_*")) == []
