"""The engine's own development server for the real-site preview (issue 14 part 3, decision
0112): ``hexo server --draft``, ``hugo server -D --navigateToChanged``, ``jekyll serve --drafts``,
bound to 127.0.0.1 on a free port, drafts shown, nothing opened in a browser."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from postpad.core.publish.engines import (
    EngineMissingError,
    engine_command,
    has_node_package,
)
from postpad.core.publish.permalink import base_path, post_url_path
from postpad.core.site.model import Site

HOST = "127.0.0.1"


@dataclass(frozen=True)
class ServeCommand:
    argv: tuple[str, ...]
    cwd: Path
    port: int

    @property
    def origin(self) -> str:
        return f"http://{HOST}:{self.port}"


def free_port() -> int:
    """A TCP port nothing listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def port_open(port: int, timeout: float = 0.2) -> bool:
    """Whether a server accepts connections on ``127.0.0.1:port``."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def serve_command(site: Site, port: int) -> ServeCommand:
    """The command that serves ``site`` on ``port``; ``EngineMissingError`` when the engine (or
    Hexo's ``hexo-server`` plugin) is not installed."""
    engine = engine_command(site)
    rules = site.engine_spec.publish
    assert rules is not None  # engine_command raised otherwise
    plugin = rules.serve_plugin
    if plugin and not has_node_package(site.root, plugin):
        raise EngineMissingError(plugin, f"run `npm install {plugin}` in the site")
    values = {"host": HOST, "port": str(port)}
    if any("{base_url}" in arg for arg in rules.serve_args):
        values["base_url"] = f"http://{HOST}:{port}{base_path(site)}/"
    argv = engine(*(arg.format(**values) for arg in rules.serve_args))
    return ServeCommand(argv, site.root, port)


def post_url(site: Site, post: Path, port: int) -> str | None:
    """``http://127.0.0.1:PORT/<permalink>`` for ``post``, or None when the engine serves no
    page for it."""
    path = post_url_path(site, post)
    return None if path is None else f"http://{HOST}:{port}{path}"
