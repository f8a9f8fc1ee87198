"""Runs that cannot work: one line on stderr and exit status 1 (2 for usage), a traceback only with --debug."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from docgen import english_document, french_document
from harness import closed_port, env_for, innovdb, runs, scalar

from etl.errors import EXIT_FAILED, EXIT_USAGE


def write_folder(docs: Path) -> Path:
    rng = random.Random(5)
    (docs / "changsha.txt").write_text(english_document(rng, "Changsha"), encoding="utf-8")
    (docs / "kunming.txt").write_text(french_document(rng, "Kunming"), encoding="utf-8")
    return docs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    return write_folder(tmp_path / "docs")


@pytest.fixture(scope="module")
def unreachable_env(base_env: dict[str, str]) -> dict[str, str]:
    return env_for(base_env, f"postgresql://innovdb:secret@127.0.0.1:{closed_port()}/innovdb")


@pytest.fixture(scope="module")
def unreachable_run(tmp_path_factory: pytest.TempPathFactory, unreachable_env: dict[str, str]):
    return innovdb(["etl", "run", str(write_folder(tmp_path_factory.mktemp("unreachable")))], unreachable_env)


def test_an_unreachable_database_fails_with_status_1(unreachable_run) -> None:
    assert unreachable_run.returncode == EXIT_FAILED


def test_an_unreachable_database_is_reported_in_one_line_without_traceback(unreachable_run) -> None:
    assert len(unreachable_run.stderr.strip().splitlines()) == 1, unreachable_run.stderr
    assert "Traceback" not in unreachable_run.stderr
    assert "cannot connect" in unreachable_run.stderr


def test_an_unreachable_database_does_not_print_its_password(unreachable_run) -> None:
    assert "secret" not in unreachable_run.stderr + unreachable_run.stdout


def test_debug_shows_the_traceback_of_an_unreachable_database(folder: Path, unreachable_env: dict[str, str]) -> None:
    result = innovdb(["--debug", "etl", "run", str(folder)], unreachable_env)
    assert result.returncode == EXIT_FAILED
    assert "Traceback" in result.stderr


def test_listing_runs_of_an_unreachable_database_gives_one_line(unreachable_env: dict[str, str]) -> None:
    result = innovdb(["etl", "runs"], unreachable_env)
    assert result.returncode == EXIT_FAILED
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_database_without_schema_is_refused_naming_the_upgrade(folder: Path, empty_db_url: str,
                                                                 base_env: dict[str, str]) -> None:
    result = innovdb(["etl", "run", str(folder)], env_for(base_env, empty_db_url))
    assert result.returncode == EXIT_FAILED
    assert "innovdb db upgrade" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert scalar(empty_db_url, "SELECT count(*) FROM pg_namespace WHERE nspname = 'core'") == 0


def test_migrate_upgrades_a_database_without_schema_then_loads(folder: Path, empty_db_url: str,
                                                               base_env: dict[str, str]) -> None:
    result = innovdb(["etl", "run", str(folder), "--migrate"], env_for(base_env, empty_db_url))
    assert result.returncode == 0, result.stderr
    assert scalar(empty_db_url, "SELECT count(*) FROM core.documents") == 2


def test_a_missing_path_is_a_usage_error(tmp_path: Path, cli_env: dict[str, str], db_url: str) -> None:
    result = innovdb(["etl", "run", str(tmp_path / "no-such-folder")], cli_env)
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr
    assert runs(db_url) == []


def test_a_bad_option_value_is_a_usage_error(folder: Path, cli_env: dict[str, str]) -> None:
    result = innovdb(["etl", "run", str(folder), "--batch-size", "0"], cli_env)
    assert result.returncode == EXIT_USAGE
