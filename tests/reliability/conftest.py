"""Fixtures of the reliability tests: a generated corpus and an environment for running the CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docgen import write_corpus

CORPUS_SIZE = 300  # 30 batches of 10: enough for a chain of runs each stopped after a batch or two


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, CORPUS_SIZE)
    return folder


@pytest.fixture(scope="session")
def base_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The process environment without a database (tests add DATABASE_URL) and with a scratch home."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "INNOVDB_HOME")}
    env["INNOVDB_HOME"] = str(tmp_path_factory.mktemp("home"))
    return env
