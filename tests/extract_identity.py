"""Byte-for-byte identity of the extractor's output, for speed work: `record` before a change, `check` after.

Runs `innovdb extract --format jsonl` and `innovdb extract --explain --format jsonl` over every regression
corpus (seeds, the shared development corpus, every annotated set under tests/cases, the blind sets, and a
synthetic bench corpus of 2,000 documents) and compares the sha256 of each output with the recorded one.
The blind sets' output is hashed as it streams and never written or shown. Other outputs are kept under
.cache/extract-identity/{reference,current}/ so that a difference can be diffed.

    make extract-identity-record   # before the change
    make extract-identity          # after: exit 1 and the differing corpora when any output changed
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "extract-identity"
BENCH_DOCS = 2000
BENCH_SEED = 0


def corpora() -> dict[str, tuple[Path, bool]]:
    """name -> (folder, blind)."""
    cases = ROOT / "tests" / "cases"
    found: dict[str, tuple[Path, bool]] = {"seeds": (ROOT / "seeds" / "documents", False)}
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    if dev.is_dir():
        found["shared-dev"] = (dev, False)
    for folder in sorted(p for p in cases.iterdir() if p.is_dir()):
        if folder.name == "blind":
            for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
                found[f"blind-{sub.name}"] = (sub, True)
        elif folder.name == "tune":
            for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
                found[f"tune-{sub.name}"] = (sub, False)
        else:
            found[folder.name] = (folder, False)
    found["bench-2000"] = (bench_corpus(), False)
    return found


def bench_corpus() -> Path:
    folder = CACHE / f"bench-{BENCH_SEED}-{BENCH_DOCS}"
    if not (folder / "complete").exists():
        from etl.bench.corpus import generate_corpus, write_corpus

        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, generate_corpus(BENCH_DOCS, BENCH_SEED))
        (folder / "complete").touch()
    return folder / "docs"


def run(name: str, folder: Path, blind: bool, explain: bool, keep: Path) -> str:
    """sha256 of the output (stdout, stderr and exit status) of one `innovdb extract` run."""
    # `python -m etl` from the repository root: the code of this checkout, whatever the venv points at
    # and paths relative to it, so that rejection messages are the same in any checkout
    cmd = [sys.executable, "-m", "etl", "extract", os.path.relpath(folder, ROOT), "--format", "jsonl",
           *(["--explain"] if explain else [])]
    digest = hashlib.sha256()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        rc = subprocess.run(cmd, stdout=out, stderr=err, cwd=ROOT).returncode
        for stream in (out, err):
            stream.seek(0)
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
            digest.update(b"\0")
            if not blind:
                stream.seek(0)
                suffix = "jsonl" if stream is out else "stderr"
                with (keep / f"{name}{'.explain' if explain else ''}.{suffix}").open("wb") as fh:
                    shutil.copyfileobj(stream, fh)
    digest.update(str(rc).encode())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["record", "check"])
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="check: leave out the 2,000-document bench corpus")
    args = parser.parse_args(argv)
    CACHE.mkdir(parents=True, exist_ok=True)
    keep = CACHE / ("reference" if args.mode == "record" else "current")
    shutil.rmtree(keep, ignore_errors=True)
    keep.mkdir()
    jobs = [(f"{name}{'.explain' if explain else ''}", name, folder, blind, explain)
            for name, (folder, blind) in corpora().items() for explain in (False, True)
            if not (args.quick and args.mode == "check" and name.startswith("bench"))]
    with ThreadPoolExecutor(args.jobs) as pool:
        sums = dict(zip([j[0] for j in jobs], pool.map(lambda j: run(*j[1:], keep), jobs), strict=True))
    lines = "".join(f"{digest}  {label}\n" for label, digest in sums.items())
    reference = CACHE / "reference.sha256"
    if args.mode == "record":
        reference.write_text(lines)
        print(lines, end="")
        print(f"recorded {len(sums)} outputs in {reference}")
        return 0
    if not reference.exists():
        print("no reference: run `make extract-identity-record` first", file=sys.stderr)
        return 2
    recorded = {label: digest for digest, label in (line.split("  ", 1) for line in reference.read_text().splitlines())}
    bad = [label for label, digest in sums.items() if recorded.get(label) != digest]
    bad += [label for label in recorded if label not in sums and not (args.quick and label.startswith("bench"))]
    for label in sums:
        print(f"{'DIFFERS' if label in bad else 'same   '}  {label}")
    if bad:
        print(f"{len(bad)} of {len(sums)} outputs differ (diff {CACHE}/reference/X {CACHE}/current/X)",
              file=sys.stderr)
        return 1
    print(f"all {len(sums)} outputs byte-identical to the reference")
    return 0


if __name__ == "__main__":
    sys.exit(main())
