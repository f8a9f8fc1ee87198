"""Apply the analytics views of sql/views/ after migrations: a repeatable, all-or-nothing step.

Views are dropped in reverse dependency order and created in order, in one transaction, and only when a
file changed (the Alembic cookbook's "Replaceable Objects"). Dependencies are read from the SQL itself:
a view that names `analytics.v_other` is created after it.

Each `v_name.sql` has a `v_name.yml` beside it, as dbt keeps a model's yml: the description of the view
and of every column, in the view's column order, and the data-contract tests of its columns. The
`COMMENT ON` statements and the contract queries are generated from it (sql/views/README.md).

What is expensive to compute is precomputed: `sql/views/precomputed/name.sql` creates the table
`precomputed.name` from its defining query and `name.yml` beside it gives its description, its unique key,
the indexes that serve the filters and the column it is refreshed by (the dbt "incremental" materialization,
delete+insert strategy). The analytics view of the same rows is a thin view over it; etl/precomputed.py
refreshes them after every write.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from psycopg import sql
from sqlalchemy import Connection, text

from etl.config import SQL_VIEWS_DIR

LOCK_KEY = 0x1A7E_0001  # advisory lock: one view application at a time
PRECOMPUTED_SCHEMA = "precomputed"
_REFERENCE = re.compile(r"\b(?:analytics\.(v_\w+)|(precomputed\.\w+))", re.IGNORECASE)


_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_CREATE_TABLE = re.compile(r"^CREATE TABLE (precomputed\.[a-z_][a-z0-9_]*) AS$", re.MULTILINE)
COLUMN_TESTS = ("not_null", "unique", "accepted_values")


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    description: str
    not_null: bool = False
    unique: bool = False
    accepted_values: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """What a view's yml says: its description, its columns in order, and its unique keys."""

    description: str
    columns: tuple[ColumnSpec, ...]
    unique_keys: tuple[tuple[str, ...], ...] = ()


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: a description must be a non-empty string")
    return " ".join(value.split())


def _column(name: Any, body: Any, source: str) -> ColumnSpec:
    where = f"{source}: column {name!r}"
    if not isinstance(name, str) or not _IDENTIFIER.fullmatch(name):
        raise ValueError(f"{where}: a column name is lower-case letters, digits and _")
    if isinstance(body, str):
        return ColumnSpec(name, _text(body, where))
    if not isinstance(body, dict) or set(body) - {"description", "tests"}:
        raise ValueError(f"{where}: give a description, or a mapping of description and tests")
    tests: dict[str, Any] = {}
    for test in body.get("tests") or []:
        key, value = (test, True) if isinstance(test, str) else (next(iter(test)), next(iter(test.values())))
        if key not in COLUMN_TESTS or (isinstance(test, dict) and len(test) != 1):
            raise ValueError(f"{where}: unknown test {test!r} (known: {', '.join(COLUMN_TESTS)})")
        tests[key] = value
    accepted = tests.get("accepted_values")
    if accepted is not None and (not isinstance(accepted, list) or not accepted
                                 or not all(isinstance(v, str | int) for v in accepted)):
        raise ValueError(f"{where}: accepted_values is a list of values")
    return ColumnSpec(name, _text(body.get("description"), where), bool(tests.get("not_null")),
                      bool(tests.get("unique")), tuple(str(v) for v in accepted) if accepted else None)


def parse_view_spec(spec_text: str, source: str) -> ViewSpec:
    """A view's yml: `description`, `columns` (name: description, or name: {description, tests}), and
    optionally `unique` (lists of columns that together identify a row). Anything else is an error."""
    try:
        doc = yaml.safe_load(spec_text)
    except yaml.YAMLError as e:
        raise ValueError(f"{source}: not valid YAML: {' '.join(str(e).split())}") from None
    if not isinstance(doc, dict) or set(doc) - {"description", "columns", "unique"}:
        raise ValueError(f"{source}: expected the keys description, columns and (optionally) unique")
    columns = doc.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise ValueError(f"{source}: columns must map every column of the view to its description")
    specs = tuple(_column(name, body, source) for name, body in columns.items())
    keys = doc.get("unique") or []
    if not isinstance(keys, list) or not all(isinstance(k, list) and set(k) <= set(columns) for k in keys):
        raise ValueError(f"{source}: unique is a list of lists of the view's columns")
    return ViewSpec(_text(doc.get("description"), f"{source}: the view"), specs,
                    tuple(tuple(k) for k in keys))


