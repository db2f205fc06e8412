"""Hexo, Hugo and Jekyll read exactly what Postpad's front-matter edits mean.

Each fixture post (tests/engines/posts/ENGINE/) is edited through Postpad's core the way the form
does it (read_text_file, set_field/unset_field, save_text_file), then the real engine builds the
site once per machine time zone, and the test compares what the engine itself read (through its
own API or its rendered page) with what the edit intended. Hexo exits 0 even when it drops a post,
so the post list is checked as well as the exit code.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from engine_harness import ENGINES, MISSING, BuildResult, Engine, EnginePost
from fidelity_kit import POSTPAD_ONLY_ATTRIBUTES
from html_normalise import normalise_html

pytestmark = pytest.mark.engines

POSTS = Path(__file__).resolve().parent / "posts"
SITE_ZONE = ZoneInfo("Asia/Shanghai")  # every fixture site's configured time zone
MACHINE_ZONES = ("UTC", "Asia/Shanghai")
CST = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True)
class Set:
    key: str
    value: object


@dataclass(frozen=True)
class Unset:
    key: str


@dataclass(frozen=True)
class Expected:
    title: str
    date: dt.datetime | None  # an instant, compared as such; None: the engine picks (file time)
    tags: tuple[str, ...] = ()
    categories: tuple[tuple[str, ...], ...] = ()  # Hexo: hierarchies; Hugo/Jekyll: one name each
    draft: bool = False
    cover: object = MISSING
    body_contains: str = ""
    body_excludes: str = ""
    others: dict[str, object] = field(default_factory=dict)  # untouched keys, read back intact


@dataclass(frozen=True)
class Case:
    engine: str
    file: str
    edits: tuple[Set | Unset, ...]
    expect: Expected
    #: an open bug in Postpad (not in the engine) that makes this case fail today; the case then
    #: runs as a non-strict xfail, so the fix shows up as XPASS and this can be removed
    open_bug: str = ""
    #: which tests the open bug breaks: "read" (what the engine read), "page" (its page body)
    open_bug_in: tuple[str, ...] = ("read",)

    @property
    def id(self) -> str:
        return f"{self.engine}-{self.file}"

    def param(self, test: str = "read") -> object:
        broken = self.open_bug and test in self.open_bug_in
        marks = [pytest.mark.xfail(reason=self.open_bug, strict=False)] if broken else []
        return pytest.param(self, id=self.id, marks=marks)


GRADIENT = "linear-gradient(20deg, #1e9600, #fff200, #ff0000)"
USER_POST_OTHERS: dict[str, object] = {"top_img": GRADIENT, "comments": True}


# Values that a plain YAML scalar would change or break (decision 0008: the scalar emitter), each
# set on its own key through Postpad and read back by the engine.
TRICKY: dict[str, object] = {
    "description": "#话题 开头是井号",
    "subtitle": "&amp 字符",
    "note": "- 减号开头",
    "quote": "'a' b",
    "ref": "@someone",
    "percent": "%50",
    "star": "*重点*",
    "bang": "!重要",
    "pipe": "| 竖线",
    "gt": "> 大于",
    "num": "1_000",
    "time": "1:30",
    "octal": "0o10",
    "inf": ".inf",
    "indent": "\u3000全角空格开头",
    "trail": "结尾有空格 ",
    "multi": "第一行\n第二行",
    "winpath": "C:\\path\\file",
    "mark": "第 #1 期: 副标题",
    "flow": "[转载] {x} `code`",
    "null_word": "null",
    "tilde": "~",
    "date_like": "2024-06-01",
    "bool_word": "True",
}
SET_TRICKY = tuple(Set(key, value) for key, value in TRICKY.items())
TRICKY_LAST_UNSET: dict[str, object] = {**TRICKY, "bool_word": MISSING}


def local(*parts: int) -> dt.datetime:
    """A wall-clock time in the sites' zone (Asia/Shanghai)."""
    return dt.datetime(*parts, tzinfo=SITE_ZONE)  # type: ignore[misc]


