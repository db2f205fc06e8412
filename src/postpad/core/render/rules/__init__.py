"""Custom markdown-it rules, one small module each."""
