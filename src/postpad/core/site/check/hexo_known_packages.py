"""Tags of well-known Hexo plugins and themes, for sites whose ``node_modules`` or ``themes/`` is
not installed where Postpad runs (decision 0047). Read with ``hexo_scripts.registered_tags``
from the npm packages (``npm pack``) at the versions noted; an installed package is always read
instead. Each entry: (tag names, block tags taking ``{% endname %}``), space-separated.
"""

from __future__ import annotations

KNOWN_PACKAGES: dict[str, tuple[str, str]] = {
    "hexo-sliding-spoiler": (  # 2.0.0
        "sliding_spoiler",
        "sliding_spoiler",
    ),
    "hexo-static-math": (  # 0.1.0
        "math",
        "math",
    ),
    "hexo-tag-aplayer": (  # 3.0.4
        "aplayer aplayerlist aplayerlrc before_exit meting",
        "aplayerlist aplayerlrc",
    ),
    "hexo-tag-bilibili": (  # 0.3.1
        "bilibili",
        "",
    ),
    "hexo-tag-common": (  # 0.2.0
        "subsubtabs subtabs tabs",
        "subsubtabs subtabs tabs",
    ),
    "hexo-tag-dplayer": (  # 0.3.3
        "dplayer",
        "",
    ),
    "hexo-tag-embed": (  # 1.0.0
        "gist jsfiddle vimeo youtube",
        "",
    ),
    "hexo-tag-katex": (  # 1.1.1
        "katex",
        "katex",
    ),
    "hexo-tag-mmedia": (  # 1.2.1
        "mmedia mmedias",
        "",
    ),
    "hexo-tag-plantuml": (  # 1.0.0
        "plantuml",
        "plantuml",
    ),
    "hexo-tag-video": (  # 0.0.2
        "video",
        "",
    ),
    "hexo-tag-youtube-responsive": (  # 0.4.2
        "youtuber",
        "youtuber",
    ),
    "hexo-theme-butterfly": (  # 5.7.0
        "btn chartjs flink gallery galleryGroup hideBlock hideInline hideToggle inlineImg "
        "label mermaid note score series subnote subsubtabs subtabs tabs timeline",
        "chartjs flink gallery hideBlock hideToggle mermaid note score subnote subsubtabs "
        "subtabs tabs timeline",
    ),
    "hexo-theme-fluid": (  # 1.9.9
        "btn button cb checkbox fold gi groupimage label mermaid note",
        "fold gi groupimage mermaid note",
    ),
    # icarus 6.1.1 registers its tags through its dependency hexo-component-inferno 3.1.2
    "hexo-theme-icarus": ("message tabs", "message tabs"),
    "hexo-component-inferno": ("message tabs", "message tabs"),  # 3.1.2
    "hexo-theme-keep": (  # 4.3.0
        "btn button note tabs timeline timenode",
        "btn button note tabs timeline timenode",
    ),
    "hexo-theme-landscape": ("fancybox", ""),  # 1.1.0
    "hexo-theme-next": (  # 8.29.0
        "btn button can caniuse centerquote cq gp grouppicture label lg linkgrid mermaid "
        "note pdf subnote subsubtabs subtabs tabs video wavedrom",
        "centerquote cq gp grouppicture lg linkgrid mermaid note subnote subsubtabs "
        "subtabs tabs wavedrom",
    ),
    "hexo-theme-redefine": (  # 2.9.0
        "btn btns button buttons callout cell folding grid subsubtabs subtabs tabs",
        "btns buttons callout folding grid subsubtabs subtabs tabs",
    ),
    "hexo-theme-stellar": (  # 1.44.0
        "about albums audio banner blockquote blur box button chat checkbox copy del "
        "dropdown emoji emp folders folding frame friends gallery ghcard grid hashtag "
        "icon image kbd link mark mbti md navbar note okr paper poetry posters psw quot "
        "radio rating reel sites sub sup swiper table tabs timeline tip toc u users video "
        "vote wavy",
        "about banner blockquote box chat dropdown folders folding gallery grid okr paper "
        "poetry reel swiper table tabs timeline tip",
    ),
    "hexo-theme-volantis": (  # 6.8.3
        "Audio Checkbox Folding Frame Gallery Image Link Note Radio Tabs Timeline Video "
        "albums audio banner blocknote blockquote blur box btn btns button cell chat "
        "checkbox contributors copy del emoji emp folders folding frame friends gallery "
        "ghcard ghcardgroup grid hashtag icon image inlineimage kbd link linkgroup mark "
        "md menu menuitem navbar note noteblock okr p pandown paper poetry posters psw "
        "quot radio reel sites span sub subTabs submenu subsubTabs subsubtabs subtabs sup "
        "swiper table tabs timeline timenode u video videos wavy xlink",
        "Folding Gallery Tabs Timeline banner blocknote blockquote box btns chat folders "
        "folding gallery ghcardgroup grid linkgroup menu noteblock okr paper poetry reel "
        "subTabs submenu subsubTabs subsubtabs subtabs swiper table tabs timeline "
        "timenode videos",
    ),
}
