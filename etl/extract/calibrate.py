"""Fit the confidence scorer's weights on annotated corpora: `python -m etl.extract.calibrate GOLD DOCS ...`.

Every fact the extractor proposes on the annotated documents is labelled right (it matches a gold fact
under the scorer's rules) or wrong, and a logistic regression over the proposals' features (gradient
descent with an L2 penalty: deterministic) gives the weights written to `seeds/reference/confidence.yaml`.

A model scored on the facts it was fitted on looks better than it is, and an over-confident one puts wrong
facts above 0.8. So the fit is checked the way unseen documents would check it: the documents are split in
folds, each fold is scored by a model fitted on the others, and those out-of-fold scores are recalibrated
(Platt scaling: one slope and one offset on the logit). The written weights are the full fit's, shrunk by
that slope and shifted by that offset; the printed bands are the out-of-fold ones, the honest estimate.
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

import numpy as np
import yaml

from etl import evaluate, reference
from etl.extract import explain
from etl.extract.confidence import features
from etl.read import RejectedDocument, read_document

_L2 = 0.003  # chosen by out-of-fold log-loss over 0.0003-0.03
_STEPS = 3000
_RATE = 0.5
_FOLDS = 5

Sample = tuple[list[str], bool, str]  # features, right, document


def labelled(corpora: list[tuple[Path, Path]]) -> list[Sample]:
    """(features, right, document) for every fact proposed on the corpora's documents."""
    out: list[Sample] = []
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
            out += [(features(c.source or "", c.features), id(r) not in wrong, name) for c, r in pairs]
    return out


def _design(samples: list[Sample], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(samples), len(names)))
    for row, (fs, _, _) in enumerate(samples):
        for f in fs:
            if f in index:
                x[row, index[f]] = 1.0
    return x, np.array([right for _, right, _ in samples], dtype=float)


def _logistic(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= _RATE * (x.T @ (p - y) / len(y) + l2 * w)
    return w


def fit(samples: list[Sample], slope: float, offset: float) -> dict[str, float]:
    """The full fit's weights, recalibrated by the out-of-fold `slope` and `offset` (`_platt`)."""
    names = sorted({f for fs, _, _ in samples for f in fs})
    x, y = _design(samples, names)
    w = _logistic(x, y, _L2)
    shrunk = dict(zip(names, (slope * w).tolist(), strict=True))
    shrunk["bias"] = shrunk.get("bias", 0.0) + offset
    return {f: round(v, 3) for f, v in shrunk.items()}


def _fold(document: str) -> int:
    return zlib.crc32(document.encode("utf-8")) % _FOLDS


def _out_of_fold_logits(samples: list[Sample], names: list[str]) -> np.ndarray:
    """Each fact's logit under a model fitted without its document's fold."""
    x, y = _design(samples, names)
    folds = np.array([_fold(doc) for _, _, doc in samples])
    z = np.zeros(len(samples))
    for k in range(_FOLDS):
        held = folds == k
        if held.any() and (~held).any():
            z[held] = x[held] @ _logistic(x[~held], y[~held], _L2)
    return z


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and offset on the logit that make out-of-fold scores calibrated."""
    ab = _logistic(np.column_stack([z, np.ones_like(z)]), y, 0.0)
    return float(ab[0]), float(ab[1])


def bands(scores: np.ndarray, right: np.ndarray) -> list[str]:
    lines = []
    for lo in (0.9, 0.8, 0.7, 0.6, 0.5, 0.0):
        kept = right[scores >= lo]
        if len(kept):
            lines.append(f"confidence >= {lo:.1f}: {len(kept):5d} facts, precision {kept.mean():.3f}")
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
    names = sorted({f for fs, _, _ in samples for f in fs})
    _, y = _design(samples, names)
    z = _out_of_fold_logits(samples, names)
    slope, offset = _platt(z, y)
    print(f"{len(samples)} proposed facts, {int(y.sum())} right; recalibration slope {slope:.3f}, offset {offset:.3f}")
    print(f"out of fold ({_FOLDS} folds by document), recalibrated:")
    print("\n".join(bands(1.0 / (1.0 + np.exp(-(slope * z + offset))), y)))
    if args.write:
        path = reference.REFERENCE_DIR / "confidence.yaml"
        header = path.read_text(encoding="utf-8").split("weights:")[0]
        body = yaml.safe_dump({"weights": fit(samples, slope, offset)}, sort_keys=True, allow_unicode=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(header + body, encoding="utf-8")
        tmp.replace(path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
