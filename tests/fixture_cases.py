"""Input/expected fixture files in markdown-it-py's style, shared by the tests that patch text.

A case is a title line (``OPERATION [-- description]``), ``.``, the input, ``.``, the expected
text, ``.``; blank lines and ``#`` comment lines between cases are skipped.
"""

from __future__ import annotations

from pathlib import Path

#: (line of the title, operation, input, expected)
RawCase = tuple[int, str, str, str]


def read_raw_cases(path: Path) -> list[RawCase]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[RawCase] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip() or lines[index].startswith("#"):
            index += 1
            continue
        title = index
        assert lines[index + 1] == ".", f"{path.name}:{index + 2}: expected '.'"
        sections: list[str] = []
        index += 2
        for _ in range(2):
            start = index
            while lines[index] != ".":
                index += 1
            sections.append("".join(line + "\n" for line in lines[start:index]))
            index += 1
        operation = lines[title].split(" -- ")[0].strip()
        cases.append((title + 1, operation, sections[0], sections[1]))
    return cases
