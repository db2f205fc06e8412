"""Git panel, commit dialog, diff against HEAD, pull/push (issue 14 part 1; decision 0110)."""
