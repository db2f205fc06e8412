"""``postpad --install-desktop`` / ``--uninstall-desktop``: the Linux desktop integration.

Installs, for the current user only, the desktop entry (with ``MimeType=text/markdown``), the
AppStream metainfo, the SVG icon and a MIME glob package into ``$XDG_DATA_HOME`` (default
``~/.local/share``), then refreshes the caches with the freedesktop tools that are present. The
entry's ``Exec`` points at the launcher that ran this command, so a venv or PyInstaller build
works without being on ``PATH``. Postpad becomes the default for Markdown only when the user has
no default yet: an install never takes over a choice the user made.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from postpad.core.assets import asset_bytes, asset_text
from postpad.core.atomic import write_atomic

APP_ID = "io.github.postpad.Postpad"
MIME_TYPES = ("text/markdown", "text/x-markdown")

#: installed file (relative to the data home) -> package asset it comes from
INSTALLED_FILES: dict[str, str] = {
    f"applications/{APP_ID}.desktop": f"desktop/{APP_ID}.desktop",
    f"metainfo/{APP_ID}.metainfo.xml": f"desktop/{APP_ID}.metainfo.xml",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg": "icons/postpad.svg",
    f"mime/packages/{APP_ID}.xml": f"desktop/{APP_ID}.mime.xml",
}

Runner = Callable[[Sequence[str]], int]


def data_home(environ: dict[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def launcher_command(
    argv0: str | None = None, which: Callable[[str], str | None] = shutil.which
) -> list[str]:
    """The command that starts this very Postpad (frozen app, console script or ``-m``).

    The ``postpad`` on ``PATH`` wins when it is this same launcher (pipx and ``uv tool`` put a
    link in ``~/.local/bin``): that path survives upgrades, the venv behind it may not.
    """
    if getattr(sys, "frozen", False):
        appimage = os.environ.get("APPIMAGE")  # the AppImage's runtime mounts it anew each run
        if appimage and os.path.isfile(appimage):  # (decision 0194): point at the file itself
            return [os.path.abspath(appimage)]
        return [os.path.abspath(sys.executable)]
    argv0 = argv0 if argv0 is not None else (sys.argv[0] if sys.argv else "")
    on_path = which("postpad")
    if argv0 and Path(argv0).name == "postpad" and Path(argv0).exists():
        if on_path and os.path.realpath(on_path) == os.path.realpath(argv0):
            return [os.path.abspath(on_path)]
        return [os.path.abspath(argv0)]
    if on_path:
        return [os.path.abspath(on_path)]
    return [os.path.abspath(sys.executable), "-m", "postpad"]


def checkout_venv_warning(command: Sequence[str]) -> str | None:
    """A warning when the entry would start Postpad from a source checkout's ``.venv``."""
    for folder in Path(os.path.realpath(command[0])).parents:
        if folder.name == ".venv" and (folder.parent / "pyproject.toml").is_file():
            return (
                f"note: the entry starts Postpad from the source checkout {folder.parent}; "
                "it stops working if that folder moves. For a lasting install use "
                "`pipx install <checkout>` (or `uv tool install <checkout>`) and run "
                "`postpad --install-desktop` again."
            )
    return None


def quote_exec_argument(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (then escape for a string value)."""
    if argument and not re.search(r"[\s\"'\\><~|&;$*?#()`=%]", argument):
        quoted = argument
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry_for(template: str, command: Sequence[str]) -> str:
    """The packaged entry with every ``Exec=postpad ...`` and ``TryExec`` aimed at ``command``."""
    launcher = " ".join(quote_exec_argument(part) for part in command)

    def exec_line(match: re.Match[str]) -> str:
        return f"Exec={launcher}{match.group(1)}"

    text = re.sub(r"^Exec=postpad((?: .*)?)$", exec_line, template, flags=re.MULTILINE)
    return re.sub(r"^TryExec=.*$", f"TryExec={command[0]}", text, flags=re.MULTILINE)


def install(home: Path, command: Sequence[str]) -> list[Path]:
    """Write the integration files below ``home``; returns what was written."""
    written: list[Path] = []
    for relative, source in INSTALLED_FILES.items():
        target = home / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative.startswith("applications/"):
            text = desktop_entry_for(asset_text(source), command)
            _write_atomic(target, text.encode("utf-8"))
        else:
            _write_atomic(target, asset_bytes(source))
        written.append(target)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the files ``install`` wrote; returns what was removed."""
    removed: list[Path] = []
    for relative in INSTALLED_FILES:
        target = home / relative
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def refresh_caches(home: Path, run: Runner, *, set_default: bool) -> list[str]:
    """Run the cache tools that exist; returns a line per tool run, for the user."""
    done: list[str] = []
    steps: list[list[str]] = [
        ["update-desktop-database", "-q", str(home / "applications")],
        ["update-mime-database", str(home / "mime")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ]
    if set_default and shutil.which("xdg-mime") and not _has_default_markdown_app():
        steps.append(["xdg-mime", "default", f"{APP_ID}.desktop", *MIME_TYPES])
    for step in steps:
        if shutil.which(step[0]) is None:
            continue
        status = run(step)
        done.append(f"{' '.join(step[:2])}: {'ok' if status == 0 else f'exit {status}'}")
    return done


def _has_default_markdown_app() -> bool:
    try:
        result = subprocess.run(
            ["xdg-mime", "query", "default", MIME_TYPES[0]],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return True  # unknown: do not take over
    return bool(result.stdout.strip())


def _run_quietly(command: Sequence[str]) -> int:
    try:
        return subprocess.run(
            list(command), capture_output=True, timeout=60, check=False
        ).returncode
    except (OSError, subprocess.TimeoutExpired):
        return -1


def _write_atomic(target: Path, data: bytes) -> None:
    write_atomic(target, data, fsync=False)  # decision 0105


def run(args: argparse.Namespace) -> int:
    """Install or uninstall for the current user; prints what happened."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print(
            "postpad: --install-desktop is for Linux desktops; on Windows and macOS the installer "
            "registers .md files (see packaging/README.md).",
            file=sys.stderr,
        )
        return 2
    home = data_home()
    if getattr(args, "uninstall_desktop", False):
        for path in uninstall(home):
            print(f"removed {path}")
        for line in refresh_caches(home, _run_quietly, set_default=False):
            print(line)
        return 0
    command = launcher_command()
    for path in install(home, command):
        print(f"installed {path}")
    for line in refresh_caches(home, _run_quietly, set_default=True):
        print(line)
    print(f"Postpad opens .md and .markdown files; launcher: {' '.join(command)}")
    warning = checkout_venv_warning(command)
    if warning:
        print(warning, file=sys.stderr)
    return 0