HEXO = [
    Case(
        "hexo",
        "user-post.md",  # the first user's shape: YYYY/M/D, scalar category, gradient, `cover: `
        (
            Set("title", "读书笔记: 城市与街道"),
            Set("date", dt.date(2024, 6, 2)),
            Set("tags", ["2024", "1.10"]),
            Set("cover", "/images/street.png"),
            Set("cover", None),
        ),
        Expected(
            "读书笔记: 城市与街道",
            local(2024, 6, 2),
            tags=("2024", "1.10"),
            categories=(("随笔",),),
            cover=None,
            body_contains="入夏以后",
            others=USER_POST_OTHERS,
        ),
    ),
    Case(
        "hexo",
        "crlf-bom.md",
        (Set("date", dt.datetime(2024, 5, 21, 8, 0, 0)), Unset("tags")),
        Expected("带BOM和CRLF的文章", local(2024, 5, 21, 8), categories=(("技术",),)),
    ),
    Case(
        "hexo",
        "categories.md",
        (Set("categories", [["生活", "随笔"], ["技术"]]), Set("tags", ["1e3", "010", "2.0"])),
        Expected(
            "分类层级",
            local(2024, 4, 1, 8),
            tags=("1e3", "010", "2.0"),
            categories=(("生活", "随笔"), ("技术",)),
        ),
    ),
    Case(
        "hexo",
        "lookalikes.md",
        (
            Set("title", "no"),
            Set("tags", ["true", "null", "~", "yes"]),
            Set("cover", None),
            Set("cover", "/images/lookalike.png"),
        ),
        Expected(
            "no",
            local(2024, 3, 15),
            tags=("true", "null", "~", "yes"),
            cover="/images/lookalike.png",
        ),
    ),
    Case(
        "hexo",
        "bare.md",
        (
            Set("title", "无题: 随想"),
            Set("date", dt.datetime(2024, 6, 3, 10, 0, 0)),
            Set("tags", ["随想"]),
        ),
        Expected("无题: 随想", local(2024, 6, 3, 10), tags=("随想",), body_contains="第二段"),
    ),
    Case(
        "hexo",
        "json-front-matter.md",
        # the last key goes too: a trailing comma would make Hexo drop the whole header silently
        (Set("title", "JSON: 标题"), Set("tags", ["1.10"]), *SET_TRICKY, Unset("bool_word")),
        Expected("JSON: 标题", local(2024, 2, 2, 12), tags=("1.10",), others=TRICKY_LAST_UNSET),
    ),
    Case(
        "hexo",
        "tricky.md",
        SET_TRICKY,
        Expected("需要加引号的值", local(2024, 2, 1, 10), others=TRICKY),
    ),
    Case(
        "hexo",
        "offset-date.md",  # an offset Hexo mangles (decision 0009): a new date must not keep it
        (Set("date", dt.datetime(2024, 6, 5, 10, 0, tzinfo=CST)),),
        Expected("带时区的日期", local(2024, 6, 5, 10), tags=("时区",)),
    ),
    Case(
        "hexo",
        "only-title.md",  # removing the last key must not leave `---` lines Hexo shows as rules
        (Unset("title"),),
        Expected("", None, body_contains="正文只有一段", body_excludes="<hr>"),
    ),
    Case(
        "hexo",
        "scaffold.md",  # what `hexo new` writes: an empty `tags:` waiting for a list
        (Set("tags", ["新标签", "2024"]), Set("categories", [["技术", "前端"]])),
        Expected(
            "新文章",
            local(2024, 7, 1, 9),
            tags=("新标签", "2024"),
            categories=(("技术", "前端"),),
        ),
    ),
    Case(
        "hexo",
        "headless.md",
        (Set("title", "省略开头: 也行"), Set("published", False)),
        # Hexo attaches no tags to an unpublished post (Post.setTags), so none are read back.
        Expected("省略开头: 也行", local(2024, 1, 10, 9, 15), draft=True),
    ),
    Case(
        "hexo",
        "blank-first.md",  # issue 11: a real post starting with a blank line; Hexo reads it
        (Set("title", "-LKs-网站推荐"), Set("date", dt.datetime(2023, 10, 5, 8, 9, 10))),
        Expected("-LKs-网站推荐", local(2023, 10, 5, 8, 9, 10), categories=(("AWS",),)),
    ),
]

