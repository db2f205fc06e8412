"""Preview fidelity: the construct corpus, Postpad's HTML for it, and the engines' HTML for it.

Used by test_preview_fidelity.py (which fails on any difference not in its accepted table) and
by benchmarks/fidelity.py (which prints a score per engine).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from engine_harness import ENGINES
from html_normalise import normalise_html

CORPUS = Path(__file__).resolve().parent / "corpus" / "constructs.txt"
CASE_LINE = re.compile(r"^%%% (?P<name>[\w-]+)(?: \[(?P<engines>[\w, ]+)\])?$")

# Attributes only Postpad's preview adds (source map for scroll sync); the engines never do.
POSTPAD_ONLY_ATTRIBUTES = frozenset(
    {"data-line", "data-source-line", "data-line-end", "data-pp-file"}
)


@dataclass(frozen=True)
class Construct:
    name: str
    markdown: str
    engines: frozenset[str]


def load_corpus(path: Path = CORPUS) -> list[Construct]:
    cases: list[Construct] = []
    name: str | None = None
    engines: frozenset[str] = frozenset()
    lines: list[str] = []

    def close() -> None:
        if name is not None:
            cases.append(Construct(name, "\n".join(lines).strip("\n") + "\n", engines))

    for line in path.read_text(encoding="utf-8").splitlines():
        match = CASE_LINE.match(line)
        if match:
            close()
            name = match["name"]
            listed = match["engines"]
            engines = frozenset((e.strip() for e in listed.split(",")) if listed else ENGINES)
            lines = []
        elif name is not None:
            lines.append(line)
    close()
    return cases


def postpad_html(markdown: str, engine: str) -> str:
    """Postpad's preview HTML for a post body under the engine's rendering profile.

    The blocks' own HTML, joined: `Rendered.html` wraps each block in the preview's
    `<div class="pp-block" data-line=…>` for scroll sync, which no engine has. Hugo: with the
    harness site's settings as Postpad reads them (its code blocks follow `markup.highlight`,
    here Hugo's defaults: inline styles, decision 0165).
    """
    from postpad.core.render import RenderOptions, render

    options = RenderOptions(engine=engine, site_overrides=_site_overrides(engine))
    return "".join(block.html for block in render(markdown, options).blocks)


def _site_overrides(engine: str) -> dict[str, object]:
    if engine != "hugo":
        return {}
    from postpad.core.site.config import read_config

    harness = Path(__file__).resolve().parent / "sites" / "hugo" / "hugo.toml"
    return read_config("hugo", harness).render_overrides


@dataclass(frozen=True)
class Comparison:
    engine: str
    construct: str
    postpad: str  # normalised
    engine_html: str | None  # normalised; None when the engine refused the snippet

    @property
    def identical(self) -> bool:
        return self.engine_html is not None and self.postpad == self.engine_html


def compare(
    engine: str,
    engine_output: dict[str, str | None],
    constructs: list[Construct],
    render: Callable[[str, str], str] = postpad_html,
) -> list[Comparison]:
    results = []
    for case in constructs:
        if engine not in case.engines:
            continue
        theirs = engine_output.get(case.name)
        ours = normalise_html(render(case.markdown, engine), POSTPAD_ONLY_ATTRIBUTES)
        results.append(
            Comparison(
                engine,
                case.name,
                ours,
                None if theirs is None else normalise_html(theirs),
            )
        )
    return results


def engine_snippets(engine: str, constructs: list[Construct], where: Path) -> dict[str, str | None]:
    """The engine's own HTML for each construct that applies to it (one build)."""
    snippets = {c.name: c.markdown for c in constructs if engine in c.engines}
    return ENGINES[engine].render_snippets(snippets, where)
