"""The config form: a site's or theme's config file as typed, searchable fields (issue 15)."""
