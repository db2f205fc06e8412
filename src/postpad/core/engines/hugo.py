"""Hugo: posts under ``contentDir``, ``draft: true``, page bundles, ``static/images``."""

from postpad.core.engines.parts import (
    CheckRules,
    Clue,
    ConfigKeys,
    FrontMatterRules,
    Marker,
    Program,
    PublishRules,
    TagRules,
)
from postpad.core.engines.spec import CONTENT_DIR, SiteEngine


def _configs(stem: str) -> tuple[str, ...]:
    return tuple(f"{stem}{ext}" for ext in (".toml", ".yaml", ".yml", ".json"))


ENGINE = SiteEngine(
    name="hugo",
    rank=2,
    word_count="go_fields",  # decision 0276
    display_name="Hugo",
    post_folders=(CONTENT_DIR,),
    section_index_prefix="_index.",
    link_roots=(CONTENT_DIR, "static", "assets"),
    date_syntax="go",
    new_post="archetypes",
    new_post_root=CONTENT_DIR,
    new_post_sections=("posts", "post", "blog"),
    image_folder="static/images",
    image_prefix="/images/",
    bundle_images=True,
    url_keys=("slug", "url"),
    link_mounts=True,
    mermaid="render_hook",
    config=ConfigKeys(
        settings=(("timezone", "timezone"), ("content_dir", "contentdir"), ("theme", "theme")),
        fold_case=True,
        markdown=("markup", "goldmark"),
        # Chroma's settings and the legacy keys Hugo still reads (decision 0165)
        render_keys=(
            "markup",
            "pygmentsstyle",
            "pygmentsuseclasses",
            "pygmentscodefences",
            "pygmentscodefencesguesssyntax",
        ),
        config_dir="config/_default",
        main_stems=("hugo", "config"),
        own_stems=("hugo",),
        theme_defaults="params",
    ),
    front_matter=FrontMatterRules(
        key_case="fold",
        leading="whitespace",
        opening_spaces=True,
        yaml_reader="go-yaml",
        refused_header="build_stops",
    ),
    detect=(
        Marker(40, _configs("hugo")),
        Marker(40, _configs("config/_default/hugo") + _configs("config/_default/config")),
        Marker(40, _configs("config"), (Clue("dir", "content"),)),
    ),
    publish=PublishRules(
        Program(
            "hugo",
            "install Hugo (https://gohugo.io/installation/) so that `hugo` is on the PATH",
            beside_python=True,
            install_url="https://gohugo.io/installation/",
        ),
        serve_args=(
            "server",
            "-D",
            "--navigateToChanged",
            "--bind",
            "{host}",
            "--port",
            "{port}",
            "--baseURL",
            "{base_url}",
            "--appendPort=false",
            "--disableFastRender",
        ),
        build_before_push=True,
        url_rule="content_sections",
    ),
    check=CheckRules(
        bad_date="Hugo stops the build", tab_refusal="Hugo stops the build", terms_fold_case=True
    ),
    tags=TagRules("shortcode"),
)