@dataclass(frozen=True, slots=True)
class PrecomputedSpec:
    """What a precomputed relation's yml says: its description, its unique key, its other indexes and the
    column it is refreshed by."""

    description: str
    unique: tuple[str, ...]
    indexes: tuple[tuple[str, ...], ...] = ()
    cluster: bool = False  # rows stored in the order of the first index: a region's rows on few pages
    # the column naming the subject (region, organization or program) a row depends on, and the column of
    # its indicator when the row depends only on that subject's facts of that indicator: a refresh deletes
    # and inserts again the rows of the keys a run touched; empty: recomputed whole at every refresh
    refresh_key: tuple[str, ...] = ()


def parse_precomputed_spec(spec_text: str, source: str) -> PrecomputedSpec:
    """`description`, `unique` (the columns of its unique key), `indexes` (lists of columns), `cluster`
    (true: store the rows in the order of the first index when the relation is created) and `refresh_key`
    ([subject column] or [subject column, indicator column]: what each row depends on; without it the
    relation is recomputed whole)."""
    try:
        doc = yaml.safe_load(spec_text)
    except yaml.YAMLError as e:
        raise ValueError(f"{source}: not valid YAML: {' '.join(str(e).split())}") from None
    if not isinstance(doc, dict) or set(doc) - {"description", "unique", "indexes", "cluster", "refresh_key"}:
        raise ValueError(f"{source}: expected the keys description, unique and (optionally) indexes, cluster,"
                         " refresh_key")
    unique, indexes = doc.get("unique"), doc.get("indexes") or []

    def columns(value: Any) -> bool:
        return isinstance(value, list) and bool(value) and all(
            isinstance(c, str) and _IDENTIFIER.fullmatch(c) for c in value)

    if not columns(unique):
        raise ValueError(f"{source}: unique is the list of columns that identify a row")
    if not isinstance(indexes, list) or not all(columns(i) for i in indexes):
        raise ValueError(f"{source}: indexes is a list of lists of columns")
    cluster = doc.get("cluster", False)
    if not isinstance(cluster, bool) or (cluster and not indexes):
        raise ValueError(f"{source}: cluster is true or false, and true needs an index to order the rows by")
    key = doc.get("refresh_key") or []
    if not isinstance(key, list) or len(key) > 2 or (key and not columns(key)):
        raise ValueError(f"{source}: refresh_key is [subject column] or [subject column, indicator column]")
    return PrecomputedSpec(_text(doc.get("description"), source), tuple(unique), tuple(tuple(i) for i in indexes),
                           cluster, tuple(key))


@dataclass(frozen=True, slots=True)
class ViewFile:
    name: str  # v_name for analytics.v_name; precomputed.name for a precomputed table
    sql: str
    spec_text: str = ""

    @property
    def precomputed(self) -> bool:
        return self.name.startswith(PRECOMPUTED_SCHEMA + ".")

    @property
    def relation(self) -> sql.Identifier:
        return sql.Identifier(*self.name.split(".")) if self.precomputed else sql.Identifier("analytics", self.name)

    @property
    def sha256(self) -> str:
        return hashlib.sha256((self.sql + "\0" + self.spec_text).encode()).hexdigest()

    @property
    def spec(self) -> ViewSpec:
        return parse_view_spec(self.spec_text, f"sql/views/{self.name}.yml")

    @property
    def precomputed_spec(self) -> PrecomputedSpec:
        return parse_precomputed_spec(self.spec_text, f"sql/views/precomputed/{self.name.split('.')[1]}.yml")

    @property
    def query(self) -> str:
        """The defining query of a precomputed relation: what follows `CREATE TABLE precomputed.name AS`."""
        parts = _CREATE_TABLE.split(self.sql)
        if len(parts) != 3 or parts[1] != self.name:
            raise ValueError(f"sql/views/precomputed/{self.name.split('.')[1]}.sql: expected one line"
                             f" `CREATE TABLE {self.name} AS` followed by its query")
        return parts[2].strip().rstrip(";").rstrip()

    @property
    def depends_on(self) -> set[str]:
        return {(view or relation).lower() for view, relation in _REFERENCE.findall(self.sql)} - {self.name}


