"""Settings read from the environment, in one place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

REPO_ROOT = Path(__file__).resolve().parents[1]
SQL_VIEWS_DIR = REPO_ROOT / "sql" / "views"
ALEMBIC_DIR = REPO_ROOT / "alembic"

DEFAULT_MAX_BYTES = 20_000_000  # larger files are rejected unless --max-bytes says otherwise
BATCH_DOCUMENTS = 200  # documents per load transaction
# Facts the extractor is less sure of than this are loaded but kept out of the analytics views (except
# v_evidence and v_review_queue) unless `etl run --min-confidence` says otherwise. Confidence is a calibrated
# probability (docs/extraction.md); on the tuning corpora 8 % of the facts under 0.2 were right (74 of 1,968
# facts) against 49 % of those at or above it: the default hides what is almost always wrong and keeps the
# undated or loosely attached figures an analyst still wants to see.
DEFAULT_MIN_CONFIDENCE = 0.2


def innovdb_home() -> Path:
    """Where the embedded server keeps its data and `innovdb serve` its files ($INNOVDB_HOME)."""
    home = os.environ.get("INNOVDB_HOME")
    return Path(home).expanduser() if home else Path(platformdirs.user_data_dir("innovdb"))


def database_url_from_env() -> str | None:
    """$DATABASE_URL, or None to use the embedded server."""
    return os.environ.get("DATABASE_URL") or None
