"""``postpad publish [SITE] [--dry-run]``: check the site, then publish it the engine's way.

Runs ``postpad check`` on the whole site first: any error stops here with the list (exit 1);
warnings are printed and publishing goes on. Then the plan's steps run with their output shown
(``postpad.core.publish``); the first failing step stops the run with its exit status and undoes
the run's commit. ``--dry-run`` checks and prints the steps without running them. Exit status: 0
published (or the dry run found nothing blocking), 1 check errors or a failed step, 2 usage or a
plan that cannot run here (engine missing, no repository, no remote), 130 cancelled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postpad.core.publish.plan import Problem, PublishPlan, plan_publish
from postpad.core.publish.runner import check_gate, run_plan
from postpad.core.site.detect import detect_site

PROBLEMS = {
    "engine-missing": "the engine is not installed here: {detail}",
    "deployer-missing": "Hexo's deploy: section needs {detail}: run `npm install {detail}`",
    "not-a-repo": "the site is not a git repository: there is nowhere to push it",
    "no-remote": "the repository has no remote to push to (git remote add origin URL)",
    "git": "git: {detail}",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "site", nargs="?", default=".", metavar="SITE", help="the site folder (default: here)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check and print the steps without running them"
    )


def describe_problem(problem: Problem) -> str:
    return PROBLEMS[problem.code].format(detail=problem.detail.strip())


def _print_plan(plan: PublishPlan) -> None:
    print(f"publish {plan.site.root} ({plan.site.engine}, {plan.route}):")
    for number, step in enumerate(plan.steps, start=1):
        print(f"  {number}. {step.describe()}")
        for path in step.paths:
            print(f"       {path}")


def _gate(site_root: Path) -> int | None:
    site = detect_site(site_root)
    if site is None:
        print(
            f"postpad publish: {site_root}: not inside a Hexo, Hugo or Jekyll site", file=sys.stderr
        )
        return 2
    findings, errors, warnings = check_gate(site)
    for f in findings:
        print(f"{f.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.code}]")
    print(f"check: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    if errors:
        print("postpad publish: fix the errors above first; nothing was published", file=sys.stderr)
        return 1
    return None


def run(args: argparse.Namespace) -> int:
    root = Path(args.site)
    if not root.exists():
        print(f"postpad publish: {root}: no such folder", file=sys.stderr)
        return 2
    stopped = _gate(root)
    if stopped is not None:
        return stopped
    site = detect_site(root)
    assert site is not None
    plan = plan_publish(site)
    _print_plan(plan)
    for problem in plan.problems:
        print(f"postpad publish: {describe_problem(problem)}", file=sys.stderr)
    if plan.problems:
        return 2
    if args.dry_run:
        print("dry run: nothing was run", file=sys.stderr)
        return 0
    try:
        outcome = run_plan(plan, lambda line: print(line, flush=True))
    except KeyboardInterrupt:
        return 130
    if outcome.status == "done":
        print("published", file=sys.stderr)
        return 0
    step = plan.steps[outcome.failed_step or 0].describe()
    print(f"postpad publish: `{step}` failed (exit status {outcome.code})", file=sys.stderr)
    return 1
