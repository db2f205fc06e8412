"""One small module per field editor; :mod:`.factory` picks the editor for a key and value."""
