"""Mermaid in the real WebEngine preview: drawn by the shell page, offline, only what changed."""

from __future__ import annotations

import json
from pathlib import Path

from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtGui import QTextCursor

POST = """---
title: 图表
mathjax: true
---

第一段文字。

## mermaid

```mermaid
flowchart LR
  写作 --> 预览
```

中间的段落。

{% mermaid %}
sequenceDiagram
  Alice->>Bob: 你好
{% endmermaid %}

公式 $e^{i\\pi} + 1 = 0$。

最后一段。
"""

#: per diagram: [has an <svg> in its shadow root, the error text shown there]
DIAGRAMS = """JSON.stringify(Array.prototype.map.call(
  document.querySelectorAll('.mermaid-wrap'),
  function (w) {
    var s = w.shadowRoot;
    var e = s && s.querySelector('.pp-diagram-error');
    return [!!(s && s.querySelector('svg')), e ? e.textContent : ''];
  }))"""


#: Butterfly draws diagrams only with these (decision 0155): Mermaid on, fences as diagrams, and
#: the highlighter leaving mermaid fences as <pre><code class="… mermaid">
MERMAID_ON = "mermaid:\n  enable: true\n  code_write: true\n"
SITE_CONFIG = "title: blog\ntheme: butterfly\nhighlight:\n  exclude_languages: [mermaid]\n"


def _butterfly_post(tmp_path: Path, text: str, theme_config: str = MERMAID_ON) -> Path:
    site = tmp_path / "blog"
    (site / "source" / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    (site / "_config.butterfly.yml").write_text(theme_config, encoding="utf-8")
    (site / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', encoding="utf-8")
    post = site / "source" / "_posts" / "diagrams.md"
    post.write_text(text, encoding="utf-8")
    return post


def _diagrams(qtbot, tab) -> list[list[object]]:
    return json.loads(run_js(qtbot, tab.preview, DIAGRAMS))  # type: ignore[no-any-return]


def _stats(qtbot, tab) -> dict[str, object]:
    return json.loads(run_js(qtbot, tab.preview, "JSON.stringify(postpad.diagrams.stats())"))  # type: ignore[no-any-return]


def _insert(tab, anchor: str, text: str) -> None:
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor.toPlainText().index(anchor))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(text)


def _open(qtbot, main_window, tmp_path: Path, text: str = POST):
    tab = main_window.open_paths([_butterfly_post(tmp_path, text)])[0]
    wait_for_preview_text(qtbot, tab.preview, "最后一段")
    return tab


def test_both_diagram_kinds_are_drawn_offline(qtbot, main_window, tmp_path: Path) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    assert tab.preview_settings().theme == "butterfly"
    # the heading's id="mermaid" makes window.mermaid that element (as in Butterfly's own docs)
    assert run_js(qtbot, tab.preview, "document.getElementById('mermaid').tagName") == "H2"
    qtbot.waitUntil(lambda: _diagrams(qtbot, tab) == [[True, ""], [True, ""]], timeout=30000)
    svg_text = run_js(
        qtbot,
        tab.preview,
        "Array.prototype.map.call(document.querySelectorAll('.mermaid-wrap'),"
        " function (w) { return w.shadowRoot.textContent; }).join('|')",
    )
    assert "写作" in svg_text  # the labels are the post's
    assert "你好" in svg_text
    assert tab.preview.blocked_requests == []  # no CDN font, no network
    assert _stats(qtbot, tab)["refused"] == []  # nor anything the page's CSP forbids (eval …)
    # formulas stay MathML, drawn without script next to the diagrams
    assert run_js(qtbot, tab.preview, "document.querySelectorAll('main math').length") == 1
    # the light DOM is still the core's markup: the page equals a full render
    assert run_js(qtbot, tab.preview, "document.querySelectorAll('pre.mermaid-src').length") == 2


def test_an_edit_elsewhere_does_not_redraw(qtbot, main_window, tmp_path: Path) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["svgs"] == 2, timeout=30000)
    renders = _stats(qtbot, tab)["renders"]
    assert renders == 2
    _insert(tab, "中间的段落。", "补一句。")
    wait_for_preview_text(qtbot, tab.preview, "中间的段落。补一句。")
    _insert(tab, "最后一段。", "再补。")
    wait_for_preview_text(qtbot, tab.preview, "最后一段。再补。")
    qtbot.wait(300)
    assert _stats(qtbot, tab)["renders"] == renders
    assert _stats(qtbot, tab)["svgs"] == 2
    # editing the diagram itself draws that one again, and only that one
    _insert(tab, "  写作 --> 预览", "\n  预览 --> 发布")
    qtbot.waitUntil(
        lambda: (
            "发布"
            in run_js(
                qtbot, tab.preview, "document.querySelector('.mermaid-wrap').shadowRoot.textContent"
            )
        ),
        timeout=30000,
    )
    assert _stats(qtbot, tab)["renders"] == renders + 1


