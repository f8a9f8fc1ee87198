"""examples/cron/innovdb-etl.sh: creates or checks its log folder and says so in its page; alerts by status."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from recipe_support import GOOD_DOCUMENTS, REPO, recipe_env, write_documents

WRAPPER = REPO / "examples" / "cron" / "innovdb-etl.sh"


def run_wrapper(tmp_path: Path, log_dir: Path, db_url: str, *paths: str) -> tuple[int, str, str]:
    pages = tmp_path / "pages.txt"
    pager = tmp_path / "page-oncall"
    pager.write_text(f'#!/bin/sh\necho "$*" >> "{pages}"\n')
    pager.chmod(0o755)
    env = recipe_env(dict(os.environ), DATABASE_URL=db_url, INNOVDB_LOG_DIR=str(log_dir), INNOVDB_PAGE=str(pager))
    result = subprocess.run(["sh", str(WRAPPER), *paths], env=env, capture_output=True, text=True, timeout=300)
    return result.returncode, pages.read_text() if pages.exists() else "", result.stderr


def test_a_missing_log_folder_is_created_and_the_run_logged_there(tmp_path: Path, db_url: str) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    log_dir = tmp_path / "var" / "log" / "innovdb"
    status, pages, _ = run_wrapper(tmp_path, log_dir, db_url, str(docs))
    assert (status, pages) == (0, "")
    assert '"event": "run_finished"' in (log_dir / "etl.jsonl").read_text()


def test_a_log_folder_that_cannot_be_created_pages_saying_so(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "not-a-folder").write_text("")
    log_dir = tmp_path / "not-a-folder" / "logs"
    status, pages, _ = run_wrapper(tmp_path, log_dir, db_url, str(tmp_path))
    assert status == 78
    assert pages.startswith("innovdb etl run did not start on ")
    assert f"log folder {log_dir} cannot be created or written" in pages


def test_a_usage_error_pages_as_a_usage_error(tmp_path: Path, db_url: str) -> None:
    status, pages, _ = run_wrapper(tmp_path, tmp_path / "logs", db_url, str(tmp_path / "missing"))
    assert status == 2
    assert "usage error (status 2)" in pages and "no such file or folder" in pages


def test_rejected_documents_warn_without_paging(tmp_path: Path, db_url: str) -> None:
    docs = write_documents(tmp_path / "docs", "clean_fr.txt", "unreadable.txt")
    status, pages, stderr = run_wrapper(tmp_path, tmp_path / "logs", db_url, str(docs))
    assert (status, pages) == (3, "")
    assert "innovdb-etl: warning: documents rejected" in stderr and "unreadable.txt" in stderr
