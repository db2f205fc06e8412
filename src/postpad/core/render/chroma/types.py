"""Chroma's token types (its ``types.go``): numeric codes, parents and CSS classes.

A type is named as Chroma's XML names it (``LiteralStringDouble``); its code gives its category
(``code // 1000 * 1000``) and sub-category (``code // 100 * 100``), which is how Chroma finds a
class or a style for a type it has no entry for.
"""

from __future__ import annotations

from functools import lru_cache


def _block(start: int, names: str, step: int = 1) -> dict[str, int]:
    return {name: start + index * step for index, name in enumerate(names.split())}


def _pairs(text: str) -> dict[str, str]:
    return dict(pair.split("=") for pair in text.split())


CODES: dict[str, int] = {
    **_block(
        -1,
        "Background PreWrapper Line LineNumbers LineNumbersTable LineHighlight LineTable"
        " LineTableTD LineLink CodeLine Error Other None Ignore",
        step=-1,
    ),
    **_block(
        1000,
        "Keyword KeywordConstant KeywordDeclaration KeywordNamespace KeywordPseudo"
        " KeywordReserved KeywordType",
    ),
    **_block(
        2000,
        "Name NameAttribute NameClass NameConstant NameDecorator NameEntity NameException"
        " NameKeyword NameLabel NameNamespace NameOperator NameOther NamePseudo NameProperty"
        " NameTag",
    ),
    **_block(2100, "NameBuiltin NameBuiltinPseudo"),
    **_block(
        2200,
        "NameVariable NameVariableAnonymous NameVariableClass NameVariableGlobal"
        " NameVariableInstance NameVariableMagic",
    ),
    **_block(2300, "NameFunction NameFunctionMagic"),
    **_block(3000, "Literal LiteralDate LiteralOther"),
    **_block(
        3100,
        "LiteralString LiteralStringAffix LiteralStringAtom LiteralStringBacktick"
        " LiteralStringBoolean LiteralStringChar LiteralStringDelimiter LiteralStringDoc"
        " LiteralStringDouble LiteralStringEscape LiteralStringHeredoc LiteralStringInterpol"
        " LiteralStringName LiteralStringOther LiteralStringRegex LiteralStringSingle"
        " LiteralStringSymbol",
    ),
    **_block(
        3200,
        "LiteralNumber LiteralNumberBin LiteralNumberFloat LiteralNumberHex LiteralNumberInteger"
        " LiteralNumberIntegerLong LiteralNumberOct LiteralNumberByte",
    ),
    **_block(4000, "Operator OperatorWord OperatorReserved"),
    **_block(5000, "Punctuation"),
    **_block(6000, "Comment CommentHashbang CommentMultiline CommentSingle CommentSpecial"),
    **_block(6100, "CommentPreproc CommentPreprocFile"),
    **_block(
        7000,
        "Generic GenericDeleted GenericEmph GenericError GenericHeading GenericInserted"
        " GenericOutput GenericPrompt GenericStrong GenericSubheading GenericTraceback"
        " GenericUnderline",
    ),
    **_block(8000, "Text TextWhitespace TextSymbol TextPunctuation"),
}
NAMES: dict[int, str] = {code: name for name, code in CODES.items()}

#: Chroma's ``StandardTypes``: the CSS class of each type that has one ("" writes no span).
CLASSES: dict[str, str] = _pairs(
    "Background=bg PreWrapper=chroma Line=line LineNumbers=ln LineNumbersTable=lnt"
    " LineHighlight=hl LineTable=lntable LineTableTD=lntd LineLink=lnlinks CodeLine=cl"
    " Text= TextWhitespace=w Error=err Other=x Keyword=k KeywordConstant=kc"
    " KeywordDeclaration=kd KeywordNamespace=kn KeywordPseudo=kp KeywordReserved=kr"
    " KeywordType=kt Name=n NameAttribute=na NameBuiltin=nb NameBuiltinPseudo=bp"
    " NameClass=nc NameConstant=no NameDecorator=nd NameEntity=ni NameException=ne"
    " NameFunction=nf NameFunctionMagic=fm NameProperty=py NameLabel=nl NameNamespace=nn"
    " NameOther=nx NameTag=nt NameVariable=nv NameVariableClass=vc NameVariableGlobal=vg"
    " NameVariableInstance=vi NameVariableMagic=vm Literal=l LiteralDate=ld"
    " LiteralString=s LiteralStringAffix=sa LiteralStringBacktick=sb LiteralStringChar=sc"
    " LiteralStringDelimiter=dl LiteralStringDoc=sd LiteralStringDouble=s2"
    " LiteralStringEscape=se LiteralStringHeredoc=sh LiteralStringInterpol=si"
    " LiteralStringOther=sx LiteralStringRegex=sr LiteralStringSingle=s1"
    " LiteralStringSymbol=ss LiteralNumber=m LiteralNumberBin=mb LiteralNumberFloat=mf"
    " LiteralNumberHex=mh LiteralNumberInteger=mi LiteralNumberIntegerLong=il"
    " LiteralNumberOct=mo Operator=o OperatorWord=ow OperatorReserved=or Punctuation=p"
    " Comment=c CommentHashbang=ch CommentMultiline=cm CommentPreproc=cp"
    " CommentPreprocFile=cpf CommentSingle=c1 CommentSpecial=cs Generic=g"
    " GenericDeleted=gd GenericEmph=ge GenericError=gr GenericHeading=gh"
    " GenericInserted=gi GenericOutput=go GenericPrompt=gp GenericStrong=gs"
    " GenericSubheading=gu GenericTraceback=gt GenericUnderline=gl"
)


def category(code: int) -> int:
    """Go's ``t / 1000 * 1000`` (truncating toward zero)."""
    return int(code / 1000) * 1000


def sub_category(code: int) -> int:
    return int(code / 100) * 100


def parent(code: int) -> int:
    if code % 100:
        return sub_category(code)
    if code % 1000:
        return category(code)
    return 0


@lru_cache(maxsize=256)
def css_class(name: str) -> str:
    """The class Chroma's HTML formatter writes for a token type (``""``: no span)."""
    code = CODES.get(name, CODES["Text"])
    while code:
        found = CLASSES.get(NAMES.get(code, ""))
        if found is not None:
            return found
        code = parent(code)
    return ""
