"""Postpad: a desktop Markdown editor for static-site blogs.

Importing this package never imports Qt, creates nothing and reads no files.
"""

__version__ = "0.1.0"
