"""The precomputed relations behind the analytics views (sql/views/precomputed/): they hold the rows of their
definition, every write path refreshes them, and a reader during a run sees the state before it, whole."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from etl import precomputed
from etl.config import SQL_VIEWS_DIR
from etl.corrections import CORRECTIONS_FILE
from etl.db import libpq_url
from etl.run import RunOptions, run_etl
from etl.views import read_view_files

REPO = Path(__file__).resolve().parents[2]
PLAN = "Hefei aims to raise its R&D intensity to 3.5% by 2030. Wuhan had 14,000 high-tech enterprises in 2023.\n"
LATER = "Wuhan had 15,000 high-tech enterprises in 2024. Hefei aims to have 9,000 high-tech enterprises by 2027.\n"
PRECOMPUTED = sorted(p.stem for p in (SQL_VIEWS_DIR / "precomputed").glob("*.sql"))


def _definition(name: str) -> str:
    """The query of a precomputed relation, as its file states it."""
    [f] = [f for f in read_view_files(precomputed=True) if f.name == f"precomputed.{name}"]
    return f.query


def _one(url: str, query: str) -> object:
    with psycopg.connect(libpq_url(url)) as conn:
        return conn.execute(query).fetchone()[0]  # type: ignore[index]


def _counts(conn: psycopg.Connection) -> dict[str, int]:
    return {name: conn.execute(f"SELECT count(*) FROM precomputed.{name}").fetchone()[0]  # type: ignore[index]
            for name in PRECOMPUTED}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    return docs


def test_every_precomputed_relation_holds_the_rows_of_its_definition_after_a_run(db_url: str) -> None:
    run_etl(RunOptions(paths=[str(REPO / "seeds" / "documents"), str(REPO / "seeds" / "history")]), url=db_url)
    with psycopg.connect(libpq_url(db_url)) as conn:
        assert conn.execute("SELECT count(*) FROM precomputed.conflicts").fetchone()[0] > 0  # type: ignore[index]
        for name in PRECOMPUTED:
            query = _definition(name)
            for first, second in ((query, f"SELECT * FROM precomputed.{name}"),
                                  (f"SELECT * FROM precomputed.{name}", query)):
                extra = conn.execute(f"SELECT count(*) FROM (({first}) EXCEPT ALL ({second})) AS d").fetchone()
                assert extra == (0,), name


def test_a_run_that_adds_a_document_makes_its_facts_visible(db_url: str, folder: Path) -> None:
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert _one(db_url, "SELECT count(*) FROM analytics.v_metrics_latest WHERE year = 2024") == 0
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert _one(db_url, "SELECT value FROM analytics.v_metrics_latest WHERE subject = 'Wuhan'"
                        " AND indicator = 'high_tech_enterprises'") == 15000


def test_a_correction_reaches_the_precomputed_views(db_url: str, folder: Path) -> None:
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    (folder / CORRECTIONS_FILE).write_text(
        "- {document: plan.txt, quote: '3.5%', action: fix, set: {value: 4.5}}\n", encoding="utf-8")
    assert run_etl(RunOptions(paths=[str(folder)]), url=db_url).corrections_applied == 1
    assert _one(db_url, "SELECT target_value FROM analytics.v_targets_latest WHERE subject = 'Hefei'"
                        " AND indicator = 'rd_intensity'") == 4.5


def test_a_run_that_changes_nothing_does_not_refresh(db_url: str, folder: Path) -> None:
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert run_etl(RunOptions(paths=[str(folder)]), url=db_url).refresh_seconds == 0


def test_a_reader_during_the_refresh_sees_the_state_before_the_run_without_waiting(
        db_url: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    with psycopg.connect(libpq_url(db_url), autocommit=True) as reader:
        reader.execute("SET lock_timeout = '2s'")  # a refresh that locked readers out would fail here
        before = _counts(reader)
        seen: list[tuple[dict[str, int], int]] = []
        real = precomputed.refresh_relations

        def refresh_then_read(conn: psycopg.Connection, full: bool = False) -> precomputed.Refreshed:
            refreshed = real(conn, full)  # every relation refreshed, not yet committed
            assert refreshed.keys  # by key: the rows of the new document's subjects deleted and inserted
            live = reader.execute(f"SELECT count(*) FROM ({_definition('facts')}) AS f").fetchone()[0]  # type: ignore[index]
            seen.append((_counts(reader), live))
            return refreshed

        monkeypatch.setattr(precomputed, "refresh_relations", refresh_then_read)
        run_etl(RunOptions(paths=[str(folder)]), url=db_url)
        after = _counts(reader)
    [(during, live_facts)] = seen
    assert during == before
    assert live_facts > before["facts_as_of"]  # the new document's facts were already committed
    assert after["facts_as_of"] == live_facts
