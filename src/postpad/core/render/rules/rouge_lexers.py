"""Which lexer Rouge (Jekyll's highlighter) uses for a fence's language: the names Rouge 3.30
answers to, and Postpad's ports of Rouge's own lexers where Pygments tokenises differently
(decisions 0148, 0170); other languages fall back to Pygments."""

from __future__ import annotations

from functools import lru_cache

from pygments.lexer import Lexer, RegexLexer

from postpad.core.render.lexers import lexer_for
from postpad.core.render.rules.rouge_css import RougeCssLexer
from postpad.core.render.rules.rouge_data_lexers import (
    RougeDiffLexer,
    RougeJsonLexer,
    RougeTexLexer,
)
from postpad.core.render.rules.rouge_html_lexer import RougeHtmlLexer
from postpad.core.render.rules.rouge_http import RougeHttpLexer
from postpad.core.render.rules.rouge_java import RougeJavaLexer
from postpad.core.render.rules.rouge_javascript import (
    RougeJavascriptLexer,
    RougeJsxLexer,
    RougeTypescriptLexer,
)
from postpad.core.render.rules.rouge_php import RougePhpLexer
from postpad.core.render.rules.rouge_python import RougePythonLexer
from postpad.core.render.rules.rouge_shell import RougeShellLexer
from postpad.core.render.rules.rouge_sql import RougeSqlLexer


def _words(text: str) -> list[str]:
    return text.split()


#: Every name Rouge 3.30 (Jekyll 4.3's) finds a lexer by, as ``Rouge::Lexer.find`` matches it:
#: case-sensitively. kramdown writes a fence in another language as a bare ``pre > code``.
ROUGE_NAMES = frozenset(
    _words(
        "Dockerfile HAML Isabelle LaTeX OCL R S TeX abap actionscript ada apache apex apib "
        "apiblueprint applescript armasm as as3 aug augeas awk bash bat batch batchfile bbcbasic "
        "behat bib bibtex biml bpf brainfuck brightscript brs bs bsdmake bsl c c# c++ ceylon cfc "
        "cfscript cl clean clj cljs clojure cmake cmhg cmm coffee coffee-script coffeescript "
        "common-lisp common_lisp conf config configuration console coq cpp cr crystal cs csharp "
        "css csvs cucumber cuda cypher cython d dafny dart datastudio diff digdag django dlang "
        "docker dockerfile dosbatch dot e-mail ecl eex eiffel elisp elixir elm emacs-lisp email "
        "eml epp eps erb erl erlang eruby esc escape ex exs factor fea ff fluent fortran freefem "
        "fsharp ftl gd gdscript ghc-cmm ghc-core gherkin glsl gnumake go golang gradle graphql "
        "groovy hack haml handlebars haskell haxe hbs hcl heex hh hlsl hocon hql hs html http hx "
        "hy hylang idlang idr idris igorpro ini io irb irb_output isa isabelle isbl j janet java "
        "javascript jdn jinja jl js jsl json json-doc jsonc jsonnet jsp jsx julia kdb+ kotlin ksh "
        "lasso lassoscript latex lean leex lhaskell lhs liquid lisp litcoffee "
        "literate_coffeescript literate_haskell lithaskell livescript llvm ls lua lustre lutin m "
        "m68k magik make makefile markdown mason mathematica matlab md meson mf microsoftshell "
        "minizinc mkd ml moon moonscript mosel msgtrans msshell mustache mxml nasm nes nesasm "
        "nginx nial nim nimrod nix nixos obj-c obj-c++ obj-cpp obj_c obj_c++ obj_cpp objc objc++ "
        "objcpp objective_c objective_cpp objectivec objectivec++ objectivecpp ocaml ocl openedge "
        "opentype opentype_feature_file opentypefeature pascal patch perl php php3 php4 php5 pl "
        "plaintext plist plsql pony posh postscr postscript powershell pp praat prolog prometheus "
        "properties proto protobuf pry ps puppet py pyrex python pyx q qml r racket rb react "
        "realbasic reasonml rego rescript rhtml robot robot-framework robot_framework rs "
        "rs,ignore rs,no_run rs,should_panic ruby rust rust,ignore rust,no_run rust,should_panic "
        "s sas sass scala scheme scss sed sh shell shell-session shell_session sieve slice slim "
        "smalltalk smarty sml solidity sparql sqf sql squeak ssh st stan stata supercollider "
        "swift systemd syzlang syzprog tap tcl terminal terraform tex text tf toml ts tsx ttcn3 "
        "tulip turtle twig typescript udiff unit-file vala varnish varnishconf vb vcl velocity "
        "verilog vhdl vim viml vimscript visualbasic vue vuejs winbatch wl wollok xml xojo xpath "
        "xquery yaml yang yml zig zir zsh "
    )
)


def rouge_knows(language: str) -> bool:
    """Whether Rouge has a lexer for ``language`` exactly as written in the fence."""
    return language in ROUGE_NAMES


_ROUGE: dict[str, type[RegexLexer]] = {
    "javascript": RougeJavascriptLexer,
    "js": RougeJavascriptLexer,
    "typescript": RougeTypescriptLexer,
    "ts": RougeTypescriptLexer,
    "jsx": RougeJsxLexer,
    "react": RougeJsxLexer,
    "json": RougeJsonLexer,
    "diff": RougeDiffLexer,
    "patch": RougeDiffLexer,
    "udiff": RougeDiffLexer,
    **dict.fromkeys(("shell", "bash", "zsh", "ksh", "sh"), RougeShellLexer),
    "css": RougeCssLexer,
    "python": RougePythonLexer,
    "py": RougePythonLexer,
    "html": RougeHtmlLexer,
    "http": RougeHttpLexer,
    "sql": RougeSqlLexer,
    "java": RougeJavaLexer,
    **dict.fromkeys(("php", "php3", "php4", "php5"), RougePhpLexer),
    "tex": RougeTexLexer,
    "latex": RougeTexLexer,
}


@lru_cache(maxsize=64)
def rouge_lexer_for(language: str) -> Lexer | None:
    """The lexer Rouge would use for ``language`` (lower-cased): a port where Pygments differs."""
    port = _ROUGE.get(language)
    if port is not None:
        return port(stripnl=False, ensurenl=False)
    return lexer_for(language)
