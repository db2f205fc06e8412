"""``postpad check``: problems the blog engine hides or only reports by failing the build.

One small module per rule; each has ``check(ctx) -> Iterator[Finding]``. ``duplicates`` looks across
all checked posts. ``check_paths`` is what the CLI and the GUI call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from postpad.core.site.check import (
    comments,
    dates,
    duplicates,
    frontmatter_parse,
    hugo_params,
    hugo_refs,
    images,
    jekyll_links,
    key_case,
    keys,
    links,
    liquid_code,
    post_links,
    tabs,
    templates,
    typography,
    yaml11,
)
from postpad.core.site.check.context import Finding, PostContext, Severity
from postpad.core.site.config import ConfigError, load_mapping
from postpad.core.site.detect import detect_site
from postpad.core.site.header import decode_post_bytes
from postpad.core.site.model import MARKDOWN_SUFFIXES, SKIPPED_DIRS, Site

__all__ = ["RULES", "Finding", "PostContext", "Severity", "check_paths", "check_text"]

Rule = Callable[[PostContext], Iterator[Finding]]
#: folders of a non-site tree whose Markdown is not posts (templates, themes, dependencies)
_NOT_POSTS = SKIPPED_DIRS | {"archetypes", "scaffolds"}

RULES: tuple[Rule, ...] = (
    frontmatter_parse.check,
    tabs.check,
    dates.check,
    yaml11.check,
    comments.check,
    keys.check,
    key_case.check,
    images.check,
    links.check,
    post_links.check,
    jekyll_links.check,
    hugo_refs.check,
    hugo_params.check,
    templates.check,
    liquid_code.check,
    typography.check,
)


def check_text(path: Path, text: str, site: Site | None) -> list[Finding]:
    """Per-post findings for ``text`` (``\\n`` line breaks) as if saved at ``path``."""
    ctx = PostContext(path=path, text=text, site=site)
    return _run_rules(ctx)


def _run_rules(ctx: PostContext) -> list[Finding]:
    found: list[Finding] = []
    for rule in RULES:
        found.extend(rule(ctx))
    return found


def _expand(path: Path) -> tuple[list[Path], Site | None]:
    """A folder means its site's posts (or every Markdown file below it when it is no site)."""
    if not path.is_dir():
        return [path], detect_site(path)
    site = detect_site(path)
    if site is not None and path.resolve() == site.root:
        return [p for p, _, _ in site.iter_post_files()], site
    files = sorted(
        p for p in path.rglob("*") if p.suffix in MARKDOWN_SUFFIXES and p.is_file()
        and not any(p.startswith(".") or p in _NOT_POSTS for p in p.relative_to(path).parts)
    )  # fmt: skip
    return files, site


def _config_findings(site: Site) -> Iterator[Finding]:
    if site.config_path is None or site.config_path.suffix not in (
        ".yml",
        ".yaml",
        ".toml",
        ".json",
    ):
        return
    try:  # Hexo's schema is known (js-yaml + js-types: other tags stop Hexo); others: syntax only
        load_mapping(site.config_path, tolerant=not site.engine_spec.check.strict_config)
    except ConfigError as exc:
        # Jekyll (Psych) keeps the last of two equal keys; the others refuse the file.
        psych = site.engine_spec.front_matter.yaml_reader == "psych"
        duplicate = psych and "duplicated mapping key" in exc.message
        yield Finding(
            site.config_path, 1, 1, "warning" if duplicate else "error", "config-parse",
            f"site config: {exc.message}",
        )  # fmt: skip


def check_paths(
    paths: Sequence[Path], progress: Callable[[int, int], None] | None = None
) -> list[Finding]:
    """Check files and folders; findings sorted by path and line."""
    contexts: list[PostContext] = []
    findings: list[Finding] = []
    sites: dict[Path, Site] = {}
    targets: list[tuple[Path, Site | None]] = []
    for path in paths:
        files, site = _expand(Path(path))
        targets.extend((file, detect_site(file) if site is None else site) for file in files)
    for number, (file, site) in enumerate(targets, start=1):
        if site is not None:
            sites.setdefault(site.root, site)
        ctx = _context(file, site, findings)
        if ctx is not None:
            contexts.append(ctx)
            findings.extend(_run_rules(ctx))
        if progress is not None:
            progress(number, len(targets))
    for site in sites.values():
        findings.extend(_config_findings(site))
    findings.extend(duplicates.check_all(contexts))
    return sorted(findings, key=lambda f: (str(f.path), f.line, f.column, f.code))


def _context(file: Path, site: Site | None, findings: list[Finding]) -> PostContext | None:
    try:
        raw = file.read_bytes()
    except OSError as exc:
        findings.append(Finding(file, 1, 1, "error", "unreadable", f"cannot read: {exc.strerror}"))
        return None
    if b"\x00" in raw[:8192]:
        findings.append(Finding(file, 1, 1, "error", "binary", "not a text file"))
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        findings.append(
            Finding(file, line, 1, "error", "not-utf8", "not UTF-8: engines show garbled text")
        )
    return PostContext(path=file, text=decode_post_bytes(raw), site=site)


def summarize(findings: Iterable[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for finding in findings:
        if finding.severity == "error":
            errors += 1
        else:
            warnings += 1
    return errors, warnings