def read_view_files(folder: Path = SQL_VIEWS_DIR, precomputed: bool = False) -> list[ViewFile]:
    """The view files in creation order (dependencies first, then by name); with `precomputed`, the
    precomputed tables of folder/precomputed among them."""
    views = {p.stem: ViewFile(p.stem, p.read_text(encoding="utf-8"), _spec_text(p)) for p in
             sorted(folder.glob("v_*.sql"))}
    if precomputed:
        views |= {f"{PRECOMPUTED_SCHEMA}.{p.stem}": ViewFile(f"{PRECOMPUTED_SCHEMA}.{p.stem}",
                                                             p.read_text(encoding="utf-8"), _precomputed_text(p))
                  for p in sorted((folder / PRECOMPUTED_SCHEMA).glob("*.sql"))}
    ordered: list[ViewFile] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if any(v.name == name for v in ordered):
            return
        if name in visiting:
            raise ValueError(f"sql/views: dependency cycle through {name}")
        visiting.add(name)
        for dep in sorted(views[name].depends_on):
            if dep not in views and not precomputed and dep.startswith(PRECOMPUTED_SCHEMA + "."):
                continue
            if dep not in views:
                raise ValueError(f"sql/views/{name}.sql uses analytics.{dep}, which has no file")
            visit(dep)
        visiting.discard(name)
        ordered.append(views[name])

    for name in views:
        visit(name)
    return ordered


def _spec_text(view_sql: Path) -> str:
    spec = view_sql.with_suffix(".yml")
    if not spec.is_file():
        raise ValueError(f"sql/views/{view_sql.name} has no {spec.name} describing its columns")
    if re.search(r"^\s*COMMENT\s+ON\b", view_sql.read_text(encoding="utf-8"), re.IGNORECASE | re.MULTILINE):
        raise ValueError(f"sql/views/{view_sql.name}: comments are generated from {spec.name}, not written in SQL")
    return spec.read_text(encoding="utf-8")


def _precomputed_text(path: Path) -> str:
    spec = path.with_suffix(".yml")
    if not spec.is_file():
        raise ValueError(f"sql/views/precomputed/{path.name} has no {spec.name} giving its unique key")
    return spec.read_text(encoding="utf-8")


def precomputed_statements(f: ViewFile) -> list[sql.Composed]:
    """The indexes and the comment of a precomputed table, from its yml."""
    spec = f.precomputed_spec
    table = f.name.split(".")[1]

    def name(columns: tuple[str, ...]) -> sql.Identifier:
        return sql.Identifier(f"{table}_{'_'.join(columns)}"[:63])

    def index(columns: tuple[str, ...], unique: bool) -> sql.Composed:
        return sql.SQL("CREATE {}INDEX {} ON {} ({})").format(
            sql.SQL("UNIQUE " if unique else ""), name(columns), f.relation,
            sql.SQL(", ").join(sql.Identifier(c) for c in columns))

    # an incremental refresh rewrites only the rows of the subjects that changed, so the order mostly lasts
    cluster = [sql.SQL("CLUSTER {} USING {}").format(f.relation, name(spec.indexes[0]))] if spec.cluster else []
    return [index(spec.unique, True), *(index(i, False) for i in spec.indexes), *cluster,
            sql.SQL("COMMENT ON TABLE {} IS {}").format(f.relation, sql.Literal(spec.description)),
            sql.SQL("ANALYZE {}").format(f.relation)]


def comment_statements(name: str, spec: ViewSpec) -> list[sql.Composed]:
    """COMMENT ON the view and each of its columns, from its yml."""
    view = sql.Identifier("analytics", name)
    return [sql.SQL("COMMENT ON VIEW {} IS {}").format(view, sql.Literal(spec.description)),
            *(sql.SQL("COMMENT ON COLUMN {}.{} IS {}").format(view, sql.Identifier(c.name),
                                                               sql.Literal(c.description))
              for c in spec.columns)]