def test_a_broken_diagram_shows_mermaids_error(qtbot, main_window, tmp_path: Path) -> None:
    broken = POST.replace("flowchart LR\n  写作 --> 预览", "flowchart LR\n  写作 -->")
    tab = _open(qtbot, main_window, tmp_path, broken)
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["renders"] == 2, timeout=30000)
    qtbot.waitUntil(lambda: _diagrams(qtbot, tab)[1] == [True, ""], timeout=30000)
    drawn, error = _diagrams(qtbot, tab)[0]
    assert not drawn
    assert error.startswith("Mermaid: ")
    assert "Parse error" in error
    leftovers = (
        "document.querySelectorAll('body > :not(main):not(script):not(#pp-post-header)').length"
    )
    assert run_js(qtbot, tab.preview, leftovers) == 0  # no error drawing left in the page
    # the page is alive: later edits still arrive, and the source stays visible under the error
    _insert(tab, "最后一段。", "还在。")
    wait_for_preview_text(qtbot, tab.preview, "最后一段。还在。")
    wait_for_preview_text(qtbot, tab.preview, "写作 -->")


def test_a_diagram_broken_while_typing_keeps_its_drawing_dimmed(
    qtbot, main_window, tmp_path: Path
) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["svgs"] == 2, timeout=30000)
    _insert(tab, "  写作 --> 预览", "\n  预览 -->")  # half-typed edge
    qtbot.waitUntil(lambda: _diagrams(qtbot, tab)[0][1].startswith("Mermaid: "), timeout=30000)
    first = "document.querySelector('.mermaid-wrap').shadowRoot"
    assert run_js(qtbot, tab.preview, f"{first}.querySelector('.pp-pending svg') !== null")
    assert "写作" in run_js(qtbot, tab.preview, f"{first}.textContent")  # the last good one
    _insert(tab, "  预览 -->", " 发布")
    qtbot.waitUntil(
        lambda: "发布" in run_js(qtbot, tab.preview, f"{first}.textContent"), timeout=30000
    )
    assert _diagrams(qtbot, tab)[0] == [True, ""]
    assert run_js(qtbot, tab.preview, f"{first}.querySelector('.pp-pending') === null") is True


def test_theme_switch_redraws_in_the_dark_theme(qtbot, main_window, tmp_path: Path) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["svgs"] == 2, timeout=30000)
    first = "document.querySelector('.mermaid-wrap').shadowRoot.innerHTML"
    light = run_js(qtbot, tab.preview, first)
    tab.preview.set_theme("dark")
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["renders"] == 4, timeout=30000)
    qtbot.waitUntil(
        lambda: run_js(qtbot, tab.preview, first) != light,
        timeout=30000,
    )
    tab.preview.set_theme("light")  # back: drawn from the cache
    qtbot.wait(300)
    assert _stats(qtbot, tab)["renders"] == 4


def test_a_post_without_diagrams_does_not_load_mermaid(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了")
    assert run_js(qtbot, tab.preview, "typeof postpad.diagrams") == "undefined"
    assert run_js(qtbot, tab.preview, "typeof __esbuild_esm_mermaid_nm") == "undefined"
    assert tab.preview.materialize().mermaid_loaded is False


def test_a_site_with_mermaid_off_shows_no_diagram(qtbot, main_window, tmp_path: Path) -> None:
    """Butterfly's default (mermaid.enable: false): the tag's source is hidden, as on the blog,
    the fence is a code block, and Mermaid is never loaded (decision 0155)."""
    post = _butterfly_post(tmp_path, POST, theme_config="# Mermaid left at its default\n")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "最后一段")
    hidden = "document.querySelectorAll('pre.mermaid-src[hidden]').length"
    assert run_js(qtbot, tab.preview, hidden) == 1
    assert run_js(qtbot, tab.preview, "document.querySelectorAll('.pp-diagram').length") == 0
    assert "写作 --&gt; 预览" in run_js(
        qtbot, tab.preview, "document.querySelector('main').innerHTML"
    )
    assert run_js(qtbot, tab.preview, "typeof postpad.diagrams") == "undefined"
    assert tab.preview.materialize().mermaid_loaded is False


