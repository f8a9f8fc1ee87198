"""Time-aware views on constructed dated histories (history_fixture.py): as-of ordering, one test per rule;
sources as distinct contents; usd in yuan; progress status; peer lag; `innovdb compare` with both."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import facts_fixture
import history_fixture as h
import psycopg
import pytest
from sqlalchemy.engine import make_url

from etl.db import libpq_url

REPO = Path(__file__).resolve().parents[2]


def _admin(url: str, statement: str) -> None:
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(scope="module")
def history_url(server_url: str, template_url: str) -> Iterator[str]:
    name = f"innovdb_history_{uuid.uuid4().hex[:8]}"
    _admin(server_url, f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template_url).database}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(libpq_url(url)) as conn:
        facts_fixture.load(conn, h.DOCS, h.FACTS, h.REGIONS, (), h.INDICATORS, ())
    yield url
    _admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def db(history_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(libpq_url(history_url), autocommit=True) as conn:
        yield conn


def _rows(db: psycopg.Connection, query: str, *params: Any) -> list[tuple[Any, ...]]:
    return [tuple(round(v, 6) if isinstance(v, float) else v for v in row)
            for row in db.execute(query, params).fetchall()]


def _latest(db: psycopg.Connection, indicator: str) -> tuple[Any, ...]:
    (row,) = _rows(db, "SELECT value, year, as_of, as_of_source FROM analytics.v_metrics_latest"
                       " WHERE subject = 'Eastvale' AND indicator = %s", indicator)
    return row


# --- as of ---------------------------------------------------------------------------------------------


def test_an_undated_figure_counts_as_of_its_publication_date_and_beats_an_older_year(db) -> None:
    assert _latest(db, "high_tech_enterprises") == (9123, None, date(2025, 10, 15), "published")


def test_a_figure_with_a_year_counts_as_of_the_end_of_that_year(db) -> None:
    # 2.5 for 2024 (as of 31 Dec 2024) beats 2.3 without a year published in June 2024
    assert _latest(db, "rd_intensity") == (2.5, 2024, date(2024, 12, 31), "year")


def test_a_figure_with_neither_year_nor_date_counts_as_of_nothing_and_loses(db) -> None:
    assert _latest(db, "patents_granted") == (80, 2010, date(2010, 12, 31), "year")
    unknown = _rows(db, "SELECT value, as_of, as_of_source FROM analytics.v_facts_as_of"
                        " WHERE subject = 'Eastvale' AND indicator = 'patents_granted' AND year IS NULL")
    assert unknown == [(100, None, "unknown")]


def test_the_same_as_of_goes_to_the_later_publication(db) -> None:
    assert _latest(db, "unicorn_enterprises")[0] == 6  # both for 2023: published May 2024 beats January


def test_the_same_as_of_and_publication_goes_to_more_sources(db) -> None:
    assert _latest(db, "national_key_laboratories")[0] == 8  # stated in two documents of the same day


def test_latest_target_of_a_year_is_the_one_in_the_indicators_unit_and_farthest_year(db) -> None:
    got = _rows(db, "SELECT target_value, target_year, as_of, as_of_source FROM analytics.v_targets_latest"
                    " WHERE subject = 'Northport' AND indicator = 'high_tech_enterprises'")
    assert got == [(3000, 2027, date(2023, 3, 1), "published")]


# --- sources --------------------------------------------------------------------------------------------


def test_identical_copies_at_other_paths_are_one_source(db) -> None:
    got = _rows(db, "SELECT sources, evidence_count, documents FROM analytics.v_facts_as_of"
                    " WHERE subject = 'Eastvale' AND indicator = 'high_tech_enterprises' AND year IS NULL")
    assert got == [(1, 2, f"{h.EV_2025_OCT} = {h.EV_COPY}")]
    assert _rows(db, "SELECT sources FROM analytics.v_metrics_latest WHERE subject = 'Eastvale'"
                     " AND indicator = 'high_tech_enterprises'") == [(1,)]


def test_different_contents_are_different_sources(db) -> None:
    got = _rows(db, "SELECT sources, documents FROM analytics.v_facts_as_of WHERE subject = 'Eastvale'"
                    " AND indicator = 'national_key_laboratories' AND value = 8")
    assert got == [(2, f"{h.EV_LAB_A}, {h.EV_LAB_B}")]


# --- usd in yuan ----------------------------------------------------------------------------------------


def test_usd_is_converted_at_the_annual_rate_of_its_year_beside_the_stated_value(db) -> None:
    got = _rows(db, "SELECT year, unit, value, value_cny, cny_rate_year FROM analytics.v_facts_as_of"
                    " WHERE indicator = 'foreign_direct_investment' ORDER BY year NULLS LAST")
    rate_2023 = db.execute("SELECT cny_per_unit FROM core.exchange_rates WHERE currency = 'usd'"
                           " AND year = 2023").fetchone()[0]
    assert rate_2023 == 7.0467  # seeds/reference/exchange_rates.csv (NBS communiqué for 2023)
    assert got == [
        (2021, "usd", 2e9, None, None),  # no rate for 2021 in the reference table: no guess
        (2023, "usd", 1e9, round(1e9 * rate_2023, 6), 2023),
        (None, "usd", 3e9, round(3e9 * rate_2023, 6), 2023),  # undated: the year of its publication date
    ]


def test_history_keeps_the_stated_unit_and_adds_the_yuan_value(db) -> None:
    got = _rows(db, "SELECT year, unit, value, value_cny FROM analytics.v_metric_history"
                    " WHERE indicator = 'foreign_direct_investment' ORDER BY year")
    assert got == [(2021, "usd", 2e9, None), (2023, "usd", 1e9, 7.0467e9)]


# --- history --------------------------------------------------------------------------------------------


def test_history_has_one_best_supported_value_a_year(db) -> None:
    got = _rows(db, "SELECT year, value, sources, values_for_year FROM analytics.v_metric_history"
                    " WHERE subject = 'Eastvale' AND indicator = 'national_key_laboratories'")
    assert got == [(2023, 8, 2, 2)]
    series = _rows(db, "SELECT year, value FROM analytics.v_metric_history WHERE subject = 'Northport'"
                       " AND indicator = 'rd_intensity' ORDER BY year")
    assert series == [(2019, 2.0), (2020, 2.2), (2021, 2.4), (2022, 2.6)]


# --- progress -------------------------------------------------------------------------------------------


def _progress(db: psycopg.Connection, indicator: str, target_year: int) -> dict[str, Any]:
    cur = db.execute("SELECT * FROM analytics.v_target_progress WHERE subject = 'Northport'"
                     " AND indicator = %s AND target_year = %s", (indicator, target_year))
    (row,) = cur.fetchall()
    return {c.name: round(v, 6) if isinstance(v, float) else v for c, v in zip(cur.description, row, strict=True)}


def test_progress_on_track_in_points_a_year_for_a_share(db) -> None:
    p = _progress(db, "rd_intensity", 2027)
    assert (p["baseline_value"], p["baseline_year"], p["latest_value"], p["latest_year"]) == (2.6, 2022, 2.6, 2022)
    assert p["change_basis"] == "points"
    assert p["required_annual_change"] == round((3.5 - 2.6) / 5, 6)
    assert p["historical_annual_change"] == round((2.6 - 2.0) / 3, 6)
    assert p["projected_value"] == round(2.6 + 0.2 * 5, 6)
    assert p["status"] == "on_track"


def test_progress_behind_at_its_compound_growth_for_a_count(db) -> None:
    p = _progress(db, "high_tech_enterprises", 2027)
    assert p["change_basis"] == "growth"
    assert p["required_annual_change"] == round((3000 / 1210) ** (1 / 5) - 1, 6)
    assert p["historical_annual_change"] == round((1210 / 1000) ** (1 / 2) - 1, 6)
    assert p["projected_value"] == round(1210 * 1.1 ** 5, 6)
    assert p["status"] == "behind"


def test_progress_reached_when_the_latest_value_meets_the_target(db) -> None:
    assert _progress(db, "unicorn_enterprises", 2025)["status"] == "reached"


def test_progress_behind_when_the_target_year_has_passed(db) -> None:
    p = _progress(db, "high_tech_enterprises", 2021)
    assert (p["required_annual_change"], p["projected_value"], p["status"]) == (None, None, "behind")


def test_progress_unknown_without_a_history_or_without_any_value(db) -> None:
    one_point = _progress(db, "national_key_laboratories", 2030)
    assert (one_point["historical_annual_change"], one_point["status"]) == (None, "unknown")
    nothing = _progress(db, "patents_granted", 2030)
    assert (nothing["latest_value"], nothing["status"]) == (None, "unknown")


def test_progress_of_a_rank_goes_down(db) -> None:
    p = _progress(db, "city_innovation_rank", 2026)
    assert (p["required_annual_change"], p["historical_annual_change"]) == (-0.75, -0.5)
    assert (p["projected_value"], p["status"]) == (6, "behind")


# --- peer lag -------------------------------------------------------------------------------------------


def test_peer_lag_is_the_first_year_the_peer_reached_the_target(db) -> None:
    got = _rows(db, """
        SELECT indicator, target_value, target_year, peer_reached_year, peer_reached_value, years_behind,
               peer_latest_value, peer_latest_year
        FROM analytics.v_peer_lag WHERE region = 'Northport' AND peer_region = 'Southbay'
        ORDER BY indicator, target_year""")
    assert got == [
        ("city_innovation_rank", 5, 2026, None, None, None, None, None),
        ("high_tech_enterprises", 1500, 2021, 2018, 2500, 3, 3200, 2021),
        ("high_tech_enterprises", 3000, 2027, 2021, 3200, 6, 3200, 2021),
        ("national_key_laboratories", 20, 2030, None, None, None, None, None),
        ("patents_granted", 5000, 2030, None, None, None, None, None),
        ("rd_intensity", 3.5, 2027, 2017, 3.6, 10, 3.9, 2020),
        ("unicorn_enterprises", 10, 2025, None, None, None, None, None),
    ]


def test_peer_lag_is_null_when_the_peer_never_reached_the_target(db) -> None:
    got = _rows(db, "SELECT peer_reached_year, peer_latest_value FROM analytics.v_peer_lag"
                    " WHERE region = 'Northport' AND peer_region = 'Eastvale' AND indicator = 'rd_intensity'")
    assert got == [(None, 2.5)]


# --- compare --------------------------------------------------------------------------------------------


BOUND = ("note: Southbay: high_tech_enterprises is more than 3,200, so each gap to it is an upper bound"
         " (the true gap is smaller)")


def _innovdb(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def history_env(cli_env: dict[str, str]) -> dict[str, str]:
    with psycopg.connect(libpq_url(cli_env["DATABASE_URL"])) as conn:
        facts_fixture.load(conn, h.DOCS, h.FACTS, h.REGIONS, (), h.INDICATORS, ())
    return cli_env


def test_compare_json_carries_progress_and_lag_and_notes_go_to_stderr(history_env: dict[str, str]) -> None:
    result = _innovdb(history_env, "compare", "--region", "Northport", "--against", "Southbay", "--year", "2027",
                      "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    got = [(r["indicator"], r["target_value"], r["peer_value"], r["status"], r["peer_reached_year"],
            r["years_behind"]) for r in rows]
    assert got == [("high_tech_enterprises", 3000, 3200, "behind", 2021, 6),
                   ("rd_intensity", 3.5, 3.9, "on_track", 2017, 10)]
    assert result.stderr.splitlines() == [
        BOUND]


def test_compare_names_each_indicator_the_peer_lacks(history_env: dict[str, str]) -> None:
    result = _innovdb(history_env, "compare", "--region", "Northport", "--against", "Southbay")
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("note: ")]
    assert notes == ["note: Southbay: no city_innovation_rank in rank in the loaded documents",
                     BOUND,
                     "note: Southbay: no national_key_laboratories in count in the loaded documents",
                     "note: Southbay: no patents_granted in count in the loaded documents",
                     "note: Southbay: no unicorn_enterprises in count in the loaded documents"]
