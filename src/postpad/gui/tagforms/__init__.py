"""Theme tags and shortcodes from forms (issue 15): ``attach.attach(window)`` adds Insert › Hexo,
Insert › Butterfly, Insert › Hugo Shortcodes and Edit › Edit Tag…; the tags' data is
:mod:`postpad.core.tags` (decisions 0130, 0154)."""
