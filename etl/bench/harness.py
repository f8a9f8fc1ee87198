"""The steps of `innovdb bench`: corpus, extraction and score, ETL runs, raw COPY, views, peer parser.

`run_bench` returns one flat dict of figures (the --json output). Each step is its own function, so a
profile or a partial run can call one. Everything happens in a scratch folder and a scratch database,
both removed at the end unless `keep`.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import make_url

from etl.bench import corpus, fill, view_timing
from etl.bench.executors import executor_docs_per_s
from etl.bench.memory import PeakAt
from etl.db import connect, first_line, libpq_url, sqlalchemy_url

Progress = Callable[[str], None]

SCORE_CHUNK = 500  # documents scored at a time, so memory stays flat in the corpus size
COPY_CHUNK = 5000
# Tables the load stage writes, and how to tell its rows from what was there before.
LOADED_TABLES = ("documents", "mentions", "targets", "metrics", "evidence", "regions", "organizations", "programs",
                 "region_aliases", "organization_aliases", "program_aliases")


@dataclass(slots=True)
class BenchOptions:
    docs: int = 10_000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    facts: int = 1_000_000
    seed: int = 0
    keep: bool = False
    url: str | None = None  # server to create the scratch database on; None: $DATABASE_URL or embedded
    doc_bytes: int = corpus.DEFAULT_BYTES
    view_runs: int = 50
    peer_docs: int | None = None  # English documents timed against quantulum3; None: 1 % (10 to 100)
    single_worker_docs: int = 2000
    executor_docs: int = 1000  # documents extracted by each executor (local, Dask) at 1 and 2 workers

    def view_budget_s(self) -> float:
        """Seconds one view query may take in all: 20 at 1M facts, less on a smaller database (2 at least)."""
        return min(20.0, max(2.0, self.facts / 50_000))

    def command(self, as_json: bool) -> str:
        return (f"innovdb bench --docs {self.docs} --workers {self.workers} --facts {self.facts} --seed {self.seed}"
                + (" --json" if as_json else ""))


class Stopwatch:
    """Accumulates the time spent inside `with watch:` blocks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._started = 0.0

    def __enter__(self) -> Stopwatch:
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds += time.perf_counter() - self._started
        self.calls += 1


@contextlib.contextmanager
def timed_calls(owner: Any, name: str) -> Iterator[Stopwatch]:
    """Time every call of owner.name while the block runs (the load stage inside a real ETL run)."""
    original = getattr(owner, name)
    watch = Stopwatch()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with watch:
            return original(*args, **kwargs)

    setattr(owner, name, wrapper)
    try:
        yield watch
    finally:
        setattr(owner, name, original)


# --- machine and database ----------------------------------------------------------------------------------


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def machine(server_version: str) -> dict[str, Any]:
    return {"cores": os.cpu_count(), "cpu": cpu_model(), "python": platform.python_version(),
            "postgresql": server_version, "platform": platform.platform()}


def own_peak_rss_mb() -> float:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / scale / 1024, 1)


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child (the extraction workers)."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB elsewhere
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / scale / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / scale / 1024
    return {"self": round(own, 1), "children": round(children, 1), "total": round(own + children, 1)}


