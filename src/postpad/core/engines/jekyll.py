"""Jekyll: ``_posts/YYYY-MM-DD-slug.md``, ``_drafts``, ``assets/images``."""

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

ENGINE = SiteEngine(
    name="jekyll",
    rank=3,
    word_count="number_of_words",  # decision 0276
    display_name="Jekyll",
    uses_source_dir=True,
    post_folders=("_posts", "_drafts"),
    posts_folder="_posts",
    drafts_folder="_drafts",
    published_flag=True,
    terms_split_spaces=True,
    date_syntax="yaml",
    filename_date="prefix",
    title_from_file_name=True,
    new_post="dated_name",
    date_layout="space_offset",
    image_folder="assets/images",
    image_prefix="/assets/images/",
    url_keys=("permalink",),
    table_flavour="kramdown",
    config=ConfigKeys(
        settings=(
            ("timezone", "timezone"),
            ("permalink", "permalink"),
            ("source_dir", "source"),
            ("theme", "theme"),
        ),
        defaults=(("permalink", "date"), ("source_dir", ".")),
        markdown=("kramdown",),
        main_stems=("_config",),
        guess=(Clue("dir", "_posts"), Clue("file", "Gemfile")),
        guess_order=1,
    ),
    front_matter=FrontMatterRules(
        leading="none",
        opening_spaces=True,
        naive_time_is_utc=True,
        yaml_reader="psych",
        refused_header="header_dropped",
    ),
    dates=DateStyle(time_separator=" ", zone_separator=" ", zone_style="+0800"),
    detect=(
        Marker(
            20,
            ("_config.yml", "_config.yaml"),
            (Clue("dir", "_posts"), Clue("text", "Gemfile", r"\bjekyll\b")),
        ),
    ),
    publish=PublishRules(
        Program(
            "jekyll",
            "run `bundle install` in the site folder, or `gem install jekyll bundler`",
            bundler=True,
            install_command="bundle install",
            install_alternative="gem install jekyll bundler",
        ),
        serve_args=("serve", "--drafts", "--host", "{host}", "--port", "{port}"),
        url_rule="permalink_styles",
        rebuild_ms=2500,
    ),
    paste=PasteStyle("spaces", ("{{", "{%"), templates_in_code=True),
    check=CheckRules(
        liquid_links=True,
        bad_date="Jekyll stops the build",
        out_of_range_dates_fail=True,
        dates_maybe_readable=True,
        tab_refusal="Jekyll publishes the post without its front matter",
        future_setting="future",
    ),
    tags=TagRules(
        "liquid", opt_out_key="render_with_liquid", opt_out_value=False, plugin_tags="gems"
    ),
)