HUGO = [
    Case(
        "hugo",
        "toml-post.md",
        (
            Set("title", "TOML: 标题"),
            Set("date", dt.datetime(2024, 6, 4, 9, 0, 0, tzinfo=CST)),
            Set("tags", ["2024", "1.10"]),
            Set("draft", False),
            *SET_TRICKY,
        ),
        Expected(
            "TOML: 标题",
            local(2024, 6, 4, 9),
            tags=("2024", "1.10"),
            categories=(("技术",),),
            cover="/images/toml.png",
            others=TRICKY,
        ),
    ),
    Case(
        "hugo",
        "toml-dates.md",  # decision 0263: a TOML date keeps its layout, a quoted one stays text
        (
            Set("date", dt.datetime(2024, 6, 5, 9, 30, 0, 500000, tzinfo=CST)),
            Set("release", dt.date(2024, 6, 3)),
            Set("tags", ["a", "b"]),
        ),
        Expected(
            "TOML 日期", local(2024, 6, 5, 9, 30), tags=("a", "b"), others={"release": "2024-06-03"}
        ),
    ),
    Case(
        "hugo",
        "json-post.md",
        (
            Set("title", "JSON: 标题"),
            Unset("cover"),
            Set("tags", ["010", "yes"]),
            *SET_TRICKY,
            Unset("bool_word"),  # the last key: no trailing comma may be left behind
        ),
        Expected("JSON: 标题", local(2024, 5, 1, 8), tags=("010", "yes"), others=TRICKY_LAST_UNSET),
    ),
    Case(
        "hugo",
        "yaml-crlf-bom.md",
        (
            Set("title", "yes"),
            Set("cover", None),
            Set("cover", "/images/yaml.png"),
            Set("categories", ["生活", "随笔"]),
        ),
        Expected(
            "yes",
            local(2024, 5, 20, 21, 30),
            categories=(("生活",), ("随笔",)),
            draft=True,
            cover="/images/yaml.png",
        ),
    ),
    Case(
        "hugo",
        "user-post.md",
        (Set("title", "读书笔记: 城市与街道"), Set("date", dt.date(2024, 6, 2)), *SET_TRICKY),
        Expected(
            "读书笔记: 城市与街道",
            local(2024, 6, 2),
            categories=(("随笔",),),
            cover=None,
            body_contains="入夏以后",
            others=USER_POST_OTHERS | TRICKY,
        ),
    ),
    Case(
        "hugo",
        "bare.md",
        (Set("title", "无题: 随想"), Set("date", dt.datetime(2024, 6, 3, 10, 0, tzinfo=CST))),
        Expected("无题: 随想", local(2024, 6, 3, 10), body_contains="没有前置元数据"),
    ),
    Case(
        "hugo",
        "case-keys.md",  # issue 11: Hugo reads Title/Date/Tags as title/date/tags
        (
            Set("title", "新标题"),
            Set("tags", ["a", "b"]),
            Set("date", dt.datetime(2023, 10, 5, 8, 9, 10)),
        ),
        Expected("新标题", local(2023, 10, 5, 8, 9, 10), tags=("a", "b"), categories=(("随笔",),)),
    ),
    Case(
        "hugo",
        "case-duplicate.md",  # Hugo shows `Title` over `title`: the edit goes to `Title`
        (Set("Title", "改过的标题"),),
        Expected("改过的标题", local(2020, 8, 11)),
    ),
    Case(
        "hugo",
        "blank-first.md",  # Hugo skips blank lines; a quoted ISO date keeps its layout
        (Set("title", "-开头是减号"), Set("date", dt.date(2023, 10, 5))),
        Expected("-开头是减号", local(2023, 10, 5)),
    ),
]

JEKYLL = [
    Case(
        "jekyll",
        "2024-06-01-user-post.md",
        (
            Set("title", "读书笔记: 城市与街道"),
            Set("date", dt.date(2024, 6, 2)),
            Set("tags", ["2024", "1.10"]),
        ),
        Expected(
            "读书笔记: 城市与街道",
            local(2024, 6, 2),
            tags=("2024", "1.10"),
            categories=(("随笔",),),
            cover=None,
            body_contains="入夏以后",
            others=USER_POST_OTHERS,
        ),
    ),
    Case(
        "jekyll",
        "2024-05-20-crlf-bom.md",
        (
            Set("date", dt.datetime(2024, 5, 21, 8, 0, tzinfo=CST)),
            Set("tags", ["1:30", "010"]),
            Unset("categories"),
        ),
        Expected("带BOM和CRLF的文章", local(2024, 5, 21, 8), tags=("1:30", "010")),
    ),
    Case(
        "jekyll",
        "2024-03-15-lookalikes.md",
        (
            Set("title", "no"),
            Set("tags", ["yes", "off", "y"]),
            Set("categories", ["生活", "随笔"]),
            Set("published", False),
            Set("cover", None),
            Set("cover", "/images/lookalike.png"),
        ),
        Expected(
            "no",
            local(2024, 3, 15),
            tags=("yes", "off", "y"),
            categories=(("生活",), ("随笔",)),
            draft=True,
            cover="/images/lookalike.png",
        ),
    ),
    Case(
        "jekyll",
        "2024-02-01-tricky.md",
        SET_TRICKY,
        Expected("需要加引号的值", local(2024, 2, 1, 10), others=TRICKY),
    ),
    Case(
        "jekyll",
        "2024-06-03-bare.md",
        (Set("title", "无题: 随想"), Set("tags", ["随想"])),
        Expected("无题: 随想", local(2024, 6, 3), tags=("随想",), body_contains="没有前置元数据"),
    ),
    Case(
        "jekyll",
        # issue 11: a time typed for a date-only key is kept; Jekyll reads a time without an
        # offset as UTC, so `postpad fm` attaches the site's zone (tests/cli/test_fm.py)
        "2024-06-04-typed-time.md",
        (Set("date", dt.datetime(2023, 10, 5, 8, 9, 10, tzinfo=CST)),),
        Expected("只写了日期", local(2023, 10, 5, 8, 9, 10)),
    ),
]