@contextlib.contextmanager
def scratch_database(server_url: str, keep: bool, progress: Progress) -> Iterator[str]:
    """A new database on the server of `server_url`, migrated with reference data and views; dropped after."""
    from etl import database

    name = f"innovdb_bench_{uuid.uuid4().hex[:8]}"
    admin = libpq_url(server_url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(sqlalchemy_url(server_url)).set(database=name).render_as_string(hide_password=False)
    try:
        engine = create_engine(url, poolclass=pool.NullPool)
        try:
            database.upgrade(engine)
        finally:
            engine.dispose()
        yield url
    finally:
        if keep:
            progress(f"kept database {name}")
        else:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- corpus, extraction, score -----------------------------------------------------------------------------


def make_corpus(folder: Path, options: BenchOptions) -> tuple[corpus.CorpusStats, float]:
    started = time.perf_counter()
    stats = corpus.write_corpus(folder, corpus.generate_corpus(options.docs, options.seed,
                                                               target_bytes=options.doc_bytes))
    return stats, time.perf_counter() - started


def extract_corpus(docs_dir: Path, predictions: Path, workers: int, progress: Progress) -> dict[str, Any]:
    """Extract every document with `workers` processes, writing the records to `predictions`; timed."""
    from etl.pipeline import Rejection, iter_extractions

    started = time.perf_counter()
    documents = rejected = facts = 0
    with predictions.open("w", encoding="utf-8") as out:
        for item in iter_extractions([docs_dir], workers=workers):
            if isinstance(item, Rejection):
                rejected += 1
                continue
            documents += 1
            facts += len(item.facts)
            for record in item.records():
                out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            if documents % 2000 == 0:
                progress(f"  extracted {documents} documents")
    seconds = time.perf_counter() - started
    return {"documents": documents, "rejected": rejected, "facts": facts, "seconds": seconds,
            "docs_per_s": documents / seconds if seconds else 0.0}


def extract_single_worker(files: Sequence[Path]) -> dict[str, Any]:
    """Read and extract `files` in this process, one after the other: the per-core rate."""
    from etl.pipeline import process_path

    if files:
        process_path(files[0])  # the first call loads lexicons and compiles patterns
    started = time.perf_counter()
    for path in files:
        process_path(path)
    seconds = time.perf_counter() - started
    return {"documents": len(files), "seconds": seconds, "docs_per_s": len(files) / seconds if seconds else 0.0}


def _by_document(path: Path) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    with path.open(encoding="utf-8") as fh:
        records = (json.loads(line) for line in fh if line.strip())
        for doc, group in groupby(records, key=lambda r: Path(str(r["doc"])).name):
            yield doc, list(group)


def score_corpus(gold: Path, predictions: Path, docs_dir: Path) -> dict[str, Any]:
    """Score predictions against the gold, SCORE_CHUNK documents at a time; the scorer's rules per document
    are independent, so summed counts give the corpus-wide precision, recall and F1."""
    from etl.evaluate import score

    totals = {"tp": 0, "fp": 0, "fn": 0, "predicted": 0, "grounded": 0, "matched": 0, "metric_agree": 0}
    missed: list[str] = []
    extra: list[str] = []
    pred_iter = _by_document(predictions)
    pending: dict[str, list[dict[str, Any]]] = {}

    def preds_for(doc: str) -> list[dict[str, Any]]:
        # both files are in document order; predictions may lack a document the extractor rejected
        while doc not in pending:
            try:
                name, records = next(pred_iter)
            except StopIteration:
                return []
            pending[name] = records
        return pending.pop(doc)

    def flush(gold_chunk: list[dict[str, Any]], pred_chunk: list[dict[str, Any]], names: list[str]) -> None:
        texts = {n: (docs_dir / n).read_text(encoding="utf-8") for n in names}
        summary = score(gold_chunk, pred_chunk, texts)
        for key in ("tp", "fp", "fn", "predicted"):
            totals[key] += summary[key]
        totals["grounded"] += round(summary["grounding"] * summary["predicted"])
        # agreement is over matched pairs, which are the true positives when every gold fact is required
        totals["matched"] += summary["tp"]
        totals["metric_agree"] += round(summary["metric_accuracy"] * summary["tp"])
        details = summary["details"]
        missed.extend(_describe(g) for g in details["misses"][: max(0, 10 - len(missed))])
        extra.extend(_describe(p) for p in details["extras"][: max(0, 10 - len(extra))])

    gold_chunk: list[dict[str, Any]] = []
    pred_chunk: list[dict[str, Any]] = []
    names: list[str] = []
    for doc, records in _by_document(gold):
        gold_chunk += records
        pred_chunk += preds_for(doc)
        names.append(doc)
        if len(names) >= SCORE_CHUNK:
            flush(gold_chunk, pred_chunk, names)
            gold_chunk, pred_chunk, names = [], [], []
    if names:
        flush(gold_chunk, pred_chunk, names)
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "tp": tp, "fp": fp,
        "fn": fn, "grounding": round(totals["grounded"] / totals["predicted"], 4) if totals["predicted"] else 0.0,
        "metric_accuracy": round(totals["metric_agree"] / totals["matched"], 4) if totals["matched"] else 0.0,
        "examples_missed": missed, "examples_extra": extra,
    }


def _describe(r: dict[str, Any]) -> str:
    return (f"{r.get('doc')}: {r.get('kind')} {r.get('subject')} {r.get('metric')}={r.get('value')}"
            f" ({r.get('year')}) <- {r.get('quote')!r}")


# --- ETL runs ----------------------------------------------------------------------------------------------


