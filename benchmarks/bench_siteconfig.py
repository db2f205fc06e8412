"""Config form (issue 15.6): the minimal-diff patcher over real config files.

For each file (the real Butterfly ``_config.yml`` from npm when installed, and every site and
theme config in tests/corpus): a no-op edit must give identical text; then every leaf key the
file sets is changed on its own (bool flipped, number + 1, text + "x", item appended to a list)
and every key the schema lists but the file lacks is added. Printed per file and in total:
edits made, refused (and why), edits whose diff is one run of lines, changed lines, and the
median time of one edit. Lists of mappings are counted apart: they are rewritten whole.

Usage: python benchmarks/bench_siteconfig.py [FILE ...]
"""

from __future__ import annotations

import difflib
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from postpad.core.errors import FrontMatterError
from postpad.core.site import detect_site
from postpad.core.siteconfig import (
    Entry,
    config_kind,
    entries_for,
    get_value,
    read_values,
    schema_for,
    set_value,
)
from postpad.core.siteconfig.compare import same_tree
from postpad.core.textfile import read_text_file

ROOT = Path(__file__).resolve().parents[1]
BUTTERFLY = (
    ROOT / "tests/engines/sites/hexo-butterfly/node_modules/hexo-theme-butterfly/_config.yml"
)
CONFIG_NAMES = ("_config*.yml", "hugo.*", "config.toml", "config.yaml")


def default_files() -> list[Path]:
    files = [BUTTERFLY] if BUTTERFLY.is_file() else []
    for pattern in CONFIG_NAMES:
        files.extend(sorted((ROOT / "tests" / "corpus").glob(f"*/*/site/{pattern}")))
    return files


def changed(value: object) -> object | None:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str) or value is None:
        return f"{value or ''}x"
    if isinstance(value, list):
        return [*value, "x"]
    return None


def diff_stats(before: str, after: str) -> tuple[int, int]:
    """(runs of changed lines, changed lines)."""
    matcher = difflib.SequenceMatcher(None, before.split("\n"), after.split("\n"), autojunk=False)
    groups = list(matcher.get_grouped_opcodes(0))
    lines = sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )
    return len(groups), lines


def measure(path: Path, totals: Counter[str], times: list[float], why: Counter[str]) -> str:
    text = read_text_file(path).text
    try:
        site = detect_site(path)
    except (OSError, ValueError):
        site = None
    kind = config_kind(path, site)
    if kind is None:
        return f"{path}: not a config"
    schema = schema_for(kind, read_values(text, kind))
    entries = entries_for(text, kind, schema)
    counts: Counter[str] = Counter()
    first = next((e for e in entries if e.present), None)
    if first is not None:
        counts["noop_identical"] += set_value(text, kind, first.path, first.value) == text
    for entry in entries:
        _edit(text, kind, entry, counts, times, why)
    totals.update(counts)
    return (
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {kind.engine}/"
        f"{kind.role} edits={counts['edits']} one_run={counts['one_run']} "
        f"lines={counts['lines']} refused={counts['refused']} list_of_maps={counts['whole']} "
        f"added={counts['added']}/{counts['added'] + counts['add_refused']}"
    )


def _edit(
    text: str,
    kind: object,
    entry: Entry,
    counts: Counter[str],
    times: list[float],
    why: Counter[str],
) -> None:
    value = entry.value if entry.present else entry.field.default
    new = changed(value) if entry.present else (value if value is not None else "x")
    if new is None or (isinstance(value, list) and any(isinstance(i, dict) for i in value)):
        counts["whole" if entry.present else "skipped"] += 1
        return
    started = time.perf_counter()
    try:
        result = set_value(text, kind, entry.path, new)  # type: ignore[arg-type]
    except FrontMatterError as error:
        counts["refused" if entry.present else "add_refused"] += 1
        why[error.message.split("(")[0][:60]] += 1
        return
    times.append(time.perf_counter() - started)
    found, read_back = get_value(result, kind, entry.path)  # type: ignore[arg-type]
    assert found, entry.path
    assert same_tree(read_back, new), entry.path
    runs, lines = diff_stats(text, result)
    if entry.present:
        counts["edits"] += 1
        counts["one_run"] += runs == 1
        counts["lines"] += lines
    else:
        counts["added"] += 1


def main(argv: list[str]) -> int:
    files = [Path(arg).resolve() for arg in argv] or default_files()
    totals: Counter[str] = Counter()
    why: Counter[str] = Counter()
    times: list[float] = []
    for path in files:
        print(measure(path, totals, times, why))
    print(
        f"total: files={len(files)} noop_identical={totals['noop_identical']} "
        f"edits={totals['edits']} one_run={totals['one_run']} "
        f"changed_lines_per_edit={totals['lines'] / max(totals['edits'], 1):.2f} "
        f"refused={totals['refused']} list_of_maps_rewritten={totals['whole']} "
        f"added={totals['added']} add_refused={totals['add_refused']}"
    )
    if times:
        median, worst = statistics.median(times) * 1000, max(times) * 1000
        print(f"one edit: median {median:.1f} ms, max {worst:.1f} ms")
    for reason, count in why.most_common():
        print(f"  refused {count}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
