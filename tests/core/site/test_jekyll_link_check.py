"""``postpad check`` reports a Jekyll ``{% post_url %}`` or ``{% link %}`` naming nothing (Jekyll
stops the build) as the window's Problems list does: same lines, code, severity and message
(decisions 0245, 0291)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site.check import Finding, check_text
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.detect import detect_site
from postpad.core.site.jekyll_links import CODE

SITE = Path(__file__).parents[2] / "fixtures" / "sites" / "jekyll-links"
POST = SITE / "_posts" / "2015-02-03-links.md"
MISSING = (
    "---\ntitle: t\ntarget: nope.md\n---\n"
    "fine {% post_url 2010-07-21-bee %} {% link about.md %}\n\n"  # line 5
    "[a]({% post_url 2010-07-21-nope %})\n\n"  # 7
    "para\n{% post_url bee %}\n\n"  # 10
    "[b]({% link nope.md %}) [c]({% link /about.md %})\n\n"  # 12
    "```\n{% link gone.md %}\n```\n\n"  # 15: Liquid runs inside code too
    "{% raw %}{% link gone.md %}{% endraw %}\n\n"
    "{% comment %}\n{% link gone.md %}\n{% endcomment %}\n\n"
    "[v]({% link {{ page.target }} %})\n"  # 24: the variable is filled in first
)


def _listed(findings: list[Finding]) -> list[tuple[int, str, str, str]]:
    return sorted((f.line, f.code, f.severity, f.message) for f in findings if f.code == CODE)


def test_check_reports_what_the_window_lists() -> None:
    site = detect_site(POST)
    assert site is not None
    rendered = render(MISSING, options_for_site(site, POST))
    window = _listed(render_findings(rendered.warnings, POST, site))
    checked = _listed(check_text(POST, MISSING, site))
    assert window == checked
    assert [(line, severity) for line, _code, severity, _message in checked] == [
        (7, "error"), (10, "error"), (12, "error"), (12, "error"), (15, "error"), (24, "error"),
    ]  # fmt: skip
    assert checked[0][3] == (
        "{% post_url 2010-07-21-nope %}: no post has this date and name; Jekyll stops the build"
    )
    assert checked[-1][3] == (
        "{% link nope.md %}: no file of the site has this path; Jekyll stops the build"
    )


def test_render_with_liquid_false_runs_no_tag() -> None:
    site = detect_site(POST)
    assert site is not None
    text = "---\ntitle: t\nrender_with_liquid: false\n---\n[a]({% post_url 2010-07-21-nope %})\n"
    assert not _listed(check_text(POST, text, site))


def test_other_engines_are_not_checked(tmp_path: Path) -> None:
    text = "---\ntitle: t\n---\n{% post_url 2010-07-21-nope %}\n"
    assert not _listed(check_text(tmp_path / "a.md", text, None))