def _marks(conn: psycopg.Connection) -> dict[str, int]:
    """Highest id of each loaded table: rows above it were written later."""
    return {t: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM core.{t}").fetchone()[0])  # type: ignore[index]
            for t in LOADED_TABLES}


def _rows_since(conn: psycopg.Connection, marks: dict[str, int]) -> dict[str, int]:
    rows = {t: int(conn.execute(f"SELECT count(*) FROM core.{t} WHERE id > %s", (m,)).fetchone()[0])  # type: ignore[index]
            for t, m in marks.items()}
    rows["indicators"] = int(conn.execute(
        "SELECT count(*) FROM core.indicators WHERE source = 'document'").fetchone()[0])  # type: ignore[index]
    return rows


def etl_runs(url: str, folder: Path, options: BenchOptions, progress: Progress) -> dict[str, Any]:
    """Full run, rerun without change, run after rewriting 1 % of the documents; load stage timed apart."""
    from etl import run as etl_run

    docs_dir = folder / corpus.DOCS_DIR

    def one(label: str, event: Callable[..., None] | None = None) -> tuple[Any, Stopwatch, float]:
        run_options = etl_run.RunOptions(paths=[str(docs_dir)], workers=options.workers)
        with timed_calls(etl_run, "_load_batch") as load_watch:
            started = time.perf_counter()
            summary = etl_run.run_etl(run_options, url=url, event=event)
            seconds = time.perf_counter() - started
        progress(f"  {label}: {seconds:.2f} s ({summary.documents_new} new, {summary.documents_changed} changed,"
                 f" {summary.documents_unchanged} unchanged, {summary.documents_rejected} rejected)")
        return summary, load_watch, seconds

    with connect(url, autocommit=True) as conn:
        marks = _marks(conn)
    peaks = PeakAt([min(2000, options.docs), options.docs])  # flat memory: the same at both marks
    full, load_watch, full_s = one("full run", peaks)
    with connect(url, autocommit=True) as conn:
        rows = _rows_since(conn, marks)
    rerun, _, rerun_s = one("rerun, nothing changed")
    changed = corpus.changed_indexes(options.docs, options.seed)
    for index in changed:
        corpus.write_document(folder, corpus.generate_document(index, options.seed, variant=1,
                                                               target_bytes=options.doc_bytes))
    after, _, changed_s = one(f"rerun, {len(changed)} documents changed")
    rows_written = sum(rows.values())
    return {
        "full_run_s": round(full_s, 3), "rerun_s": round(rerun_s, 3), "changed_1pct_s": round(changed_s, 3),
        "changed_1pct_refresh_s": after.refresh_seconds,
        "changed_docs": len(changed), "changed_docs_reloaded": after.documents_changed,
        "rerun_docs_reloaded": rerun.documents_new + rerun.documents_changed,
        "full_run_status": full.status, "load_s": round(load_watch.seconds, 3), "load_rows": rows,
        "rows_written": rows_written, "marks": marks, "etl_run_peak_rss_mb": peaks.result(),
        "load_rows_per_s": round(rows_written / load_watch.seconds) if load_watch.seconds else None,
    }


def raw_copy(url: str, marks: dict[str, int]) -> dict[str, Any]:
    """COPY the rows the load stage wrote into empty temporary copies of their tables, without indexes or
    constraints: the physical reference."""
    def bare(writer: psycopg.Connection, table: str) -> str:
        writer.execute(f"CREATE TEMP TABLE bench_copy_{table} (LIKE core.{table})")
        return f"bench_copy_{table}"

    seconds, total = _copy_loaded_rows(url, marks, bare)
    return {"copy_s": round(seconds, 3), "copy_rows": total,
            "copy_rows_per_s": round(total / seconds) if seconds else None}


SAME_SCHEMA = "bench_copy"


def create_like_core(conn: psycopg.Connection, table: str) -> str:
    """An empty logged table in SAME_SCHEMA with the columns, defaults, checks, indexes and foreign keys of
    core.`table`; the foreign keys point at the core tables. Returns its qualified name."""
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SAME_SCHEMA}")
    conn.execute(f"CREATE TABLE {SAME_SCHEMA}.{table} (LIKE core.{table} INCLUDING ALL)")
    keys = conn.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname", (f"core.{table}",)).fetchall()
    for name, definition in keys:
        conn.execute(f"ALTER TABLE {SAME_SCHEMA}.{table} ADD CONSTRAINT {name} {definition}")
    return f"{SAME_SCHEMA}.{table}"


