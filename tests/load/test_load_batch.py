"""The loader on hand-built extractions: grounded evidence, one row per fact, replacement, pruning."""

from __future__ import annotations

import psycopg
import pytest

from etl import load
from etl.db import libpq_url
from etl.records import Document, Entity, Extraction, Fact

VERSION = "test-1"


def extraction(path: str, text: str, facts: list[tuple], entities: list[Entity] | None = None) -> Extraction:
    """facts: (kind, subject_type, subject, metric, unit, value, quote, year)."""
    doc = Document(doc=path.rsplit("/", 1)[-1], path=path, sha256=str(hash(text)), text=text, encoding="utf-8",
                   language="en")
    out = []
    for kind, stype, subject, metric, unit, value, quote, year in facts:
        start = text.index(quote)
        out.append(Fact(doc=doc.doc, kind=kind, subject=subject, subject_type=stype, metric=metric, value=value,
                        unit=unit, quote=quote, start=start, end=start + len(quote), year=year))
    return Extraction(document=doc, entities=entities or [], facts=out)


WUHAN = ("By 2026 Wuhan aims for 15,000 high-tech enterprises. Wuhan is home to 14,000 high-tech firms.",
         [("target", "region", "Wuhan", "high_tech_enterprises", "count", 15000.0,
           "By 2026 Wuhan aims for 15,000 high-tech enterprises", 2026),
          ("observation", "region", "Wuhan", "high_tech_enterprises", "count", 14000.0,
           "Wuhan is home to 14,000 high-tech firms", None)])


@pytest.fixture
def conn(db_url: str):
    with psycopg.connect(libpq_url(db_url), autocommit=True) as c:
        load.prepare(c)
        c.execute("INSERT INTO core.etl_runs (id, extractor_version) VALUES (1, %s), (2, %s)", (VERSION, VERSION))
        # the tests' places, whatever the reference files hold
        c.execute("INSERT INTO core.regions (name, kind) VALUES ('Wuhan', 'city'), ('Hefei', 'city')"
                  " ON CONFLICT (name) DO NOTHING")
        yield c


def load_all(conn: psycopg.Connection, items: list[tuple[str, Extraction]], run: int = 1) -> load.BatchCounts:
    with conn.transaction():
        return load.load_batch(conn, items, run, VERSION)


def scalar(conn: psycopg.Connection, sql: str, *params: object) -> object:
    return conn.execute(sql, params).fetchone()[0]


def test_evidence_quotes_are_the_document_text_at_their_offsets(conn) -> None:
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))])
    rows = conn.execute(
        "SELECT substr(d.text, e.start_offset + 1, e.end_offset - e.start_offset), e.quote"
        " FROM core.evidence e JOIN core.documents d ON d.id = e.document_id").fetchall()
    assert len(rows) == 2
    assert all(a == b for a, b in rows)


def test_facts_attach_to_the_reference_region(conn) -> None:
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))])
    assert scalar(conn, "SELECT count(*) FROM core.regions WHERE name = 'Wuhan'") == 1
    assert scalar(conn, "SELECT r.source FROM core.targets t JOIN core.regions r ON r.id = t.region_id") == "reference"


def test_an_alias_resolves_to_the_existing_entity(conn) -> None:
    text = "Wuhan City counts 14,000 high-tech firms."
    ex = extraction("/d/a.txt", text, [("observation", "region", "Wuhan City", "high_tech_enterprises", "count",
                                        14000.0, "Wuhan City counts 14,000 high-tech firms", None)])
    conn.execute("INSERT INTO core.region_aliases (region_id, alias, alias_key, language)"
                 " SELECT id, 'Wuhan City', 'wuhan city', 'en' FROM core.regions WHERE name = 'Wuhan'")
    load_all(conn, [("/d/a.txt", ex)])
    assert scalar(conn, "SELECT r.name FROM core.metrics m JOIN core.regions r ON r.id = m.region_id") == "Wuhan"