def contract_queries(name: str, spec: ViewSpec) -> dict[str, tuple[sql.Composed, tuple[Any, ...]]]:
    """The data-contract tests of a view's yml: each query returns the rows that break it (none: pass)."""
    view = sql.Identifier("analytics", name)
    out: dict[str, tuple[sql.Composed, tuple[Any, ...]]] = {}
    for c in spec.columns:
        col = sql.Identifier(c.name)
        if c.not_null:
            out[f"{name}.{c.name} not_null"] = (
                sql.SQL("SELECT * FROM {} WHERE {} IS NULL LIMIT 5").format(view, col), ())
        if c.unique:
            out[f"{name}.{c.name} unique"] = (
                sql.SQL("SELECT {0} FROM {1} WHERE {0} IS NOT NULL GROUP BY {0} HAVING count(*) > 1 LIMIT 5")
                .format(col, view), ())
        if c.accepted_values:
            out[f"{name}.{c.name} accepted_values"] = (
                sql.SQL("SELECT DISTINCT {0}::text FROM {1} WHERE {0} IS NOT NULL AND NOT {0}::text = ANY(%s)")
                .format(col, view), (list(c.accepted_values),))
    for key in spec.unique_keys:
        cols = sql.SQL(", ").join(sql.Identifier(k) for k in key)
        out[f"{name} unique ({', '.join(key)})"] = (
            sql.SQL("SELECT {0} FROM {1} GROUP BY {0} HAVING count(*) > 1 LIMIT 5").format(cols, view), ())
    return out


def _check_columns(conn: Connection, f: ViewFile, spec: ViewSpec) -> None:
    actual = [r[0] for r in conn.execute(text(
        "SELECT a.attname FROM pg_attribute AS a WHERE a.attrelid = CAST(:view AS regclass)"
        " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"), {"view": f"analytics.{f.name}"})]
    described = [c.name for c in spec.columns]
    if actual != described:
        missing = [c for c in actual if c not in described]
        extra = [c for c in described if c not in actual]
        raise ValueError(
            f"sql/views/{f.name}.yml does not match the view's columns"
            + (f"; not described: {', '.join(missing)}" if missing else "")
            + (f"; not in the view: {', '.join(extra)}" if extra else "")
            + ("; same columns in another order" if not missing and not extra else ""))


def apply_views(conn: Connection, folder: Path = SQL_VIEWS_DIR) -> bool:
    """Make the analytics views match the files; returns False when nothing had to change.

    Runs inside the caller's transaction, so a failing view leaves the previous set in place.
    """
    files = read_view_files(folder, precomputed=True)
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    applied = conn.execute(text("SELECT name, sha256 FROM core.view_definitions ORDER BY position")).all()
    if [(n, s) for n, s in applied] == [(f.name, f.sha256) for f in files]:
        return False
    raw = conn.connection.driver_connection
    for name, _ in reversed(applied):
        raw.execute(_drop(raw, ViewFile(name, "")))
    for f in files:  # in case a view exists that the table does not know (e.g. created by hand)
        raw.execute(_drop(raw, f) + sql.SQL(" CASCADE"))
    for f in files:
        if f.precomputed:
            conn.exec_driver_sql(f.sql)  # created with its rows: the thin view over it answers at once
            for statement in precomputed_statements(f):
                raw.execute(statement)
            continue
        spec = f.spec
        conn.exec_driver_sql(f.sql)
        _check_columns(conn, f, spec)
        for statement in comment_statements(f.name, spec):
            raw.execute(statement)  # psycopg directly: no placeholder parsing of '%' in a description
    conn.execute(text("DELETE FROM core.view_definitions"))
    if files:
        conn.execute(
            text("INSERT INTO core.view_definitions (name, sha256, position) VALUES (:name, :sha, :pos)"),
            [{"name": f.name, "sha": f.sha256, "pos": i} for i, f in enumerate(files)],
        )
    _grant_to_reader(conn)
    return True


def _drop(raw: Any, f: ViewFile) -> sql.Composed:
    # a precomputed relation is a table, or a materialized view when it was made by an older version
    kinds = {"r": "TABLE", "m": "MATERIALIZED VIEW"}
    found = raw.execute("SELECT relkind::text FROM pg_class WHERE oid = to_regclass(%s)",
                        (f.name if f.precomputed else f"analytics.{f.name}",)).fetchone()
    kind = kinds.get(found[0], "VIEW") if found and f.precomputed else "VIEW"
    return sql.SQL("DROP {} IF EXISTS {}").format(sql.SQL(kind), f.relation)


def _grant_to_reader(conn: Connection) -> None:
    # dropped views lose their grants; the BI reader role (innovdb serve) must keep seeing them
    has_reader = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'innovdb_reader'")).first()
    if has_reader:
        conn.exec_driver_sql("GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO innovdb_reader")
