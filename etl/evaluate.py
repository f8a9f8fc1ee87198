"""Scoring extractor output against hand-annotated gold records: the measurement behind `innovdb eval`.

This re-implements, rule for rule, the project's reference scorer (tools/score.py next to the spec),
which the product cannot import at run time. Keep the two in step: the tests compare their output
on the same files whenever the reference scorer is present.

A predicted fact matches a gold fact of the same document when the kind is the same, the subject is
the same entity (canonical name or an alias from the gold entities), the value is within 1 % (0.05
absolute for small numbers) and the year is the same where the gold gives one. Predictions that
match an optional gold fact count neither way.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath
from typing import Any

from etl.errors import InnovdbError

Record = Mapping[str, Any]

# Words that do not tell two subjects apart ("Hefei City" is "Hefei").
GENERIC_WORDS = frozenset(
    {"the", "district", "city", "municipality", "province", "cluster", "of", "la", "le", "de", "du", "ltd", "co"}
)
AGREEMENT_FIELDS = ("metric", "unit", "qualifier", "subject_type")
# The --min-* bars of the reference scorer, in the order it reports them.
BARS = ("f1", "recall", "precision", "grounding", "entity-recall", "metric-accuracy")
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def subject_key(name: object) -> str:
    """The scorer's name key: accents stripped, lower case, apostrophes dropped, ASCII words only,
    generic words removed. Deliberately not etl.aliases.alias_key: scores must equal the reference
    scorer's, which drops generic words and everything outside a-z0-9."""
    if name is None:
        return ""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("'", "")
    return " ".join(w for w in _ASCII_WORD.findall(s) if w not in GENERIC_WORDS)


def doc_key(name: object) -> str:
    """Records name documents by file name; a path in `doc` still names the same document."""
    return PurePath(str(name)).name


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSON Lines file; blank lines are skipped, a line that is not JSON is an error."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InnovdbError(f"{path}:{n}: not JSON: {e}") from None
    return records


def gold_documents(gold_records: Iterable[Record]) -> set[str]:
    """The documents a gold file covers: its document records, else every document it mentions."""
    gold = list(gold_records)
    return {doc_key(r["doc"]) for r in gold if r.get("record") == "document"} or {doc_key(r["doc"]) for r in gold}


def confident(records: Iterable[Record], at_least: float) -> list[Record]:
    """The records less the facts whose confidence is below `at_least` (no confidence counts as 1.0)."""

    def confidence(r: Record) -> float:
        try:
            return float(r.get("confidence", 1.0))
        except (TypeError, ValueError):
            return 0.0

    return [r for r in records if r.get("record") != "fact" or confidence(r) >= at_least]


def _alias_classes(gold: Iterable[Record]) -> dict[str, str]:
    """Every name and alias of a gold entity, keyed to its canonical name's key (first entity wins)."""
    alias: dict[str, str] = {}
    for r in gold:
        if r.get("record") == "entity":
            canonical = subject_key(r["name"])
            for name in [r["name"], *r.get("aliases", [])]:
                alias.setdefault(subject_key(name), canonical)
    return alias


def _same_value(p: object, g: object) -> bool:
    try:
        pv, gv = float(p), float(g)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return abs(pv - gv) <= max(0.01 * abs(gv), 0.05)


def _grounded(p: Record, text: str | None) -> bool:
    try:
        return text is not None and text[int(p["start"]) : int(p["end"])] == p.get("quote")
    except (KeyError, TypeError, ValueError):
        return False


