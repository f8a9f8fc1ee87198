"""What the reliability tests share: running the CLI, scratch databases, and reading a database's state.

A database's state is compared between runs by content, never by surrogate ids, run ids or timestamps:
ids drawn from sequences differ between a clean run and a killed-then-resumed one (a rolled-back
transaction still consumes sequence values) while the data must not.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from etl.db import libpq_url

INNOVDB = str(Path(sys.executable).with_name("innovdb"))
# The run log differs between a clean run and an interrupted one by design; everything else must not.
RUN_LOG_TABLES = frozenset({"etl_runs", "etl_rejections"})


def innovdb(args: Sequence[str], env: Mapping[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `innovdb ARGS` to completion in a subprocess."""
    return subprocess.run([INNOVDB, *args], env=dict(env), capture_output=True, text=True, timeout=timeout)


def start_innovdb(args: Sequence[str], env: Mapping[str, str]) -> subprocess.Popen[str]:
    """Start `innovdb ARGS` in its own session (so its workers can be found by process group), stderr piped
    and stdout discarded."""
    return subprocess.Popen([INNOVDB, *args], env=dict(env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


class LiveRun:
    """`innovdb ARGS` running in the background, its stderr read by a thread: events can be awaited, and the
    whole stderr collected even when a killed run's orphaned workers keep the pipe open."""

    def __init__(self, args: Sequence[str], env: Mapping[str, str]) -> None:
        self.proc = start_innovdb(args, env)
        self.pid = self.proc.pid
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._seen: list[str] = []
        self._reader = threading.Thread(target=self._pump, daemon=True)
        self._reader.start()

    def _pump(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._seen.append(line)
            self._lines.put(line)
        self._lines.put(None)

    def events(self, timeout: float = 120) -> Iterator[dict]:
        """JSON events as the run writes them; fails when the run ends first."""
        while (line := self._lines.get(timeout=timeout)) is not None:
            if line.startswith("{"):
                yield json.loads(line)
        raise AssertionError(f"the run ended (status {self.proc.wait()}) before the awaited event")

    def wait(self, timeout: float = 60) -> int:
        status = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=2)  # the pipe stays open while orphaned workers live
        return status

    @property
    def stderr(self) -> str:
        return "".join(self._seen)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def json_events(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.strip()]


def env_for(base: Mapping[str, str], url: str) -> dict[str, str]:
    return {**base, "DATABASE_URL": url}


def closed_port() -> int:
    """A local TCP port nothing listens on (bound then released; nothing else in the test takes it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def scratch_database(server_url: str, template_url: str | None = None) -> Iterator[str]:
    """A new database on the test server (a copy of the template when given), dropped afterwards."""
    name = f"innovdb_rel_{uuid.uuid4().hex[:8]}"
    clause = f' TEMPLATE "{make_url(template_url).database}"' if template_url else ""
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def query(url: str, statement: str, params: Sequence[object] = ()) -> list[tuple]:
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        return conn.execute(statement, params).fetchall()  # type: ignore[arg-type]


def scalar(url: str, statement: str, params: Sequence[object] = ()) -> object:
    return query(url, statement, params)[0][0]


# --- state of a database ---------------------------------------------------------------------------------


def _content_columns(conn: psycopg.Connection, schema: str, relation: str) -> list[str]:
    """Columns that carry content: not ids, run ids or timestamps."""
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position",
        (schema, relation),
    ).fetchall()
    return [name for name, dtype in rows
            if not (name in ("id", "run") or name.endswith(("_id", "_at")) or dtype.startswith("timestamp"))]


def _checksum(conn: psycopg.Connection, schema: str, relation: str) -> str:
    columns = _content_columns(conn, schema, relation)
    row = sql.SQL("ROW({})::text").format(sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    statement = sql.SQL(
        "SELECT count(*) || ':' || md5(coalesce(string_agg(r, E'\\n' ORDER BY r), ''))"
        " FROM (SELECT {row} AS r FROM {rel}) s"
    ).format(row=row, rel=sql.Identifier(schema, relation))
    return conn.execute(statement).fetchone()[0]  # type: ignore[index]


def snapshot(url: str) -> dict[str, object]:
    """Row counts of the core tables (run log excluded), a content checksum of documents and evidence by
    natural keys, and a checksum of each analytics view that does not describe the run log."""
    state: dict[str, object] = {}
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'core'"
            " AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]
        for table in tables:
            if table not in RUN_LOG_TABLES:
                state[f"core.{table}"] = conn.execute(
                    sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("core", table))).fetchone()[0]
        state["evidence by path"] = conn.execute(
            "SELECT md5(coalesce(string_agg(concat_ws('|', d.path, d.sha256, e.start_offset, e.end_offset, e.quote,"
            " e.qualifier), E'\\n' ORDER BY d.path, e.start_offset, e.end_offset, e.quote), ''))"
            " FROM core.evidence e JOIN core.documents d ON d.id = e.document_id").fetchone()[0]
        views = [r[0] for r in conn.execute(
            "SELECT viewname FROM pg_views WHERE schemaname = 'analytics'"
            " AND definition NOT ILIKE '%etl_r%' ORDER BY viewname").fetchall()]
        for view in views:
            state[f"analytics.{view}"] = _checksum(conn, "analytics", view)
    return state


def evidence_per_document(url: str) -> dict[str, int]:
    """Evidence rows of each loaded document, by path."""
    return dict(query(url, "SELECT d.path, count(e.id) FROM core.documents d"
                           " LEFT JOIN core.evidence e ON e.document_id = d.id GROUP BY d.path"))


UNGROUNDED_EVIDENCE = (
    "SELECT count(*) FROM core.evidence e JOIN core.documents d ON d.id = e.document_id"
    " WHERE substr(d.text, e.start_offset + 1, e.end_offset - e.start_offset) <> e.quote"
)


INTEGRITY_CHECKS = {  # label -> a count of offending rows
    "evidence without its document": "SELECT count(*) FROM core.evidence e"
    " WHERE NOT EXISTS (SELECT 1 FROM core.documents d WHERE d.id = e.document_id)",
    "targets without evidence": "SELECT count(*) FROM core.targets t"
    " WHERE NOT EXISTS (SELECT 1 FROM core.evidence e WHERE e.target_id = t.id)",
    "metrics without evidence": "SELECT count(*) FROM core.metrics m"
    " WHERE NOT EXISTS (SELECT 1 FROM core.evidence e WHERE e.metric_id = m.id)",
    "mentions without their document": "SELECT count(*) FROM core.mentions m"
    " WHERE NOT EXISTS (SELECT 1 FROM core.documents d WHERE d.id = m.document_id)",
    "evidence whose quote is not the document text at its offsets": UNGROUNDED_EVIDENCE,
}


def integrity_problems(url: str) -> list[str]:
    """Rows that lost what they belong to, or evidence not grounded in its document, as readable lines."""
    counts = {label: scalar(url, statement) for label, statement in INTEGRITY_CHECKS.items()}
    return [f"{n} {label}" for label, n in counts.items() if n]


def evidence_mismatches(evidence: Mapping[str, int], clean_evidence: Mapping[str, int]) -> list[str]:
    """Documents whose evidence count differs from a clean run's: a document loaded in part."""
    return [f"{path}: {n} evidence rows, a clean run has {clean_evidence.get(path)}"
            for path, n in evidence.items() if n != clean_evidence.get(path)]


def consistency_problems(url: str, clean_evidence: Mapping[str, int]) -> list[str]:
    """What breaks "each document's rows and evidence all there or all absent", as readable lines."""
    return evidence_mismatches(evidence_per_document(url), clean_evidence) + integrity_problems(url)


def runs(url: str) -> list[tuple[int, str, str | None]]:
    """(id, status, error) of every run, oldest first."""
    return query(url, "SELECT id, status, error FROM core.etl_runs ORDER BY id")  # type: ignore[return-value]


def pids_in_group(pgid: int) -> list[int]:
    """Live processes of a process group (the CLI started in its own session, with any workers it forked)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":  # fields[0] is the state, fields[2] the group
            found.append(int(entry))
    return found
