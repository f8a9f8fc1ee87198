"""The CLI's database plumbing: DATABASE_URL honoured, one-line errors, the embedded default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]


def innovdb(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=timeout)


def test_database_url_is_honoured(cli_env: dict[str, str]) -> None:
    result = innovdb("db", "url", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert make_url(result.stdout.strip()).database == make_url(cli_env["DATABASE_URL"]).database


def test_db_url_masks_the_password(cli_env: dict[str, str]) -> None:
    env = cli_env | {"DATABASE_URL": "postgresql://reader:s3cret@127.0.0.1:1/innov"}
    result = innovdb("db", "url", env=env)
    assert "s3cret" not in result.stdout and "***" in result.stdout


def test_an_unreachable_server_is_one_line_and_status_1(cli_env: dict[str, str]) -> None:
    env = cli_env | {"DATABASE_URL": "postgresql://nobody@127.0.0.1:1/nothing"}
    result = innovdb("db", "status", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "cannot connect" in result.stderr


def test_debug_shows_the_traceback(cli_env: dict[str, str]) -> None:
    env = cli_env | {"DATABASE_URL": "postgresql://nobody@127.0.0.1:1/nothing"}
    result = innovdb("--debug", "db", "status", env=env)
    assert result.returncode == 1 and "Traceback" in result.stderr


def test_a_missing_path_is_a_usage_error(cli_env: dict[str, str]) -> None:
    result = innovdb("etl", "run", "no/such/folder", env=cli_env)
    assert result.returncode == 2
    assert "no/such/folder" in result.stderr and "Traceback" not in result.stderr


def test_sql_runs_read_only_with_bound_parameters(cli_env: dict[str, str]) -> None:
    result = innovdb("sql", "SELECT CAST(:x AS int) + 1 AS answer", "-p", "x=41", "--format", "csv", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["answer", "42"]
    refused = innovdb("sql", "DELETE FROM core.regions", env=cli_env)
    assert refused.returncode == 2 and "DELETE is refused" in refused.stderr


def test_db_status_reports_the_head_revision(cli_env: dict[str, str]) -> None:
    result = innovdb("db", "status", "--format", "json", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert '"up_to_date"' in result.stdout


def test_the_embedded_server_is_the_default(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"INNOVDB_HOME": str(tmp_path / "home")}
    result = innovdb("db", "upgrade", env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    status = innovdb("db", "status", "--format", "csv", env=env, timeout=300)
    assert "up_to_date,True" in status.stdout
    assert (tmp_path / "home" / "pgdata" / "PG_VERSION").exists()