CASES = HEXO + HUGO + JEKYLL


def edit_post(path: Path, edits: tuple[Set | Unset, ...], engine: str) -> None:
    """Apply the edits as the front-matter form does (it knows the site's engine), and save the
    file as the editor does."""
    from postpad.core.frontmatter import set_field, unset_field
    from postpad.core.textfile import read_text_file, save_text_file

    loaded = read_text_file(path)
    text = loaded.text
    for edit in edits:
        if isinstance(edit, Set):
            text = set_field(text, edit.key, edit.value, engine=engine)
        else:
            text = unset_field(text, edit.key, engine=engine)
    save_text_file(path, text, base=loaded)


def engine_or_skip(name: str) -> Engine:
    engine = ENGINES[name]
    reason = engine.unavailable()
    if reason:
        pytest.skip(f"{name}: {reason}")
    return engine


@pytest.fixture(scope="module")
def edited_sites(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Per engine: a fixture site holding every case's post, edited through Postpad (once)."""
    sites: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in sites:
            engine = engine_or_skip(name)
            site = engine.new_site(tmp_path_factory.mktemp(f"{name}-edited"))
            for case in CASES:
                if case.engine == name:
                    target = site / engine.posts_dir / engine.post_name(case.file)
                    shutil.copyfile(POSTS / name / case.file, target)
                    edit_post(target, case.edits, name)
            sites[name] = site
        return sites[name]

    return get


@pytest.fixture(scope="module")
def builds(
    edited_sites: Callable[[str], Path], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str, str], BuildResult]:
    """Per engine and machine time zone: one build of the edited site (cached for the module)."""
    results: dict[tuple[str, str], BuildResult] = {}

    def get(name: str, tz: str) -> BuildResult:
        if (name, tz) not in results:
            engine = engine_or_skip(name)
            where = tmp_path_factory.mktemp(f"{name}-{tz.replace('/', '-')}")
            site = where / "site"
            shutil.copytree(edited_sites(name), site, symlinks=True)
            results[name, tz] = engine.build(site, tz)
        return results[name, tz]

    return get


def hexo_category_paths(hierarchies: tuple[tuple[str, ...], ...]) -> set[tuple[str, ...]]:
    """Hexo lists each hierarchy's every level as a category of the post."""
    return {h[: i + 1] for h in hierarchies for i in range(len(h))}


def assert_read_as_intended(post: EnginePost, case: Case) -> None:
    want = case.expect
    assert post.title == want.title
    if want.date is not None:
        assert post.date == want.date, f"{post.date.isoformat()} != {want.date.isoformat()}"
    assert sorted(post.tags) == sorted(want.tags)
    if case.engine == "hexo":
        assert set(post.categories) == hexo_category_paths(want.categories)
    else:
        assert sorted(post.categories) == sorted(want.categories)
    assert post.draft is want.draft
    assert post.cover == want.cover
    if want.body_contains:
        assert want.body_contains in post.body_html
    if want.body_excludes:
        assert want.body_excludes not in post.body_html
    for key, value in want.others.items():
        assert post.exposed(case.engine, key) == value, key


@pytest.mark.parametrize("tz", MACHINE_ZONES)
@pytest.mark.parametrize("case", [case.param() for case in CASES])
def test_engine_reads_what_the_edit_meant(
    case: Case, tz: str, builds: Callable[[str, str], BuildResult]
) -> None:
    result = builds(case.engine, tz)
    file = ENGINES[case.engine].post_name(case.file)
    assert file in result.posts, f"{file} was dropped:\n{result.describe()}"
    assert_read_as_intended(result.posts[file], case)


