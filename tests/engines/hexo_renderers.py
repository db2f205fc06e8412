"""The blog's own Markdown renderer in the harness site: hexo-renderer-markdown-it, not marked.

Hexo loads every `hexo-*` package the site's package.json lists from the site's node_modules
(hexo/dist/hexo/load_plugins.js), and the renderer registered for `md` renders the post bodies.
The harness site (a copy of tests/engines/sites/hexo) lists hexo-renderer-marked and links
sites/hexo/node_modules. A corpus blog whose package.json depends on hexo-renderer-markdown-it is
built with that renderer instead (decision 0157): the harness's package.json names it in place of
marked, and its node_modules becomes a folder of links to sites/hexo/node_modules's packages less
marked, plus the markdown-it renderer from sites/hexo-markdown-it (installed by
install_engines.sh). The blog's `markdown:` config section is copied like its other settings.
"""

from __future__ import annotations

import json
from pathlib import Path

from engine_harness import SITES

MARKED = "hexo-renderer-marked"
#: renderers installed for the harness, by package name, in their own npm folders
INSTALLED = {
    "hexo-renderer-markdown-it": SITES / "hexo-markdown-it" / "node_modules",
}


def blog_renderer(site_root: Path) -> str | None:
    """The Markdown renderer package the blog's package.json depends on (None: none it names)."""
    path = site_root / "package.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (ValueError, UnicodeDecodeError):
        return None
    listed = {**(data.get("devDependencies") or {}), **(data.get("dependencies") or {})}
    for name in (*INSTALLED, MARKED):
        if name in listed:
            return name
    return None


def installed(renderer: str) -> Path | None:
    """The package folder of a renderer the harness can load in place of marked, or None."""
    modules = INSTALLED.get(renderer)
    package = modules / renderer if modules is not None else None
    return package if package is not None and (package / "package.json").is_file() else None


def use_renderer(root: Path, renderer: str) -> bool:
    """Make the harness site at `root` render Markdown with `renderer` (False: not installed)."""
    package = installed(renderer)
    if package is None:
        return False
    manifest = json.loads((root / "package.json").read_text(encoding="utf-8"))
    dependencies = dict(manifest.get("dependencies") or {})
    dependencies.pop(MARKED, None)
    dependencies[renderer] = json.loads((package / "package.json").read_text())["version"]
    manifest["dependencies"] = dependencies
    (root / "package.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    modules = root / "node_modules"
    shared = modules.resolve()
    modules.unlink()  # the link to sites/hexo/node_modules: replaced by links to its packages
    modules.mkdir()
    for entry in shared.iterdir():
        if entry.name not in (MARKED, ".bin", ".package-lock.json"):
            (modules / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    (modules / renderer).symlink_to(package, target_is_directory=True)
    return True


def render_snippets(
    renderer: str, snippets: dict[str, str], where: Path, config: dict[str, object]
) -> dict[str, str | None]:
    """Each snippet rendered as a post body by Hexo with `renderer` and `config` merged into
    `_config.yml` (hexo_oracle.js render mode); None when the engine refused it."""
    import yaml
    from engine_harness import ENGINES, run

    engine = ENGINES["hexo"]
    site = engine.new_site(where)
    if not use_renderer(site, renderer):
        raise RuntimeError(f"{renderer} is not installed (tests/engines/install_engines.sh)")
    settings = yaml.safe_load((site / "_config.yml").read_text(encoding="utf-8"))
    settings.update(config)
    (site / "_config.yml").write_text(yaml.safe_dump(settings, allow_unicode=True), "utf-8")
    out = site / "render.json"
    oracle = str(engine.oracle)  # type: ignore[attr-defined]
    code, log = run(
        ["node", oracle, "render", str(site), str(out)], site, "UTC", json.dumps(snippets)
    )
    if code != 0 or not out.is_file():
        raise RuntimeError(log)
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    return {name: results[name].get("html") for name in snippets}
