"""Everything measured on one corpus site, in one pass: used by test_corpus.py and fidelity.py.

Per site: one round trip per post; one build of the unedited posts (preview comparison, `postpad
check` verification, and the "before" of every edit); one build per edit kind with every post
edited. Time: a few seconds per build (tests/engines/corpus_report.py `SiteReport.seconds`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from corpus_edits import (
    EDITS,
    EditOutcome,
    applicable,
    edit_file,
    engine_field,
    expected_check,
    key_lookup,
    outside_key,
    round_trip,
    site_zone,
)
from corpus_engine import SiteBuild, build_site, config_trips, site_settings
from corpus_preview import PreviewOutcome, compare_post, postpad_preview
from corpus_sites import CorpusSite
from engine_harness import MISSING

TIMED_OUT = 124  # engine_harness.run's exit code for a build that took too long
#: edit-kind builds run at once (POSTPAD_CORPUS_JOBS; default: the machine's cores, at most 6)
JOBS = int(os.environ.get("POSTPAD_CORPUS_JOBS") or min(6, os.cpu_count() or 1))


@dataclass(frozen=True)
class CheckOutcome:
    post: str
    code: str
    line: int
    message: str
    real: bool
    why: str


@dataclass
class SiteReport:
    site: CorpusSite
    round_trips: dict[str, str | None] = field(default_factory=dict)  # post -> why not identical
    edits: list[EditOutcome] = field(default_factory=list)
    previews: list[PreviewOutcome] = field(default_factory=list)
    not_compared: dict[str, str] = field(default_factory=dict)  # post -> why no preview compare
    checks: list[CheckOutcome] = field(default_factory=list)
    #: posts the engine failed on or dropped with no error from `postpad check` on them
    check_missed: dict[str, str] = field(default_factory=dict)
    baseline: SiteBuild | None = None
    seconds: float = 0.0

    def edit_counts(self) -> Counter[str]:
        return Counter(outcome.status for outcome in self.edits)


def measure_site(
    site: CorpusSite, parts: tuple[str, ...] = ("edits", "preview", "check")
) -> SiteReport:
    started = time.monotonic()
    report = SiteReport(site)
    with tempfile.TemporaryDirectory(prefix=f"corpus-{site.engine}-") as temp:
        where = Path(temp)
        for post in site.posts:
            report.round_trips[post] = round_trip(site.path(post), where)
        texts = {post: site.path(post).read_bytes() for post in site.posts}
        baseline = build_site(site, where / "baseline", texts)
        report.baseline = baseline
        # The edit-kind builds run side by side (the engines are subprocesses) while this thread
        # renders the previews and runs `postpad check`.
        kinds = EDITS if "edits" in parts else ()
        with ThreadPoolExecutor(max_workers=JOBS) as pool:
            edits = pool.map(lambda edit: _edits(site, edit, baseline, where / edit), kinds)
            if "preview" in parts:
                _previews(report, baseline)
            if "check" in parts:
                report.checks = verify_check(site, baseline)
                report.check_missed = missed_by_check(site, baseline, report.checks)
            for outcomes in edits:
                report.edits.extend(outcomes)
    report.seconds = time.monotonic() - started
    return report


def _previews(report: SiteReport, baseline: SiteBuild) -> None:
    site = report.site
    for post in site.posts:
        read = baseline.read(post)
        if post in baseline.failed:
            report.not_compared[post] = f"the engine failed on it: {baseline.failed[post]}"
        elif read is None:
            report.not_compared[post] = "the engine dropped it"
        elif not read.body_html.strip() and read.draft:
            report.not_compared[post] = "unpublished: the engine writes no page"
        else:
            try:
                ours = postpad_preview(site.root, site.path(post))
            except Exception as exc:
                ours = f"<p>postpad crashed: {type(exc).__name__}: {exc}</p>"
            report.previews.append(compare_post(site.id, post, ours, read.body_html))


def _edits(site: CorpusSite, edit: str, baseline: SiteBuild, where: Path) -> list[EditOutcome]:
    zone = site_zone(site_settings(site), site.engine)
    copies = where / "posts"
    number = {post: index for index, post in enumerate(site.posts, start=1)}.__getitem__
    outcomes: dict[str, EditOutcome] = {}
    texts: dict[str, bytes] = {}
    for post in site.posts:
        before = baseline.read(post)
        skip = applicable(edit, site.engine, before)
        if skip:
            outcomes[post] = EditOutcome(site.id, post, edit, "n/a", skip)
            continue
        copy = copies / post
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(site.path(post), copy)
        try:
            old, new, key = edit_file(copy, edit, site.engine, before, zone, number(post))
        except Exception as exc:
            outcomes[post] = EditOutcome(
                site.id, post, edit, "refused", f"{type(exc).__name__}: {exc}"
            )
            continue
        texts[post] = copy.read_bytes()
        stray = outside_key(old, new, key, site.engine)
        if stray:
            outcomes[post] = EditOutcome(site.id, post, edit, "outside-key", stray)
    for post in site.posts:  # unedited posts stay, so links between posts resolve as before
        texts.setdefault(post, site.path(post).read_bytes())
    built = build_site(site, where / "site", texts)
    timed_out = built.returncode == TIMED_OUT
    for post in site.posts:
        if post in outcomes:
            continue
        if timed_out:  # says nothing about the edit
            outcomes[post] = EditOutcome(site.id, post, edit, "n/a", "the build timed out")
            continue
        before, after = baseline.read(post), built.read(post)
        assert before is not None
        if after is None:
            why = built.failed.get(post, "the engine no longer reads the post")
            outcomes[post] = EditOutcome(site.id, post, edit, "dropped", why)
            continue
        wrong = expected_check(edit, site.engine, before, zone, number(post))(after)
        status = "lost" if wrong else "ok"
        outcomes[post] = EditOutcome(site.id, post, edit, status, wrong or "")
    return [outcomes[post] for post in site.posts]


def verify_check(site: CorpusSite, baseline: SiteBuild) -> list[CheckOutcome]:
    """Each error `postpad check` reports on the site, and whether the engine really trips on it
    (the build stops or the post fails to render, or the engine drops the post)."""
    from postpad.core.site.check import check_paths

    root = site.root.resolve()
    outcomes = []
    config_failure: dict[str, str | None] = {}
    for finding in check_paths([site.root]):
        if finding.severity != "error":
            continue
        try:
            post = str(finding.path.resolve().relative_to(root))
        except ValueError:
            post = str(finding.path)
        if post in baseline.failed:
            real, why = True, f"the engine failed on it: {baseline.failed[post]}"
        elif post in site.posts and baseline.read(post) is None:
            real, why = True, "the engine dropped the post"
        elif (changed := value_changed(site, post, baseline, finding.data.get("key"))) is not None:
            real, why = True, changed
        elif (failed := _build_failed_naming(baseline, finding.data.get("name"))) is not None:
            real, why = True, failed
        elif post in site.configs:
            if post not in config_failure:
                with tempfile.TemporaryDirectory(prefix="corpus-config-") as temp:
                    config_failure[post] = config_trips(site, Path(temp))
            failure = config_failure[post]
            real, why = failure is not None, failure or "the engine loads the config"
        elif post not in site.posts:
            real, why = False, "not a corpus file"
        else:
            real, why = False, "the engine read and rendered the post"
        outcomes.append(CheckOutcome(post, finding.code, finding.line, finding.message, real, why))
    return outcomes


def _build_failed_naming(baseline: SiteBuild, name: str | None) -> str | None:
    """The build failed with an error that names ``name`` but no file (Hugo's ``errorf`` in an
    embedded shortcode), so no post could be set aside: the finding on it is real."""
    if baseline.returncode == 0 or not name:
        return None
    for line in baseline.log.splitlines():
        if "ERROR" in line and f'"{name}"' in line:
            return f"the build failed: {line.strip()[:200]}"
    return None


def value_changed(site: CorpusSite, post: str, baseline: SiteBuild, key: str | None) -> str | None:
    """How the engine's value of a finding's key differs from the post's text (None: it does
    not, or it cannot be told): "a value changes" makes an error real."""
    from postpad.core.frontmatter import read_fields
    from postpad.core.textfile import read_text_file

    read = baseline.read(post)
    if not key or read is None or post not in site.posts:
        return None
    try:
        fields = read_fields(read_text_file(site.path(post)).text, engine=site.engine)
    except Exception:
        return None
    mine = key_lookup(fields, key, site.engine)
    if mine is MISSING:
        return None
    if key == "title":
        theirs: object = read.title
    elif key == "tags":
        theirs = list(read.tags)
    elif key == "draft":
        theirs = read.draft
    elif site.engine != "jekyll":
        theirs = engine_field(read, site.engine, key)
    else:
        return None
    if _comparable(mine) == _comparable(theirs):
        return None
    return f"the engine reads {key} as {theirs!r}, the post says {mine!r}"


def _comparable(value: object) -> object:
    if isinstance(value, list | tuple):
        return sorted(str(item) for item in value)
    if value is None or value is MISSING:
        return None
    return str(value)


def missed_by_check(
    site: CorpusSite, baseline: SiteBuild, checks: list[CheckOutcome]
) -> dict[str, str]:
    flagged = {outcome.post for outcome in checks}
    missed = {}
    for post in site.posts:
        if post in flagged:
            continue
        if post in baseline.failed:
            missed[post] = baseline.failed[post]
        elif baseline.read(post) is None:
            missed[post] = "the engine dropped it"
    return missed
