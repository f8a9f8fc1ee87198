"""Facts whose metric no indicator cue names: every remaining number of the document's own text is a
candidate, kept unless it is a distractor of the genre (`open_metrics.yaml`, section `reject`), with a
metric code built from the words that say what it counts or measures (section `metric`).

The subject, kind and year come from the same resolvers as cue-based facts: the salient subject in scope,
the modality of the clause, the year of the clause, paragraph or heading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from etl.extract import guarded, lexicon
from etl.extract.kinds import KindReader
from etl.extract.numbers import Quantity, plain
from etl.extract.segment import Sentence
from etl.extract.subjects import Candidate, SubjectResolver
from etl.records import Fact

_WORD = guarded.compile(r"[^\W\d_][\w'’&-]*|R&D", re.UNICODE)


@dataclass(frozen=True, slots=True)
class _Rules:
    reject: dict[str, re.Pattern[str]]
    stop: frozenset[str]
    vague: frozenset[str]
    link_before: re.Pattern[str]
    growth_before: re.Pattern[str]
    growth_after: re.Pattern[str]
    share_after: re.Pattern[str]
    glossary: dict[str, str]
    not_subject_kinds: frozenset[str]
    national_scope: re.Pattern[str]
    country: str


@cache
def _rules() -> _Rules:
    data = lexicon.load("open_metrics.yaml")
    flags = re.IGNORECASE
    metric = data["metric"]
    return _Rules(
        reject={
            name: guarded.compile(p, flags) for name, p in data["reject"].items()
        },
        stop=frozenset(w.lower() for w in metric["stop"]),
        vague=frozenset(w.lower() for w in metric["vague"]),
        link_before=guarded.compile(metric["link_before"], flags),
        growth_before=guarded.compile(metric["growth_before"], flags),
        growth_after=guarded.compile(metric["growth_after"], flags),
        share_after=guarded.compile(metric["share_after"], flags),
        glossary={k.lower(): v for k, v in metric["glossary"].items()},
        not_subject_kinds=frozenset(data["not_subject_kinds"]),
        national_scope=guarded.compile(data["national_scope"], flags),
        country=data["country"],
    )


@dataclass(frozen=True, slots=True)
class OpenProposal:
    """A fact proposed for a number no cue claims, with what the scorer weighs."""

    fact: Fact
    features: frozenset[str]


def distractor(text: str, q: Quantity, sentence: Sentence, language: str | None) -> str | None:
    """Why the number is not a value of the document's own reporting, or None."""
    r = _rules().reject
    if q.form == "words" and language in ("en", "fr") and not _in_language(text[q.num_start : q.num_end], language):
        return "a number word of another language"
    before = text[max(sentence.start, q.num_start - 90) : q.num_start]
    after = text[q.end : min(sentence.end, q.end + 120)]
    if q.form == "article":
        return "an article, not a count"
    # the cue proposer has applied `not_a_value` to every number it leaves to this one; a number in words
    # heading its line ("Ten things to know") is a list's, which that check leaves to this one
    if q.form != "digits" and _section_number(text, q):
        return "a section or list number"
    if q.unit == "count" and (
        r["group_before"].search(before) or r["group_after"].match(after) or r["top_before"].search(before)
    ):
        return "the size of a group (top N, N largest), not a value"
    if q.unit == "rank" and r["streak_after"].match(after):
        return "a streak (the Nth year running), not a rank"
    if q.unit == "count" and q.value < 20 and r["list_after"].match(after):
        rest = text[q.end : min(sentence.end, q.end + 200)]
        if "," in rest or re.search(r"\b(?:and|et)\b", rest):
            return "a count announcing the items named next"
    if q.unit == "count" and q.value < 10 and q.form in ("words", "digits"):
        return "a small count (an enumeration, not a measure)"
    if q.form == "ordinal" and r["ordinal_pronoun"].search(before) and r["ordinal_pronoun_after"].match(after):
        return "an ordinal standing for a name (la première, the second)"
    digits = text[q.num_start : q.num_end]
    if q.unit == "count" and q.form == "digits" and re.fullmatch(r"(?:19[5-9]|20\d)\d", digits):
        return "a year"
    if q.unit == "rank" and re.match(r"\s+[A-Z][a-z]", after):
        return "an ordinal in a name (the 18th Party Congress)"
    if q.unit == "rank" and r["ordinal_not_rank_after"].match(after):
        return "an ordinal that counts phases or times, not a rank"
    if q.unit == "rank" and q.value == 1 and not r["rank_context"].search(
        text, max(sentence.start, q.start - 60), q.end + 40
    ):
        return "a first that ranks nothing"
    return None