def test_the_same_fact_in_two_documents_is_one_row_with_two_evidence(conn) -> None:
    a = extraction("/d/a.txt", *WUHAN)
    b = extraction("/d/b.txt", "Report: " + WUHAN[0], WUHAN[1])
    counts = load_all(conn, [("/d/a.txt", a), ("/d/b.txt", b)])
    assert scalar(conn, "SELECT count(*) FROM core.metrics") == 1
    assert scalar(conn, "SELECT count(*) FROM core.evidence WHERE metric_id IS NOT NULL") == 2
    assert (counts.targets_added, counts.metrics_added, counts.evidence_rows) == (1, 1, 4)


def test_different_values_are_kept_as_separate_rows(conn) -> None:
    text = "Hefei has 9,000 high-tech firms. Another source: Hefei has 9,500 high-tech firms."
    facts = [("observation", "region", "Hefei", "high_tech_enterprises", "count", v, q, None)
             for v, q in ((9000.0, "Hefei has 9,000 high-tech firms"), (9500.0, "Hefei has 9,500 high-tech firms"))]
    load_all(conn, [("/d/h.txt", extraction("/d/h.txt", text, facts))])
    assert scalar(conn, "SELECT count(*) FROM core.metrics") == 2


def test_a_changed_document_replaces_its_rows(conn) -> None:
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))])
    text = "By 2026 Wuhan aims for 16,000 high-tech enterprises."
    new = extraction("/d/wuhan.txt", text, [("target", "region", "Wuhan", "high_tech_enterprises", "count", 16000.0,
                                             "By 2026 Wuhan aims for 16,000 high-tech enterprises", 2026)])
    counts = load_all(conn, [("/d/wuhan.txt", new)], run=2)
    assert (counts.documents_new, counts.documents_changed) == (0, 1)
    assert (counts.targets_removed, counts.metrics_removed, counts.targets_added) == (1, 1, 1)
    assert conn.execute("SELECT value FROM core.targets").fetchall() == [(16000.0,)]
    assert scalar(conn, "SELECT count(*) FROM core.metrics") == 0
    assert scalar(conn, "SELECT count(*) FROM core.documents") == 1


def test_reloading_the_same_document_changes_no_fact(conn) -> None:
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))])
    snapshot = "SELECT id, value, year FROM core.targets UNION ALL SELECT id, value, year FROM core.metrics ORDER BY 1"
    before = conn.execute(snapshot).fetchall()
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))], run=2)
    assert conn.execute(snapshot).fetchall() == before
    assert scalar(conn, "SELECT count(*) FROM core.evidence") == 2


def test_document_entities_become_rows_with_aliases_and_region(conn) -> None:
    text = "The Optics Valley Photonics Lab (OVPL) in Wuhan hosts 120 projects."
    entity = Entity(doc="l.txt", type="organization", name="Optics Valley Photonics Lab", aliases=["OVPL"],
                    region="Wuhan", kind="institute")
    load_all(conn, [("/d/l.txt", extraction("/d/l.txt", text, [], [entity]))])
    row = conn.execute("SELECT o.source, r.name FROM core.organizations o JOIN core.regions r ON r.id = o.region_id"
                       " WHERE o.name = 'Optics Valley Photonics Lab'").fetchone()
    assert row == ("document", "Wuhan")
    assert scalar(conn, "SELECT count(*) FROM core.organization_aliases WHERE alias = 'OVPL'") == 1
    assert scalar(conn, "SELECT count(*) FROM core.mentions") == 1


def test_prune_removes_missing_documents_and_their_facts(conn) -> None:
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))])
    with conn.transaction():
        counts = load.prune(conn, ["/d"], [])
    assert counts.documents_pruned == 1
    assert (counts.targets_removed, counts.metrics_removed) == (1, 1)
    assert scalar(conn, "SELECT count(*) FROM core.documents") == 0


