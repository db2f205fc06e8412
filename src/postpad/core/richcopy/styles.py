"""The inline styles of a rich copy: what 微信公众号, 知乎 and 掘金 editors keep when pasted.

They keep ``style`` attributes on ordinary tags and drop classes, ``<style>`` and scripts, so every
look is written on the element itself (docs/decisions/0122-copy-as-rich-text.md). Colours follow
the preview's stylesheet (assets/preview/preview.css) for Butterfly's notes, labels and buttons.
"""

from __future__ import annotations

FONT = (
    "-apple-system,BlinkMacSystemFont,'PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
    "'Noto Sans CJK SC',sans-serif"
)
MONO = "Menlo,Consolas,'Liberation Mono','Courier New',monospace"

ROOT = f"font-size:16px;line-height:1.75;color:#333;font-family:{FONT};word-break:break-word;"

#: tag -> style, for tags as the renderer writes them
TAGS: dict[str, str] = {
    "h1": "font-size:24px;font-weight:bold;margin:1.2em 0 0.6em;line-height:1.4;color:#222;",
    "h2": (
        "font-size:20px;font-weight:bold;margin:1.2em 0 0.6em;line-height:1.4;color:#222;"
        "padding-bottom:0.3em;border-bottom:1px solid #eaecef;"
    ),
    "h3": "font-size:18px;font-weight:bold;margin:1.1em 0 0.5em;line-height:1.4;color:#222;",
    "h4": "font-size:16px;font-weight:bold;margin:1em 0 0.5em;color:#222;",
    "h5": "font-size:15px;font-weight:bold;margin:1em 0 0.5em;color:#444;",
    "h6": "font-size:14px;font-weight:bold;margin:1em 0 0.5em;color:#666;",
    "p": "margin:0.8em 0;line-height:1.75;",
    "a": "color:#576b95;text-decoration:none;border-bottom:1px solid #576b95;",
    "strong": "font-weight:bold;color:#222;",
    "em": "font-style:italic;",
    "del": "text-decoration:line-through;color:#999;",
    "blockquote": (
        "margin:1em 0;padding:0.6em 1em;border-left:4px solid #dfe2e5;background:#f7f7f7;"
        "color:#666;"
    ),
    "ul": "margin:0.8em 0;padding-left:2em;list-style-type:disc;",
    "ol": "margin:0.8em 0;padding-left:2em;list-style-type:decimal;",
    "li": "margin:0.3em 0;line-height:1.75;",
    "table": "border-collapse:collapse;width:100%;margin:1em 0;font-size:14px;",
    "th": "border:1px solid #dfe2e5;padding:6px 12px;background:#f6f8fa;font-weight:bold;",
    "td": "border:1px solid #dfe2e5;padding:6px 12px;",
    "img": "max-width:100%;height:auto;display:block;margin:1em auto;border-radius:4px;",
    "hr": "border:none;border-top:1px solid #e5e5e5;margin:1.5em 0;",
    "code": (
        f"font-family:{MONO};font-size:90%;background:#f3f4f4;color:#c7254e;padding:2px 4px;"
        "border-radius:3px;"
    ),
    "mark": "background:#fff5b1;padding:0 2px;",
    "sup": "font-size:75%;",
    "sub": "font-size:75%;",
    "kbd": f"font-family:{MONO};border:1px solid #ccc;border-radius:3px;padding:0 4px;",
}

P_IN_BOX = "margin:0.3em 0;"

PRE = (
    f"margin:1em 0;padding:12px 14px;border-radius:6px;overflow-x:auto;font-family:{MONO};"
    "font-size:13px;line-height:1.6;text-align:left;"
)
CODE_IN_PRE = f"font-family:{MONO};background:none;color:inherit;padding:0;white-space:pre;"

#: Butterfly's colour names -> (border / button colour, light background)
COLORS: dict[str, tuple[str, str]] = {
    "default": ("#777777", "#f7f7f7"),
    "primary": ("#6f42c1", "#f5f0fa"),
    "info": ("#428bca", "#ecf3fa"),
    "blue": ("#428bca", "#ecf3fa"),
    "success": ("#5cb85c", "#eff8ef"),
    "green": ("#5cb85c", "#eff8ef"),
    "warning": ("#f0ad4e", "#fef7ed"),
    "orange": ("#ff8c00", "#fff4e5"),
    "danger": ("#d9534f", "#fbeeed"),
    "red": ("#d9534f", "#fbeeed"),
    "purple": ("#9c27b0", "#f5e9f7"),
    "pink": ("#e91e63", "#fde8ef"),
}


def color(classes: list[str], fallback: str = "default") -> tuple[str, str]:
    for name in classes:
        if name in COLORS:
            return COLORS[name]
    return COLORS[fallback]


def note(classes: list[str]) -> str:
    border, background = color(classes)
    if "simple" in classes or "disabled" in classes:
        background = "#ffffff"
    return (
        f"margin:1em 0;padding:0.7em 1em;border-left:5px solid {border};background:{background};"
        "border-radius:3px;"
    )


def label(classes: list[str]) -> str:
    background, _ = color(classes)
    return f"color:#fff;background:{background};padding:0 0.3em;border-radius:3px;"


def button(classes: list[str]) -> str:
    background, _ = color(classes, "blue")
    if "outline" in classes:
        return (
            f"display:inline-block;padding:0 1em;border:1px solid {background};color:{background};"
            "border-radius:2px;text-decoration:none;line-height:2;"
        )
    return (
        f"display:inline-block;padding:0 1em;background:{background};color:#fff;"
        "border-radius:2px;text-decoration:none;line-height:2;"
    )


PANEL = "margin:1em 0;padding:0.6em 1em;border:1px solid #e3e3e3;border-radius:4px;"
PANEL_TITLE = "margin:0 0 0.4em;font-weight:bold;color:#222;"
TIMELINE_ITEM = "margin:0.6em 0 0.6em 0.4em;padding-left:1em;border-left:2px solid #428bca;"
