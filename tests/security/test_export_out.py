"""`innovdb export --out` writes a regular file, atomically, never through a link or into a device."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from inprocess import Innovdb

EXPORT = ("export", "v_targets", "--format", "csv", "--out")


def one_line_error(err: str) -> bool:
    lines = err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("innovdb: error: ")


def test_a_symlink_is_refused_and_left_as_it_was(innovdb: Innovdb, tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_text("keep\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = innovdb(*EXPORT, str(link))
    assert result.code == 2 and one_line_error(result.err)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "keep\n"


def test_follow_symlinks_writes_the_target_and_keeps_the_link(innovdb: Innovdb, tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = innovdb(*EXPORT, str(link), "--follow-symlinks")
    assert result.code == 0, result.err
    assert link.is_symlink()
    assert target.read_text().startswith("subject,")


def test_a_link_to_standard_output_is_refused(innovdb: Innovdb, tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = innovdb(*EXPORT, str(link))
    assert result.code == 2 and "--out -" in result.err
    assert link.is_symlink()


def test_a_fifo_is_refused_and_stays_a_fifo(innovdb: Innovdb, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = innovdb(*EXPORT, str(fifo))
    assert result.code == 2 and one_line_error(result.err)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_device_is_refused_even_with_follow_symlinks(innovdb: Innovdb, tmp_path: Path) -> None:
    link = tmp_path / "null.csv"
    link.symlink_to("/dev/null")
    result = innovdb(*EXPORT, str(link), "--follow-symlinks")
    assert result.code == 2 and "not a regular file" in result.err
    assert Path("/dev/null").is_char_device()


def test_dash_writes_to_standard_output(seeded_url: str, home: Path, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": seeded_url, "INNOVDB_HOME": str(home)}
    result = subprocess.run([sys.executable, "-m", "etl", *EXPORT, "-"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("subject,") and len(result.stdout.splitlines()) > 1
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_not_created(innovdb: Innovdb, tmp_path: Path) -> None:
    result = innovdb(*EXPORT, str(tmp_path / "nope" / "out.csv"))
    assert result.code == 2 and one_line_error(result.err)
    assert "does not exist" in result.err
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize("out", ["", "   ", "/proc/innovdb.csv", "/proc/self/status"])
def test_impossible_outputs_are_one_line_errors(innovdb: Innovdb, out: str) -> None:
    result = innovdb(*EXPORT, out)
    assert result.code == 2 and one_line_error(result.err), result.err


def test_a_folder_is_refused(innovdb: Innovdb, tmp_path: Path) -> None:
    result = innovdb(*EXPORT, str(tmp_path))
    assert result.code == 2 and "a folder" in result.err


def test_a_regular_file_is_replaced_whole_and_no_temporary_file_remains(innovdb: Innovdb, tmp_path: Path) -> None:
    out = tmp_path / "targets.csv"
    out.write_text("old\n")
    result = innovdb(*EXPORT, str(out))
    assert result.code == 0, result.err
    assert out.read_text().startswith("subject,")
    assert [p.name for p in tmp_path.iterdir()] == ["targets.csv"]