@pytest.mark.parametrize("tz", MACHINE_ZONES)
@pytest.mark.parametrize("name", list(ENGINES))
def test_build_succeeds_and_no_post_is_dropped(
    name: str, tz: str, builds: Callable[[str, str], BuildResult]
) -> None:
    result = builds(name, tz)
    assert result.returncode == 0, result.describe()
    assert not [line for line in result.log.splitlines() if line.startswith(("ERROR", "FATAL"))]
    engine = ENGINES[name]
    expected = {engine.post_name(case.file) for case in CASES if case.engine == name}
    assert set(result.posts) == expected, result.describe()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_edits_keep_encoding_and_line_endings(
    case: Case, edited_sites: Callable[[str], Path]
) -> None:
    engine = ENGINES[case.engine]
    before = (POSTS / case.engine / case.file).read_bytes()
    saved = edited_sites(case.engine) / engine.posts_dir / engine.post_name(case.file)
    after = saved.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") == before.startswith(b"\xef\xbb\xbf")
    if b"\r\n" in before:
        assert after.count(b"\n") == after.count(b"\r\n"), "a line lost its CRLF ending"
    else:
        assert b"\r" not in after
    assert after.endswith(b"\n") == before.endswith(b"\n")
    assert after != before


def test_hexo_url_date_follows_the_wall_clock_on_the_authors_machine(
    builds: Callable[[str, str], BuildResult],
) -> None:
    """On a Shanghai machine the URL date is the written date (on UTC CI it shifts: hexo#3282)."""
    result = builds("hexo", "Asia/Shanghai")
    post = result.posts["user-post.md"]
    assert str(post.raw["path"]).startswith("2024/06/02/")


@pytest.mark.parametrize(
    "post", sorted(POSTS.glob("*/*.md")), ids=lambda p: f"{p.parent.name}-{p.name}"
)
def test_untouched_post_saves_byte_identical(post: Path, tmp_path: Path) -> None:
    """Opening and saving a fixture post without edits gives the same bytes the engine read."""
    from postpad.core.textfile import read_text_file, save_text_file

    copy = tmp_path / post.name
    shutil.copyfile(post, copy)
    loaded = read_text_file(copy)
    save_text_file(copy, loaded.text, base=loaded)
    assert copy.read_bytes() == post.read_bytes()


PUBLISHED = [case for case in CASES if not (case.engine == "hexo" and case.expect.draft)]


@pytest.mark.parametrize("case", [case.param("page") for case in PUBLISHED])
def test_preview_of_saved_post_matches_engine_page(
    case: Case,
    builds: Callable[[str, str], BuildResult],
    edited_sites: Callable[[str], Path],
) -> None:
    """End to end: the preview of the whole saved file (front matter split off the way the
    engine splits it) is the body the engine published."""
    from postpad.core.render import RenderOptions, render
    from postpad.core.textfile import read_text_file

    engine = ENGINES[case.engine]
    file = engine.post_name(case.file)
    post = builds(case.engine, "Asia/Shanghai").posts[file]  # Hexo has no page for a draft
    text = read_text_file(edited_sites(case.engine) / engine.posts_dir / file).text
    blocks = render(text, RenderOptions(engine=case.engine)).blocks
    ours = normalise_html("".join(block.html for block in blocks), POSTPAD_ONLY_ATTRIBUTES)
    assert post.body_html.strip(), "the engine published an empty page"
    assert ours == normalise_html(post.body_html)


NOT_A_HEADER = {
    # engine: a post whose header that engine does not read (decision 0090)
    "hexo": "\n\n---\ntitle: 两个空行\ndate: 2020-08-11\n---\n正文第一段。\n",
    "jekyll": "\n---\ntitle: 一个空行\ndate: 2020-08-11\n---\n正文第一段。\n",
}


@pytest.mark.parametrize("name", list(NOT_A_HEADER))
def test_a_header_the_engine_does_not_read_is_refused_not_doubled(
    name: str, tmp_path: Path
) -> None:
    from postpad.core.errors import FrontMatterError
    from postpad.core.frontmatter import read_fields, set_field

    engine = engine_or_skip(name)
    text = NOT_A_HEADER[name]
    site = engine.new_site(tmp_path)
    file = engine.post_name("not-a-header.md")
    (site / engine.posts_dir / file).write_text(text, encoding="utf-8")
    result = engine.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    post = result.posts[file]
    assert post.title not in ("两个空行", "一个空行")  # the engine sees no header...
    assert "title:" in post.body_html  # ...and publishes it as text
    assert read_fields(text, engine=name) == {}
    with pytest.raises(FrontMatterError, match="does not read as front matter"):
        set_field(text, "title", "新", engine=name)
