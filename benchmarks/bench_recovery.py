"""Recovery journal cost: one journal write (encode + write + fsync + rename) per buffer size.

The GUI takes the text on the UI thread (``toPlainText``) and hands the write to a background
thread, so typing never waits for the disk; these figures are what that thread spends. Prints one
JSON line per size and fsync mode:

    {"bench": "recovery_journal", "size": "5MB", "bytes": ..., "fsync": true,
     "write_ms": {"p50": .., "p95": ..}, "read_ms": {"p50": ..}}

Usage: python benchmarks/bench_recovery.py [--sizes 100KB,1MB,5MB] [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from postpad.core.recovery import RecoveryJournal

SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000, "5MB": 5_000_000}
PARAGRAPH = "&ensp;&ensp;&ensp;&ensp;离线写作最大的好处是专注，Postpad keeps every word.\n\n"


def _text(size: int) -> str:
    repeats = size // len(PARAGRAPH.encode("utf-8")) + 1
    return "---\ntitle: 恢复测试\ndate: 2024/6/1\n---\n" + PARAGRAPH * repeats


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100KB,1MB,5MB")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sizes.split(","):
            text = _text(SIZES[name])
            for fsync in (True, False):
                journal = RecoveryJournal(Path(folder) / f"{name}-{fsync}", fsync=fsync)
                writes, reads = [], []
                for i in range(args.repeat):
                    started = time.perf_counter()
                    journal.write("bench", text + str(i), path=Path("/posts/bench.md"))
                    writes.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    journal.read("bench")
                    reads.append((time.perf_counter() - started) * 1000)
                print(
                    json.dumps(
                        {
                            "bench": "recovery_journal",
                            "size": name,
                            "bytes": len(text.encode("utf-8")),
                            "fsync": fsync,
                            "write_ms": _ms(writes),
                            "read_ms": _ms(reads),
                        }
                    )
                )


if __name__ == "__main__":
    main()
