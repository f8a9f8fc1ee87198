"""Review pages without a browser: the layout of highlighted spans, escaping, the copy-ready YAML, the index,
and `innovdb review` on files and on the database."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from etl.corrections import apply_corrections, parse_corrections
from etl.pipeline import process_path
from etl.review import Piece, Span, build_page, layout, review

DOC = ("Hefei aims to raise its R&D intensity to 3.5% by 2030. Wuhan had 14,000 high-tech enterprises in 2023. "
       "<script>alert('x')</script>\n")


def rebuild(pieces: list[Piece]) -> tuple[str, bool]:
    """The text back from the pieces, and whether every close matches the last open."""
    stack, ok, text = [], True, ""
    for p in pieces:
        if p.op == "open":
            stack.append(p.span)
        elif p.op == "close":
            ok = ok and bool(stack) and stack.pop() == p.span
        else:
            text += p.text
    return text, ok and not stack


def test_layout_nests_crossing_spans_and_keeps_every_character() -> None:
    text = "abcdefghij"
    spans = [Span(1, 6, "fact", 1), Span(4, 9, "fact", 2), Span(2, 3, "entity", "x"), Span(1, 6, "fact", 3)]
    pieces = layout(text, spans)
    assert rebuild(pieces) == (text, True)
    firsts = [p.span.ref for p in pieces if p.op == "open" and p.first]
    assert sorted(firsts, key=str) == sorted([1, 2, "x", 3], key=str)
    covered = {}
    depth: list[Span] = []
    at = 0
    for p in pieces:
        if p.op == "open":
            depth.append(p.span)
        elif p.op == "close":
            depth.remove(p.span)
        else:
            for i in range(at, at + len(p.text)):
                covered[i] = {s.ref for s in depth}
            at += len(p.text)
    assert all((i in range(s.start, s.end)) == (s.ref in covered[i]) for s in spans for i in range(len(text)))


def written(tmp_path: Path, text: str = DOC) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "plan.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "review"
    review([str(docs)], out, min_confidence=0.5)
    return docs, out


def test_document_text_is_escaped(tmp_path: Path) -> None:
    _, out = written(tmp_path)
    html = (out / "0001-plan.txt.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_every_fact_is_one_highlight_with_its_exact_text(tmp_path: Path) -> None:
    docs, out = written(tmp_path)
    html = (out / "0001-plan.txt.html").read_text(encoding="utf-8")
    facts = process_path(docs / "plan.txt").facts
    assert len(re.findall(r'<mark class="fact[^"]*" data-fact="\d+" id="fact-\d+" tabindex="0"', html)) == len(facts)


def test_the_copied_reject_yaml_rejects_exactly_that_fact(tmp_path: Path) -> None:
    docs, _ = written(tmp_path)
    extraction = process_path(docs / "plan.txt")
    page = build_page(apply_corrections(extraction, []), 0.5, "p.html")
    for rf in page.facts:
        corrections = parse_corrections(rf.yaml_reject, str(docs / "corrections.yaml"))
        kept = apply_corrections(extraction, corrections).extraction.facts
        assert [f for f in extraction.facts if f not in kept] == [rf.fact]


def test_the_copied_fix_yaml_is_a_valid_fix_that_changes_nothing(tmp_path: Path) -> None:
    docs, _ = written(tmp_path)
    extraction = process_path(docs / "plan.txt")
    page = build_page(apply_corrections(extraction, []), 0.5, "p.html")
    corrections = parse_corrections(page.facts[0].yaml_fix, str(docs / "corrections.yaml"))
    out = apply_corrections(extraction, corrections)
    assert out.outcomes[0].status == "applied"
    fixed = out.extraction.facts[out.provenance.index(next(p for p in out.provenance if p))]
    assert (fixed.metric, fixed.value, fixed.year) == (page.facts[0].fact.metric, page.facts[0].fact.value,
                                                       page.facts[0].fact.year)


def test_low_confidence_and_corrections_are_marked(tmp_path: Path) -> None:
    docs, _ = written(tmp_path)
    extraction = process_path(docs / "plan.txt")
    extraction.facts[0].confidence = 0.2
    fix = parse_corrections("- {document: plan.txt, quote: Wuhan had, action: fix, set: {year: 2022}, reason: r}",
                            str(docs / "corrections.yaml"))
    page = build_page(apply_corrections(extraction, fix), 0.5, "p.html")
    by_subject = {rf.fact.subject: rf for rf in page.facts}
    assert by_subject["Hefei"].low and not by_subject["Wuhan"].low
    assert by_subject["Wuhan"].correction.startswith("fix (corrections.yaml:1): year 2023 -> 2022")


def test_the_index_lists_the_lowest_confidence_fact_first(tmp_path: Path, monkeypatch) -> None:
    import etl.pipeline

    real = etl.pipeline.extract

    def unsure(document):
        ex = real(document)
        for f in ex.facts:
            f.confidence = 0.9 if f.subject == "Hefei" else 0.1
        return ex

    monkeypatch.setattr(etl.pipeline, "extract", unsure)
    _, out = written(tmp_path)
    index = (out / "index.html").read_text(encoding="utf-8")
    lowest = index.split('id="lowest"')[1].split("</table>")[0]
    assert lowest.index("Wuhan") < lowest.index("Hefei")


def test_review_from_the_database_keeps_the_documents_of_the_region(cli_env, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "hefei.txt").write_text("Hefei aims to raise its R&D intensity to 3.5% by 2030.\n", encoding="utf-8")
    (docs / "wuhan.txt").write_text("Wuhan had 14,000 high-tech enterprises in 2023.\n", encoding="utf-8")
    innovdb = [sys.executable, "-m", "etl"]
    for args in (["db", "upgrade"], ["-q", "etl", "run", str(docs)]):
        subprocess.run(innovdb + args, env=cli_env, check=True, capture_output=True, timeout=120)
    done = subprocess.run(innovdb + ["review", "--region", "Wuhan", "--out", str(tmp_path / "out")], env=cli_env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 documents, 1 facts")
    assert [p.name for p in (tmp_path / "out").glob("0*.html")] == ["0001-wuhan.txt.html"]


def test_numbers_are_shown_with_thousands_separators() -> None:
    from etl.review import format_number

    assert [format_number(v) for v in (20000, 20000.0, 33.33, 0.5, None)] == ["20,000", "20,000", "33.33", "0.5", ""]
