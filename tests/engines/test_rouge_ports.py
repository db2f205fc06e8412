"""Postpad's ports of Rouge's lexers write what the real Rouge gem (Jekyll's highlighter) writes:
each port against the installed gem, on a sample per language (tests/engines/rouge/) and on every
fence of that language in the real-post corpus (decision 0148)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import require_engine

pytestmark = pytest.mark.engines

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
FENCE = re.compile(r"^(```+)[ \t]*([^\s`{]+)[^\n]*\n(.*?)^\1[ \t]*$", re.M | re.S)
#: sample file suffix -> the fence languages its port answers to
PORTS = {
    "sh": ("sh", "bash", "shell", "zsh"),
    "json": ("json",),
    "diff": ("diff", "patch"),
    "tex": ("tex", "latex"),
    "css": ("css",),
    "html": ("html",),
    "python": ("python", "py"),
    "sql": ("sql",),
    "http": ("http",),
    "php": ("php",),
    "java": ("java",),
}
RUBY = """
require 'json'
require 'rouge'
out = JSON.parse(STDIN.read).map do |lang, code|
  Rouge::Formatters::HTML.new.format(Rouge::Lexer.find_fancy(lang, code).lex(code))
end
puts JSON.generate(out)
"""


def _cases(suffix: str) -> list[tuple[str, str]]:
    languages = PORTS[suffix]
    cases = [(languages[0], (HERE / "rouge" / f"sample.{suffix}").read_text(encoding="utf-8"))]
    for post in sorted(CORPUS.glob("*/*/site/**/*.md")):
        text = post.read_text(encoding="utf-8", errors="replace")
        cases += [(m[2].lower(), m[3]) for m in FENCE.finditer(text) if m[2].lower() in languages]
    return cases


def _rouge(cases: list[tuple[str, str]]) -> list[str]:
    done = subprocess.run(
        ["ruby", "-e", RUBY], input=json.dumps(cases), capture_output=True, text=True, check=True
    )
    result: list[str] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("suffix", sorted(PORTS))
def test_port_writes_what_rouge_writes(suffix: str) -> None:
    require_engine("jekyll")
    if shutil.which("ruby") is None:
        pytest.skip("ruby is not installed")
    from postpad.core.render.rules.highlight import rouge_html

    cases = _cases(suffix)
    for (language, code), expected in zip(cases, _rouge(cases), strict=True):
        assert rouge_html(code, language) == expected, (language, code[:200])
