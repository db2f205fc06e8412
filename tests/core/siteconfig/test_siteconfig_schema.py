"""Which config a file is, the theme's defaults and comment help, and the form's rows."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site import detect_site
from postpad.core.siteconfig import (
    ConfigKind,
    ValueKind,
    config_kind,
    entries_for,
    read_values,
    schema_for,
)
from postpad.core.siteconfig.theme_defaults import schema_from_defaults, theme_config_path

FIXTURES = Path(__file__).parents[2] / "fixtures" / "siteconfig"
HEXO = FIXTURES / "hexo-site"


def test_kinds_from_names_and_sites(tmp_path: Path) -> None:
    site = detect_site(HEXO / "_config.yml")
    assert config_kind(HEXO / "_config.butterfly.yml", site) == ConfigKind(
        "hexo", "theme", "yaml", "butterfly", HEXO
    )
    hexo = config_kind(HEXO / "_config.yml", site)
    assert hexo is not None
    assert (hexo.engine, hexo.role) == ("hexo", "site")
    theme_file = config_kind(HEXO / "themes" / "butterfly" / "_config.yml")
    assert theme_file is not None
    assert (theme_file.role, theme_file.theme) == ("theme", "butterfly")
    hugo = config_kind(FIXTURES / "hugo-site" / "hugo.toml")
    assert hugo is not None
    assert (hugo.engine, hugo.format, hugo.fold_case) == ("hugo", "toml", True)
    assert config_kind(HEXO / "source" / "post.md", site) is None
    (tmp_path / "_posts").mkdir()
    jekyll = config_kind(tmp_path / "_config.yml")
    assert jekyll is not None
    assert jekyll.engine == "jekyll"


def test_theme_defaults_give_values_help_and_groups() -> None:
    path = theme_config_path(HEXO, "butterfly")
    assert path == HEXO / "themes" / "butterfly" / "_config.yml"
    schema = schema_from_defaults(path.read_text(encoding="utf-8"))
    fixed = schema.get(("nav", "fixed"))
    assert fixed is not None
    assert fixed.default is False
    assert fixed.kind is ValueKind.BOOL
    assert fixed.help("en") == "Keep the bar on top while scrolling"
    assert fixed.group == "Navigation 导航"
    height = schema.get(("code_blocks", "height_limit"))
    assert height is not None
    assert height.help("zh_CN") == "Height limit in px (false: none)"
    social = schema.get(("social",))
    assert social is not None
    assert social.kind is ValueKind.YAML
    assert schema.get(("wordcount", "enable")) is not None
    assert ("nav",) in schema.sections


def test_rows_keep_file_order_and_place_missing_keys_after_their_neighbour() -> None:
    site = detect_site(HEXO / "_config.yml")
    kind = config_kind(HEXO / "_config.butterfly.yml", site)
    assert kind is not None
    text = (HEXO / "_config.butterfly.yml").read_text(encoding="utf-8")
    entries = entries_for(text, kind, schema_for(kind, read_values(text, kind)))
    paths = [".".join(entry.path) for entry in entries]
    assert paths.index("nav.logo") < paths.index("menu.首页") < paths.index("code_blocks.theme")
    # toc.expand (missing) follows toc.number, as in the theme's defaults
    assert paths[paths.index("toc.number") + 1] == "toc.expand"
    by_path = {".".join(entry.path): entry for entry in entries}
    assert by_path["code_blocks.height_limit"].present
    assert by_path["code_blocks.height_limit"].field.default is False
    assert not by_path["code_blocks.height_limit"].is_default
    assert by_path["nav.display_title"].is_default
    assert not by_path["menu.首页"].known  # the user's own menu entries have no default
    # social has a mapping in the file: its keys are rows, the theme's empty default is not
    assert "social.fab fa-github" in by_path
    assert "social" not in by_path


def test_hexo_site_config_uses_the_engine_defaults() -> None:
    site = detect_site(HEXO / "_config.yml")
    kind = config_kind(HEXO / "_config.yml", site)
    assert kind is not None
    schema = schema_for(kind, read_values((HEXO / "_config.yml").read_text("utf-8"), kind))
    permalink = schema.get(("permalink",))
    assert permalink is not None
    assert permalink.default == ":year/:month/:day/:title/"
    assert "网址" in permalink.help("zh_CN")
    assert permalink.help("en").startswith("URL pattern")


def test_hugo_config_dir_file_gets_the_keys_of_its_table(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "_default"
    folder.mkdir(parents=True)
    (folder / "markup.toml").write_text("[goldmark.renderer]\n  unsafe = true\n", "utf-8")
    kind = config_kind(folder / "markup.toml")
    assert kind is not None
    assert kind.section == ("markup",)
    schema = schema_for(kind, {})
    unsafe = schema.get(("goldmark", "renderer", "unsafe"))
    assert unsafe is not None
    assert unsafe.default is False
    assert schema.get(("baseURL",)) is None


def test_hexo_theme_config_key_gets_the_theme_defaults_below_it() -> None:
    text = "title: x\ntheme: butterfly\ntheme_config:\n  nav:\n    fixed: true\n"
    kind = ConfigKind("hexo", "site", "yaml", "butterfly", HEXO)
    schema = schema_for(kind, read_values(text, kind))
    fixed = schema.get(("theme_config", "nav", "fixed"))
    assert fixed is not None
    assert fixed.default is False
    rows = {".".join(entry.path): entry for entry in entries_for(text, kind, schema)}
    assert rows["theme_config.nav.fixed"].present
    assert not rows["theme_config.toc.expand"].present
    assert not rows["permalink"].present  # the engine's own keys are listed too


def test_choices_listed_in_a_comment() -> None:
    from postpad.core.siteconfig.theme_defaults import choices_in

    help_text = "Code block theme: darker / pale night / light / ocean / false"
    assert choices_in(help_text, "light") == ("darker", "pale night", "light", "ocean", "false")
    assert choices_in(help_text, "solarized") == ()  # the default must be one of them
    assert choices_in("Position: left / right", None) == ("left", "right")
    assert choices_in("Height limit in px", "a") == ()
    assert choices_in(help_text, 3) == ()


def test_toml_comments_are_the_help_of_unknown_keys() -> None:
    path = FIXTURES / "hugo-site" / "hugo.toml"
    kind = config_kind(path)
    assert kind is not None
    text = path.read_text(encoding="utf-8")
    rows = {".".join(e.path): e for e in entries_for(text, kind, schema_for(kind))}
    assert rows["params.subtitle"].field.help("en") == "首页显示的摘要"
    # a key the engine schema knows keeps the curated help
    assert rows["baseURL"].field.help("zh_CN").startswith("网站发布后的完整网址")


def test_hugo_theme_params_are_defaults_with_bilingual_help() -> None:
    path = FIXTURES / "hugo-site" / "hugo.toml"
    kind = config_kind(path, detect_site(path))
    assert kind is not None
    assert kind.theme == "even"
    text = path.read_text(encoding="utf-8")
    schema = schema_for(kind, read_values(text, kind))
    scheme = schema.get(("params", "defaultTheme"))
    assert scheme is not None
    assert scheme.default == "auto"
    assert scheme.choices == ("auto", "light", "dark")
    assert scheme.help("en") == 'colour scheme of the site ["auto", "light", "dark"]'
    assert scheme.help("zh_CN") == '网站配色 ["auto", "light", "dark"]'
    toc = schema.get(("params", "toc", "enable"))
    assert toc is not None
    assert toc.default is True
    assert schema.get(("markup", "highlight", "style")).default == "monokai"  # type: ignore[union-attr]
    rows = {".".join(e.path): e for e in entries_for(text, kind, schema)}
    assert rows["params.since"].present
    assert rows["params.since"].field.default == 2017
    assert not rows["params.toc.enable"].present
