"""Apply the analytics views of sql/views/ after migrations: a repeatable, all-or-nothing step.

Views are dropped in reverse dependency order and created in order, in one transaction, and only when a
file changed (the Alembic cookbook's "Replaceable Objects"). Dependencies are read from the SQL itself:
a view that names `analytics.v_other` is created after it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from etl.config import SQL_VIEWS_DIR

LOCK_KEY = 0x1A7E_0001  # advisory lock: one view application at a time
_REFERENCE = re.compile(r"\banalytics\.(v_\w+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ViewFile:
    name: str
    sql: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()

    @property
    def depends_on(self) -> set[str]:
        return {m.lower() for m in _REFERENCE.findall(self.sql)} - {self.name}


def read_view_files(folder: Path = SQL_VIEWS_DIR) -> list[ViewFile]:
    """The view files in creation order (dependencies first, then by name)."""
    views = {p.stem: ViewFile(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("v_*.sql"))}
    ordered: list[ViewFile] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if any(v.name == name for v in ordered):
            return
        if name in visiting:
            raise ValueError(f"sql/views: dependency cycle through {name}")
        visiting.add(name)
        for dep in sorted(views[name].depends_on):
            if dep not in views:
                raise ValueError(f"sql/views/{name}.sql uses analytics.{dep}, which has no file")
            visit(dep)
        visiting.discard(name)
        ordered.append(views[name])

    for name in views:
        visit(name)
    return ordered


def apply_views(conn: Connection, folder: Path = SQL_VIEWS_DIR) -> bool:
    """Make the analytics views match the files; returns False when nothing had to change.

    Runs inside the caller's transaction, so a failing view leaves the previous set in place.
    """
    files = read_view_files(folder)
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    applied = conn.execute(text("SELECT name, sha256 FROM core.view_definitions ORDER BY position")).all()
    if [(n, s) for n, s in applied] == [(f.name, f.sha256) for f in files]:
        return False
    for name, _ in reversed(applied):
        conn.exec_driver_sql(f'DROP VIEW IF EXISTS analytics."{name}"')
    for f in files:  # in case a view exists that the table does not know (e.g. created by hand)
        conn.exec_driver_sql(f'DROP VIEW IF EXISTS analytics."{f.name}" CASCADE')
    for f in files:
        conn.exec_driver_sql(f.sql)
    conn.execute(text("DELETE FROM core.view_definitions"))
    if files:
        conn.execute(
            text("INSERT INTO core.view_definitions (name, sha256, position) VALUES (:name, :sha, :pos)"),
            [{"name": f.name, "sha": f.sha256, "pos": i} for i, f in enumerate(files)],
        )
    _grant_to_reader(conn)
    return True


def _grant_to_reader(conn: Connection) -> None:
    # dropped views lose their grants; the BI reader role (innovdb serve) must keep seeing them
    has_reader = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'innovdb_reader'")).first()
    if has_reader:
        conn.exec_driver_sql("GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO innovdb_reader")
