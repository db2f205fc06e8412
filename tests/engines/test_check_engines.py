"""`postpad check` calls a finding an error only when the real engine trips on it (issue 11,
decision 0047). Each case builds a site with the real Hexo, Hugo or Jekyll and compares: check
reports an error <=> the engine fails the build (Hexo FATAL, Hugo exit 1) or drops the header
(Jekyll "YAML Exception")."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from engine_harness import ENGINES, SITES

from plugin_site import hexo_plugins_site
from postpad.core.site.check import check_paths

pytestmark = pytest.mark.engines


def _need(name: str) -> None:
    reason = ENGINES[name].unavailable()
    if reason:
        pytest.skip(reason)


def _errors(root: Path) -> list[str]:
    return [f.code for f in check_paths([root]) if f.severity == "error"]


def _hexo_site(tmp_path: Path, body: str) -> Path:
    """hexo-plugins with every engine package linked in node_modules beside its own plugin."""
    root = hexo_plugins_site(tmp_path)
    package = root / "package.json"
    data = json.loads(package.read_text("utf-8"))
    for declared in ("hexo-sliding-spoiler", "hexo-static-math", "hexo-include-file"):
        del data["dependencies"][declared]  # declared only: the engine site has no copy
    package.write_text(json.dumps(data), "utf-8")
    for module in (SITES / "hexo" / "node_modules").iterdir():
        if not (root / "node_modules" / module.name).exists():
            (root / "node_modules" / module.name).symlink_to(module)
    for post in (root / "source/_posts").iterdir():
        post.unlink()
    (root / "source/_posts/p.md").write_text(
        f"---\ntitle: p\ndate: 2024-03-05 10:00:00\n---\n{body}\n", "utf-8"
    )
    return root


def _hexo_fails(root: Path) -> bool:
    done = subprocess.run(
        ["node", "node_modules/hexo/bin/hexo", "generate"], cwd=root, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    return done.returncode != 0 or "FATAL" in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("body", "fails"),
    [
        ("{% localbox %}\nx\n{% endlocalbox %} {% localicon a %}", False),
        ("{% quietnote %}\nx\n{% endquietnote %}", False),
        ("{% nosuchtag %}", True),
        ("{% localbox %}\nnever closed", True),
    ],
)
def test_hexo_plugin_and_theme_tags(tmp_path: Path, body: str, fails: bool) -> None:
    _need("hexo")
    root = _hexo_site(tmp_path, body)
    assert _hexo_fails(root) == fails
    assert bool(_errors(root)) == fails, check_paths([root])


def _hugo_site(tmp_path: Path, header: str, body: str = "x", opener: str = "---") -> Path:
    root = tmp_path / "hugo"
    shutil.copytree(SITES / "hugo", root)
    (root / "content/posts").mkdir(parents=True)
    text = f"{opener}\ntitle: a\n{header}\n---\n{body}\n"
    (root / "content/posts/p.md").write_text(text, "utf-8")
    return root


def _hugo_fails(root: Path) -> bool:
    hugo = ENGINES["hugo"].binary()  # type: ignore[attr-defined]
    done = subprocess.run([hugo, "--quiet", "-d", "public"], cwd=root, capture_output=True)
    return done.returncode != 0


@pytest.mark.parametrize(
    "header",
    ['date: "2018-05-22T9:48:00"', 'date: "2018-05-22 9:48:00"', 'date: "22 May 2018"',
     'date: "2018-5-22"', 'date: "2018-05-22T09:48"', 'date: "May 22, 2018"',
     "date: 2020-01-01\ntags:\n\t- x", "date: 2020-01-01\nd: |\n  a\n  \tb",
     "date: 2020-01-01\nt: [a,\n\tb]", "date: 2020-01-01\np:\n  \tq: 1",
     "date: 2020-01-01\np:\n  a: 1\n  \tb: 2", 'date: 2020-01-01\nt: "a\n\tb"'],
)  # fmt: skip
def test_hugo_dates_and_tabs(tmp_path: Path, header: str) -> None:
    _need("hugo")
    root = _hugo_site(tmp_path, header)
    assert bool(_errors(root)) == _hugo_fails(root), check_paths([root])


@pytest.mark.parametrize(
    ("header", "body", "opener"),
    [("date: 2020-01-01", "x", "--- "), ("title: b\ndate: 2020-01-01", "x", "---"),
     ("date: 2020-01-01", "{{< nosuch >}}", "---"),
     ("date: 2020-01-01", "{{< youtube x >}}", "---")],
)  # fmt: skip
def test_hugo_delimiters_keys_shortcodes(
    tmp_path: Path, header: str, body: str, opener: str
) -> None:
    _need("hugo")
    root = _hugo_site(tmp_path, header, body, opener)
    assert bool(_errors(root)) == _hugo_fails(root), check_paths([root])


@pytest.mark.parametrize(
    "header",
    ["tags:\n\t- x", "d: |\n  a\n  \tb", "tags:\n-\tx", "p:\n  \tq: 1", 't: "a\n\tb"',
     "t: a\n  \tb", "title: b"],
)  # fmt: skip
def test_jekyll_tabs(tmp_path: Path, header: str) -> None:
    _need("jekyll")
    root = tmp_path / "jekyll"
    shutil.copytree(SITES / "jekyll", root)
    (root / "_posts").mkdir()
    (root / "_posts/2020-01-01-p.md").write_text(f"---\ntitle: a\n{header}\n---\nx\n", "utf-8")
    done = subprocess.run(["jekyll", "build", "-q"], cwd=root, capture_output=True, text=True)
    refused = done.returncode != 0 or "YAML Exception" in done.stdout + done.stderr
    assert bool(_errors(root)) == refused, check_paths([root])


@pytest.mark.parametrize(
    ("body", "fails"), [("{% nosuch %}", True), ("{% highlight c %}x{% endhighlight %}", False)]
)
def test_jekyll_liquid_tags(tmp_path: Path, body: str, fails: bool) -> None:
    _need("jekyll")
    root = tmp_path / "jekyll"
    shutil.copytree(SITES / "jekyll", root)
    (root / "_posts").mkdir()
    (root / "_posts/2020-01-01-p.md").write_text(f"---\ntitle: a\n---\n{body}\n", "utf-8")
    done = subprocess.run(["jekyll", "build", "-q"], cwd=root, capture_output=True, text=True)
    assert (done.returncode != 0) == fails
    assert bool(_errors(root)) == fails, check_paths([root])


@pytest.mark.parametrize(
    "value",
    ["22/05/2018", "2018-05-22 09:48:00 CST", "2018年5月22日", "2018-13-01", "May 22, 2018"],
)
def test_jekyll_dates(tmp_path: Path, value: str) -> None:
    _need("jekyll")
    root = tmp_path / "jekyll"
    shutil.copytree(SITES / "jekyll", root)
    (root / "_posts").mkdir()
    (root / "_posts/2020-01-01-p.md").write_text(f"---\ntitle: a\ndate: '{value}'\n---\nx\n")
    done = subprocess.run(["jekyll", "build", "-q"], cwd=root, capture_output=True, text=True)
    assert bool(_errors(root)) == (done.returncode != 0), check_paths([root])


YAML_CASES = [
    "title: a: b", "title: [a", 'title: "x" y', "title: @foo", "title: *x", "title: a #b",
    "title: &a x\nother: *a", "title: - a", "tags: [a, b,]", "title: a\n b: c", "title: x\n- y",
    "title: !!str 1", "title: !custom x", "title:a", "title: a\ntitle: b",
]  # fmt: skip


@pytest.mark.parametrize("header", YAML_CASES)
def test_yaml_errors_hugo(tmp_path: Path, header: str) -> None:
    _need("hugo")
    root = tmp_path / "hugo"
    shutil.copytree(SITES / "hugo", root)
    (root / "content/posts").mkdir(parents=True)
    (root / "content/posts/p.md").write_text(f"---\n{header}\ndate: 2020-01-01\n---\nx\n")
    assert bool(_errors(root)) == _hugo_fails(root), check_paths([root])


@pytest.mark.parametrize("header", YAML_CASES)
def test_yaml_errors_jekyll(tmp_path: Path, header: str) -> None:
    _need("jekyll")
    root = tmp_path / "jekyll"
    shutil.copytree(SITES / "jekyll", root)
    (root / "_posts").mkdir()
    (root / "_posts/2020-01-01-p.md").write_text(f"---\n{header}\ndate: 2020-01-01\n---\nx\n")
    done = subprocess.run(["jekyll", "build", "-q"], cwd=root, capture_output=True, text=True)
    log = done.stdout + done.stderr
    # an undefined alias: "could not read file …: Unknown alias", the header is lost (0239)
    refused = done.returncode != 0 or "YAML Exception" in log or "could not read file" in log
    assert bool(_errors(root)) == refused, check_paths([root])


@pytest.mark.parametrize("header", YAML_CASES)
def test_yaml_errors_hexo(tmp_path: Path, header: str) -> None:
    """Hexo drops a post whose header js-yaml refuses ("Process failed", exit 0)."""
    _need("hexo")
    root = ENGINES["hexo"].new_site(tmp_path)
    (root / "source/_posts").mkdir(parents=True, exist_ok=True)
    (root / "source/_posts/p.md").write_text(f"---\n{header}\ndate: 2020-01-01\n---\nx\n")
    done = subprocess.run(
        ["node", "node_modules/hexo/bin/hexo", "generate"], cwd=root, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    log = done.stdout + done.stderr
    dropped = done.returncode != 0 or "Process failed" in log or "FATAL" in log
    assert bool(_errors(root)) == dropped, check_paths([root])
