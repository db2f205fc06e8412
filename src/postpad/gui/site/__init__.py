"""Site awareness in the window: site panel, New Post, Check Site, image paste, publish/rename.

``postpad.gui.site.attach.attach(window)`` wires it in (listed in ``gui/features.py``).
"""
