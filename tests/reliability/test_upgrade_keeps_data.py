"""`innovdb db upgrade` on a database that holds data: nothing loaded is lost, whatever the upgrade does."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from docgen import english_document, french_document
from harness import env_for, innovdb, query, scalar, scratch_database, snapshot


@dataclass(frozen=True)
class Loaded:
    url: str
    env: dict[str, str]
    folder: Path
    state: dict[str, object]  # as loaded, run log included


@pytest.fixture(scope="module")
def loaded_template(server_url: str, template_url: str, base_env: dict[str, str],
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A database holding six documents and one rejection, loaded once and cloned by each test."""
    folder = tmp_path_factory.mktemp("upgrade")
    rng = random.Random(31)
    for i, city in enumerate(("Taiyuan", "Dalian", "Harbin", "Shenyang", "Guiyang", "Nanchang")):
        text = french_document(rng, city) if i % 2 else english_document(rng, city)
        (folder / f"{city.lower()}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    with scratch_database(server_url, template_url) as url:
        assert innovdb(["etl", "run", str(folder)], env_for(base_env, url)).returncode == 3
        yield url, folder


@pytest.fixture
def loaded(loaded_template: tuple[str, Path], server_url: str, base_env: dict[str, str]) -> Iterator[Loaded]:
    with scratch_database(server_url, loaded_template[0]) as url:
        yield Loaded(url, env_for(base_env, url), loaded_template[1], full_state(url))


def full_state(url: str) -> dict[str, object]:
    return {**snapshot(url), "runs": scalar(url, "SELECT count(*) FROM core.etl_runs"),
            "rejections": scalar(url, "SELECT count(*) FROM core.etl_rejections")}


def test_upgrading_an_up_to_date_database_keeps_its_data(loaded: Loaded) -> None:
    result = innovdb(["db", "upgrade"], loaded.env)
    assert result.returncode == 0, result.stderr
    assert full_state(loaded.url) == loaded.state


def test_upgrading_after_the_views_changed_keeps_the_data(loaded: Loaded) -> None:
    query(loaded.url, "UPDATE core.view_definitions SET sha256 = 'outdated' RETURNING name")  # as after an edit
    result = innovdb(["db", "upgrade"], loaded.env)
    assert result.returncode == 0, result.stderr
    assert "views updated" in result.stdout
    assert full_state(loaded.url) == loaded.state


def test_documents_stay_unchanged_for_the_next_run_after_an_upgrade(loaded: Loaded) -> None:
    assert innovdb(["db", "upgrade"], loaded.env).returncode == 0
    innovdb(["etl", "run", str(loaded.folder)], loaded.env)
    counts, version = query(loaded.url, "SELECT counts, extractor_version FROM core.etl_runs ORDER BY id DESC")[0]
    if version != scalar(loaded.url, "SELECT extractor_version FROM core.etl_runs ORDER BY id LIMIT 1"):
        pytest.skip("the extractor's rules or data changed while the tests ran: every document changed too")
    assert (counts["documents_unchanged"], counts["documents_new"], counts["documents_changed"]) == (6, 0, 0)


def lose_migration_stamp(url: str) -> None:
    """As a database restored without its alembic_version rows: the upgrade tries to create tables that exist."""
    query(url, "DELETE FROM alembic_version RETURNING version_num")


def test_a_failing_upgrade_changes_nothing(loaded: Loaded) -> None:
    lose_migration_stamp(loaded.url)
    result = innovdb(["db", "upgrade"], loaded.env)
    assert result.returncode == 1
    assert full_state(loaded.url) == loaded.state


def test_a_failing_upgrade_says_so_in_one_line(loaded: Loaded) -> None:
    lose_migration_stamp(loaded.url)
    result = innovdb(["db", "upgrade"], loaded.env)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
