"""Command line: ``postpad [FILE ...]`` opens the editor; subcommands work without Qt.

Each subcommand lives in its own module exposing ``configure(parser)`` and ``run(args) -> int``.
The GUI is imported lazily, only when the editor is opened.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from postpad import __version__

#: subcommand name -> (module, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "fm": ("postpad.cli.fm", "read and edit front matter without touching other bytes"),
    "render": ("postpad.cli.render", "render a post to a standalone HTML page"),
    "check": ("postpad.cli.check", "check posts or a whole site for problems the engine hides"),
    "new": ("postpad.cli.new", "create a new post where the site's engine expects it"),
    "publish": ("postpad.cli.publish", "check the site, then build, deploy or push it"),
    "fmt": ("postpad.cli.fmt", "format Markdown tables in place (only table lines change)"),
    "images": ("postpad.cli.images", "make a post's remote images local, or upload local ones"),
    "config": ("postpad.cli.config", "read and change one key of a site or theme config file"),
}


def _subcommand_parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module_name, help_text = SUBCOMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"postpad {name}", description=help_text)
    module.configure(parser)
    return parser, module


def _editor_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  postpad {name:<7} {text}" for name, (_, text) in SUBCOMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="postpad",
        description="Open Markdown posts in the Postpad editor.",
        epilog=f"subcommands (postpad COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"postpad {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="posts to open, one tab each")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample post")
    parser.add_argument(
        "--new-window", action="store_true", help="do not hand files to a running Postpad"
    )
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="install the desktop entry, icon and .md association for this user (Linux)",
    )
    parser.add_argument(
        "--uninstall-desktop", action="store_true", help="remove what --install-desktop installed"
    )
    return parser


#: the editor's flags that take no value: ``postpad [--new-window] [--sample] FILE ...``
_PLAIN_FLAGS = ("--new-window", "--sample")


def _plain_editor_args(args: list[str]) -> argparse.Namespace | None:
    """What the editor parser would return for file names and the plain flags only, without
    building it: its help texts' gettext look-ups are ~7 ms of the start (decision 0205).
    None for anything else (other options, abbreviations, ``-`` or ``--``): argparse then."""
    if any(arg.startswith("-") and arg not in _PLAIN_FLAGS for arg in args):
        return None
    return argparse.Namespace(
        files=[arg for arg in args if arg not in _PLAIN_FLAGS],
        sample="--sample" in args,
        new_window="--new-window" in args,
        install_desktop=False,
        uninstall_desktop=False,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run Postpad with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        parser, module = _subcommand_parser(args_list[0])
        try:
            args = parser.parse_args(args_list[1:])
        except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
            return int(exc.code or 0)
        result: int = module.run(args)  # type: ignore[attr-defined]
        return result
    plain = _plain_editor_args(args_list)
    try:
        args = plain if plain is not None else _editor_parser().parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.install_desktop or args.uninstall_desktop:
        from postpad.cli import desktop

        return desktop.run(args)
    from postpad.cli import editor

    return editor.run(args)
