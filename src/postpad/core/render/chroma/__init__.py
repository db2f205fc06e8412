"""Chroma, Hugo's highlighter, run from its own lexer and style data (decision 0165).

Chroma's lexers and styles are XML files (``lexers/embedded/*.xml``, ``styles/*.xml``); Postpad
bundles those of the common blogging languages (``assets/chroma``) and interprets them here:
:mod:`.lexer` runs a lexer's state machine as Chroma's ``RegexLexer`` does, :mod:`.html` writes
the markup Hugo's Chroma formatter writes (classes or inline styles, line numbers).
"""