_MONEY = frozenset({"cny", "usd"})


def not_a_value(text: str, q: Quantity, sentence: Sentence) -> str | None:
    """Why the number is no value whatever metric claims it (a label, a counter of the page, a price, the
    floor that defines a class of firms, the denominator of a rate), or None."""
    r = _rules().reject
    before = text[max(sentence.start, q.num_start - 90) : q.num_start]
    after = text[q.end : min(sentence.end, q.end + 120)]
    line_start = text.rfind("\n", 0, q.num_start) + 1
    line_end = text.find("\n", q.num_end)
    line_end = len(text) if line_end < 0 else line_end
    if q.form == "digits" and _section_number(text, q):
        return "a section or list number"
    if "+" in text[line_start:line_end]:
        for m in r["phone_number"].finditer(text, line_start, line_end):
            if m.start() <= q.num_start < m.end():
                return "a phone number"
    if r["year_range_before"].search(text, max(0, q.num_start - 6), q.num_start):
        return "the end of a range of years"
    if r["not_value_after"].match(text, q.num_end) or r["not_value_after"].match(after):
        return "an attribute (age, duration, anniversary...)"
    if r["not_value_before"].search(before):
        return "a label number (phase, line, article...)"
    if r["counter_before"].search(before) or r["counter_after"].match(text, q.num_end):
        return "a counter of the page (views, comments, issue, running time)"
    if r["phone_before"].search(before):
        return "a phone number"
    if q.unit in _MONEY and (
        r["price_before"].search(before)
        or r["price_after"].match(after)
        or r["price_from"].search(before) and not r["change_after"].match(after)
    ):
        return "a price"
    if r["page_after"].match(after):
        return "a page count"
    if _threshold(text, q, before, after):
        return "a definitional threshold"
    if r["denominator_before"].search(before) and q.unit == "count" and _power_of_ten(q.value):
        return "the denominator of a rate"
    return None


def _section_number(text: str, q: Quantity) -> bool:
    line_start = text.rfind("\n", 0, q.num_start) + 1
    if text[line_start : q.start].strip():
        return False
    return bool(_rules().reject["section_number_after"].match(text, q.num_end))


def _threshold(text: str, q: Quantity, before: str, after: str) -> bool:
    """The floor that defines a class ("firms whose revenue exceeds 20 million yuan", "unicorns valued at
    over 1 billion dollars", "clusters worth 100 billion yuan each"): what is counted is the class."""
    r = _rules().reject
    floor = q.qualifier in ("more_than", "at_least") or bool(r["or_more_after"].match(text, q.num_end))
    if floor and r["threshold_before"].search(before):
        return True
    if floor and q.unit == "percent" and r["share_of_revenue_after"].match(after):
        return True
    if q.unit not in _MONEY and not (q.unit == "count" and q.value >= _BARE_AMOUNT):
        return False
    valued = r["valued_before"].search(text, max(0, q.start - 40), q.start)  # before "more than"
    if floor and (r["threshold_measure_after"].match(after) or valued):
        return True
    if r["cluster_of_size_before"].search(before) or r["firms_above_before"].search(before):
        return True
    return bool(
        r["each_after"].match(text, q.num_end) or r["each_after"].match(after) or r["each_before"].search(before)
    )


MILESTONE = "a level passed, not the value reached"
_BARE_AMOUNT = 1e8  # "plus de 10 milliards de chiffre d'affaires": an amount of money with its currency left out


def milestone(text: str, q: Quantity) -> bool:
    """A level passed ("passed the 100 mark", "franchi la barre des 30 000"), not the value reached: an
    observation's milestone is no fact (a target to pass a level is one)."""
    r = _rules().reject
    return bool(
        r["milestone_before"].search(text, max(0, q.start - 40), q.start) or r["milestone_after"].match(text, q.end)
    )


def _power_of_ten(value: float) -> bool:
    return value >= 100 and float(value).is_integer() and str(int(value)).rstrip("0") == "1"


@cache
def _cardinals(language: str) -> frozenset[str]:
    data = lexicon.load("numbers.yaml")
    return frozenset(w.lower() for w in data["cardinals"][language])


def _in_language(number: str, language: str) -> bool:
    """A number written in words of the document's language (an English "seize" is a verb, not 16)."""
    words = [w for w in re.split(r"[\s-]+", number.lower()) if w]
    known = _cardinals(language)
    return any(w in known for w in words) or not any(w in _cardinals(other) for other in ("en", "fr") for w in words)


