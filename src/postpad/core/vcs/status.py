"""Parse ``git status --porcelain=v2 --branch -z`` (git-status(1), "Porcelain Format Version 2").

Paths come back exactly as git wrote them (``-z``: no quoting), relative to the repository root.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: one-letter marks the site panel shows, by state
MARKS = {
    "modified": "M",
    "added": "A",
    "deleted": "D",
    "renamed": "R",
    "untracked": "?",
    "conflicted": "!",
    "ignored": "",
}


@dataclass(frozen=True)
class FileStatus:
    """One changed path. ``state``: modified, added, deleted, renamed, untracked, conflicted,
    ignored. ``staged``/``unstaged`` say where the change is (index or work tree)."""

    path: str
    state: str
    staged: bool = False
    unstaged: bool = False
    original: str | None = None  # a rename's source path

    @property
    def mark(self) -> str:
        return MARKS.get(self.state, "")


@dataclass(frozen=True)
class RepoStatus:
    """The branch header and the changed files of one ``git status`` run."""

    branch: str | None = None  # None: detached HEAD
    upstream: str | None = None
    ahead: int = 0
    behind: int = 0
    files: tuple[FileStatus, ...] = field(default_factory=tuple)

    def by_path(self) -> dict[str, FileStatus]:
        return {f.path: f for f in self.files}

    @property
    def conflicted(self) -> list[str]:
        return [f.path for f in self.files if f.state == "conflicted"]


def _state(xy: str) -> str:
    """The state a two-letter ``XY`` code shows (index letter first, then work tree)."""
    if "D" in xy:
        return "deleted"
    if "A" in xy:
        return "added"
    if "R" in xy or "C" in xy:
        return "renamed"
    return "modified"


def _changed(xy: str, path: str, original: str | None = None) -> FileStatus:
    state = "renamed" if original is not None else _state(xy)
    return FileStatus(path, state, xy[0] != ".", xy[1] != ".", original)


def _branch_line(line: str, values: dict[str, object]) -> None:
    key, _, value = line[2:].partition(" ")
    if key == "branch.head":
        values["branch"] = None if value == "(detached)" else value
    elif key == "branch.upstream":
        values["upstream"] = value
    elif key == "branch.ab":
        ahead, behind = value.split()
        values["ahead"], values["behind"] = int(ahead), abs(int(behind))


def parse_porcelain_v2(output: str) -> RepoStatus:
    """Read the NUL-separated records of ``git status --porcelain=v2 --branch -z``."""
    records = output.split("\0")
    values: dict[str, object] = {}
    files: list[FileStatus] = []
    position = 0
    while position < len(records):
        record = records[position]
        position += 1
        if not record:
            continue
        kind = record[0]
        if kind == "#":
            _branch_line(record, values)
        elif kind == "1":  # 1 XY sub mH mI mW hH hI path
            parts = record.split(" ", 8)
            files.append(_changed(parts[1], parts[8]))
        elif kind == "2":  # 2 XY sub mH mI mW hH hI Xscore path, then the original path
            parts = record.split(" ", 9)
            files.append(_changed(parts[1], parts[9], records[position]))
            position += 1
        elif kind == "u":  # u XY sub m1 m2 m3 mW h1 h2 h3 path
            files.append(FileStatus(record.split(" ", 10)[10], "conflicted", True, True))
        elif kind in "?!":
            state = "untracked" if kind == "?" else "ignored"
            files.append(FileStatus(record[2:], state, False, True))
    return RepoStatus(files=tuple(files), **values)  # type: ignore[arg-type]
