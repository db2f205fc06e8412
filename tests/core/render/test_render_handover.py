"""A render's state handed over from another process (decision 0279): a renderer that goes on
from it renders nothing for the same text, and its patches for later edits rebuild exactly what
a full render gives, as those of a renderer that rendered the post itself."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postpad.core.document import Document
from postpad.core.first_render import options_for
from postpad.core.render import (
    IncrementalRenderer,
    RenderOptions,
    apply_patch,
    block_ids,
    incremental,
    pipeline,
    render,
)
from postpad.core.render.handover import pack, unpack
from postpad.core.render.patch import blocks_html
from postpad.core.render.pipeline import render_state

SITE = Path(__file__).resolve().parents[2] / "fixtures" / "sites" / "hexo-butterfly"
POST = (SITE.parents[1] / "text" / "prestarted-butterfly.md").read_text(encoding="utf-8")

# headings (ids renumbered by edits), references, footnotes, tags, quotes, a table of contents
DOCUMENT = (
    "---\ntitle: t\n---\n\n# Intro\n\n* TOC\n{:toc}\n\nsee [x] and a note[^1].\n\n"
    '## Part\n\ntext "q" \'a\' and 说"放弃"\n\n{% note info %}\ninside\n{% endnote %}\n\n'
    "{{< note >}}\nshort\n{{< /note >}}\n\n## Part\n\n- item\n  - sub\n\n"
    "```py\ncode = 1\n```\n\n$$\nx^2\n$$\n\nlast paragraph\n\n[x]: /url\n[^1]: note\n"
)
EDITS = [
    ("last paragraph", "last, longer paragraph"),
    ("## Part\n\n- item", "## Part\n\n## Part\n\n- item"),  # a heading: later ids change
    ("inside", "in\n\nside"),
    ("see [x]", "see [y]"),  # a reference that is not defined: a full render
    ("code = 1", "code = 2\n```\n\nafter"),
]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many whole posts were rendered (``render_body``) in this process."""
    calls: list[int] = []
    original = pipeline.render_body

    def counting(*args: object, **kwargs: object) -> pipeline.DocumentState:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "render_body", counting)
    monkeypatch.setattr(incremental, "render_body", counting)
    return calls


@pytest.mark.parametrize("engine", ["hexo", "hugo", "jekyll"])
def test_a_handed_over_state_patches_as_one_rendered_here(engine: str, counted: list[int]) -> None:
    options = RenderOptions(engine=engine, math=True)
    state = render_state(DOCUMENT, options)
    shown = state.snapshot().blocks  # what the page was given
    adopted = IncrementalRenderer(options)
    adopted.adopt(DOCUMENT, unpack(pack(state), options))
    own = IncrementalRenderer(options)
    own.update(DOCUMENT)
    counted.clear()
    same = adopted.update(DOCUMENT)
    assert same.ops == ()
    assert not adopted.last_was_full
    assert counted == []  # nothing rendered again for the text the state is of
    assert same.rendered.html == render(DOCUMENT, options).html
    blocks, text = list(shown), DOCUMENT
    for old, new in EDITS:
        text = text.replace(old, new, 1)
        patch = adopted.update(text)
        blocks = apply_patch(blocks, patch)
        expected = render(text, options)
        assert blocks_html(blocks) == expected.html
        assert patch.rendered.warnings == expected.warnings
        assert patch.rendered.stats == expected.stats
        assert [(h.text, h.id, h.line) for h in patch.rendered.outline] == [
            (h.text, h.id, h.line) for h in expected.outline
        ]
        own.update(text)
        assert (adopted.last_was_full, adopted.last_rendered_blocks) == (
            own.last_was_full,
            own.last_rendered_blocks,
        )


def test_the_childs_state_goes_on_in_this_process(tmp_path: Path, counted: list[int]) -> None:
    """The real child process: its state, loaded here, renders a paragraph edit as the blocks
    around it (as a renderer that rendered the post here would), the new one with an id none of
    the child's blocks has."""
    root = tmp_path / "blog"
    shutil.copytree(SITE, root)
    post = (root / "source/_posts/prestarted.md").resolve()
    post.write_text(POST, encoding="utf-8")
    request = {"path": str(post), "default_profile": "hexo", "dialect": "", "remote_images": False}
    request["first_id"] = block_ids.next_number()
    done = subprocess.run(
        [sys.executable, "-P", "-m", "postpad.core.first_render", json.dumps(request)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reply = json.loads(done.stdout.decode("utf-8"))
    options = options_for(post, "hexo", "", False)
    assert reply["options"] == repr(options)
    text = Document.load(post).text
    renderer = IncrementalRenderer(options)
    renderer.adopt(text, unpack(reply["state"], options))
    block_ids.skip_to(reply["next_id"])
    own = IncrementalRenderer(options)  # what rendering the post here would have cost
    own.update(text)
    counted.clear()
    first = renderer.update(text)
    assert [(b.id, b.html) for b in first.rendered.blocks] == [
        (b["id"], b["html"]) for b in reply["blocks"]
    ]
    edited = text.replace("正文第一段", "正文第一段。\n\n新的一段")
    patch = renderer.update(edited)
    assert counted == []
    own.update(edited)
    assert renderer.last_rendered_blocks == own.last_rendered_blocks < len(reply["blocks"])
    new_ids = {op.id for op in patch.ops if op.kind == "insert"}
    assert new_ids
    assert not new_ids & {b["id"] for b in reply["blocks"]}
    assert patch.rendered.html == render(edited, options).html
