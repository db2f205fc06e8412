"""A folder of Markdown that no known engine claims: everything next to the post."""

from postpad.core.engines.parts import DateStyle, FrontMatterRules
from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(
    name="generic",
    display_name="generic",
    readme_is_page=True,
    # Hexo's header-less form is read; doubtful shapes are refused (decision 0090)
    front_matter=FrontMatterRules(key_case="unsure", headless=True),
    dates=DateStyle(time_separator=" ", zone_style=""),
)
