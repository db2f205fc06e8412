"""A folder of Markdown that no known engine claims: everything next to the post."""

from postpad.core.engines.spec import SiteEngine

ENGINE = SiteEngine(name="generic", display_name="generic", readme_is_page=True)
