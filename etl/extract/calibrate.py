"""Fit the confidence scorer's weights on annotated corpora: `python -m etl.extract.calibrate GOLD DOCS ...`.

Every fact the extractor proposes on the annotated documents is labelled right (it matches a gold fact
under the scorer's rules) or wrong; a logistic regression over the proposals' features (plain gradient
descent with an L2 penalty: deterministic, no dependency) gives the weights written to
`seeds/reference/confidence.yaml`. It prints the precision of the facts at each confidence band.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import yaml

from etl import evaluate, reference
from etl.extract import explain
from etl.extract.confidence import features
from etl.read import RejectedDocument, read_document

_L2 = 0.01
_STEPS = 3000
_RATE = 0.5


def labelled(corpora: list[tuple[Path, Path]]) -> list[tuple[list[str], bool]]:
    """(features, right) for every fact proposed on the corpora's documents."""
    out: list[tuple[list[str], bool]] = []
    for gold_path, docs in corpora:
        gold = evaluate.load_jsonl(gold_path)
        for name in sorted(evaluate.gold_documents(gold)):
            try:
                document = read_document(docs / name)
            except (RejectedDocument, FileNotFoundError):
                continue
            found = [c for c in explain(document) if c.fact is not None]
            records = [c.fact.to_json() for c in found]  # type: ignore[union-attr]
            doc_gold = [r for r in gold if evaluate.doc_key(r.get("doc", "")) == name]
            summary = evaluate.score(doc_gold, records, {name: document.text})
            wrong = {id(r) for r in summary["details"]["extras"]}
            pairs = zip(found, records, strict=True)
            out += [(features(c.source or "", c.features), id(r) not in wrong) for c, r in pairs]
    return out


def fit(samples: list[tuple[list[str], bool]]) -> dict[str, float]:
    names = sorted({f for fs, _ in samples for f in fs})
    w = dict.fromkeys(names, 0.0)
    n = len(samples)
    for _ in range(_STEPS):
        grad = dict.fromkeys(names, 0.0)
        for fs, right in samples:
            p = 1.0 / (1.0 + math.exp(-sum(w[f] for f in fs)))
            for f in fs:
                grad[f] += p - right
        for f in names:
            w[f] -= _RATE * (grad[f] / n + _L2 * w[f])
    return {f: round(v, 3) for f, v in w.items()}


def bands(samples: list[tuple[list[str], bool]], w: dict[str, float]) -> list[str]:
    scored = [(1.0 / (1.0 + math.exp(-sum(w.get(f, 0.0) for f in fs))), right) for fs, right in samples]
    lines = []
    for lo in (0.9, 0.8, 0.7, 0.6, 0.5, 0.0):
        kept = [right for p, right in scored if p >= lo]
        if kept:
            lines.append(f"confidence >= {lo:.1f}: {len(kept):5d} facts, precision {sum(kept) / len(kept):.3f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", metavar="GOLD DOCS", help="gold JSON Lines and its documents folder")
    parser.add_argument("--write", action="store_true", help="write the weights to confidence.yaml")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give GOLD DOCS pairs")
    corpora = [(Path(g), Path(d)) for g, d in zip(args.pairs[::2], args.pairs[1::2], strict=True)]
    samples = labelled(corpora)
    w = fit(samples)
    print(f"{len(samples)} proposed facts, {sum(r for _, r in samples)} right")
    print("\n".join(bands(samples, w)))
    if args.write:
        path = reference.REFERENCE_DIR / "confidence.yaml"
        header = path.read_text(encoding="utf-8").split("weights:")[0]
        body = yaml.safe_dump({"weights": w}, sort_keys=True, allow_unicode=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(header + body, encoding="utf-8")
        tmp.replace(path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
