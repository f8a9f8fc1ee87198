"""The incremental refresh of the precomputed relations (etl/precomputed.py): after any series of runs each
relation holds exactly the rows its defining query computes, although only the rows of the keys (subject and
indicator) a run touched were deleted and inserted again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, pool

from etl import database, precomputed
from etl.corrections import CORRECTIONS_FILE
from etl.db import libpq_url
from etl.run import RunOptions, run_etl
from etl.views import read_view_files

REPO = Path(__file__).resolve().parents[2]
PLAN = "Hefei aims to raise its R&D intensity to 3.5% by 2030. Wuhan had 14,000 high-tech enterprises in 2023.\n"
LATER = "Wuhan had 15,000 high-tech enterprises in 2024. Hefei aims to have 9,000 high-tech enterprises by 2027.\n"
RELATIONS = [f for f in read_view_files(precomputed=True) if f.precomputed]


def _differences(url: str) -> dict[str, int]:
    """For each precomputed relation, the rows it holds that its defining query does not give, plus the
    rows the query gives that it does not hold (duplicates counted). Every relation reads only relations
    before it, so all equal to their queries means all equal to a computation from scratch."""
    out = {}
    with psycopg.connect(libpq_url(url)) as conn:
        for f in RELATIONS:
            stored = f"SELECT * FROM {f.name}"
            out[f.name] = sum(conn.execute(f"SELECT count(*) FROM (({a}) EXCEPT ALL ({b})) AS d").fetchone()[0]  # type: ignore[index]
                              for a, b in ((f.query, stored), (stored, f.query)))
    return out


def _run(folder: Path, url: str, **options: Any) -> list[dict[str, Any]]:
    """Run etl on folder; returns the views_refreshed events."""
    events: list[dict[str, Any]] = []
    run_etl(RunOptions(paths=[str(folder)], **options), url=url,
            event=lambda name, **f: events.append(f) if name == "views_refreshed" else None)
    return events


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(REPO / "seeds" / "documents", folder / "documents")
    shutil.copytree(REPO / "seeds" / "history", folder / "history")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    return folder


def test_every_relation_equals_its_definition_after_runs_that_add_change_remove_correct_and_prune(
        db_url: str, corpus: Path) -> None:
    no_difference = {f.name: 0 for f in RELATIONS}
    _run(corpus, db_url)
    assert _differences(db_url) == no_difference

    history = sorted((corpus / "history").glob("*.txt"))
    steps = [
        ("a document added", lambda: (corpus / "later.txt").write_text(LATER, encoding="utf-8"), {}),
        ("a document changed", lambda: history[0].write_text(history[0].read_text(encoding="utf-8") + LATER,
                                                             encoding="utf-8"), {}),
        ("a correction", lambda: (corpus / CORRECTIONS_FILE).write_text(
            "- {document: plan.txt, quote: '3.5%', action: fix, set: {value: 4.5}}\n", encoding="utf-8"), {}),
        ("a document removed and pruned", lambda: history[-1].unlink(), {"prune": True}),
        ("the added document removed and pruned", lambda: (corpus / "later.txt").unlink(), {"prune": True}),
    ]
    for step, change, options in steps:
        change()
        [refreshed] = _run(corpus, db_url, **options)
        assert refreshed["keys"] != "all", step  # by key, not rebuilt whole
        assert refreshed["keys"] > 0, step
        assert _differences(db_url) == no_difference, step


def test_a_refresh_rewrites_only_the_rows_of_the_keys_a_run_touched(db_url: str, corpus: Path) -> None:
    rows_by_key = ("SELECT subject, indicator, min(xmin::text) FROM precomputed.facts_as_of"
                   " GROUP BY subject, indicator")
    _run(corpus, db_url)
    (corpus / "later.txt").write_text(LATER, encoding="utf-8")
    with psycopg.connect(libpq_url(db_url)) as conn:
        before = {(s, i): x for s, i, x in conn.execute(rows_by_key)}
    _run(corpus, db_url)
    with psycopg.connect(libpq_url(db_url)) as conn:
        after = {(s, i): x for s, i, x in conn.execute(rows_by_key)}
    # the subjects and indicator of the new document's facts; every other row left as it was
    assert {k for k in after if before.get(k) != after[k]} == {("Wuhan", "high_tech_enterprises"),
                                                               ("Hefei", "high_tech_enterprises")}


def test_keys_of_a_run_that_died_before_its_refresh_are_refreshed_by_the_next_run(
        db_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(corpus, db_url)
    (corpus / "later.txt").write_text(LATER, encoding="utf-8")

    def die(conn: psycopg.Connection, full: bool = False) -> precomputed.Refreshed:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    with monkeypatch.context() as m:
        m.setattr(precomputed, "refresh_relations", die)
        with pytest.raises(Exception, match="failed"):
            _run(corpus, db_url)
    assert _differences(db_url)["precomputed.facts"] > 0  # the batch committed, its refresh did not
    [refreshed] = _run(corpus, db_url)  # nothing left to load: only the pending keys
    assert refreshed["keys"] >= 2
    assert _differences(db_url) == {f.name: 0 for f in RELATIONS}


def test_a_new_confidence_threshold_rebuilds_every_relation(db_url: str, corpus: Path) -> None:
    _run(corpus, db_url)
    [refreshed] = _run(corpus, db_url, min_confidence=0.9)
    assert refreshed["keys"] == "all"
    assert _differences(db_url) == {f.name: 0 for f in RELATIONS}


def test_db_refresh_rebuilds_every_relation_after_rows_were_changed_by_hand(
        db_url: str, corpus: Path, cli_env: dict[str, str]) -> None:
    _run(corpus, db_url)
    with psycopg.connect(libpq_url(db_url)) as conn:
        conn.execute("UPDATE core.metrics SET value = value + 1")  # no load: nothing pending
    assert _differences(db_url)["precomputed.facts"] > 0
    done = subprocess.run([str(Path(sys.executable).with_name("innovdb")), "db", "refresh"], env=cli_env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("precomputed views rebuilt in ")
    assert _differences(db_url) == {f.name: 0 for f in RELATIONS}


def test_an_upgrade_turns_the_materialized_views_of_an_older_version_into_tables(db_url: str) -> None:
    [peers] = [f for f in RELATIONS if f.name == "precomputed.peer_regions"]
    with psycopg.connect(libpq_url(db_url)) as conn:  # as version 0007 left them
        conn.execute("DROP TABLE precomputed.peer_regions CASCADE")
        conn.execute(f"CREATE MATERIALIZED VIEW precomputed.peer_regions AS {peers.query}")
        conn.execute("UPDATE core.view_definitions SET sha256 = 'older' WHERE name = 'precomputed.peer_regions'")
    assert database.upgrade(create_engine(db_url, poolclass=pool.NullPool)).views_changed
    with psycopg.connect(libpq_url(db_url)) as conn:
        assert conn.execute("SELECT relkind::text FROM pg_class WHERE oid = 'precomputed.peer_regions'::regclass"
                            ).fetchone() == ("r",)
        assert conn.execute("SELECT count(*) FROM analytics.v_peer_lag").fetchone() == (0,)


def test_refresh_outside_a_transaction_is_refused(db_url: str) -> None:
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn, pytest.raises(ValueError, match="transaction"):
        precomputed.refresh(conn)
