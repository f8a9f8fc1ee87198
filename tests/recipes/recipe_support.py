"""Helpers of the scheduling-recipe tests: the orchestrators' own virtual environments, documents, environment.

Airflow and Dagster pin libraries innovdb also uses (SQLAlchemy, Alembic...), so they live in virtual
environments of their own under .cache/orchestrators/ (git-ignored), built on first use and reused. Building
one takes minutes: the tests marked slow build them when CI=true or INNOVDB_RECIPE_TESTS=1 (`make
test-recipes`), and otherwise run only when the environment is already there."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ORCHESTRATORS = REPO / ".cache" / "orchestrators"
INNOVDB_BIN = str(Path(sys.executable).with_name("innovdb"))
DOCUMENTS = REPO / "tests" / "cases" / "read" / "encodings"
GOOD_DOCUMENTS = ("clean_fr.txt", "lone_byte.txt", "gb18030_zh.txt")


def _may_build() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("INNOVDB_RECIPE_TESTS") == "1"


def orchestrator_venv(name: str, requirements: list[str]) -> Path:
    """The virtual environment `name` with `requirements` installed: reused when built before with the same
    requirements, built now when allowed, else the test is skipped with the way to run it."""
    venv = ORCHESTRATORS / name
    stamp = venv / f".ready-{hashlib.sha256(' '.join(requirements).encode()).hexdigest()[:12]}"
    if stamp.exists():
        return venv
    if not _may_build():
        pytest.skip(f"the {name} recipe test needs {name} in its own virtual environment, which takes minutes to "
                    f"build: run `make test-recipes` (or set CI=true or INNOVDB_RECIPE_TESTS=1); it is then kept "
                    f"in {venv.relative_to(REPO)} and reused")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True, timeout=600)
    subprocess.run([*pip, *requirements], check=True, timeout=3000)
    stamp.touch()
    return venv


def write_documents(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(DOCUMENTS / name, folder / name)
    return folder


def recipe_env(base: dict[str, str], **settings: str) -> dict[str, str]:
    """The environment of an orchestrator run: no inherited database, innovdb's command, fast retries."""
    env = {k: v for k, v in base.items() if k not in ("DATABASE_URL", "INNOVDB_HOME", "VIRTUAL_ENV")}
    env.update(INNOVDB_BIN=INNOVDB_BIN, INNOVDB_RETRY_DELAY_SECONDS="1", INNOVDB_LOCK_TIMEOUT="1", **settings)
    return env
