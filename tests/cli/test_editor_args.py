"""The editor's common command lines are read without building argparse's parser (decision
0205), into exactly what the parser gives; everything else still goes through the parser."""

from __future__ import annotations

import pytest

from postpad import cli

PLAIN = [
    [],
    ["post.md"],
    ["a.md", "b.md"],
    ["--new-window", "post.md"],
    ["post.md", "--new-window", "--sample"],
    ["--sample"],
    ["文章.md", ""],
]
OTHER = [["--help"], ["--version"], ["--new"], ["-"], ["--", "-x.md"], ["--install-desktop"]]


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_command_lines_read_as_the_parser_reads_them(argv: list[str]) -> None:
    assert cli._plain_editor_args(argv) == cli._editor_parser().parse_args(argv)


@pytest.mark.parametrize("argv", OTHER)
def test_options_and_dashes_go_to_the_parser(argv: list[str]) -> None:
    assert cli._plain_editor_args(argv) is None


def test_a_plain_start_builds_no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    from postpad.cli import editor

    def no_parser() -> None:
        raise AssertionError("the parser was built")

    seen: list[tuple[list[str], bool]] = []
    monkeypatch.setattr(cli, "_editor_parser", no_parser)
    monkeypatch.setattr(editor, "run", lambda args: seen.append((args.files, args.new_window)) or 0)
    assert cli.main(["--new-window", "post.md"]) == 0
    assert seen == [(["post.md"], True)]
