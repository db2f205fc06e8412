"""A Jekyll theme gem's `assets/` is published under `/assets/` (decision 0271): `postpad check`
and the preview find the gem's folder as RubyGems and Bundler do (the version `Gemfile.lock`
pins, else the highest installed; the site's `vendor/bundle` or `BUNDLE_PATH` first, then
`GEM_HOME`/`GEM_PATH` and the usual folders). A theme Postpad cannot read (a gem not
installed, `remote_theme:`) may hold any `/assets/` path: not reported, by check or the window.
The real Jekyll side is tests/engines/test_jekyll_theme_gem_engines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.jekyll_gems import gem_folder

HEADER = "---\ntitle: t\nimage: /assets/cover.png\n---\n"  # body from line 5
BODY = "![a](/assets/icons.svg)\n\n![b](/images/own.png)\n"


@pytest.fixture(autouse=True)
def _no_user_gems(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the gem folders a test makes: no GEM_HOME, a home without gems."""
    monkeypatch.delenv("GEM_PATH", raising=False)
    monkeypatch.setenv("GEM_HOME", str(tmp_path / "gem_home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def _site(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(f"title: x\n{config}", "utf-8")
    return root


def _gem(folder: Path, name: str, files: tuple[str, ...] = ("icons.svg", "cover.png")) -> Path:
    for file in files:
        (folder / name / "assets" / file).parent.mkdir(parents=True, exist_ok=True)
        (folder / name / "assets" / file).write_bytes(b"x")
    return folder / name


def _findings(root: Path) -> tuple[list[str], list[str]]:
    """(check's broken-link and missing-image targets, the window's broken-link targets)."""
    post = root / "_posts" / "2024-01-01-p.md"
    site = detect_site(post)
    found = check_text(post, HEADER + BODY, site)
    checked = [f.data.get("target") or f.data.get("value", "") for f in found
               if f.code in ("broken-link", "missing-image")]  # fmt: skip
    rendered = render(HEADER + BODY, options_for_site(site, post))
    window = [f.data["target"] for f in render_findings(rendered.warnings, post, site)]
    return sorted(checked), sorted(window)


def test_the_gem_in_gem_home_the_highest_version(tmp_path: Path) -> None:
    root = _site(tmp_path, "theme: minimal\n")
    _gem(tmp_path / "gem_home/gems", "minimal-1.2.0", ("other.svg",))
    _gem(tmp_path / "gem_home/gems", "minimal-1.10.0")
    _gem(tmp_path / "gem_home/gems", "minimal-extras-9.0.0", ("icons.svg",))  # another gem
    assert gem_folder(root, "minimal") == tmp_path / "gem_home/gems/minimal-1.10.0"
    assert _findings(root) == (["/images/own.png"], ["/images/own.png"])
    assert (tmp_path / "gem_home/gems/minimal-1.10.0/assets") in {
        folder for _prefix, folder in detect_site(root).image_roots()
    }


def test_the_version_gemfile_lock_pins_in_vendor_bundle(tmp_path: Path) -> None:
    root = _site(tmp_path, "theme: minimal\n")
    (root / "Gemfile.lock").write_text("GEM\n  specs:\n    minimal (1.2.0)\n", "utf-8")
    _gem(root / "vendor/bundle/ruby/3.1.0/gems", "minimal-1.2.0")
    _gem(tmp_path / "gem_home/gems", "minimal-1.10.0", ("other.svg",))
    assert gem_folder(root, "minimal") == root / "vendor/bundle/ruby/3.1.0/gems/minimal-1.2.0"
    assert _findings(root)[0] == ["/images/own.png"]


def test_bundle_path_of_the_sites_bundle_config(tmp_path: Path) -> None:
    root = _site(tmp_path, "theme: minimal\n")
    (root / ".bundle").mkdir()
    (root / ".bundle/config").write_text('---\nBUNDLE_PATH: "gems-here"\n', "utf-8")
    _gem(root / "gems-here/ruby/3.3.0/gems", "minimal-0.1.0")
    assert _findings(root)[0] == ["/images/own.png"]


def test_the_gem_without_the_file_reports_it(tmp_path: Path) -> None:
    root = _site(tmp_path, "theme: minimal\n")
    _gem(tmp_path / "gem_home/gems", "minimal-1.0.0", ("other.svg",))
    expected = ["/assets/cover.png", "/assets/icons.svg", "/images/own.png"]
    assert _findings(root) == (expected, ["/assets/icons.svg", "/images/own.png"])


@pytest.mark.parametrize("config", ["theme: not-installed\n", "remote_theme: owner/theme\n"])
def test_a_theme_postpad_cannot_read_may_hold_assets(tmp_path: Path, config: str) -> None:
    root = _site(tmp_path, config)
    assert _findings(root) == (["/images/own.png"], ["/images/own.png"])


def test_no_theme_reports_them(tmp_path: Path) -> None:
    root = _site(tmp_path, "")
    expected = ["/assets/cover.png", "/assets/icons.svg", "/images/own.png"]
    assert _findings(root)[0] == expected
