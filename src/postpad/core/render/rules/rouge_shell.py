"""Rouge 3.30's shell lexer (``shell``, ``bash``, ``sh``, ``zsh``, ``ksh``) restated as a Pygments
lexer: the states and rules of ``rouge/lexers/shell.rb`` in the same order, Ruby's ASCII
``\\s``/``\\w`` (decisions 0148, 0170). A here-document's terminator is kept on the lexing
context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pygments.lexer import ExtendedRegexLexer, LexerContext, default, include
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    _TokenType,
)

from postpad.core.render.rules.rouge_common import S, W, bygroups

_KEYWORDS = "if fi else while do done for then return function select continue until esac elif in"
_BUILTINS = (
    "alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval"
    " exec exit export false fc fg getopts hash help history jobs let local logout mapfile popd"
    " pushd pwd read readonly set shift shopt source suspend test time times trap true type typeset"
    " ulimit umask unalias unset wait cat tac nl od base32 base64 fmt pr fold head tail split"
    " csplit wc sum cksum b2sum md5sum sha1sum sha224sum sha256sum sha384sum sha512sum sort shuf"
    " uniq comm ptx tsort cut paste join tr expand unexpand ls dir vdir dircolors cp dd install mv"
    " rm shred link ln mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch df du stat"
    " sync truncate echo printf yes expr tee basename dirname pathchk mktemp realpath pwd stty"
    " printenv tty id logname whoami groups users who date arch nproc uname hostname hostid uptime"
    " chcon runcon chroot env nice nohup stdbuf timeout kill sleep factor numfmt seq tar grep sudo"
    " awk sed gzip gunzip"
)
_HEREDOC = "(<<-?)(" + S + "*)(['\"]?)(\\\\?)(" + W + "+)(\\3)"
_Tokens = Iterator[tuple[int, _TokenType, str]]


def _heredoc_start(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    kinds = (Operator, Text, String.Heredoc, String.Heredoc, Name.Constant, String.Heredoc)
    for group, kind in enumerate(kinds, 1):
        if match.group(group):
            yield match.start(group), kind, match.group(group)
    ctx.heredoc = match.group(5)  # type: ignore[attr-defined]
    ctx.stack.append("heredoc")
    ctx.pos = match.end()


def _heredoc_line(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    if match.group(1) == getattr(ctx, "heredoc", None):
        yield match.start(), Name.Constant, match.group(0)
        del ctx.stack[-2:]
    else:
        yield match.start(), String.Heredoc, match.group(0)
    ctx.pos = match.end()


def _words(names: str) -> str:
    return "|".join(names.split())


class RougeShellLexer(ExtendedRegexLexer):
    """``Rouge::Lexers::Shell``."""

    name = "Rouge shell"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "basic": [
            (r"#.*$", Comment),
            (r"\b(?:" + _words(_KEYWORDS) + ")" + S + r"*\b", Keyword),
            (r"\bcase\b", Keyword, "case"),
            (r"\b(?:" + _words(_BUILTINS) + ")" + S + r"*\b(?!(\.|-))", Name.Builtin),
            (r"[.](?=" + S + ")", Name.Builtin),
            (r"(\b" + W + "+)(=)", bygroups(Name.Variable, Operator)),
            (r"[\[\]{}()!=>]", Operator),
            (r"&&|\|\|", Operator),
            (r"<<<", Operator),
            (_HEREDOC, _heredoc_start),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n\\]+", String.Heredoc),
            include("interp"),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [(S + "*(" + W + "+)" + S + r"*\n", _heredoc_line), default("#pop")],
        "double_quotes": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            include("interp"),
            (r'[^"`\\$]+', String.Double),
        ],
        "ansi_string": [
            (r"\\.", String.Escape),
            (r"[^\\']+", String.Single),
            include("single_quotes"),
        ],
        "single_quotes": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "data": [
            (S + "+", Text),
            (r"\\.", String.Escape),
            (r'\$?"', String.Double, "double_quotes"),
            (r"\$'", String.Single, "ansi_string"),
            (r"'", String.Single, "single_quotes"),
            (r"\*", Keyword),
            (r";", Punctuation),
            (r"--?[a-zA-Z0-9_-]+", Name.Tag),
            (r"[^=*" + S[1:-1] + r"{}()$\"'`;\\<]+", Text),
            (r"[0-9]+(?= |\n?\Z)", Number),  # Ruby's \Z: before a final newline too
            (r"<", Text),
            include("interp"),
        ],
        "curly": [
            (r"\}", Keyword, "#pop"),
            (r":-", Keyword),
            (r"[a-zA-Z0-9_]+", Name.Variable),
            (r"[^}:\"`'$]+", Punctuation),
            include("root"),
        ],
        "paren_interp": [
            (r"\)", String.Interpol, "#pop"),
            (r"\(", Operator, "paren_inner"),
            include("root"),
        ],
        "paren_inner": [(r"\(", Operator, "#push"), (r"\)", Operator, "#pop"), include("root")],
        "math": [
            (r"\)\)", Keyword, "#pop"),
            (r"[-+*/%^|&!]|\*\*|\|\|", Operator),
            (r"[0-9]+(?:#" + W + "+)?", Number),
            include("root"),
        ],
        "case": [
            (r"\besac\b", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"\)", Punctuation, "case_stanza"),
            include("root"),
        ],
        "case_stanza": [(r";;", Punctuation, "#pop"), include("root")],
        "backticks": [(r"`", String.Backtick, "#pop"), include("root")],
        "interp": [
            (r"\\$", String.Escape),
            (r"\\.", String.Escape),
            (r"\$\(\(", Keyword, "math"),
            (r"\$\(", String.Interpol, "paren_interp"),
            (r"\$\{#?", Keyword, "curly"),
            (r"`", String.Backtick, "backticks"),
            (r"\$#?(?:" + W + "+|.)", Name.Variable),
            (r"\$[*@]", Name.Variable),
        ],
        "root": [include("basic"), include("data")],
    }
