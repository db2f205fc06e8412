"""Desktop integration files and ``postpad --install-desktop`` / ``--uninstall-desktop``."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from postpad.cli import desktop, main
from postpad.core.assets import asset_bytes

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "io.github.postpad.Postpad"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG desktops")


def _entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def _validate_desktop(path: Path) -> None:
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "error" not in result.stdout.lower(), result.stdout
    entry = _entry(path)["Desktop Entry"]  # the structural check always runs too
    assert entry["Type"] == "Application"
    assert entry["MimeType"].split(";")[:2] == ["text/markdown", "text/x-markdown"]
    assert entry["Exec"].endswith(" %F")
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_desktop_entry_is_valid() -> None:
    _validate_desktop(DESKTOP_FILE)
    assert "new-window" in _entry(DESKTOP_FILE)["Desktop Entry"]["Actions"]


def test_metainfo_is_valid() -> None:
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    media = {m.text for m in root.iter("mediatype")}
    assert media == {"text/markdown", "text/x-markdown"}


def test_mime_package_declares_md_and_markdown_globs() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME_XML).getroot()
    globs = {g.get("pattern") for g in root.findall("m:mime-type/m:glob", ns)}
    assert {"*.md", "*.markdown"} <= globs


def test_icon_master_and_runtime_copy_are_the_same_svg() -> None:
    master = (ROOT / "resources" / "icons" / "postpad.svg").read_bytes()
    assert asset_bytes("icons/postpad.svg") == master
    assert ET.fromstring(master).tag == "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("name", [DESKTOP_FILE.name, METAINFO.name, MIME_XML.name])
def test_packaged_copies_match_resources(name: str) -> None:
    assert asset_bytes(f"desktop/{name}") == (LINUX / name).read_bytes()


def test_exec_arguments_are_quoted_per_spec() -> None:
    assert desktop.quote_exec_argument("/usr/bin/postpad") == "/usr/bin/postpad"
    assert desktop.quote_exec_argument("/home/me/My Apps/postpad") == '"/home/me/My Apps/postpad"'
    # inside quotes: \" \` \$ \\ ; then every backslash doubled for the string value
    assert desktop.quote_exec_argument('/a$b"c') == '"/a\\\\$b\\\\"c"'
    assert desktop.quote_exec_argument("/100%/p") == '"/100%%/p"'


def test_entry_exec_lines_point_at_the_launcher() -> None:
    text = desktop.desktop_entry_for(DESKTOP_FILE.read_text(encoding="utf-8"), ["/opt/pp/postpad"])
    entry = _entry_from_text(text)
    assert entry["Desktop Entry"]["Exec"] == "/opt/pp/postpad %F"
    assert entry["Desktop Entry"]["TryExec"] == "/opt/pp/postpad"
    assert entry["Desktop Action new-window"]["Exec"] == "/opt/pp/postpad --new-window"


def _entry_from_text(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_data_home_follows_xdg() -> None:
    assert desktop.data_home({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}) == Path("/x/share")
    assert desktop.data_home({"XDG_DATA_HOME": "relative", "HOME": "/h"}) == Path("/h/.local/share")


@linux_only
def test_install_then_uninstall_in_a_temporary_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["--install-desktop"]) == 0
    out = capsys.readouterr().out
    installed = home / "applications" / f"{APP_ID}.desktop"
    assert f"installed {installed}" in out
    _validate_desktop(installed)
    launcher = _entry(installed)["Desktop Entry"]["TryExec"]
    assert Path(launcher).is_absolute()
    assert Path(launcher).exists()
    for relative in desktop.INSTALLED_FILES:
        assert (home / relative).is_file(), relative
    if shutil.which("update-mime-database"):
        globs = (home / "mime" / "globs2").read_text(encoding="utf-8")
        assert "text/markdown:*.markdown" in globs
    assert main(["--uninstall-desktop"]) == 0
    for relative in desktop.INSTALLED_FILES:
        assert not (home / relative).exists(), relative


@linux_only
def test_cache_tools_run_only_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(desktop.shutil, "which", lambda name: None)
    assert (
        desktop.refresh_caches(tmp_path, lambda c: calls.append(list(c)) or 0, set_default=True)
        == []
    )
    assert calls == []
    monkeypatch.setattr(desktop.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(desktop, "_has_default_markdown_app", lambda: False)
    lines = desktop.refresh_caches(tmp_path, lambda c: calls.append(list(c)) or 0, set_default=True)
    assert [c[0] for c in calls] == [
        "update-desktop-database",
        "update-mime-database",
        "gtk-update-icon-cache",
        "xdg-mime",
    ]
    assert calls[-1] == ["xdg-mime", "default", f"{APP_ID}.desktop", *desktop.MIME_TYPES]
    assert len(lines) == 4


@linux_only
def test_an_existing_default_app_is_not_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(desktop.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(desktop, "_has_default_markdown_app", lambda: True)
    desktop.refresh_caches(tmp_path, lambda c: calls.append(list(c)) or 0, set_default=True)
    assert "xdg-mime" not in [c[0] for c in calls]


def test_launcher_prefers_the_postpad_on_path_when_it_is_this_launcher(tmp_path: Path) -> None:
    """pipx/uv tool: ~/.local/bin/postpad links into a venv that an upgrade may replace."""
    from postpad.cli.desktop import launcher_command

    venv_script = tmp_path / "pipx" / "venvs" / "postpad" / "bin" / "postpad"
    venv_script.parent.mkdir(parents=True)
    venv_script.write_text("#!/bin/sh\n")
    link = tmp_path / "bin" / "postpad"
    link.parent.mkdir()
    link.symlink_to(venv_script)
    assert launcher_command(str(link), lambda _name: str(link)) == [str(link)]
    assert launcher_command(str(venv_script), lambda _name: str(link)) == [str(link)]
    other = tmp_path / "other" / "postpad"
    other.parent.mkdir()
    other.write_text("#!/bin/sh\n")
    assert launcher_command(str(venv_script), lambda _name: str(other)) == [str(venv_script)]


def test_launcher_of_an_appimage_is_the_appimage_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frozen app inside an AppImage runs from a mount that changes every start (0194)."""
    from postpad.cli.desktop import launcher_command

    image = tmp_path / "Postpad-x86_64.AppImage"
    image.write_bytes(b"\x7fELF")
    inside = "/tmp/.mount_Postpa1234/usr/lib/postpad/postpad"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", inside)
    monkeypatch.setenv("APPIMAGE", str(image))
    assert launcher_command() == [str(image)]
    monkeypatch.delenv("APPIMAGE")
    assert launcher_command() == [inside]


def test_install_from_a_checkout_venv_warns(tmp_path: Path) -> None:
    from postpad.cli.desktop import checkout_venv_warning

    (tmp_path / "pyproject.toml").write_text("[project]\n")
    script = tmp_path / ".venv" / "bin" / "postpad"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    warning = checkout_venv_warning([str(script)])
    assert warning is not None
    assert "pipx install" in warning
    installed = tmp_path / "home" / ".local" / "bin" / "postpad"
    installed.parent.mkdir(parents=True)
    installed.write_text("#!/bin/sh\n")
    assert checkout_venv_warning([str(installed)]) is None


def test_failed_install_leaves_old_files_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through core/atomic.py (decision 0105): the old entry stays whole, no temp file is left."""
    import errno
    import os

    home = tmp_path / "share"
    written = desktop.install(home, ["/usr/bin/postpad"])
    before = {path: path.read_bytes() for path in written}

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        desktop.install(home, ["/opt/other/postpad"])
    monkeypatch.undo()
    assert {path: path.read_bytes() for path in written} == before
    files = sorted(p.name for p in home.rglob("*") if p.is_file())
    assert files == sorted(p.name for p in written)
