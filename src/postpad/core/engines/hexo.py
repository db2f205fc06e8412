"""Hexo: ``source/_posts``, ``_drafts``, scaffolds, ``post_asset_folder``, permalink setting."""

from postpad.core.engines.parts import (
    CheckRules,
    Clue,
    ConfigKeys,
    DateStyle,
    FrontMatterRules,
    Marker,
    PasteStyle,
    Program,
    PublishRules,
    TagRules,
)
from postpad.core.engines.spec import SiteEngine

#: hexo-cli writes ``"hexo": {"version": …}`` into package.json and depends on hexo
_SETTINGS = (
    "timezone", "date_format", "time_format", "new_post_name", "post_asset_folder",
    "default_layout", "filename_case",
)  # fmt: skip
_PACKAGE = (Clue("dep", "hexo"), Clue("package_key", "hexo"))

ENGINE = SiteEngine(
    name="hexo",
    rank=1,
    display_name="Hexo",
    uses_source_dir=True,
    post_folders=("_posts", "_drafts"),
    theme_marks=(
        (
            "butterfly",
            ("themes/butterfly", "node_modules/hexo-theme-butterfly", "_config.butterfly.yml"),
        ),
    ),
    posts_folder="_posts",
    drafts_folder="_drafts",
    headless_front_matter=True,
    published_flag=True,
    hierarchical_categories=True,
    date_syntax="yaml",
    filename_date="new_post_name",
    new_post="scaffolds",
    date_layout="config_formats",
    slugize=True,
    image_folder="images",
    image_prefix="/images/",
    post_asset_folders=True,
    url_keys=("permalink", "abbrlink"),
    permalink_names_url=True,
    relative_links_from_root=True,
    mermaid="theme",
    config=ConfigKeys(
        settings=(
            *((key, key) for key in _SETTINGS),
            ("permalink", "permalink"),
            ("source_dir", "source_dir"),
            ("theme", "theme"),
        ),
        defaults=(("permalink", ":year/:month/:day/:title/"),),
        markdown=("marked",),
        render_keys=(
            *("url", "root", "external_link", "syntax_highlighter", "highlight", "prismjs"),
            "code_dir",
        ),
        renderer_from_package=True,
        main_stems=("_config",),
        guess=(Clue("dir", "source"), Clue("file", "package.json")),
        guess_order=2,
        theme_file=r"^_config\.(?P<theme>[^.]+)\.ya?ml$",
        theme_dirs=("themes/{}", "node_modules/hexo-theme-{}"),
        theme_defaults="config_file",
        theme_config_key="theme_config",
    ),
    front_matter=FrontMatterRules(
        headless=True,
        leading="one_blank_line",
        yaml_reader="js-yaml",
        refused_header="post_left_out",  # "Process failed", exit 0 (decision 0239)
        trailing_space_delimiter_drops_header=True,
        tabs_as_spaces=True,
    ),
    dates=DateStyle(time_separator=" ", zone_style="", wall_clock=True),
    detect=(
        Marker(10, ("_config.yml", "_config.yaml"), (*_PACKAGE, Clue("dir", "source"))),
        Marker(70, clues=_PACKAGE),
    ),
    publish=PublishRules(
        Program(
            "hexo",
            "run `npm install` in the site folder (Hexo and its plugins come from package.json)",
            node_package=True,
            install_command="npm install",
        ),
        serve_args=("server", "--draft", "--ip", "{host}", "--port", "{port}"),
        serve_plugin="hexo-server",
        deploy_verbs=("clean", "generate", "deploy"),
        deployer_prefix="hexo-deployer-",
        url_rule="permalink_pattern",
        rebuild_ms=800,
    ),
    paste=PasteStyle(template_markers=("{{", "{%", "{#")),  # fenced code is escaped
    check=CheckRules(
        strict_config=True,
        bad_date="Hexo silently uses the file's creation time instead",
        other_bad_dates_warn=True,
        out_of_range_dates_fail=True,
        tab_note="tab in YAML indentation: Hexo reads it as spaces, Hugo and Jekyll may not",
        tab_refusal="Hexo reads only leading tabs as spaces and leaves this post out",  # 0239
        post_links=True,
    ),
    tags=TagRules("nunjucks", opt_out_key="disableNunjucks", opt_out_value=True),
)