def _rate(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def score(gold_records: Iterable[Record], pred_records: Iterable[Record], texts: Mapping[str, str | None]) -> dict:
    """Compare predicted records with gold records. `texts` maps a document's file name to the text
    its offsets index (None when unavailable), for the grounding check.

    Returns the reference scorer's summary (same keys, same order, same values) plus a "details"
    entry holding the misses, the false predictions, the missed entities and the unrounded bar values."""
    gold, pred = list(gold_records), list(pred_records)
    docs = gold_documents(gold)
    alias = _alias_classes(gold)

    def same_subject(p: object, g: object) -> bool:
        ps, gs = subject_key(p), subject_key(g)
        return bool(ps) and (ps == gs or alias.get(ps, ps) == alias.get(gs, gs))

    gfacts: dict[str, list[Record]] = defaultdict(list)
    pfacts: dict[str, list[Record]] = defaultdict(list)
    for r in gold:
        if r.get("record") == "fact":
            gfacts[doc_key(r["doc"])].append(r)
    for r in pred:
        if r.get("record") == "fact" and doc_key(r.get("doc", "")) in docs:
            pfacts[doc_key(r["doc"])].append(r)

    tp = fp = fn = 0
    agree: dict[str, int] = defaultdict(int)
    matched_pairs = grounded = total_pred = 0
    misses: list[Record] = []
    extras: list[Record] = []
    per_doc: dict[str, dict[str, int]] = {}
    for d in sorted(docs):
        # Required gold facts pick their partner first, so an optional fact never takes a needed match.
        golds = sorted(gfacts[d], key=lambda r: not r.get("required", True))
        preds = pfacts[d]
        used: set[int] = set()
        dtp = dfn = 0
        for g in golds:
            candidates = [
                i
                for i, p in enumerate(preds)
                if i not in used
                and p.get("kind") == g["kind"]
                and same_subject(p.get("subject"), g["subject"])
                and _same_value(p.get("value"), g["value"])
                and (g.get("year") is None or p.get("year") == g.get("year"))
            ]
            if candidates:
                # Among equal matches prefer one with the right metric, so agreement is not understated.
                i = min(candidates, key=lambda i: preds[i].get("metric") != g["metric"])
                used.add(i)
                matched_pairs += 1
                for field in AGREEMENT_FIELDS:
                    agree[field] += preds[i].get(field) == g.get(field)
                if g.get("required", True):
                    dtp += 1
            elif g.get("required", True):
                dfn += 1
                misses.append(g)
        unmatched = [p for i, p in enumerate(preds) if i not in used]
        extras.extend(unmatched)
        total_pred += len(preds)
        grounded += sum(_grounded(p, texts.get(d)) for p in preds)
        tp, fp, fn = tp + dtp, fp + len(unmatched), fn + dfn
        per_doc[d] = {"tp": dtp, "fp": len(unmatched), "fn": dfn}

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    entity_recall, entities_missed = _entity_recall(gold, pred, alias)
    language_accuracy, published_accuracy = _document_accuracy(gold, pred)

    summary: dict[str, Any] = {
        "documents": len(docs),
        "gold_required": tp + fn,
        "predicted": total_pred,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        **{f"{field}_accuracy": _rate(agree[field], matched_pairs) for field in AGREEMENT_FIELDS},
        "grounding": _rate(grounded, total_pred),
        "entity_recall": round(entity_recall, 4),
        "language_accuracy": language_accuracy,
        "published_accuracy": published_accuracy,
        "per_doc": per_doc,
    }
    summary["details"] = {
        "misses": misses,
        "extras": extras,
        "entities_missed": entities_missed,
        # The reference scorer tests these bars on unrounded values (grounding and metric accuracy rounded).
        "bars": {
            "f1": f1,
            "recall": recall,
            "precision": precision,
            "grounding": summary["grounding"],
            "entity_recall": entity_recall,
            "metric_accuracy": summary["metric_accuracy"],
        },
    }
    return summary


def _entity_recall(gold: list[Record], pred: list[Record], alias: Mapping[str, str]) -> tuple[float, list[str]]:
    """Share of required gold entities named (by any name or alias) among the document's predicted
    entities, and the ones missed as "doc type name"."""
    pents: dict[str, list[Record]] = defaultdict(list)
    for r in pred:
        if r.get("record") == "entity":
            pents[doc_key(r.get("doc", ""))].append(r)
    required = hit_count = 0
    missed: list[str] = []
    for g in (r for r in gold if r.get("record") == "entity"):
        d = doc_key(g["doc"])
        canonical = subject_key(g["name"])
        names = {subject_key(n) for n in [g["name"], *g.get("aliases", [])]}
        hit = any(
            subject_key(n) in names or alias.get(subject_key(n)) == canonical
            for p in pents[d]
            for n in [p.get("name"), *p.get("aliases", [])]
        )
        if g.get("required", True):
            required += 1
            hit_count += hit
            if not hit:
                missed.append(f"{d} {g['type']} {g['name']}")
    return (hit_count / required if required else 1.0), missed


def _document_accuracy(gold: list[Record], pred: list[Record]) -> tuple[float | None, float | None]:
    """Language accuracy over gold documents, and publication-date accuracy over gold documents
    that give a date; None when there is nothing to measure."""
    gmeta = {doc_key(r["doc"]): r for r in gold if r.get("record") == "document"}
    pmeta = {doc_key(r.get("doc", "")): r for r in pred if r.get("record") == "document"}
    lang_ok = sum(pmeta.get(d, {}).get("language") == g.get("language") for d, g in gmeta.items())
    dated = {d: g for d, g in gmeta.items() if g.get("published")}
    date_ok = sum(str(pmeta.get(d, {}).get("published", ""))[:10] == g["published"] for d, g in dated.items())
    return (
        round(lang_ok / len(gmeta), 4) if gmeta else None,
        round(date_ok / len(dated), 4) if dated else None,
    )


def public_summary(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The summary without its details: what the reference scorer prints with --json."""
    return {k: v for k, v in summary.items() if k != "details"}


def format_summary(summary: Mapping[str, Any], verbose: bool = False) -> str:
    """The reference scorer's text report: one line per measure, one per document, and with
    verbose the misses, the false predictions and the missed entities."""
    lines = [f"{k:24} {v}" for k, v in public_summary(summary).items() if k != "per_doc"]
    lines += [f"  {d:40} tp={c['tp']} fp={c['fp']} fn={c['fn']}" for d, c in summary["per_doc"].items()]
    if verbose:
        details = summary["details"]
        for g in details["misses"]:
            lines.append(
                f"MISSED  {g['doc']}: {g['kind']} {g['subject']} {g['metric']}={g['value']} ({g.get('year')})"
                f" <- {g['quote']!r}"
            )
        for p in details["extras"]:
            lines.append(
                f"EXTRA   {p.get('doc')}: {p.get('kind')} {p.get('subject')} {p.get('metric')}={p.get('value')}"
                f" ({p.get('year')}) <- {p.get('quote')!r}"
            )
        lines += [f"ENTITY MISSED  {e}" for e in details["entities_missed"]]
    return "\n".join(lines)


def summary_json(summary: Mapping[str, Any]) -> str:
    """The summary as the reference scorer's --json prints it."""
    return json.dumps(public_summary(summary), ensure_ascii=False)


def failed_bars(summary: Mapping[str, Any], minimums: Mapping[str, float | None]) -> list[str]:
    """The bars missed, as "f1 0.412 < 0.5"; minimums are keyed by bar name ("f1", "entity-recall"
    or "entity_recall"...), None meaning no bar."""
    wanted = {k.replace("_", "-"): v for k, v in minimums.items()}
    values = summary["details"]["bars"]
    failed = []
    for bar in BARS:
        minimum = wanted.get(bar)
        value = values[bar.replace("-", "_")]
        if minimum is not None and value < minimum:
            failed.append(f"{bar} {value:.3f} < {minimum}")
    return failed
