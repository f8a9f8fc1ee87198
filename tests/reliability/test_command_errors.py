"""Commands given a database in the wrong state, a wrong name or a wrong URL: one line, the right status,
nothing lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import env_for, innovdb, scalar, scratch_database

from etl.errors import EXIT_FAILED, EXIT_USAGE
from etl.run import RunOptions, run_etl

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "documents"


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("innovdb: error: "), stderr
    return lines[0]


@pytest.fixture
def seeded(server_url: str, template_url: str) -> Iterator[str]:
    with scratch_database(server_url, template_url) as url:
        assert run_etl(RunOptions(paths=[str(SEEDS)]), url=url).status == "succeeded"
        yield url


def test_compare_before_db_upgrade_says_to_run_it(server_url: str, base_env: dict[str, str]) -> None:
    with scratch_database(server_url) as url:
        result = innovdb(["compare", "--region", "Chongqing", "--against", "Shanghai"], env_for(base_env, url))
    assert result.returncode == EXIT_FAILED
    assert "run `innovdb db upgrade`" in one_line(result.stderr)


def test_an_unknown_region_is_a_usage_error_with_the_closest_names(server_url: str, template_url: str,
                                                                    base_env: dict[str, str]) -> None:
    with scratch_database(server_url, template_url) as url:
        result = innovdb(["compare", "--region", "Chongqin", "--against", "Shanghai"], env_for(base_env, url))
    assert result.returncode == EXIT_USAGE
    assert "did you mean Chongqing" in one_line(result.stderr)


def test_downgrade_to_base_without_yes_deletes_nothing(seeded: str, base_env: dict[str, str]) -> None:
    documents = scalar(seeded, "SELECT count(*) FROM core.documents")
    result = innovdb(["db", "downgrade", "base"], env_for(base_env, seeded))
    assert result.returncode == EXIT_USAGE
    assert "--yes" in one_line(result.stderr)
    assert documents and scalar(seeded, "SELECT count(*) FROM core.documents") == documents


def test_downgrade_to_base_with_yes_removes_the_tables(seeded: str, base_env: dict[str, str]) -> None:
    result = innovdb(["db", "downgrade", "base", "--yes"], env_for(base_env, seeded))
    assert result.returncode == 0, result.stderr
    assert scalar(seeded, "SELECT to_regclass('core.documents')") is None


def test_downgrade_to_an_unknown_revision_is_one_line(seeded: str, base_env: dict[str, str]) -> None:
    before = scalar(seeded, "SELECT version_num FROM alembic_version")
    result = innovdb(["db", "downgrade", "9999"], env_for(base_env, seeded))
    assert result.returncode == EXIT_USAGE
    assert "unknown revision '9999'" in one_line(result.stderr)
    assert scalar(seeded, "SELECT version_num FROM alembic_version") == before


@pytest.mark.parametrize("url", ["mysql://user:pw@localhost/db", "sqlite:///innov.db", "mssql+pyodbc://h/db"])
def test_a_database_url_that_is_not_postgresql_is_refused_in_one_line(url: str, base_env: dict[str, str]) -> None:
    result = innovdb(["db", "status"], env_for(base_env, url))
    assert result.returncode == EXIT_USAGE
    line = one_line(result.stderr)
    assert "PostgreSQL only" in line and "pw" not in line


def test_etl_runs_as_json_gives_counts_as_numbers(seeded: str, base_env: dict[str, str]) -> None:
    result = innovdb(["etl", "runs", "--format", "json"], env_for(base_env, seeded))
    assert result.returncode == 0, result.stderr
    [run] = json.loads(result.stdout)
    assert run["new"] == 5 and run["changed"] == 0 and run["unchanged"] == 0 and run["rejected"] == 0