def propose(
    doc: str,
    text: str,
    q: Quantity,
    si: int,
    sentence: Sentence,
    resolver: SubjectResolver,
    timing: KindReader,
    national: bool,
    previous: int | None = None,
    paired: tuple[int, Candidate] | None = None,
) -> OpenProposal | str:
    """`previous` is the subject of the last fact of the paragraph: a sentence that names no subject
    continues it ("Spending was 257 billion yuan higher than in 2022"). `paired` is the name a
    "respectively" list gives the number ("A and B ranked 21st and 35th respectively")."""
    reason = distractor(text, q, sentence, timing.language)
    if reason is not None:
        return reason
    features = {f"unit:{q.unit}", f"form:{q.form}"}
    national = national or national_scope(text, q, sentence, resolver, si)
    chosen = (paired[0], "respectively", paired[1]) if paired else _choose_subject(
        text, q, si, resolver, national, previous
    )
    if chosen is None:
        return "no subject in scope"
    entity_index, how, candidate = chosen
    entity = resolver.table.entities[entity_index]
    features.add(f"subject:{how}")
    if national:
        features.add("national")
    span = (sentence.start, sentence.end)
    kind = timing.kind(span, q.start)
    year = timing.year(span, q.start, kind, q.end)
    if year is None:
        year = timing.context_year(span, q.start, kind)
        if year is not None:
            features.add("year:context")
    else:
        features.add("year:clause")
    if kind == "observation" and milestone(text, q):
        return MILESTONE
    features.add(f"kind:{kind}")
    names = [(c.start, c.end) for c in resolver.by_sentence[si]]
    metric, how = metric_code(text, q, sentence, names)
    features.add(f"metric:{how}")
    subject = next(f for f in features if f.startswith("subject:"))
    features |= {f"{subject}|{f}" for f in features if f.startswith(("year:", "kind:", "unit:"))}
    start, end = _quote(text, q, sentence, candidate)
    fact = Fact(
        doc=doc,
        kind=kind,  # type: ignore[arg-type]
        subject=entity.name,
        subject_type=entity.type,  # type: ignore[arg-type]
        metric=metric,
        value=plain(q.value),
        unit=q.unit,
        quote=text[start:end],
        start=start,
        end=end,
        value_high=plain(q.value_high) if q.value_high is not None else None,
        qualifier=q.qualifier,  # type: ignore[arg-type]
        year=year,
    )
    return OpenProposal(fact, frozenset(features))


def national_scope(text: str, q: Quantity, sentence: Sentence, resolver: SubjectResolver, si: int) -> bool:
    """The sentence speaks of the whole country before the number and names nothing smaller there."""
    r = _rules()
    if not r.national_scope.search(text, sentence.start, q.start):
        return False
    table = resolver.table.entities
    named = [c for c in resolver.by_sentence[si] if c.entity is not None and c.end <= q.start]
    return all(table[c.entity].kind == "country" for c in named)


def _choose_subject(
    text: str, q: Quantity, si: int, resolver: SubjectResolver, national: bool, previous: int | None
) -> tuple[int, str, Candidate | None] | None:
    """The subject of an uncued number and how it was found, in this order: the whole country for a
    national clause; a name (or a pronoun standing for one) before the number in its sentence; a name
    right after it ("22 Guangzhou companies"); the subject of the paragraph's last fact; the subject of
    the paragraph's last sentence that named one; the region the document is about."""
    if national:
        return country_index(resolver), "national", None
    found = resolver.subject(si, q.start, q.end, (q.start, q.end), None, q.unit == "rank", None, not_subject_kinds())
    candidate = found[1] if found else None
    if candidate is not None and candidate.end <= q.start:
        return found[0], "anaphor" if candidate.anaphor else "before", candidate  # type: ignore[index]
    if candidate is not None and (
        not text[q.end : candidate.start].strip() or resolver.paired_after(candidate, q.end)
    ):
        return found[0], "next_to_it", candidate  # type: ignore[index]
    if previous is not None:
        return previous, "previous_fact", None
    topic = _paragraph_topic(text, si, resolver)
    if topic is not None:
        return topic, "topic", None
    return (resolver.home, "home", None) if resolver.home is not None else None


def _paragraph_topic(text: str, si: int, resolver: SubjectResolver) -> int | None:
    """The subject of the last sentence of the paragraph that named one: never across a blank line,
    where a new paragraph may speak of something else."""
    sentences = resolver.sentences
    for sj in range(si - 1, max(-1, si - 8), -1):
        between = text[sentences[sj].end : sentences[sj + 1].start]
        if "\n" in between and _BLANK.search(between):
            return None
        if resolver.subject_of[sj] is not None:
            return resolver.subject_of[sj]
    return None


_BLANK = guarded.compile(r"\n[ \t]*\n")


