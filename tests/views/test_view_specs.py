"""The per-view YAML files: strict parsing, COMMENT ON and data-contract tests generated from them."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from etl.config import SQL_VIEWS_DIR
from etl.views import apply_views, contract_queries, parse_view_spec, read_view_files

VIEW_FILES = read_view_files()
CONTRACTS = {label: query for f in VIEW_FILES for label, query in contract_queries(f.name, f.spec).items()}


@pytest.mark.parametrize("label", sorted(CONTRACTS))
def test_generated_contract_holds_on_the_fixture(facts_db: psycopg.Connection, label: str) -> None:
    query, params = CONTRACTS[label]
    assert facts_db.execute(query, params).fetchall() == []


def test_comments_in_the_database_are_the_yaml_descriptions(facts_db: psycopg.Connection) -> None:
    for f in VIEW_FILES:
        spec = f.spec
        got = facts_db.execute(
            "SELECT obj_description(c.oid, 'pg_class'), array_agg(col_description(c.oid, a.attnum) ORDER BY a.attnum)"
            " FROM pg_class AS c JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0"
            " WHERE c.oid = %s::regclass GROUP BY c.oid", (f"analytics.{f.name}",)).fetchone()
        assert got == (spec.description, [c.description for c in spec.columns]), f.name


def test_a_contract_query_finds_the_rows_that_break_it(facts_db: psycopg.Connection) -> None:
    spec = parse_view_spec("description: d\ncolumns:\n  kind: {description: k, tests: [{accepted_values: [target]}]}\n"
                           "  fact_id: {description: i, tests: [not_null]}\nunique: [[kind]]\n", "t.yml")
    queries = contract_queries("v_facts", spec)
    accepted, params = queries["v_facts.kind accepted_values"]
    assert facts_db.execute(accepted, params).fetchall() == [("observation",)]
    unique, params = queries["v_facts unique (kind)"]
    assert sorted(facts_db.execute(unique, params).fetchall()) == [("observation",), ("target",)]


@pytest.mark.parametrize(("text", "message"), [
    ("columns: {a: x}\n", "the view: a description must be a non-empty string"),
    ("description: d\ncolumns: {a: x}\nnotes: n\n", "expected the keys description"),
    ("description: d\ncolumns: {}\n", "columns must map"),
    ("description: d\ncolumns: {a: ''}\n", "column 'a': a description must be a non-empty string"),
    ("description: d\ncolumns: {A: x}\n", "lower-case"),
    ("description: d\ncolumns: {a: {description: x, tests: [positive]}}\n", "unknown test 'positive'"),
    ("description: d\ncolumns: {a: {description: x, checks: [not_null]}}\n", "description and tests"),
    ("description: d\ncolumns: {a: x}\nunique: [[b]]\n", "unique is a list of lists of the view's columns"),
    ("description: d\ncolumns: {a: x: y}\n", "not valid YAML"),
])
def test_a_yaml_file_that_breaks_the_convention_is_refused_with_its_name(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="^v_x.yml: ") as err:
        parse_view_spec(text, "v_x.yml")
    assert message in str(err.value)


def _views_folder(tmp_path: Path, sql: str, yml: str | None) -> Path:
    (tmp_path / "v_x.sql").write_text(sql, encoding="utf-8")
    if yml is not None:
        (tmp_path / "v_x.yml").write_text(yml, encoding="utf-8")
    return tmp_path


VIEW_SQL = "CREATE VIEW analytics.v_x AS\nWITH source AS (SELECT 1 AS a, 2 AS b)\nSELECT * FROM source;\n"


def test_a_view_without_its_yaml_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"v_x.sql has no v_x.yml"):
        read_view_files(_views_folder(tmp_path, VIEW_SQL, None))


def test_comment_on_in_the_sql_is_refused(tmp_path: Path) -> None:
    sql = VIEW_SQL + "COMMENT ON VIEW analytics.v_x IS 'x';\n"
    with pytest.raises(ValueError, match=r"comments are generated from v_x.yml"):
        read_view_files(_views_folder(tmp_path, sql, "description: d\ncolumns: {a: x, b: y}\n"))


@pytest.mark.parametrize(("yml", "message"), [
    ("description: d\ncolumns: {a: x}\n", "not described: b"),
    ("description: d\ncolumns: {a: x, b: y, c: z}\n", "not in the view: c"),
    ("description: d\ncolumns: {b: y, a: x}\n", "same columns in another order"),
])
def test_yaml_columns_must_be_the_views_columns_in_order(engine: Engine, tmp_path: Path, yml: str,
                                                         message: str) -> None:
    folder = _views_folder(tmp_path, VIEW_SQL, yml)
    with engine.connect() as conn, pytest.raises(ValueError, match=message):
        apply_views(conn, folder)


def _cte_names(sql: str) -> list[str]:
    """Names of the top-level CTEs: each starts a line of its own (`WITH name AS (` or `name AS (`)."""
    return re.findall(r"^(?:WITH )?(\w+) AS (?:NOT MATERIALIZED )?\($", sql, re.MULTILINE)


@pytest.mark.parametrize("view", [f.name for f in VIEW_FILES])
def test_cte_names_go_source_then_steps_then_final(view: str) -> None:
    sql = (SQL_VIEWS_DIR / f"{view}.sql").read_text(encoding="utf-8")
    names = _cte_names(sql)
    assert names[0] == "source" and names[-1] == "final" and names.count("final") == 1, names
    assert sql.rstrip().endswith("SELECT * FROM final;")


def test_every_sql_file_has_its_yaml_and_nothing_else_is_in_the_folder() -> None:
    stems = {p.stem for p in SQL_VIEWS_DIR.glob("v_*.sql")}
    assert {p.stem for p in SQL_VIEWS_DIR.glob("v_*.yml")} == stems
