"""What the README and docs/ point a user to is in the repository (no ../shared), and still true."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
LINK = re.compile(r"\]\((?!https?://|#)([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_resolves(page: Path) -> None:
    missing = [target for target in LINK.findall(page.read_text(encoding="utf-8"))
               if not (page.parent / target).exists()]
    assert missing == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_page_cites_files_outside_the_repository(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "../shared" not in text and "FACTS.md" not in text and "score.py" not in text


def test_the_facts_contract_and_its_scoring_are_shipped() -> None:
    text = (REPO / "docs" / "facts.md").read_text(encoding="utf-8")
    for heading in ("## What counts as a fact", "## Output contract", "## Metric vocabulary", "## Scoring"):
        assert heading in text
    for path in re.findall(r"--(?:gold|docs) (\S+)", text):
        assert (REPO / path).exists(), path


def test_the_scoring_options_the_docs_name_exist() -> None:
    text = (REPO / "docs" / "facts.md").read_text(encoding="utf-8")
    help_text = subprocess.run([sys.executable, "-m", "etl", "eval", "--help"], cwd=REPO, capture_output=True,
                               text=True, timeout=60).stdout
    for option in set(re.findall(r"`(--[a-z-]+)`", text.split("## Scoring", 1)[1])):
        assert option in help_text, option
