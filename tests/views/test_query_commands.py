"""`innovdb compare` and `innovdb export`, run as a user would (subprocess, DATABASE_URL from cli_env)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import facts_fixture
import psycopg
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.db import libpq_url

REPO = Path(__file__).resolve().parents[2]


def innovdb(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def env(cli_env: dict[str, str]) -> dict[str, str]:
    """cli_env, its database holding the fixture facts."""
    with psycopg.connect(libpq_url(cli_env["DATABASE_URL"])) as conn:
        facts_fixture.load(conn)
    return cli_env


def _compare_json(env: dict[str, str], *args: str) -> list[dict[str, object]]:
    result = innovdb("compare", *args, "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compare_prints_the_targets_beside_the_peer_figures(env: dict[str, str]) -> None:
    rows = _compare_json(env, "--region", "Hefei", "--against", "Wuhan")
    got = [(r["indicator"], r["target_value"], r["target_year"], r["peer_value"], r["gap"]) for r in rows]
    assert got == [("high_tech_enterprises", 15000, 2027, 15000, 0),
                   ("high_tech_enterprises", 20000, 2030, 15000, 5000),
                   ("rd_intensity", 4.5, 2027, 3.5, 1), ("unicorn_enterprises", 10, 2027, None, None)]


def test_compare_keeps_only_the_year_asked_for(env: dict[str, str]) -> None:
    rows = _compare_json(env, "--region", "Hefei", "--against", "Wuhan", "--year", "2030")
    assert [(r["indicator"], r["target_year"]) for r in rows] == [("high_tech_enterprises", 2030)]


@pytest.mark.parametrize("spelling", ["hefei", "HEFEI", "Héféi", "合肥"])
def test_compare_resolves_region_aliases(env: dict[str, str], spelling: str) -> None:
    rows = _compare_json(env, "--region", spelling, "--against", "武汉")
    assert {(r["region"], r["peer_region"]) for r in rows} == {("Hefei", "Wuhan")}


def test_compare_writes_csv(env: dict[str, str]) -> None:
    result = innovdb("compare", "--region", "Xi'an", "--against", "Wuhan", "--format", "csv", env=env)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [(r["region"], r["indicator"], r["target_value"], r["peer_value"]) for r in rows] == [
        ("Xi'an", "rd_intensity", "5.2", "3.5")]


def test_compare_unknown_region_is_one_line_and_a_usage_error(env: dict[str, str]) -> None:
    result = innovdb("compare", "--region", "Atlantis", "--against", "Wuhan", env=env)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("innovdb: error: unknown region 'Atlantis'")


def test_compare_explains_an_empty_result(env: dict[str, str]) -> None:
    result = innovdb("compare", "--region", "Hefei", "--against", "Xi'an", env=env)
    assert result.returncode == 0
    assert "(0 rows)" in result.stdout
    assert "Xi'an has no observed figures of its own" in result.stderr


def test_export_writes_a_view_to_csv(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "targets.csv"
    result = innovdb("export", "v_targets", "--format", "csv", "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    subjects = {"Hefei", "Wuhan", "Xi'an", facts_fixture.ORBIT, facts_fixture.PARK}
    assert {r["subject"] for r in rows} >= subjects
    assert len(rows) == sum(1 for f in facts_fixture.FACTS if f.kind == "target")


def test_export_writes_parquet_with_the_view_column_types(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "peers.parquet"
    result = innovdb("export", "analytics.v_target_vs_peers", "--format", "parquet", "--out", str(out),
                     env=env)
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    assert table.num_rows == 15
    assert table.schema.field("target_year").type == pa.int32()
    assert table.schema.field("ratio").type == pa.float64()
    assert table.schema.field("peer_region").type == pa.string()


def test_export_parquet_keeps_dates_and_timestamps(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "runs.parquet"
    assert innovdb("export", "v_etl_runs", "--format", "parquet", "--out", str(out), env=env).returncode == 0
    evidence = tmp_path / "evidence.parquet"
    result = innovdb("export", "v_evidence", "--format", "parquet", "--out", str(evidence), env=env)
    assert result.returncode == 0
    assert pa.types.is_timestamp(pq.read_table(out).schema.field("started_at").type)
    assert pq.read_table(evidence).schema.field("published").type == pa.date32()


def test_export_refuses_a_name_that_is_not_an_analytics_view(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = innovdb("export", "core.documents", "--format", "csv", "--out", str(out), env=env)
    assert result.returncode == 2
    assert "no view 'core.documents' in schema analytics" in result.stderr
    assert not out.exists()
