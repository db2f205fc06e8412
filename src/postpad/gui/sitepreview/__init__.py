"""View › Site Preview: the engine's own server and the current post at its real permalink, in
a pane that loads only 127.0.0.1 (issue 14 part 3; decisions 0112, 0113)."""
