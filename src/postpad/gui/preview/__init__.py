"""The live preview: a WebEngine page loaded once and patched block by block."""
