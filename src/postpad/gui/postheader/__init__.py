"""View > Post Header in Preview: show or hide the post header above the preview's body
(decision 0234); the header itself is the preview's (gui/preview, core/postheader)."""
