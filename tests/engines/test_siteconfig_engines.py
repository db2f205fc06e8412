"""The config form against the real engines and the real Butterfly theme:

* the curated defaults are the ones Hexo 8 (``lib/hexo/default_config``), hexo-renderer-marked
  and Hugo (``hugo config``) really use;
* over the real Butterfly ``_config.yml`` (npm package, installed by install_engines.sh) every
  key's edit reads back, touches one run of lines, and an untouched file stays byte-identical;
  its schema lists the theme's keys with their defaults;
* Hexo reads the edited ``_config.butterfly.yml`` as Postpad says it will.
"""

from __future__ import annotations

import difflib
import json
import subprocess
from pathlib import Path

import pytest
from engine_harness import ENGINES, SITES

from conftest import require_engine
from postpad.core.siteconfig import (
    ConfigKind,
    get_value,
    hexo_keys,
    hugo_keys,
    read_values,
    set_value,
)
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.paths import lookup
from postpad.core.siteconfig.theme_defaults import schema_from_defaults

pytestmark = pytest.mark.engines

BUTTERFLY = SITES / "hexo-butterfly" / "node_modules" / "hexo-theme-butterfly" / "_config.yml"
HEXO_MODULES = SITES / "hexo" / "node_modules"
YAML = ConfigKind("hexo", "theme", "yaml", "butterfly")
TOML = ConfigKind("hugo", "site", "toml")


def _node_json(script: str) -> dict[str, object]:
    out = subprocess.run(
        ["node", "-e", script], cwd=SITES / "hexo", capture_output=True, text=True, check=True
    ).stdout
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_hexo_curated_defaults_are_hexos_own() -> None:
    require_engine("hexo")
    hexo = _node_json("console.log(JSON.stringify(require('hexo/dist/hexo/default_config')))")
    marked = _node_json(
        "const hexo={config:{},extend:{renderer:{register(){}},filter:{register(){}}}};"
        "global.hexo=hexo; require('hexo-renderer-marked');"
        "console.log(JSON.stringify(hexo.config.marked))"
    )
    compared = 0
    for field in hexo_keys.FIELDS:
        if field.path[0] == "marked":
            found, value = lookup(marked, field.path[1:])
        else:
            found, value = lookup(hexo, field.path)
        assert found, field.path
        assert same_tree(field.default, value), (field.path, field.default, value)
        compared += 1
    assert compared == len(hexo_keys.FIELDS)


