"""The schema refuses bad rows: exactly one subject, known qualifiers, ordered ranges, grounded spans."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import text


@pytest.fixture
def ids(engine):
    with engine.begin() as conn:
        run = conn.execute(text("INSERT INTO core.etl_runs (extractor_version) VALUES ('t') RETURNING id")).scalar()
        region = conn.execute(text("INSERT INTO core.regions (name) VALUES ('Testville') RETURNING id")).scalar()
        program = conn.execute(text("INSERT INTO core.programs (name) VALUES ('Test Park') RETURNING id")).scalar()
        conn.execute(text("INSERT INTO core.indicators (code, unit) VALUES ('test_count', 'count')"
                          " ON CONFLICT DO NOTHING"))
    return {"run": run, "region": region, "program": program}


def insert_target(engine, **overrides) -> None:
    row = {"region_id": None, "program_id": None, "value": 1.0, "value_high": None, "qualifier": "exact",
           "year": 2030, "run_id": None} | overrides
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO core.targets (region_id, program_id, indicator_code, value, value_high, unit, qualifier,"
            " year, run_id) VALUES (:region_id, :program_id, 'test_count', :value, :value_high, 'count',"
            " :qualifier, :year, :run_id)"), row)


def test_a_fact_with_one_subject_is_accepted(engine, ids) -> None:
    insert_target(engine, region_id=ids["region"], run_id=ids["run"])


def test_a_fact_without_subject_is_refused(engine, ids) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="one_subject"):
        insert_target(engine, run_id=ids["run"])


def test_a_fact_with_two_subjects_is_refused(engine, ids) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="one_subject"):
        insert_target(engine, region_id=ids["region"], program_id=ids["program"], run_id=ids["run"])


def test_an_unknown_qualifier_is_refused(engine, ids) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="qualifier"):
        insert_target(engine, region_id=ids["region"], run_id=ids["run"], qualifier="roughly")


def test_a_range_whose_high_end_is_below_its_value_is_refused(engine, ids) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="range_order"):
        insert_target(engine, region_id=ids["region"], run_id=ids["run"], value=5.0, value_high=4.5)


def test_the_same_fact_twice_is_refused(engine, ids) -> None:
    insert_target(engine, region_id=ids["region"], run_id=ids["run"])
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="uq_targets_fact"):
        insert_target(engine, region_id=ids["region"], run_id=ids["run"])


def test_the_same_fact_without_year_twice_is_refused(engine, ids) -> None:
    insert_target(engine, region_id=ids["region"], run_id=ids["run"], year=None)
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="uq_targets_fact"):
        insert_target(engine, region_id=ids["region"], run_id=ids["run"], year=None)


def test_evidence_needs_a_forward_span(engine, ids) -> None:
    insert_target(engine, region_id=ids["region"], run_id=ids["run"])
    with engine.begin() as conn:
        doc = conn.execute(text(
            "INSERT INTO core.documents (path, name, sha256, extractor_version, text, run_id)"
            " VALUES ('/x.txt', 'x.txt', 'h', 't', 'some text', :run) RETURNING id"), {"run": ids["run"]}).scalar()
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="span"), engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO core.evidence (target_id, document_id, start_offset, end_offset, quote, run_id)"
            " SELECT id, :doc, 5, 5, '', :run FROM core.targets"), {"doc": doc, "run": ids["run"]})
