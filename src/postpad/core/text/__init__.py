"""Qt-free text algorithms the editor applies to Markdown source (tables, …)."""