def test_hugo_curated_defaults_are_hugos_own(tmp_path: Path) -> None:
    require_engine("hugo")
    binary = ENGINES["hugo"].binary()  # type: ignore[attr-defined]
    (tmp_path / "hugo.toml").write_text('title = ""\n', encoding="utf-8")
    out = subprocess.run(
        [binary, "config", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    config = json.loads(out[out.index("{") :])
    for field in hugo_keys.FIELDS:
        if field.path == ("baseURL",):
            continue  # `hugo config` prints a placeholder URL for a site without one
        found, value = lookup(config, tuple(part.lower() for part in field.path))
        if not found:  # `hugo config` leaves out false, 0, "" and empty values
            value = {bool: False, int: 0, str: "", dict: {}}[type(field.default)]
        assert same_tree(field.default, value), (field.path, field.default, value)


def _butterfly_text() -> str:
    if not BUTTERFLY.is_file():
        pytest.skip("hexo-theme-butterfly is not installed (tests/engines/install_engines.sh)")
    return BUTTERFLY.read_text(encoding="utf-8")


def _changed(value: object) -> object:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, list):
        return [*value, "postpad"]
    return f"{value or ''}postpad"


def _hunks(before: str, after: str) -> int:
    matcher = difflib.SequenceMatcher(None, before.split("\n"), after.split("\n"), autojunk=False)
    return len(list(matcher.get_grouped_opcodes(0)))


def test_every_key_of_the_real_butterfly_config_edits_minimally() -> None:
    text = _butterfly_text()
    schema = schema_from_defaults(text)
    assert len(schema.fields) > 300
    assert set_value(text, YAML, ("nav", "fixed"), False) == text  # same value: same bytes
    edited = 0
    for field in schema:
        new = _changed(field.default)
        if isinstance(field.default, dict | list) and any(
            isinstance(item, dict) for item in field.default
        ):
            continue  # lists of mappings are rewritten whole (decision 0136)
        result = set_value(text, YAML, field.path, new)
        found, value = get_value(result, YAML, field.path)
        assert found
        assert same_tree(value, new), field.path
        assert _hunks(text, result) == 1, field.path
        edited += 1
    assert edited > 300


def test_hexo_reads_the_edited_theme_config(tmp_path: Path) -> None:
    require_engine("hexo")
    text = _butterfly_text()
    edited = set_value(text, YAML, "code_blocks.theme", "darker")
    edited = set_value(edited, YAML, "nav.fixed", True)
    edited = set_value(edited, YAML, "menu.首页", "/ || fas fa-home")
    (tmp_path / "c.yml").write_text(edited, encoding="utf-8")
    target = json.dumps(str(tmp_path / "c.yml"))
    script = (
        "const yaml=require('js-yaml');const fs=require('fs');"
        f"console.log(JSON.stringify(yaml.load(fs.readFileSync({target},'utf8'))))"
    )
    read_by_js_yaml = _node_json(script)
    assert same_tree(read_by_js_yaml, read_values(edited, YAML))
    assert read_by_js_yaml["code_blocks"]["theme"] == "darker"  # type: ignore[index]
    assert read_by_js_yaml["menu"] == {"首页": "/ || fas fa-home"}


def test_hugo_reads_the_edited_config(tmp_path: Path) -> None:
    require_engine("hugo")
    binary = ENGINES["hugo"].binary()  # type: ignore[attr-defined]
    source = Path(__file__).parents[1] / "fixtures" / "siteconfig" / "hugo-site" / "hugo.toml"
    text = source.read_text(encoding="utf-8")
    text = set_value(text, TOML, "markup.goldmark.renderer.unsafe", True)
    text = set_value(text, TOML, "summaryLength", 120)  # a new top-level key
    text = set_value(text, TOML, "markup.highlight.style", "dracula")  # a new [table]
    text = set_value(text, TOML, "params.author", "林间")  # a new key in a table
    text = set_value(text, TOML, "theme", [])  # no theme: the fixture ships none to Hugo
    (tmp_path / "hugo.toml").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [binary, "config", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    config = json.loads(out[out.index("{") :])
    assert config["markup"]["goldmark"]["renderer"]["unsafe"] is True
    assert config["summarylength"] == 120
    assert config["markup"]["highlight"]["style"] == "dracula"
    assert config["params"]["author"] == "林间"
    assert config["params"]["since"] == 2019


def test_jekyll_psych_reads_edited_values_as_meant(tmp_path: Path) -> None:
    """Jekyll reads _config.yml with Ruby's Psych (YAML 1.1: `yes` is true): values Postpad
    writes must still mean what was typed (decision 0008's quoting)."""
    require_engine("jekyll")
    corpus = Path(__file__).parents[1] / "corpus" / "jekyll"
    source = corpus / "Gaohaoyang--gaohaoyang.github.io" / "site" / "_config.yml"
    kind = ConfigKind("jekyll", "site", "yaml")
    edits: dict[str, object] = {
        "title": "yes",
        "description": "2024: 总结 # 不是注释",
        "kramdown.input": "GFM",
        "future": True,
        "timezone": "Asia/Shanghai",
        "exclude": ["Gemfile", "no", "1.0"],
    }
    text = source.read_text(encoding="utf-8")
    for key, value in edits.items():
        text = set_value(text, kind, key, value)
    target = tmp_path / "_config.yml"
    target.write_text(text, encoding="utf-8")
    out = subprocess.run(
        ["ruby", "-ryaml", "-rjson", "-e", "puts JSON.dump(YAML.load_file(ARGV[0]))", str(target)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    read_by_psych = json.loads(out)
    for key, value in edits.items():
        assert same_tree(lookup(read_by_psych, tuple(key.split(".")))[1], value), key