def raw_copy_same_schema(url: str, marks: dict[str, int]) -> dict[str, Any]:
    """COPY the same rows into empty tables made by create_like_core: the limit of a loader that keeps this
    schema. Their foreign keys point at the core tables, which hold every row they refer to, so each copied
    row pays the lookups a loaded one pays. Dropped afterwards."""
    try:
        seconds, total = _copy_loaded_rows(url, marks, create_like_core)
    finally:
        with connect(url, autocommit=True) as conn:  # its foreign keys would slow every later write to core
            conn.execute(f"DROP SCHEMA IF EXISTS {SAME_SCHEMA} CASCADE")
    return {"copy_same_schema_s": round(seconds, 3),
            "copy_same_schema_rows_per_s": round(total / seconds) if seconds else None}


def _copy_loaded_rows(url: str, marks: dict[str, int],
                      create: Callable[[psycopg.Connection, str], str]) -> tuple[float, int]:
    """COPY the rows the load stage wrote into the tables `create` makes (one per core table, named by its
    return value). Rows are read ahead in chunks on another connection; only the COPY and its commit are
    timed. Returns (seconds, rows)."""
    watch = Stopwatch()
    total = 0
    with connect(url) as reader, connect(url) as writer:
        for table in (*LOADED_TABLES, "indicators"):
            condition = "source = 'document'" if table == "indicators" else f"id > {int(marks[table])}"
            target = create(writer, table)
            writer.commit()
            with reader.cursor(name=f"bench_read_{table}") as source, writer.cursor() as cur:
                source.execute(f"SELECT * FROM core.{table} WHERE {condition}")
                columns = [c.name for c in source.description or ()]
                with watch:
                    copying = cur.copy(f"COPY {target} ({', '.join(columns)}) FROM STDIN")
                    copy = copying.__enter__()
                while rows := source.fetchmany(COPY_CHUNK):
                    with watch:
                        for row in rows:
                            copy.write_row(row)
                    total += len(rows)
                with watch:  # the end of COPY (the server's share of the work) and the commit count too
                    copying.__exit__(None, None, None)
                    writer.commit()
        reader.rollback()
    return watch.seconds, total


def load_ratios(figures: dict[str, Any]) -> dict[str, float | None]:
    """The load stage's rows/s over each COPY's: into bare tables, and into tables shaped like core."""
    load = figures.get("load_rows_per_s")

    def ratio(copy: int | None) -> float | None:
        return round(load / copy, 3) if load and copy else None

    return {"load_vs_copy": ratio(figures.get("copy_rows_per_s")),
            "load_vs_copy_same_schema": ratio(figures.get("copy_same_schema_rows_per_s"))}


# --- views -------------------------------------------------------------------------------------------------


def views_at_scale(url: str, options: BenchOptions, progress: Progress) -> dict[str, Any]:
    with connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        filled = fill.fill_facts(conn, options.facts, options.seed)
        progress(f"  filled to {filled.facts_before + filled.facts_added} facts in "
                 f"{time.perf_counter() - started:.1f} s")
        queries = view_timing.plan_queries(view_timing.view_columns(conn))
        draws = view_timing.region_draws(view_timing.popular_regions(conn), options.view_runs, options.seed)
        detail = view_timing.time_queries(conn, queries, draws, budget_s=options.view_budget_s())
        facts = filled.facts_before + filled.facts_added
    return {"view_p95_ms": view_timing.p95_by_shape(detail), "view_p95_worst_ms": view_timing.worst_p95(detail),
            "view_timing": detail, "facts_for_view_timing": facts}


READER_SHAPES = (("v_target_vs_peers", "region+peer"), ("v_metrics_latest", "region"), ("v_facts_as_of", "region"))