def test_the_bundled_build_is_package_data_with_its_licence() -> None:
    import re

    from postpad.core.assets import MERMAID_SCRIPT, asset, asset_gzip_text

    build = asset(MERMAID_SCRIPT)
    assert build.is_file()
    vendor = asset("preview/vendor")
    assert "MIT License" in vendor.joinpath("mermaid.LICENSE").read_text(encoding="utf-8")
    notes = vendor.joinpath("README.md").read_text(encoding="utf-8")
    [recorded] = re.findall(r"^## Mermaid (\S+)$", notes, re.MULTILINE)
    script = asset_gzip_text(MERMAID_SCRIPT)
    assert f'version:"{recorded}"' in script  # the notes name the version that is shipped
    assert 'globalThis["mermaid"]' in script  # the single-file build, not an ES module
    import hashlib

    [sha256] = re.findall(r"sha256 of `mermaid.min.js`: `([0-9a-f]{64})`", notes)
    assert hashlib.sha256(script.encode("utf-8")).hexdigest() == sha256  # unchanged, only gzipped
    assert len(build.read_bytes()) < 2_000_000  # tracked files stay under 2 MB (0282)


def test_only_ops_with_a_diagram_ask_for_mermaid() -> None:
    from postpad.core.render.rules.mermaid import diagram_html
    from postpad.gui.preview.diagrams import ops_have_diagrams

    diagram = {"op": "replace", "id": "b1", "html": diagram_html("graph TD\n")}
    text = {"op": "insert", "id": "b2", "html": "<p>mermaid-src is only a word here</p>"}
    assert ops_have_diagrams([text, diagram])
    assert not ops_have_diagrams([text, {"op": "shift", "after": "b1", "delta": 2}])
    assert ops_have_diagrams([{"op": "reset", "blocks": [text, diagram]}])
    assert not ops_have_diagrams([{"op": "reset", "blocks": [text]}])


def test_a_diagram_cannot_run_script(qtbot, main_window, tmp_path: Path) -> None:
    hostile = (
        '```mermaid\n%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n'
        '  A["<img src=x onerror=alert(1)>"] --> B\n'
        '  click A href "javascript:alert(2)"\n  click B call alert(3)\n```\n\n最后一段。\n'
    )
    tab = _open(qtbot, main_window, tmp_path, hostile)
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["svgs"] == 1, timeout=30000)
    svg = run_js(qtbot, tab.preview, "document.querySelector('.mermaid-wrap').shadowRoot.innerHTML")
    assert "onerror" not in svg
    assert "javascript:" not in svg
    assert "alert" not in svg
    assert _stats(qtbot, tab)["refused"] == []
    # nothing of Mermaid's is left in the page outside the post (temporary render elements)
    leftovers = (
        "document.querySelectorAll('body > :not(main):not(script):not(#pp-post-header)').length"
    )
    assert run_js(qtbot, tab.preview, leftovers) == 0


def test_a_full_reset_takes_every_drawing_from_the_cache(qtbot, main_window, tmp_path) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["svgs"] == 2, timeout=30000)
    with qtbot.waitSignal(tab.preview.out_of_step, timeout=5000):
        tab.preview.materialize()._version = 41  # the page refuses the next patch: Qt resets
        _insert(tab, "最后一段。", "重置。")
    wait_for_preview_text(qtbot, tab.preview, "最后一段。重置。")
    qtbot.waitUntil(lambda: _stats(qtbot, tab)["svgs"] == 2, timeout=30000)
    assert _stats(qtbot, tab)["renders"] == 2  # new elements, same sources: nothing redrawn
