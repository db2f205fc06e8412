"""Any text at all: reading and editing either work or raise FrontMatterError, never crash.

And whatever happens, the body after the header is never changed by an edit.
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields, set_field, split_front_matter, unset_field

PIECES = [
    "---\n",
    "+++\n",
    ";;;\n",
    "{\n",
    "}\n",
    "{",
    "}",
    "\n",
    "title: x\n",
    "tags:\n",
    "- a\n",
    "  - b\n",
    "[a, b]",
    "'q'",
    '"d"',
    "# c\n",
    ": ",
    "&a ",
    "*a",
    "|\n",
    ">-\n",
    "  text\n",
    '"k": 1,\n',
    'title = "t"\n',
    "[params]\n",
    "\t",
    " ",
    "2024/6/1",
    "date: 2024-06-01\n",
    "<<: *a\n",
    "a: &a {k: 1}\n",
    "k: &a [1]\n",
    "? k\n",
    "...\n",
    "--- \n",
    "\ufeff",
    "正文",
    "{% note %}\n",
    "{{ x }}\n",
]
_free = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=14).map("".join)
_delimiter = st.sampled_from(["---", "+++", ";;;", "----"])
_framed = st.tuples(_delimiter, _free, _free).map(lambda t: f"{t[0]}\n{t[1]}\n{t[0]}\n{t[2]}")
_headless = st.tuples(_free, _free).map(lambda t: f"title: x\n{t[0]}\n---\n{t[1]}")
_json = st.tuples(_free, _free).map(lambda t: f'{{\n  "title": "x",{t[0]}\n}}\n{t[1]}')
texts = st.one_of(_free, _framed, _headless, _json)
keys = st.sampled_from(["title", "tags", "new", "a", "k", "date"])
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=8),
    st.lists(st.text(max_size=4), max_size=3),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, keys, values, st.booleans())
def test_read_and_edit_never_crash_and_keep_the_body(
    text: str, key: str, value: object, unset: bool
) -> None:
    split = split_front_matter(text)
    assert split.header + split.body == text
    with contextlib.suppress(FrontMatterError):
        read_fields(text)
    try:
        result = unset_field(text, key) if unset else set_field(text, key, value)
    except FrontMatterError:
        return
    assert result.endswith(split.body)
    if result != text:
        fields = read_fields(result)
        removed = unset or (value is None and split.format == "toml")  # TOML has no null
        assert (key not in fields) if removed else (key in fields)
