"""Recovery journal timing, the recovery dialog at start, optional autosave (issue 6)."""
