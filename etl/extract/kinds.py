"""Target or observation, and the year a value refers to, from the cues of its sentence
(`extraction.yaml`, sections `kind` and `years`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cache

from etl.extract import guarded, lexicon
from etl.extract.segment import title_line
from etl.extract.spans import last

_FUTURE = guarded.compile(r"\w{3,}(?:era|eront|iront|ira|dra|dront)")


@dataclass(frozen=True, slots=True)
class _Rules:
    target: re.Pattern[str]
    observation: re.Pattern[str]
    not_target: re.Pattern[str]
    not_future: frozenset[str]
    observation_year: re.Pattern[str]
    report_year: re.Pattern[str]
    this_year: re.Pattern[str]
    last_year: re.Pattern[str]
    not_value_year: re.Pattern[str]
    target_year: re.Pattern[str]
    same_year: re.Pattern[str]
    opening_target_year: re.Pattern[str]
    plan_period: re.Pattern[str]
    year_earlier: re.Pattern[str]
    past_target: re.Pattern[str]
    end_of_year: re.Pattern[str]
    that_year: re.Pattern[str]
    line_year: re.Pattern[str]
    target_heading: re.Pattern[str]
    target_section: re.Pattern[str]


@cache
def _rules() -> _Rules:
    kind = lexicon.load("extraction.yaml")["kind"]
    years = lexicon.load("extraction.yaml")["years"]
    flags = re.IGNORECASE
    return _Rules(
        target=guarded.compile(kind["target"], flags),
        observation=guarded.compile(kind["observation"], flags),
        not_target=guarded.compile(kind["not_target"], flags),
        not_future=frozenset(w.lower() for w in kind["not_future"]),
        observation_year=guarded.compile(years["observation"], flags),
        report_year=guarded.compile(years["report"], flags),
        this_year=guarded.compile(years["this_year"], flags),
        last_year=guarded.compile(years["last_year"], flags),
        not_value_year=guarded.compile(years["not_value_year"], flags),
        same_year=guarded.compile(years["same_year"], flags),
        opening_target_year=guarded.compile(years["opening_target_year"], flags | re.MULTILINE),
        plan_period=guarded.compile(years["plan_period"], flags),
        year_earlier=guarded.compile(years["year_earlier"], flags),
        past_target=guarded.compile(kind["past_target"], flags),
        end_of_year=guarded.compile(years["end_of_year"], flags),
        that_year=guarded.compile(years["that_year"], flags),
        line_year=guarded.compile(years["line_label"], flags | re.MULTILINE),
        target_heading=guarded.compile(kind["target_heading"], flags | re.MULTILINE),
        target_section=guarded.compile(kind["target_section"], flags),
        target_year=guarded.compile(
            r"\b(?:by|in|to|until|through|for|d['’]ici|en|à\s+l['’]horizon|jusqu['’]en|pour)\s+"
            r"(?:(?:the\s+)?end\s+of\s+|la\s+fin\s+(?:de\s+)?|à\s+|l['’]an(?:née)?\s+)?(?P<year>20\d\d)\b",
            flags,
        ),
    )


def _target_matches(text: str, start: int, end: int, language: str | None) -> list[re.Match[str]]:
    rules = _rules()
    out = []
    for m in rules.target.finditer(text, start, end):
        word = m.group().lower()
        # a French future tense counts only in French, and not for a noun that ends the same way
        if _FUTURE.fullmatch(word) and (language != "fr" or word in rules.not_future):
            continue
        if rules.not_target.match(text, m.start()):
            continue
        out.append(m)
    return out


class KindReader:
    """Kind and year of the numbers of one document; each sentence's cues are found once."""

    def __init__(
        self,
        text: str,
        language: str | None,
        published: date | None,
        valued: list[tuple[int, int]] | None = None,
    ) -> None:
        """`valued`: the spans of the sentences that state a value; a year elsewhere dates an event."""
        self.text = text
        self._valued = valued
        self.language = language
        self.published = published
        self._cues: dict[tuple[int, int], tuple[list[re.Match[str]], list[int]]] = {}
        self._headings: list[tuple[int, bool, int | None]] | None = None
        self._years: list[tuple[int, int]] | None = None
        self._target_year: int | None = None  # 0 when the document's aims name no single year

    def _sentence_cues(self, sentence: tuple[int, int]) -> tuple[list[re.Match[str]], list[int]]:
        found = self._cues.get(sentence)
        if found is None:
            targets = _target_matches(self.text, sentence[0], sentence[1], self.language)
            observations = [m.end() for m in _rules().observation.finditer(self.text, sentence[0], sentence[1])]
            found = self._cues[sentence] = (targets, observations)
        return found

    def kind(self, sentence: tuple[int, int], pos: int) -> str:
        """"target" when the nearest cue before the number (in its sentence) marks an aim, else
        "observation"; a sentence with a "by 2027"-style cue after the number and no cue before it is a
        target."""
        targets, observations = self._sentence_cues(sentence)
        colon = self.text.rfind(":", sentence[0], pos) >= 0
        if colon and _AIMS_LISTED.search(self.text, sentence[0], pos):
            return "target"  # "The goals for 2020 were precise: 2.6 percent of GDP, 15 zones ..."
        lead = max(sentence[0], pos - _BASELINE_REACH)
        if targets and _BASELINE_BEFORE.search(self.text, lead, pos):
            return "observation"  # "aims for 7,000 by 2032, up from 3,985": the value the aim starts from
        to_before = _TO_BEFORE.search(self.text, max(lead, pos - 4), pos)
        change = _CHANGE_TO_BEFORE.search(self.text, lead, pos) if to_before else None
        floor = change.start() if change else pos  # "rise from 6.3 in 2020 to 12": the year is the start's
        before = [m for m in targets if m.end() <= pos]
        nearest_target = max((m.end() for m in before), default=-1)
        nearest_observation = max((e for e in observations if e <= floor), default=-1)
        if nearest_target >= 0 and nearest_target >= nearest_observation:
            nearest = max(before, key=lambda m: m.end())
            if _year(nearest) and self._past(nearest, pos):
                return "observation"  # "By the end of 2024, 4,000 firms had registered"
            if _ESTIMATE_OF_PAST.match(self.text, nearest.start()):
                return "observation"  # "devraient avoir réalisé 470 milliards": an estimate of what was done
            return "target"
        if nearest_observation >= 0:
            return "observation"
        if any(m.start() >= pos and _year(m) and not _CLAUSE_END.search(self.text, pos, m.start()) for m in targets):
            return "target"
        heading = self.heading(sentence[0])
        return "target" if heading is not None and heading[0] else "observation"

    def _past(self, cue: re.Match[str], pos: int) -> bool:
        """A "by <year>" cue that looks back: the year is before publication, or a past tense follows."""
        year = _year(cue)
        if self.published is not None and year is not None and year < self.published.year:
            return True
        stop = _CLAUSE_END.search(self.text, pos, pos + 120)
        return bool(_PAST.search(self.text, pos, stop.start() if stop else pos + 120))

    def year(
        self, sentence: tuple[int, int], pos: int, kind: str, end: int | None = None, relative: bool = True
    ) -> int | None:
        """The target year of a target; the year an observed value refers to, when the sentence says."""
        rules = _rules()
        text = self.text
        s_start, s_end = sentence
        if kind == "target":
            for m in self._sentence_cues(sentence)[0]:
                if _year(m):
                    return _year(m)
            listed = _AIMS_LISTED.search(text, s_start, pos) if text.rfind(":", s_start, pos) >= 0 else None
            if listed is not None and listed.group("year"):
                return int(listed.group("year"))  # "Les objectifs pour 2020 : ...", even a past year
            years = [int(m.group("year")) for m in rules.target_year.finditer(text, s_start, s_end)]
            floor = self.published.year if self.published else 0
            future = [y for y in years if y >= floor]
            if future:
                return future[0]
            if self.published is not None and (
                rules.this_year.search(text, s_start, s_end) or rules.end_of_year.search(text, s_start, s_end)
            ):
                return self.published.year  # "hopes to keep 50,000 more this year", "d'ici la fin de l'année"
            if rules.past_target.search(text, s_start, s_end):
                stated = years or [
                    int(m.group("year"))
                    for m in rules.observation_year.finditer(text, s_start, pos)
                    if not _not_value_year(text, m.start(), s_start)
                ]
                if stated:
                    return stated[-1]  # "For 2023, the department had aimed to ...": an aim of the past
            if rules.that_year.search(text, s_start, s_end):
                dated = self.dated()
                i = bisect_left(dated, (s_start,)) - 1
                if i >= 0 and dated[i][0] >= s_start - _CONTEXT_REACH:
                    return dated[i][1]  # "In early 2018 the city said it would reach 4,800 that year"
            return self._carried_target_year(s_start, s_end)
        stop = _CLAUSE_END.search(text, end or pos, s_end)
        clause_end = stop.start() if stop else s_end
        earlier = rules.year_earlier.search(text, end or pos, clause_end)
        if relative and earlier is not None and not _GROWTH_ON.search(text, end or pos, earlier.start()):
            base = self.year(sentence, pos, kind, end, relative=False) or self.context_year(sentence, pos, kind)
            return base - 1 if base is not None else None  # "up from 24 a year earlier"
        span = _SPAN_OF_YEARS.search(text, end or pos, clause_end)
        if span is not None:
            return int(span.group("y2"))  # "grew 52 percent between 2018 and 2022": the change to its last year
        own = _OWN_YEAR_AFTER.match(text, end or pos)
        if own is not None and rules.not_value_year.search(text, end or pos, own.start("year")):
            own = None  # "12 milliards de plus qu'en 2021": the year compared with, not the value's
        if own is not None and (end or pos) < s_end:
            return int(own.group("year"))  # "61.3 in 2022", "1 807 en 2008": the year written with the value
        changed = self.change_year(sentence, pos)
        if changed is not None:
            return changed
        best: int | None = None
        for m in rules.observation_year.finditer(text, s_start, s_end):
            if _not_value_year(text, m.start(), s_start):
                continue
            if m.start() < pos:
                best = int(m.group("year"))
            elif best is None and not _CLAUSE_END.search(text, end or pos, m.start()):
                best = int(m.group("year"))  # "... 8,100 at the end of 2023": a year after, in the clause
        if best is not None:
            return best
        for m in rules.report_year.finditer(text, s_start, s_end):
            return int(m.group("year1") or m.group("year2"))
        if self.published is not None:
            if rules.this_year.search(text, s_start, s_end):
                return self.published.year
            if rules.last_year.search(text, s_start, s_end):
                return self.published.year - 1
        if rules.same_year.search(text, s_start, s_end):
            return _last_year_before(rules.observation_year, text, s_start)
        return None

    def change_year(self, sentence: tuple[int, int], pos: int) -> int | None:
        """"Between 2020 and 2024, GDP went from 638 to 859 billion": each end of a change has its year."""
        span = _SPAN_OF_YEARS.search(self.text, sentence[0], pos)
        if span is None:
            return None
        if _FROM_BEFORE.search(self.text, max(span.end(), pos - 14), pos):
            return int(span.group("y1"))
        if _TO_BEFORE.search(self.text, max(span.end(), pos - 14), pos):
            return int(span.group("y2"))
        return None

    def _carried_target_year(self, s_start: int, s_end: int) -> int | None:
        """A target whose sentence names no year: the end of a five-year plan it names, the year a "by
        then" points back to, or the year that opened its paragraph ("By 2027, ...")."""
        rules = _rules()
        text = self.text
        plan = rules.plan_period.search(text, s_start, s_end)
        if plan is not None:
            return 2025 + 5 * (int(plan.group("ordinal")) - 14)
        if rules.same_year.search(text, s_start, s_end):
            return _last_year_before(rules.target, text, s_start, target=True)
        paragraph = text.rfind("\n", max(0, s_start - _PARAGRAPH_REACH), s_start) + 1
        if paragraph == 0 and s_start > _PARAGRAPH_REACH:
            return None
        opening = last(rules.opening_target_year.finditer(text, paragraph, s_start))
        return int(opening.group("year")) if opening is not None else None


    def context_year(self, sentence: tuple[int, int], pos: int, kind: str) -> int | None:
        """A year stated for a whole paragraph or list, when the value's own sentence gives none: for an
        observation the last dated clause before it ("In 2023, ... . The zone also counts 12 labs"), never
        later than publication; for a target the year of a heading above it ("Targets for 2025")."""
        if kind == "target":
            heading = self.heading(sentence[0])
            if heading and heading[0] and heading[1] is not None:
                return heading[1]
            return self._document_target_year()
        dated = self.dated()
        lo = bisect_left(dated, (max(0, sentence[0] - _CONTEXT_REACH),))
        hi = bisect_left(dated, (pos,))
        if hi > lo:
            return dated[hi - 1][1]
        return None

    def _document_target_year(self) -> int | None:
        """The one year the document's aims name, when a title or heading states it ("Guiyang wants to become
        a data hub by 2026"): it dates the targets that give none. None when the aims name several years."""
        if self._target_year is None:
            floor = self.published.year if self.published else 0
            aims = _target_matches(self.text, 0, len(self.text), self.language)
            years = {y for m in aims if (y := _year(m)) and y >= floor}
            headed = len(years) == 1 and any(_HEADING.fullmatch(self._line(m.start())) for m in aims if _year(m))
            self._target_year = years.pop() if headed else 0
        return self._target_year or None

    def _line(self, pos: int) -> str:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return self.text[start : end if end >= 0 else len(self.text)]

    def dated(self) -> list[tuple[int, int]]:
        """(offset, year) of every year that dates values: "in 2023", "fin 2022", "the 2024 index"; none
        after publication, none that dates an event ("founded in 1998") or a comparison ("than in 2022")."""
        if self._years is None:
            rules = _rules()
            found: list[tuple[int, int]] = []
            for m in rules.report_year.finditer(self.text):
                found.append((m.start(), int(m.group("year1") or m.group("year2"))))
            for m in rules.observation_year.finditer(self.text):
                if _not_value_year(self.text, m.start(), 0):
                    continue
                if self._valued is not None and not _inside(self._valued, m.start()) and not _opens_line(
                    self.text, m.start()
                ):
                    continue  # "elevated to a national strategy in 2018": an event, it dates no value
                found.append((m.start(), int(m.group("year"))))
            found += self._heading_years()
            found += self._relative_years(sorted(found))
            ceiling = self.published.year if self.published else 9999
            self._years = sorted((start, year) for start, year in found if year <= ceiling)
        return self._years

    def _heading_years(self) -> list[tuple[int, int]]:
        """A year that labels what follows it: a heading or title with one year ("4. Automobile (année 2023)",
        "Bulletin statistique, exercice 2023") or a line's label ("2019 : 6 636 entreprises", "Edition 2021:
        8th"). A heading that announces targets, a date ("March 14, 2025") or an event year gives none."""
        rules = _rules()
        found = []
        for m in _HEADING.finditer(self.text):
            line = m.group()
            years = set(_YEAR.findall(line))
            if len(years) != 1 or re.search(r"\d", _YEAR.sub("", _NUMBERING.sub("", line, count=1))):
                continue
            if _BULLET.match(line) or rules.target_heading.search(line) or rules.target_section.search(line):
                continue
            if _target_matches(line, 0, len(line), self.language):
                continue
            year = _YEAR.search(line)
            if rules.not_value_year.search(line, max(0, year.start() - 40), year.start()):
                continue
            found.append((m.start() + year.start(), int(year.group())))
        for m in rules.line_year.finditer(self.text):
            found.append((m.start("year"), int(m.group("year"))))
        return found

    def _relative_years(self, stated: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"last year", "l'an dernier", "this year" from the publication date, as years that date the values
        after them; not in a target's sentence ("hopes to keep 50,000 more this year"), and not when it steps
        back from the year stated before it ("In 2024 ... 26 clusters. Last year it had 24": a comparison)."""
        if self.published is None:
            return []
        rules = _rules()
        found = []
        for pattern, year in ((rules.this_year, self.published.year), (rules.last_year, self.published.year - 1)):
            for m in pattern.finditer(self.text):
                sentence = _containing(self._valued, m.start()) if self._valued is not None else None
                if self._valued is not None and (sentence is None or self._sentence_cues(sentence)[0]):
                    continue
                i = bisect_left(stated, (m.start(),)) - 1
                if i >= 0 and stated[i][0] >= m.start() - _CONTEXT_REACH and stated[i][1] > year:
                    continue
                found.append((m.start(), year))
        return found

    def heading(self, pos: int) -> tuple[bool, int | None] | None:
        """The heading line nearest above `pos`: (announces targets, its year). A heading is a short line
        without a full stop; "Targets for 2025" or "Les cibles pour 2030" gives its kind and year to
        what follows it, up to the next heading."""
        if self._headings is None:
            rules = _rules()
            self._headings = []
            title, _ = title_line(self.text)
            for m in _HEADING.finditer(self.text):
                line = _NUMBERING.sub("", m.group(), count=1)  # "2. Les cibles pour 2030": a numbered section
                if _BULLET.match(line) or re.search(r"\d", _YEAR.sub("", line)):
                    continue  # a list item or a line of figures, not a heading
                target = (rules.target_heading if m.start() <= title else rules.target_section).search(line)
                years = set(_YEAR.findall(line)) if target else set()
                stated = target and (target.group("year") or target.groupdict().get("year2"))
                year = int(stated) if stated else int(years.pop()) if len(years) == 1 else None
                self._headings.append((m.start(), target is not None, year))
        found = None
        for start, target, year in self._headings:
            if start >= pos:
                break
            found = (target, year)
        return found

    def year_after(self, pos: int, sentence: tuple[int, int]) -> int | None:
        """The year written just after a number, before the next punctuation ("8,100 at the end of 2023")."""
        stop = _CLAUSE_END.search(self.text, pos, sentence[1])
        end = stop.start() if stop else sentence[1]
        for m in _rules().observation_year.finditer(self.text, pos, end):
            if not m.group().lower().startswith("by"):  # "from 4 to 5 percent by 2026": the goal's year
                return int(m.group("year"))
        return None


# a year right after a value, before any other number or a comparison ("61.3 in 2022", "13 en 1987")
_OWN_YEAR_AFTER = guarded.compile(
    r"[^\d.;:!?\n]{0,40}?\b(?<!from\s)(?:in|en|at\s+the\s+end\s+of|by\s+the\s+end\s+of|à\s+la\s+fin\s+de|fin)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)
_SPAN_OF_YEARS = guarded.compile(
    r"\b(?:between|entre|from|de)\s+(?P<y1>(?:19|20)\d\d)\s+(?:and|et|to|à)\s+(?P<y2>(?:19|20)\d\d)\b", re.IGNORECASE
)
# a modal of likelihood with a perfect infinitive: an estimate of the past, not an aim
_ESTIMATE_OF_PAST = guarded.compile(
    r"(?:should|would|could|may|might|devrai(?:t|ent)|pourrai(?:t|ent)|is\s+expected\s+to|are\s+expected\s+to)"
    r"\s+(?:(?:already|déjà|bien|ainsi)\s+)?(?:have|avoir)\s+(?!to\b)\w+",
    re.IGNORECASE,
)
# aims named, then listed after a colon: "The goals for 2020 were precise: ...", "Objectifs pour 2025 : ..."
_AIMS_LISTED = guarded.compile(
    r"\b(?:targets|goals|objectives|aims|objectifs|cibles|ambitions)\b(?:\s+(?:for|pour|de|d['’]ici|by)\s+"
    r"(?P<year>20\d\d))?[^:.;!?\d]{0,40}:[^:;]*$",
    re.IGNORECASE,
)
_BASELINE_REACH = 60
# the start of an aim's change or the level compared with ("up from", "contre", "compared with"): observed
_BASELINE_BEFORE = guarded.compile(
    r"\b(?:(?:up|down|rising|falling|increasing|growing|rose|grew|climbing)\s+from|compared\s+(?:with|to)|"
    r"as\s+against|contre|par\s+rapport\s+(?:à|aux?))\s+(?:(?:the|about|around|nearly|some|environ|près\s+de)\s+)?$",
    re.IGNORECASE,
)
# "from 6.3 in 2020 to 12": the value a change leads to
_CHANGE_TO_BEFORE = guarded.compile(r"\b(?:from|de|d['’])\s*\d[^,;:]{0,40}?\s(?:to|à)\s+$", re.IGNORECASE)
# "9 % more than a year earlier"
_GROWTH_ON = guarded.compile(r"\b(?:than|on|over|qu['’]|sur|par\s+rapport)", re.IGNORECASE)
_FROM_BEFORE = guarded.compile(r"\b(?:from|de|d['’])\s*$", re.IGNORECASE)
_TO_BEFORE = guarded.compile(r"\b(?:to|à)\s*$", re.IGNORECASE)
def _not_value_year(text: str, start: int, floor: int) -> bool:
    """The year at `start` dates an event or a comparison: a word of `not_value_year` before it in its clause
    ("higher than at the end of the previous plan period in 2020", "founded in 1998"), or right at it."""
    rules = _rules()
    lead = text[max(floor, start - _LEAD) : start]
    clause = last(_CLAUSE_END.finditer(lead))
    in_clause = rules.not_value_year.search(lead, clause.end() if clause else 0)
    return bool(in_clause or rules.not_value_year.match(text, start))


_LEAD = 80  # characters back, within the clause, to a word that makes a year an event's or a comparison's


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return _containing(spans, pos) is not None


def _containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect_left(spans, (pos + 1,)) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


def _opens_line(text: str, pos: int) -> bool:
    """A year at the head of its line or paragraph ("In 2023, ...", "2023 in figures") dates what follows."""
    line = text.rfind("\n", 0, pos) + 1
    return len(text[line:pos].split()) <= 2


_CONTEXT_REACH = 3000  # characters back to a year that dates the values of a paragraph or list
_NOT_HEADING = guarded.compile(r"\s*(?:[-•*·–—]|\d+[.)]\s)")
_BULLET = guarded.compile(r"\s*[-•*·–—]")
_NUMBERING = guarded.compile(r"^\s*\d+[.)]\s")
_YEAR = guarded.compile(r"\b(?:19|20)\d\d\b")
_HEADING = guarded.compile(r"^[ \t]*[^\n]{3,80}?(?<![.;,])[ \t]*$", re.MULTILINE)  # a short line with no full stop
_PARAGRAPH_REACH = 1500  # characters back to the start of a paragraph whose opening year dates a target
_BACK_REFERENCE_REACH = 2500  # characters back to the year a "by then" points to


def _last_year_before(pattern: re.Pattern[str], text: str, pos: int, target: bool = False) -> int | None:
    found = None
    for m in pattern.finditer(text, max(0, pos - _BACK_REFERENCE_REACH), pos):
        year = _year(m) if target else int(m.group("year"))
        if year is not None:
            found = year
    return found


_PAST = guarded.compile(
    r"\b(?:had|was|were|has\s+been|have\s+been|avait|avaient|a\s+été|ont\s+été|était|étaient|comptait|comptaient)\b",
    re.IGNORECASE,
)
_CLAUSE_END = guarded.compile(r"[;:!?]|[,.](?!\d)")


def _year(m: re.Match[str]) -> int | None:
    year = m.group("year1") or m.group("year2") or m.group("year3")
    return int(year) if year else None