def refresh_and_read_during_load(url: str, folder: Path, options: BenchOptions,
                                 progress: Progress) -> dict[str, Any]:
    """What a run costs the readers at the database's size: a rebuild of the precomputed views whole, the
    run after 1 % of the documents changed (its refresh by key), then a full reload of the corpus while
    another connection keeps querying the views (READER_SHAPES)."""
    from etl import precomputed
    from etl import run as etl_run

    with connect(url) as conn:
        started = time.perf_counter()
        with conn.transaction():
            precomputed.refresh(conn, full=True)
        refresh_s = time.perf_counter() - started
    progress(f"  rebuild of the precomputed views whole: {refresh_s:.1f} s")
    changed = corpus.changed_indexes(options.docs, options.seed)
    for index in changed:  # a second variant: other values than the 1 % run of etl_runs wrote
        corpus.write_document(folder, corpus.generate_document(index, options.seed, variant=2,
                                                               target_bytes=options.doc_bytes))
    keys: list[Any] = []
    started = time.perf_counter()
    incremental = etl_run.run_etl(
        etl_run.RunOptions(paths=[str(folder / corpus.DOCS_DIR)], workers=options.workers), url=url,
        event=lambda name, **f: keys.append(f["keys"]) if name == "views_refreshed" else None)
    changed_s = time.perf_counter() - started
    progress(f"  run after {incremental.documents_changed} documents changed: {changed_s:.2f} s, its refresh"
             f" {incremental.refresh_seconds:.2f} s ({keys[0] if keys else 0} keys)")
    queries = [q for q in view_timing.plan_queries(_columns(url)) if (q.view, q.filter) in READER_SHAPES]
    with connect(url, autocommit=True) as conn:
        draws = view_timing.region_draws(view_timing.popular_regions(conn), options.view_runs, options.seed)
    latencies: list[float] = []
    done = threading.Event()

    def read() -> None:
        with connect(url, autocommit=True) as reader:
            n = 0
            while not done.is_set():
                query, draw = queries[n % len(queries)], draws[n % len(draws)]
                begun = time.perf_counter()
                reader.execute(query.sql, draw[: query.takes]).fetchall()
                latencies.append((time.perf_counter() - begun) * 1000)
                n += 1

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    started = time.perf_counter()
    try:
        summary = etl_run.run_etl(etl_run.RunOptions(paths=[str(folder / corpus.DOCS_DIR)], workers=options.workers,
                                                     full_refresh=True), url=url)
    finally:
        done.set()
        thread.join()
    run_s = time.perf_counter() - started
    latencies = latencies or [float("nan")]
    progress(f"  reload of {summary.documents_changed} documents with a reader: {run_s:.1f} s, "
             f"{len(latencies)} reads, p95 {view_timing.percentile(latencies, 95):.1f} ms")
    return {"refresh_s": round(refresh_s, 3), "refresh_incremental_s": incremental.refresh_seconds,
            "refresh_incremental_keys": keys[0] if keys else 0,
            "refresh_incremental_docs": incremental.documents_changed,
            "changed_1pct_at_scale_s": round(changed_s, 3), "load_with_reader_s": round(run_s, 3),
            "load_with_reader_refresh_s": summary.refresh_seconds,
            "reader_during_load": {"queries": len(latencies),
                                   "p95_ms": round(view_timing.percentile(latencies, 95), 2),
                                   "median_ms": round(view_timing.percentile(latencies, 50), 2),
                                   "max_ms": round(max(latencies), 2),
                                   "shapes": [f"{v} {f}" for v, f in READER_SHAPES]}}


def _columns(url: str) -> dict[str, list[str]]:
    with connect(url, autocommit=True) as conn:
        return view_timing.view_columns(conn)


# --- peer --------------------------------------------------------------------------------------------------


PEER_MISSING = "quantulum3 is not installed (pip install -e '.[dev]'): comparison skipped"


def versus_quantulum(files: Sequence[Path]) -> dict[str, Any]:
    """quantulum3's parser and our extractor on the same (already read) English documents."""
    from etl.extract import extract
    from etl.read import read_document

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is not installed
        try:
            from quantulum3 import parser
        except ImportError:  # an optional peer, in the dev extra only
            return {"vs_quantulum3": None, "peer_docs": 0, "peer_note": PEER_MISSING}

        documents = [read_document(p) for p in files]
        if not documents:
            return {"vs_quantulum3": None, "peer_docs": 0}
        parser.parse(documents[0].text)  # loads its unit tables
        extract(documents[0])
        started = time.perf_counter()
        quantities = sum(len(parser.parse(d.text)) for d in documents)
        theirs = time.perf_counter() - started
    started = time.perf_counter()
    facts = sum(len(extract(d).facts) for d in documents)
    ours = time.perf_counter() - started
    return {"vs_quantulum3": round(theirs / ours, 2) if ours else None, "peer_docs": len(documents),
            "quantulum3_s": round(theirs, 3), "ours_s": round(ours, 3), "quantulum3_quantities": quantities,
            "our_facts": facts}


