"""`python -m etl.extract PATH...`: JSON Lines of FACTS.md for each document (a document record, then
entity records, then fact records). `--bench` measures documents per second on generated 5 KB documents,
or on the documents of PATH... when given."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from etl.extract import EXTRACTOR_VERSION, extract
from etl.records import Document


def _read(path: Path) -> Document:
    try:
        from etl.read import read_document
    except ImportError:  # reading is another module's job; plain UTF-8 until it exists
        import hashlib

        data = path.read_bytes()
        return Document(path.name, str(path), hashlib.sha256(data).hexdigest(), data.decode("utf-8"), "utf-8")
    return read_document(path)


def _paths(args: list[str]) -> list[Path]:
    try:
        from etl.read import iter_paths
    except ImportError:
        iter_paths = None
    if iter_paths is not None:
        return list(iter_paths(args))
    out: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def bench(documents: int = 200, size: int = 5000, rounds: int = 3, given: list[Document] | None = None) -> float:
    """Documents per second of `extract` on `documents` generated texts of about `size` characters (or on
    the `given` documents), measured in CPU time of this process (one core) and the best of `rounds`, so
    that other work on the machine does not count."""
    from etl.extract.sample import sample_text

    docs = given or [Document(f"bench_{i}.txt", "", "", sample_text(i, size), "utf-8", "en" if i % 2 else "fr")
                     for i in range(documents)]
    documents = len(docs)
    for d in docs[:5]:  # warm the caches (reference data, compiled rules)
        extract(d)
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for d in docs:
            extract(d)
        best = min(best, time.process_time() - start)
    return documents / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.extract", description=__doc__)
    parser.add_argument("paths", nargs="*", help="files or folders of documents")
    parser.add_argument("--bench", action="store_true",
                        help="print documents/s on generated 5 KB documents, or on the documents of PATH...")
    parser.add_argument("--version", action="version", version=EXTRACTOR_VERSION)
    args = parser.parse_args(argv)
    if args.bench and args.paths:
        given = [_read(p) for p in _paths(args.paths)]
        size = sum(len(d.text) for d in given) // max(1, len(given))
        print(f"{bench(given=given):.0f} documents/s ({len(given)} documents of {size} characters on average,"
              f" one core, extractor {EXTRACTOR_VERSION})")
        return 0
    if args.bench:
        print(f"{bench():.0f} documents/s (5 KB documents, one core, extractor {EXTRACTOR_VERSION})")
        return 0
    if not args.paths:
        parser.error("give at least one path, or --bench")
    out = sys.stdout
    for path in _paths(args.paths):
        try:
            document = _read(path)
        except Exception as exc:  # noqa: BLE001 - report and go on with the other files
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        for record in extract(document).records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
