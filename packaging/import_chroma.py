"""Copy Chroma's lexer and style data into ``src/postpad/assets/chroma`` (decision 0165).

Usage: ``python packaging/import_chroma.py GIT_DIR TAG`` where GIT_DIR is a clone of
github.com/alecthomas/chroma and TAG the version Hugo's go.mod names (Hugo 0.168: v2.27.0).
Writes the XML of the languages in ``LANGUAGES`` (and of the lexers they delegate to), every
style, Chroma's licence, and ``index.json``: every lexer Chroma registers, in its registry's
order, with its names, file patterns, priority and content analyser (``guessSyntax``), and which
bundled file holds its rules.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).parents[1] / "src" / "postpad" / "assets" / "chroma"
#: Chroma lexer files bundled: the corpus's languages and the common blogging ones.
LANGUAGES = str.split(
    "apacheconf awk bash bash_session batchfile c c# c++ clojure cmake css dart diff docker"
    " elixir erlang fish go_template graphql groovy haskell hcl html ini java javascript json"
    " julia kotlin makefile matlab mysql nginx_configuration_file objective-c perl php plaintext"
    " postgresql_sql_dialect powershell properties protocol_buffer python python_2 r react ruby"
    " rust sass scala scss sql swift systemd terraform tex toml typescript viml vue xml yaml zig"
    " solidity csv coffeescript django_jinja handlebars nix ocaml fsharp"
    " verilog vhdl nasm gdscript3"
)
#: Lexers written in Go rather than XML, restated in ``render/chroma/``: ``golang.py``,
#: ``markdown.py``.
PORTED = {"Go": "go", "markdown": "markdown"}


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def config_entry(config: ET.Element, file: str | None) -> dict[str, object]:
    analyse = config.find("analyse")
    return {
        "name": config.findtext("name"),
        "aliases": [a.text for a in config.findall("alias")],
        "filenames": [f.text for f in config.findall("filename")],
        "alias_filenames": [f.text for f in config.findall("alias_filename")],
        "priority": float(config.findtext("priority") or 0),
        "analyse": None
        if analyse is None
        else {
            "first": analyse.get("first") == "true",
            "regexes": [[r.get("pattern"), float(r.get("score", 0))] for r in analyse],
        },
        "file": file,
    }


_GO_CONFIG = re.compile(r"&(?:chroma\.)?Config\{(.*?)\n\s*\}", re.S)


def go_entries(git_dir: str, tag: str) -> list[dict[str, object]]:
    """Lexers registered from Go code (name, aliases, filenames read from their Config)."""
    entries = []
    files = git(git_dir, "ls-tree", "--name-only", tag, "lexers/").split()
    for path in sorted(f for f in files if f.endswith(".go") and not f.endswith("_test.go")):
        for body in _GO_CONFIG.findall(git(git_dir, "show", f"{tag}:{path}")):
            name = re.search(r'Name:\s*"([^"]+)"', body)
            if name is None or name[1] == "fallback":  # lexers.Fallback is not registered
                continue

            def strings(key: str, text: str = body) -> list[str]:
                found = re.search(key + r":\s*\[\]string\{([^}]*)\}", text)
                return re.findall(r'"([^"]*)"', found[1]) if found else []

            priority = re.search(r"Priority:\s*([-\d.]+)", body)
            entries.append(
                {
                    "name": name[1],
                    "aliases": strings("Aliases"),
                    "filenames": strings("Filenames"),
                    "alias_filenames": strings("AliasFilenames"),
                    "priority": float(priority[1]) if priority else 0.0,
                    "analyse": None,
                    "file": PORTED.get(name[1]),
                }
            )
    return entries


def main(git_dir: str, tag: str) -> None:
    (OUT / "lexers").mkdir(parents=True, exist_ok=True)
    (OUT / "styles").mkdir(parents=True, exist_ok=True)
    index: list[dict[str, object]] = []
    wanted = {f"{name}.xml" for name in LANGUAGES}
    paths = git(git_dir, "ls-tree", "--name-only", tag, "lexers/embedded/").split()
    texts = {Path(p).name: git(git_dir, "show", f"{tag}:{p}") for p in sorted(paths)}
    for file, text in texts.items():
        config = ET.fromstring(re.sub(r'(state="[^"]*")(\s+state="[^"]*")+', r"\1", text))
        index.append(config_entry(config.find("config"), file if file in wanted else None))  # type: ignore[arg-type]
    for entry in go_entries(git_dir, tag):
        same = [i for i, e in enumerate(index) if e["name"] == entry["name"]]
        if same:  # a Go file re-registers an XML lexer: it keeps its place
            index[same[0]] = {**index[same[0]], **{k: v for k, v in entry.items() if v}}
        else:
            index.append(entry)
    for file in sorted(wanted & texts.keys()):
        (OUT / "lexers" / file).write_text(texts[file], encoding="utf-8")
    for path in git(git_dir, "ls-tree", "--name-only", tag, "styles/").split():
        if path.endswith(".xml"):
            (OUT / "styles" / Path(path).name).write_text(
                git(git_dir, "show", f"{tag}:{path}"), encoding="utf-8"
            )
    (OUT / "COPYING").write_text(git(git_dir, "show", f"{tag}:COPYING"), encoding="utf-8")
    commit = git(git_dir, "rev-parse", f"{tag}^{{commit}}").strip()
    document = {"chroma": tag, "commit": commit, "lexers": index}
    (OUT / "index.json").write_text(json.dumps(document, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
