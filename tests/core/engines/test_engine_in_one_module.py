"""A new engine is one module (decision 0160, issue 13).

The module below is the only thing written: it lands in a folder added to the engines package's
search path, the way the registry finds every engine module. Nothing else in Postpad names
"bloggo", yet detection, the config, new posts, ``postpad check``, the front-matter rules,
publishing and serving all follow its data.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from postpad.core import engines
from postpad.core.frontmatter import engine_rules
from postpad.core.frontmatter.dates import default_date_text
from postpad.core.publish.plan import plan_publish
from postpad.core.publish.serve import serve_command
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.model import Site
from postpad.core.site.newpost import plan_new_post
from vcs_repos import git, git_identity

__all__ = ["git_identity"]

ENGINE_MODULE = '''
"""Bloggo: a made-up engine for the one-module test."""

from postpad.core.engines.parts import (
    CheckRules, ConfigKeys, DateStyle, FrontMatterRules, Marker, Program, PublishRules,
)
from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="bloggo",
    display_name="Bloggo",
    post_folders=("notes",),
    new_post_sections=("notes",),
    image_folder="media",
    image_prefix="/media/",
    config=ConfigKeys(settings=(("timezone", "zone"), ("theme", "look"))),
    front_matter=FrontMatterRules(key_case="fold", leading="none", yaml_reader="go-yaml"),
    dates=DateStyle(time_separator=" ", zone_separator=" ", zone_style="+0800"),
    detect=(Marker(15, ("bloggo.toml",)),),
    publish=PublishRules(
        Program("bloggo", "install Bloggo", install_url="https://bloggo.example/"),
        serve_args=("serve", "--listen", "{host}:{port}"),
        build_before_push=True,
    ),
    check=CheckRules(bad_date="Bloggo stops the build", tab_refusal="Bloggo drops the post"),
)
'''


def _forget() -> None:
    engines._registry.cache_clear()
    engine_rules.rules_for.cache_clear()
    sys.modules.pop("postpad.core.engines.bloggo", None)


@pytest.fixture
def bloggo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    extra = tmp_path / "more_engines"
    extra.mkdir()
    (extra / "bloggo.py").write_text(ENGINE_MODULE, encoding="utf-8")
    monkeypatch.setattr(engines, "__path__", [*engines.__path__, str(extra)])
    _forget()
    yield
    monkeypatch.undo()
    _forget()


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    (root / "notes").mkdir(parents=True)
    (root / "bloggo.toml").write_text('zone = "Asia/Tokyo"\nlook = "paper"\n', "utf-8")
    (root / "notes" / "first.md").write_text("---\ntitle: First\n---\nHello.\n", "utf-8")
    return root


def _site(site_dir: Path) -> Site:
    site = detect_site(site_dir / "notes" / "first.md")
    assert site is not None
    return site


def test_the_registry_lists_it(bloggo: None) -> None:
    assert "bloggo" in engines.engine_names()
    assert engines.engine_for("bloggo").display_name == "Bloggo"


def test_without_the_module_the_folder_is_no_site(site_dir: Path) -> None:
    assert detect_site(site_dir / "notes" / "first.md") is None


def test_detection_and_config(bloggo: None, site_dir: Path) -> None:
    site = _site(site_dir)
    assert (site.engine, site.root) == ("bloggo", site_dir)
    assert site.config_path == site_dir / "bloggo.toml"
    assert (site.config.timezone, site.theme) == ("Asia/Tokyo", "paper")
    assert [path for path, _, _ in site.iter_post_files()] == [site_dir / "notes" / "first.md"]


def test_new_post_goes_to_its_section_with_its_images(bloggo: None, site_dir: Path) -> None:
    site = _site(site_dir)
    now = dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.UTC)
    plan = plan_new_post(site, "Hello World", slug_style="unicode", now=now)
    assert plan.path == site_dir / "notes" / "hello-world.md"
    assert plan.text.startswith("---\ntitle: Hello World\ndate: 2024-06-01T19:00:00+09:00\n")
    assert site.engine_spec.image_folder == "media"


def test_front_matter_rules_and_dates(bloggo: None) -> None:
    assert engine_rules.lookup({"Title": "A"}, "title", "bloggo") == "A"  # keys fold, like Hugo
    moment = dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert default_date_text(moment, "bloggo") == "2024-06-01 10:00:00 +0800"


def test_check_follows_its_rules(bloggo: None, site_dir: Path) -> None:
    site = _site(site_dir)
    post = site_dir / "notes" / "first.md"
    findings = check_text(post, "---\ntitle: A\ndate: someday\ntags:\n\t- x\n---\nBody\n", site)
    messages = {finding.code: finding.message for finding in findings}
    assert "Bloggo stops the build" in messages["unreadable-date"]
    assert "Bloggo drops the post" in messages["yaml-tab"]


def _program(folder: Path) -> None:
    folder.mkdir()
    program = folder / "bloggo"
    program.write_text("#!/bin/sh\nexit 0\n", "utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)


def test_publish_plan_builds_then_pushes(
    bloggo: None, site_dir: Path, tmp_path: Path, git_identity: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    site = _site(site_dir)
    missing = plan_publish(site)
    assert ("engine-missing", "install Bloggo") in [(p.code, p.detail) for p in missing.problems]
    _program(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(tmp_path / "remote.git"))
    git(site_dir, "init", "-q", "-b", "main")
    git(site_dir, "remote", "add", "origin", str(tmp_path / "remote.git"))
    plan = plan_publish(site)
    assert plan.ready, plan.problems
    assert [step.kind for step in plan.steps] == ["run", "commit", "push"]
    assert plan.steps[0].argv == (str(tmp_path / "bin" / "bloggo"),)
    serve = serve_command(site, 8123)
    assert serve.argv == (str(tmp_path / "bin" / "bloggo"), "serve", "--listen", "127.0.0.1:8123")