def test_prune_keeps_documents_outside_the_given_folders(conn) -> None:
    load_all(conn, [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN))])
    with conn.transaction():
        load.prune(conn, ["/other"], [])
    assert scalar(conn, "SELECT count(*) FROM core.documents") == 1


def test_two_names_of_one_region_stating_one_value_are_one_fact(conn) -> None:
    conn.execute("INSERT INTO core.region_aliases (region_id, alias, alias_key, language)"
                 " SELECT id, 'Wuhan City', 'wuhan city', 'en' FROM core.regions WHERE name = 'Wuhan'")
    text = "Wuhan has 14,000 high-tech firms. Wuhan City has 14,000 high-tech firms."
    ex = extraction("/d/a.txt", text, [
        ("observation", "region", name, "high_tech_enterprises", "count", 14000.0, f"{name} has 14,000", None)
        for name in ("Wuhan", "Wuhan City")])
    counts = load_all(conn, [("/d/a.txt", ex)])
    assert scalar(conn, "SELECT count(*) FROM core.metrics") == 1
    assert scalar(conn, "SELECT count(*) FROM core.evidence") == 2
    assert (counts.metrics_added, counts.evidence_rows) == (1, 2)


def test_a_span_stating_one_fact_twice_is_one_evidence_row(conn) -> None:
    text, facts = WUHAN
    ex = extraction("/d/a.txt", text, [facts[0], facts[0]])
    counts = load_all(conn, [("/d/a.txt", ex)])
    assert scalar(conn, "SELECT count(*) FROM core.evidence") == 1
    assert (counts.targets_added, counts.evidence_rows) == (1, 1)


def test_a_facts_confidence_is_the_highest_of_its_evidence_until_a_document_changes(conn) -> None:
    def with_confidence(path: str, prefix: str, confidence: float) -> tuple[str, Extraction]:
        ex = extraction(path, prefix + WUHAN[0], WUHAN[1][1:])
        ex.facts[0].confidence = confidence
        return path, ex

    load_all(conn, [with_confidence("/d/a.txt", "", 0.9), with_confidence("/d/b.txt", "Report: ", 0.3)])
    assert scalar(conn, "SELECT confidence FROM core.metrics") == 0.9
    load_all(conn, [with_confidence("/d/a.txt", "New: ", 0.5)], run=2)
    assert scalar(conn, "SELECT confidence FROM core.metrics") == 0.5
    load_all(conn, [("/d/a.txt", extraction("/d/a.txt", "Nothing here.", []))], run=2)
    assert scalar(conn, "SELECT confidence FROM core.metrics") == 0.3


def test_a_document_loaded_again_unchanged_leaves_every_row_as_it_was(conn) -> None:
    entity = Entity(doc="wuhan.txt", type="organization", name="Optics Valley Photonics Lab", aliases=["OVPL"],
                    region="Wuhan", kind="institute")
    items = [("/d/wuhan.txt", extraction("/d/wuhan.txt", *WUHAN, [entity]))]
    tables = ("targets", "metrics", "regions", "organizations", "organization_aliases", "region_aliases",
              "indicators")
    load_all(conn, items)
    before = {t: conn.execute(f"SELECT * FROM core.{t} ORDER BY 1").fetchall() for t in tables}
    content = ("SELECT d.path, e.start_offset, e.end_offset, e.quote, e.target_id, e.metric_id FROM core.evidence e"
               " JOIN core.documents d ON d.id = e.document_id ORDER BY 2")
    evidence = conn.execute(content).fetchall()
    counts = load_all(conn, items, run=2)
    assert {t: conn.execute(f"SELECT * FROM core.{t} ORDER BY 1").fetchall() for t in tables} == before
    assert conn.execute(content).fetchall() == evidence
    assert (counts.documents_changed, counts.targets_added, counts.metrics_added) == (1, 0, 0)
    assert (counts.targets_removed, counts.metrics_removed) == (0, 0)