def english_files(folder: Path, count: int) -> list[Path]:
    """The first `count` English documents of the corpus, from its gold document records."""
    out: list[Path] = []
    with (folder / corpus.GOLD_NAME).open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= count:
                break
            if line.startswith('{"record": "document"'):
                record = json.loads(line)
                if record["language"] == "en":
                    out.append(folder / corpus.DOCS_DIR / record["doc"])
    return out


# --- the whole benchmark -----------------------------------------------------------------------------------


def run_bench(options: BenchOptions, progress: Progress = lambda message: None,
              as_json: bool = False) -> dict[str, Any]:
    from etl.db import database_url

    server = options.url or database_url()
    folder = Path(tempfile.mkdtemp(prefix="innovdb-bench-"))
    result: dict[str, Any] = {"docs": options.docs, "workers": options.workers, "seed": options.seed}
    steps_rss: dict[str, float] = {}  # this process's peak so far, after each step: what makes memory grow
    step = "corpus"
    try:
        progress(f"generating {options.docs} documents in {folder}")
        stats, corpus_s = make_corpus(folder, options)
        steps_rss["corpus"] = own_peak_rss_mb()
        result.update(corpus_facts=stats.facts, corpus_bytes=stats.bytes, corpus_languages=stats.languages,
                      corpus_s=round(corpus_s, 2))
        docs_dir = folder / corpus.DOCS_DIR
        step = "extraction"
        progress(f"extracting with {options.workers} workers")
        extracted = extract_corpus(docs_dir, folder / "predictions.jsonl", options.workers, progress)
        result["extract_docs_per_s"] = round(extracted["docs_per_s"], 1)
        sample = sorted(docs_dir.iterdir())[: options.single_worker_docs]
        progress(f"extracting {len(sample)} documents in one process")
        result["extract_docs_per_s_1w"] = round(extract_single_worker(sample)["docs_per_s"], 1)
        steps_rss["extraction"] = own_peak_rss_mb()
        step = "executors"
        progress(f"extracting {min(options.executor_docs, len(sample))} documents with each executor, 1 and 2 workers")
        result.update(executor_docs_per_s(sample[: options.executor_docs]))
        step = "score"
        progress("scoring against the corpus gold")
        scored = score_corpus(folder / corpus.GOLD_NAME, folder / "predictions.jsonl", docs_dir)
        result["synthetic_f1"] = scored["f1"]
        result["synthetic_score"] = scored
        steps_rss["score"] = own_peak_rss_mb()
        step = "database"
        with scratch_database(server, options.keep, progress) as url:
            with connect(url) as conn:
                server_version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
            step = "ETL runs"
            progress("ETL runs")
            runs = etl_runs(url, folder, options, progress)
            marks = runs.pop("marks")
            result.update(runs)
            steps_rss["etl_runs"] = own_peak_rss_mb()
            step = "raw COPY"
            progress("raw COPY of the same rows")
            result.update(raw_copy(url, marks))
            step = "raw COPY, same schema"
            progress("raw COPY into tables with the indexes and constraints of core")
            result.update(raw_copy_same_schema(url, marks))
            result.update(load_ratios(result))
            step = "views"
            progress(f"timing the views on {options.facts} facts")
            result.update(views_at_scale(url, options, progress))
            steps_rss["views"] = own_peak_rss_mb()
            step = "refresh and reader during a load"
            progress("refresh cost, and a reader's latency while the corpus reloads")
            result.update(refresh_and_read_during_load(url, folder, options, progress))
        peers = options.peer_docs if options.peer_docs is not None else min(100, max(10, options.docs // 100))
        step = "quantulum3"
        progress(f"quantulum3 on {peers} English documents")
        result.update(versus_quantulum(english_files(folder, peers)))
        if note := result.get("peer_note"):
            progress(note)
        steps_rss["quantulum3"] = own_peak_rss_mb()
        memory = peak_rss_mb()
        result["peak_rss_mb"] = memory["total"]
        result["peak_rss_mb_detail"] = {**memory, "self_after_step": steps_rss, "docs": options.docs}
        result["machine"] = machine(server_version)
        result["command"] = options.command(as_json)
    except Exception as e:  # the figures measured so far are still worth printing
        result["failed_step"] = step
        result["error"] = f"{type(e).__name__}: {first_line(e)}"
        result["command"] = options.command(as_json)
    finally:
        if options.keep:
            progress(f"kept corpus in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return result
