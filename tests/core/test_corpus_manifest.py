"""The real-post corpus manifests (tests/corpus/<engine>/<owner>--<repo>/SOURCE.toml).

Every site must say where its files come from and under which licence, and every file in `site/`
must be byte-identical to the blob recorded for it: the git blob sha1 is computed here, so a file
re-encoded, re-wrapped or stripped of its CRLF by an editor or a checkout fails. Layout and rules:
tests/corpus/README.md.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tomllib
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ENGINES = ("hexo", "hugo", "jekyll")
ALLOWED_LICENCES = frozenset(
    {
        "MIT",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "Apache-2.0",
        "ISC",
        "CC0-1.0",
        "Unlicense",
        "CC-BY-3.0",
        "CC-BY-4.0",
        "CC-BY-SA-3.0",
        "CC-BY-SA-4.0",
    }
)
STRING_KEYS = (
    "repo",
    "commit",
    "licence",
    "licence_file",
    "engine",
    "theme",
    "site_root",
    "selection",
)
HEX40 = re.compile(r"[0-9a-f]{40}")


def blob_sha1(data: bytes) -> str:
    """What `git hash-object` prints for a file holding `data`."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def manifests() -> list[Path]:
    return sorted(CORPUS.glob("*/*/SOURCE.toml"))


def check_site(folder: Path) -> list[str]:
    """Problems with one site folder; an empty list when its manifest and files agree."""
    try:
        source = tomllib.loads((folder / "SOURCE.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        return [f"SOURCE.toml unreadable: {error}"]
    problems = _check_keys(folder, source)
    files = source.get("files")
    if not isinstance(files, list) or not files:
        return [*problems, "files: no [[files]] entries"]
    return problems + _check_files(folder / "site", files)


def _check_keys(folder: Path, source: dict[str, object]) -> list[str]:
    problems = [
        f"{key}: missing or not a string"
        for key in STRING_KEYS
        if not isinstance(source.get(key), str)
    ]
    if problems:
        return problems
    repo, engine = str(source["repo"]), str(source["engine"])
    if repo.replace("/", "--") != folder.name or repo.count("/") != 1:
        problems.append(f"repo {repo!r} does not match the folder name {folder.name!r}")
    if engine not in ENGINES or engine != folder.parent.name:
        problems.append(f"engine {engine!r} does not match the folder {folder.parent.name!r}")
    if not HEX40.fullmatch(str(source["commit"])):
        problems.append(f"commit {source['commit']!r} is not a 40-hex commit id")
    if source["licence"] not in ALLOWED_LICENCES:
        problems.append(f"licence {source['licence']!r} is not one the corpus accepts")
    if not str(source["licence_file"]).strip() or not str(source["selection"]).strip():
        problems.append("licence_file and selection must say something")
    return problems


def _check_files(site: Path, files: list[object]) -> list[str]:
    problems: list[str] = []
    listed: set[str] = set()
    for entry in files:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            problems.append(f"files: entry without a path: {entry!r}")
            continue
        path = entry["path"]
        if path in listed or path.startswith("/") or ".." in Path(path).parts:
            problems.append(f"{path}: duplicate or not a plain relative path")
            continue
        listed.add(path)
        problems += _check_file(site / path, path, entry.get("sha1"))
    on_disk = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    problems += [
        f"{path}: in site/ but not listed in SOURCE.toml" for path in sorted(on_disk - listed)
    ]
    return problems


def _check_file(file: Path, path: str, sha1: object) -> list[str]:
    if not isinstance(sha1, str) or not HEX40.fullmatch(sha1):
        return [f"{path}: sha1 {sha1!r} is not a 40-hex blob id"]
    if not file.is_file():
        return [f"{path}: listed but missing from site/"]
    actual = blob_sha1(file.read_bytes())
    return [] if actual == sha1 else [f"{path}: blob {actual} differs from the recorded {sha1}"]


def test_the_corpus_has_sites() -> None:
    assert manifests(), f"no SOURCE.toml under {CORPUS}"


@pytest.mark.parametrize(
    "manifest", manifests(), ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}"
)
def test_site_matches_its_manifest(manifest: Path) -> None:
    assert check_site(manifest.parent) == []


def test_blob_sha1_is_gits() -> None:
    # `printf 'hello\n' | git hash-object --stdin`
    assert blob_sha1(b"hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a"


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of the first corpus site, to break in the tests below."""
    original = manifests()[0].parent
    copy = tmp_path / original.parent.name / original.name
    shutil.copytree(original, copy)
    return copy


def _first_post(folder: Path) -> Path:
    source = tomllib.loads((folder / "SOURCE.toml").read_text(encoding="utf-8"))
    paths = [str(entry["path"]) for entry in source["files"]]
    return folder / "site" / next(p for p in paths if p.endswith((".md", ".markdown")))


def test_a_changed_byte_is_caught(site_copy: Path) -> None:
    assert check_site(site_copy) == []
    post = _first_post(site_copy)
    post.write_bytes(post.read_bytes().replace(b"\n", b"\r\n", 1))
    assert any("differs from the recorded" in p for p in check_site(site_copy))


def test_an_unlisted_post_is_caught(site_copy: Path) -> None:
    (_first_post(site_copy).parent / "extra-post.md").write_text(
        "---\ntitle: x\n---\n", encoding="utf-8"
    )
    assert any("not listed in SOURCE.toml" in p for p in check_site(site_copy))


def test_a_missing_file_is_caught(site_copy: Path) -> None:
    _first_post(site_copy).unlink()
    assert any("missing from site/" in p for p in check_site(site_copy))


def test_a_licence_outside_the_list_is_caught(site_copy: Path) -> None:
    manifest = site_copy / "SOURCE.toml"
    text = manifest.read_text(encoding="utf-8")
    licence = tomllib.loads(text)["licence"]
    manifest.write_text(
        text.replace(f'licence = "{licence}"', 'licence = "CC-BY-NC-SA-4.0"', 1), encoding="utf-8"
    )
    assert any("is not one the corpus accepts" in p for p in check_site(site_copy))


def test_a_missing_key_is_caught(site_copy: Path) -> None:
    manifest = site_copy / "SOURCE.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text(
        "".join(line for line in lines if not line.startswith("commit =")), encoding="utf-8"
    )
    assert "commit: missing or not a string" in check_site(site_copy)
