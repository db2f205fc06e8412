"""The Markdown editor: a QPlainTextEdit with highlighting and writing aids (``widget``).

The package imports nothing itself, so the first frame of a staged start can take the editor
font (``fonts``) without loading the editor (decision 0200)."""
