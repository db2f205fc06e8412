"""Postpad's Chroma interpreter against Chroma's own lexer tests (decision 0165).

Usage: ``python benchmarks/chroma_conformance.py GIT_DIR [TAG]`` with a clone of
github.com/alecthomas/chroma (TAG: the version bundled, v2.27.0). For every
``lexers/testdata/*.actual`` whose lexer Postpad bundles, tokenises it as Hugo does and compares
the coalesced tokens with Chroma's ``.expected`` JSON; prints the figures and each difference.
``--all`` also loads the XML of lexers Postpad does not bundle, from the clone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import PurePosixPath

from postpad.core.render.chroma import registry
from postpad.core.render.chroma.lexer import TokenSource, coalesce, read_lexer
from postpad.core.render.chroma.regex import UntranslatableError


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def lexer_for(entry: registry.Entry, git_dir: str, tag: str, every: bool) -> TokenSource | None:
    found = registry.lexer(entry.name)
    if found is not None or not every or entry.file is not None:
        return found
    for path in git(git_dir, "ls-tree", "--name-only", tag, "lexers/embedded/").split():
        text = git(git_dir, "show", f"{tag}:{path}")
        if f"<name>{entry.name}</name>" in text:
            try:
                return read_lexer(text, lambda name: _lookup(name))
            except UntranslatableError:
                return None
    return None


def _lookup(name: str) -> TokenSource | None:
    entry = registry.find(name)
    return registry.lexer(entry.name) if entry is not None else None


def main(git_dir: str, tag: str, every: bool) -> int:
    files = git(git_dir, "ls-tree", "--name-only", tag, "lexers/testdata/").split()
    same, different, skipped = 0, 0, 0
    for path in sorted(f for f in files if f.endswith(".actual")):
        entry = registry.find(PurePosixPath(path).name.split(".")[0])
        lexer = lexer_for(entry, git_dir, tag, every) if entry is not None else None
        if lexer is None:
            skipped += 1
            continue
        text = git(git_dir, "show", f"{tag}:{path}")
        expected = json.loads(git(git_dir, "show", f"{tag}:{path[:-7]}.expected"))
        want = [(token["type"], token["value"]) for token in expected]
        got = coalesce(lexer.tokens(text))
        if got == want:
            same += 1
            continue
        different += 1
        at = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), 0)
        print(
            f"{entry.name} ({path}) token {at}: Chroma {want[at : at + 2]}, ours {got[at : at + 2]}"
        )
    print(f"chroma {tag}: {same} identical, {different} different, {skipped} without a lexer here")
    return 1 if different else 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--all"]
    sys.exit(
        main(arguments[0], arguments[1] if len(arguments) > 1 else "v2.27.0", "--all" in sys.argv)
    )