def country_index(resolver: SubjectResolver) -> int:
    """The country's entity, added to the document's entities when the text does not name it."""
    country = _rules().country
    index = resolver.table.index_of(country)
    return index if index is not None else resolver.table.add(country, "region", "country", None, True)


def not_subject_kinds() -> frozenset[str]:
    """Kinds of entity that are never what a number quantifies (publishers, funders, plans)."""
    return _rules().not_subject_kinds


def metric_code(
    text: str, q: Quantity, sentence: Sentence, names: Sequence[tuple[int, int]] = ()
) -> tuple[str, str]:
    """A snake_case code for what the number counts or measures, and how it was built. The names of the
    sentence (`names`: spans of its entity mentions) are who is measured, not what: they end a phrase."""
    r = _rules()
    lo = max(sentence.start, q.start - 80)
    previous = _NUMBER_END.search(text[lo : q.start])
    if previous:  # "79.0 percent in the United States and 79.4 percent": nothing of the item before
        lo += previous.end()
    before = _without(text, lo, q.start, names)
    after = _without(text, q.end, min(sentence.end, q.end + 80), names)
    if q.unit in ("count", "people", "count_per_day", "per_10k_people", "cny"):
        words = _noun_phrase(after, forward=True) or _noun_phrase(r.link_before.sub("", before), forward=False)
        if words:
            return _code(words, q.unit), "noun"
    if q.unit == "percent":
        share = r.share_after.match(after)
        if r.growth_before.search(before) or r.growth_after.match(after):
            words = _noun_phrase(r.growth_before.sub("", before), forward=False)
            return (_code(words, "") + "_growth" if words else "growth_rate"), "growth"
        if share:
            words = _noun_phrase(share.group(1), forward=True)
            if words:
                return "share_of_" + _code(words, ""), "share"
        words = _noun_phrase(r.link_before.sub("", before), forward=False)
        if words:
            return _code(words, "") + "_share", "noun"
    if q.unit == "rank":
        return "rank", "rank"
    return f"unnamed_{q.unit}", "none"


_NUMBER_END = guarded.compile(r".*\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|pour\s+cent))?", re.DOTALL)


def _without(text: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> str:
    """text[start:end] with every name replaced by a word that ends a noun phrase."""
    out, at = [], start
    for a, b in names:
        if b <= start or a >= end:
            continue
        out.append(text[at : max(at, a)])
        out.append(" the ")
        at = max(at, b)
    out.append(text[at:end])
    return "".join(out)


def _noun_phrase(fragment: str, forward: bool) -> list[str]:
    """Up to three content words next to the number: the first ones after it, or the last ones before it."""
    r = _rules()
    words = _WORD.findall(fragment)
    if not forward:
        words = words[::-1]
    out: list[str] = []
    for w in words:
        lw = w.lower().strip("'’")
        if lw.endswith(("'s", "’s")):
            if forward:
                continue  # "of the city's land": the owner, then what is measured
            break  # "Kunming's tourism revenue": the owner is the subject, not part of the measure
        if lw in r.stop or (lw in r.vague and not out):
            if out:
                break
            continue
        if lw in r.vague:
            break
        out.append(lw)
        if len(out) == 3:
            break
    return out if forward else out[::-1]


def _code(words: list[str], unit: str) -> str:
    glossary = _rules().glossary
    parts = []
    for w in words:
        w = glossary.get(w, w)
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
        w = re.sub(r"[^a-z0-9]+", "_", w.replace("&", "").lower()).strip("_")
        if w:
            parts.append(w)
    code = "_".join(parts)[:60].strip("_")
    return code or f"unnamed_{unit}"


def _quote(text: str, q: Quantity, sentence: Sentence, subject: Candidate | None) -> tuple[int, int]:
    """The number with the words that say what it is: from the clause's start (or its subject) to the
    end of the noun phrase after it."""
    start = max(sentence.start, _clause_start(text, sentence.start, q.start))
    if subject is not None and sentence.start <= subject.start < start and start - subject.start <= 120:
        start = subject.start
    end = q.end
    m = re.match(r"(?:\s+[^\s,;.:!?()]+){0,4}", text[q.end : sentence.end])
    if m:
        end = q.end + len(m.group().rstrip())
    while end > q.end and not text[end - 1].isalnum() and text[end - 1] not in "%»\")":
        end -= 1
    return start, end


_CLAUSE = guarded.compile(r"[,;:(]\s+|\s[—–-]\s")


def _clause_start(text: str, lo: int, pos: int) -> int:
    found = lo
    for m in _CLAUSE.finditer(text, max(lo, pos - 160), pos):
        found = m.end()
    return found
