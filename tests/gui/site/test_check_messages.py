"""The Check Site dialog shows ``postpad check``'s findings in the interface language (decision
0224): each finding of a site full of real blogger mistakes reads in Chinese in the 简体中文
interface, with check's English kept in the tooltip; the CLI stays English."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.site.check import check_paths
from postpad.gui import i18n
from postpad.gui.site.problems import ProblemsDialog

pytestmark = pytest.mark.gui

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
CJK = re.compile(r"[\u4e00-\u9fff]")
#: names the messages quote as they are written (keys, values, engines, syntax)
KEPT = re.compile(
    r"'[^']*'|\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}|\b(?:Hexo|Hugo|Jekyll|Zola|YAML|YYYY-MM-DD|HH|mm|ss"
    r"|Nunjucks|true|false|post_asset_folder|marked|postAsset|asset_img|raw|endraw|root|front"
    r"|matter)\b"
)


@pytest.fixture
def chinese(qapp):
    i18n.install_translators(qapp, QLocale("zh_CN"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


@pytest.fixture
def broken_site(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    shutil.copytree(SITES / "hexo-broken", root)
    post = root / "source/_posts/hugo-words.md"  # check codes the fixture lacks
    post.write_text(
        "---\ntitle: a\ntitle: b\ndate: 2024-06-01 10:00:00\n---\n{% post_link no-such %}\n\n"
        "中文,中文。。。\n",
        "utf-8",
    )
    return root


def _items(dialog: ProblemsDialog) -> list[tuple[str, str]]:
    found = []
    for group in range(dialog.tree.topLevelItemCount()):
        parent = dialog.tree.topLevelItem(group)
        for index in range(parent.childCount()):
            item = parent.child(index)
            found.append((item.text(0)[2:], item.toolTip(0)))
    return found


def test_every_finding_reads_in_chinese(qtbot, chinese, broken_site: Path) -> None:
    dialog = ProblemsDialog(broken_site)
    qtbot.addWidget(dialog)
    codes = {finding.code for finding in dialog.findings}
    assert len(codes) >= 15, codes
    for (text, tooltip), finding in zip(_items(dialog), dialog.findings, strict=True):
        assert CJK.search(text), (finding.code, text)
        leftover = re.findall(r"[A-Za-z]{3,}", KEPT.sub(" ", text))
        subject = " ".join(finding.data.values())
        assert [w for w in leftover if w not in subject] == [], (finding.code, text)
        assert tooltip == finding.message  # check's English, for searching and reports


def test_the_cli_keeps_checks_english(chinese, broken_site: Path) -> None:
    for finding in check_paths([broken_site]):
        assert not CJK.search(re.sub(r"'[^']*'", "", finding.message)), finding.message
