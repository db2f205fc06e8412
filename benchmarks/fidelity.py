"""Preview fidelity per engine: how many corpus constructs Postpad renders as the engine does.

Builds the construct corpus (tests/engines/corpus/constructs.txt) once with each real engine
that is installed (make test-engines installs them), renders the same constructs with Postpad's
engine profiles, and compares the two after normalising whitespace, attribute order and
character references. Prints one JSON line per engine:

    {"engine": "hexo", "version": "...", "constructs": 29, "identical": 21, "score": 0.724,
     "different": ["fenced-code", ...]}

Usage: python benchmarks/fidelity.py [ENGINE ...] [--diff]
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
from pathlib import Path

ENGINE_TESTS = Path(__file__).resolve().parents[1] / "tests" / "engines"
sys.path.insert(0, str(ENGINE_TESTS))

from engine_harness import ENGINES  # noqa: E402
from fidelity_kit import compare, engine_snippets, load_corpus  # noqa: E402


def measure(name: str, show_diff: bool) -> dict[str, object]:
    engine = ENGINES[name]
    reason = engine.unavailable()
    if reason:
        return {"engine": name, "skipped": reason}
    try:
        from postpad.core.render import RenderOptions, render  # noqa: F401
    except ImportError as exc:
        return {"engine": name, "skipped": f"postpad.core.render is not available: {exc}"}
    constructs = load_corpus()
    with tempfile.TemporaryDirectory(prefix=f"fidelity-{name}-") as where:
        theirs = engine_snippets(name, constructs, Path(where))
    results = compare(name, theirs, constructs)
    different = [r.construct for r in results if not r.identical]
    if show_diff:
        for r in results:
            if not r.identical:
                lines = difflib.unified_diff(
                    (r.engine_html or "(engine refused it)").splitlines(),
                    r.postpad.splitlines(),
                    f"{name}/{r.construct} (engine)",
                    "postpad",
                    lineterm="",
                )
                print("\n".join(lines), file=sys.stderr)
    identical = len(results) - len(different)
    return {
        "engine": name,
        "version": engine.version(),
        "constructs": len(results),
        "identical": identical,
        "score": round(identical / len(results), 3) if results else None,
        "different": different,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engines", nargs="*", help=f"default: {' '.join(ENGINES)}")
    parser.add_argument("--diff", action="store_true", help="print each difference to stderr")
    args = parser.parse_args(argv)
    unknown = set(args.engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(sorted(unknown))}")
    for name in args.engines or ENGINES:
        print(json.dumps(measure(name, args.diff), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
