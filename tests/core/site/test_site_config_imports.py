"""Reading a site's YAML config does not load the TOML reader (decision 0210: a Hexo or Jekyll
window and its first render skip it); TOML configs still read and still fail as ConfigError."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from postpad.core.site.config import ConfigError, load_mapping


def test_a_yaml_config_does_not_load_tomllib(tmp_path: Path) -> None:
    config = tmp_path / "_config.yml"
    config.write_text("title: 博客\ntheme: butterfly\n", encoding="utf-8")
    script = (
        "import json, sys\nfrom pathlib import Path\n"
        "from postpad.core.site.config import load_mapping\n"
        f"value = load_mapping(Path({str(config)!r}))\n"
        "print(json.dumps([value, 'tomllib' in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [{"title": "博客", "theme": "butterfly"}, False]


def test_toml_configs_still_read_and_fail_as_config_errors(tmp_path: Path) -> None:
    config = tmp_path / "hugo.toml"
    config.write_text('title = "博客"\n[markup.goldmark.renderer]\nunsafe = true\n', "utf-8")
    assert load_mapping(config) == {
        "title": "博客",
        "markup": {"goldmark": {"renderer": {"unsafe": True}}},
    }
    config.write_text('title = "unclosed\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_mapping(config)
