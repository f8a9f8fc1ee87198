"""One number reader for English and French text: digits in either convention, number words, fractions,
ordinals, ranges, multipliers, units and qualifiers (vocabulary in `seeds/reference/numbers.yaml`).

`find_quantities` reports every numeric expression with its span, including the ones that are not facts
(years, dates, durations, names such as "14th Five-Year Plan"), each tagged with a `unit` so that callers
can tell them apart; it never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from etl.aliases import fold
from etl.extract import guarded, lexicon

# Units that are never the value of a fact: they mark numbers the fact rules must leave alone.
NON_FACT_UNITS = frozenset({"year", "date", "duration", "name", "pp"})
# Letters that may be glued to digits without making a name: multipliers and units ("25k", "10km", "5m²").
_UNIT_GLUED = guarded.compile(r"(?:k|K|bn|mn|tn|km|m²|m2|sq|per|pct)\b|(?:km²|m²)")
_SPACES = guarded.compile(r"[ \u00a0\u202f]")
_NEXT_WORD = guarded.compile(r"[\s-]+(\w+)")
_ONE_OF = guarded.compile(r"\s+(?:of|des|d['’]entre)\b(?!\s+(?:the\s+)?(?:top\s+)?\d)")
_ARTICLE_BEFORE = guarded.compile(r"\b(?:a|one)\s+$", re.IGNORECASE)
_NEXT_CHAR = guarded.compile(r"\s+(\w)")
_PREV_WORD = guarded.compile(r"([\w’']+)\W*$")
_FOLLOWING = guarded.compile(r"\s*([\w’'-]+)")


def plain(value: float) -> float:
    """A value as a fact states it: two decimals, and a whole number as an int (20000, not 20000.0)."""
    value = round(value, 2)
    return int(value) if value.is_integer() else value  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeric expression: [start, end) covers qualifier words, the number, its range and its unit."""

    start: int
    end: int
    value: float
    unit: str  # count, percent, cny, km2, m2, km, rank, ratio, count_per_day, per_10k_people, ... or NON_FACT
    qualifier: str = "exact"
    value_high: float | None = None
    form: str = "digits"  # digits | words | article | fraction | ordinal | approx_noun
    total: float | None = None  # "14 of the top 50": 50; "half of the top 20": 20
    num_start: int = -1  # span of the number itself, without qualifier and unit
    num_end: int = -1


@dataclass(frozen=True, slots=True)
class _Lex:
    words: dict[str, float]  # cardinal words and scales, folded
    scales: dict[str, float]
    scales_fr: dict[str, float]
    hundreds: frozenset[str]
    joiners: frozenset[str]
    digit_multipliers: dict[str, float]
    approx_nouns: dict[str, float]
    denominators: dict[str, float]
    ordinals: dict[str, int]
    qualifier_words: dict[tuple[str, ...], str]  # folded words of a qualifier phrase -> qualifier
    qualifier_ends: frozenset[str]  # last words of those phrases
    max_qualifier_words: int
    half_not_after: frozenset[str]
    re_protected: re.Pattern[str]
    re_dates: re.Pattern[str]
    re_one_in_n: re.Pattern[str]
    re_fraction: re.Pattern[str]
    re_half: re.Pattern[str]
    re_approx_noun: re.Pattern[str]
    re_valueless: re.Pattern[str]
    re_ordinal: re.Pattern[str]
    re_first_rank: re.Pattern[str]
    re_digits: re.Pattern[str]
    re_words: re.Pattern[str]
    re_word_token: re.Pattern[str]
    re_multiplier: re.Pattern[str]
    re_units: tuple[tuple[str, re.Pattern[str]], ...]
    re_currency_prefix: tuple[tuple[str, re.Pattern[str]], ...]
    re_range_join: re.Pattern[str]
    re_range_between: re.Pattern[str]
    re_range_between_join: re.Pattern[str]
    re_change: re.Pattern[str]
    re_total: re.Pattern[str]
    re_post_qualifiers: tuple[tuple[str, re.Pattern[str]], ...]
    re_ordinal_names: re.Pattern[str]
    re_top_name: re.Pattern[str]
    months: frozenset[str]
    protected_words: frozenset[str]
    triggers: frozenset[str]  # folded words that can start a numeric expression
    after_article: frozenset[str]  # folded words that make "a"/"the"/"la" start one


_ACCENTS = {"e": "[eéèêë]", "a": "[aàâä]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _alternation(words: Any) -> str:
    """Longest first, each word matching with or without its accents ("deuxieme" = "deuxième")."""
    def accented(word: str) -> str:
        return "".join(_ACCENTS.get(ch, re.escape(ch)) for ch in fold(word))

    return "|".join(accented(w) for w in sorted(set(words), key=len, reverse=True))


_DIGITS = (
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3})+,\d+"
    r"|\d{1,3}(?:\.\d{3}){2,}"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![.,]?\d)"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)


@cache
def _lex() -> _Lex:
    data = lexicon.load("numbers.yaml")
    cardinals: dict[str, float] = {}
    for lang_words in data["cardinals"].values():
        cardinals.update({fold(k): float(v) for k, v in lang_words.items()})
    scales = {fold(k): float(v) for k, v in data["scales"].items()}
    scales_fr = {**scales, **{fold(k): float(v) for k, v in data["scales_fr_override"].items()}}
    hundreds = frozenset(fold(w) for w in data["hundreds"])
    joiners = frozenset(data["joiners"])
    words = {**cardinals, **scales, **dict.fromkeys(hundreds, 100.0)}
    denominators: dict[str, float] = {}
    for lang_words in data["denominators"].values():
        denominators.update({fold(k): float(v) for k, v in lang_words.items()})
    ordinals: dict[str, int] = {}
    for lang_words in data["ordinals"].values():
        ordinals.update({fold(k): int(v) for k, v in lang_words.items()})
    qualifiers: dict[str, str] = {}
    for qualifier, phrases in data["qualifiers"].items():
        for phrase in phrases:
            qualifiers[_qualifier_key(phrase)] = qualifier
    months = [*data["months"]["en"], *data["months"]["fr"]]
    month_alt = _alternation(months)
    flags = re.IGNORECASE
    number_word_alt = _alternation(words)
    numerator_alt = _alternation([*cardinals, "a", "an"])
    word_token = rf"(?:{number_word_alt})"
    return _Lex(
        words=words,
        scales=scales,
        scales_fr=scales_fr,
        hundreds=hundreds,
        joiners=joiners,
        digit_multipliers={fold(k): float(v) for k, v in data["digit_multipliers"].items()},
        approx_nouns={fold(k): float(v) for k, v in data["approximate_nouns"].items()},
        denominators=denominators,
        ordinals=ordinals,
        qualifier_words={tuple(k.split()): v for k, v in qualifiers.items()},
        qualifier_ends=frozenset(k.split()[-1] for k in qualifiers),
        max_qualifier_words=max(len(k.split()) for k in qualifiers),
        half_not_after=frozenset(fold(w) for w in data["half_not_after"]),
        re_protected=guarded.compile("|".join(f"(?:{p})" for p in data["protected"]), flags),
        re_dates=guarded.compile(
            rf"\b(?:{month_alt})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
            rf"|\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{month_alt})\b(?:\s+\d{{4}}\b)?",
            flags,
        ),
        re_one_in_n=guarded.compile(rf"\b(?:{data['one_in_n']})\b", flags),
        re_fraction=guarded.compile(
            rf"\b(?P<num>{numerator_alt})[\s-]+(?P<den>{_alternation(denominators)})\b", flags
        ),
        re_half=guarded.compile(rf"\b(?:(?:la|the|a)\s+)?(?:{_alternation(data['half_words'])})\b", flags),
        re_approx_noun=guarded.compile(
            rf"\b(?:une?|a)\s+(?P<noun>{_alternation(data['approximate_nouns'])})s?\b", flags
        ),
        re_valueless=guarded.compile(rf"\b(?:{_alternation(data['valueless'])})\b", flags),
        re_ordinal=guarded.compile(
            rf"(?<![\w.,])(?P<digits>\d{{1,3}})(?:{_alternation(data['ordinal_suffixes'])})(?![\w])"
            rf"|\b(?P<word>{_alternation(ordinals)})\b",
            flags,
        ),
        re_first_rank=guarded.compile(data["first_rank"], flags),
        re_digits=guarded.compile(_DIGITS),
        re_words=guarded.compile(
            rf"\b{word_token}(?:(?:-et-|-|\s+(?:{_alternation(joiners)})\s+|\s+){word_token})*\b", flags
        ),
        re_word_token=guarded.compile(rf"\b(?:{number_word_alt}|{_alternation(joiners)})\b", flags),
        re_multiplier=guarded.compile(
            rf"\s?(?P<mult>{_alternation([*scales, *data['digit_multipliers']])})(?![A-Za-z0-9])", flags
        ),
        re_units=tuple((unit, guarded.compile(pattern, flags)) for unit, pattern in data["units"]),
        re_currency_prefix=tuple(
            (unit, guarded.compile(rf"(?:{pattern})$")) for unit, pattern in data["currency_prefixes"].items()
        ),
        re_range_join=guarded.compile(data["range_joiners"], flags),
        re_range_between=guarded.compile(data["range_between"], flags),
        re_range_between_join=guarded.compile(data["range_between_joiner"], flags),
        re_change=guarded.compile(data["change_verbs"], flags),
        re_total=guarded.compile(data["total_of"], flags),
        re_post_qualifiers=tuple(
            (q, guarded.compile(pattern, flags)) for q, pattern in data["post_qualifiers"].items()
        ),
        re_ordinal_names=guarded.compile(data["ordinal_names"], flags),
        re_top_name=guarded.compile(data["top_name"]),
        months=frozenset(fold(m) for m in months),
        protected_words=frozenset(fold(w) for w in data["protected_words"]),
        after_article=frozenset(
            set(denominators)
            | {fold(w) for w in data["half_words"]}
            | {fold(w) for w in data["approximate_nouns"]}
            | set(scales)
            | hundreds
        ),
        triggers=frozenset(
            {fold(m) for m in months}
            | {fold(w) for w in data["protected_words"]}
            | set(words)
            | set(ordinals)
            | {"a", "an", "la", "the", "no", "number", "numero", "top", "first", "premiere"}
            | {fold(w) for w in data["half_words"]}
            | {fold(w) for w in data["valueless"]}
        ),
    )


@lru_cache(maxsize=20_000)
def _qualifier_key(phrase: str) -> str:
    # Elided French articles ("plus d’un") end with an apostrophe glued to the number: keep it as a word.
    return " ".join(fold(phrase).replace("'", "' ").split())


# --------------------------------------------------------------------------------------------- values


def digits_value(token: str, language: str | None = None, before_multiplier: bool = False) -> float | None:
    """Value of a digit string written with either convention ("25,000", "20 000", "3,31", "1.234,5")."""
    s = _SPACES.sub("", token)
    if not s or not s[0].isdigit():
        return None
    try:
        if "," in s and "." in s:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if "," in s:
            groups = s.split(",")
            thousands = len(groups) > 2 or len(groups[-1]) == 3
            # "1,234 milliard" in French is a decimal comma; "25,000" elsewhere separates thousands.
            if thousands and not (language == "fr" and before_multiplier and len(groups) == 2):
                return float(s.replace(",", ""))
            return float(s.replace(",", ".", 1)) if len(groups) == 2 else None
        if s.count(".") > 1:
            return float(s.replace(".", ""))
        return float(s)
    except ValueError:
        return None


def words_value(words: list[str], language: str | None = None) -> tuple[float, int] | None:
    """Value of the longest valid prefix of number words, and how many words it used."""
    lex = _lex()
    scales = lex.scales_fr if language == "fr" else lex.scales
    total = 0.0
    current = 0.0
    used = 0
    last_scale = False
    for i, raw in enumerate(words):
        w = _fold(raw)
        if w in lex.joiners:
            if not current and not last_scale:  # "one thousand and one" joins after a scale too
                break
            continue
        value = lex.words.get(w)
        if value is None:
            break
        if w in lex.hundreds:
            if current >= 100:
                break
            current = (current or 1.0) * 100.0
        elif w in scales:
            scale = scales[w]
            if last_scale and total >= scale:
                break
            if total and total < scale:
                total = (total + current) * scale
            else:
                total += (current or 1.0) * scale
            current = 0.0
        else:
            low = current % 100
            # tens + unit ("twenty-four", "dix-sept"), tens + teen ("soixante-douze", "quatre-vingt-onze")
            fits = low == 0 or (value < 10 and low % 10 == 0) or (10 <= value < 20 and low in (60, 80))
            if not fits:
                break
            current += value
        last_scale = w in scales
        used = i + 1
    if used == 0:
        return None
    return total + current, used


def parse_number(text: str, language: str | None = None) -> float | None:
    """Value of a whole string holding one number, with an optional multiplier ("1,2 milliard")."""
    found = [q for q in find_quantities(text, language) if q.unit not in ("name",)]
    if len(found) != 1 or text[: found[0].num_start].strip() or found[0].value_high is not None:
        return None
    q = found[0]
    tail = text[q.end :].strip()
    if tail:
        return None
    return q.value


# -------------------------------------------------------------------------------------------- scanning


def find_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every numeric expression of `text`, in text order; never raises."""
    try:
        return _find(text, language)
    except Exception:  # noqa: BLE001 - a reader of arbitrary text must degrade, not fail
        return []


_TOKEN = guarded.compile(r"\w+")
_ARTICLES = frozenset({"a", "an", "the", "la"})
_fold = lru_cache(maxsize=100_000)(fold)


@lru_cache(maxsize=100_000)
def _opener(word: str) -> str | None:
    """"" for a word starting with a digit, its folded form for a word that can start a numeric
    expression, None for the others (most words: one cached look-up each)."""
    if word[0].isdigit():
        return ""
    f = _fold(word)
    return f if f in _lex().triggers else None


def _find(text: str, language: str | None) -> list[Quantity]:
    """One pass over the words: each word that can start a numeric expression tries, in order of
    priority, the patterns that can start with it (dates before digits, fractions before words...)."""
    lex = _lex()
    out: list[Quantity] = []
    claimed_until = 0

    def add(q: Quantity | None) -> bool:
        nonlocal claimed_until
        if q is None or q.num_start < claimed_until:
            return False
        claimed_until = max(claimed_until, q.end, q.num_end)
        out.append(q)
        return True

    def protected(m: re.Match[str] | None) -> bool:
        if m is None:
            return False
        return add(Quantity(m.start(), m.end(), 0.0, "date", form="protected", num_start=m.start(), num_end=m.end()))

    for token in _TOKEN.finditer(text):
        f = _opener(token.group())
        if f is None:
            continue
        p = token.start()
        if p < claimed_until:
            continue
        if not f:
            if protected(lex.re_protected.match(text, p)) or protected(lex.re_dates.match(text, p)):
                continue
            if p and text[p - 1] in "(+" and protected(lex.re_protected.match(text, p - 1)):
                continue
            m = lex.re_one_in_n.match(text, p)
            if m and add(_one_in_n(text, m, language)):
                continue
            m = lex.re_ordinal.match(text, p)
            if m and m["digits"] and add(_ordinal(text, p, m.end(), float(m["digits"]), language)):
                continue
            m = lex.re_digits.match(text, p)
            if m:
                add(_from_digits(text, p, m.end(), language))
            continue
        if f in _ARTICLES and f not in lex.words:
            # "a", "the", "la" only open "a third", "the half", "la moitié", "a hundred": look at the next word
            nxt = _NEXT_WORD.match(text, token.end(), token.end() + 30)
            if nxt is None or _fold(nxt.group(1)) not in lex.after_article:
                continue
        if f in lex.months and protected(lex.re_dates.match(text, p)):
            continue
        if f in lex.protected_words and protected(lex.re_protected.match(text, p)):
            continue
        m = lex.re_one_in_n.match(text, p) if f in lex.words else None
        if m and add(_one_in_n(text, m, language)):
            continue
        m = lex.re_fraction.match(text, p)
        if m:
            num = 1.0 if _fold(m["num"]) in ("a", "an") else lex.words.get(_fold(m["num"]))
            den = lex.denominators.get(_fold(m["den"]))
            if num is not None and den and num < den and not _half_is_period(text, p):
                add(_finish(text, p, m.end(), num / den * 100.0, "percent", "fraction", language))
                continue
        m = lex.re_half.match(text, p)
        if m and not _half_is_period(text, p):
            add(_finish(text, p, m.end(), 50.0, "percent", "fraction", language))
            continue
        m = lex.re_approx_noun.match(text, p)
        if m:
            value = lex.approx_nouns[_fold(m["noun"])]
            add(_finish(text, p, m.end(), value, "count", "approx_noun", language, qualifier="approx"))
            continue
        m = lex.re_valueless.match(text, p)
        if m:
            claimed_until = m.end()
            continue
        m = lex.re_first_rank.match(text, p)
        if m:
            add(_finish(text, p, m.end(), 1.0, "rank", "ordinal", language))
            continue
        if f in lex.ordinals and not (f in lex.words and _next_is_number_word(text, token.end())):
            m = lex.re_ordinal.match(text, p)
            if m and add(_ordinal(text, p, m.end(), float(lex.ordinals[f]), language)):
                continue
        if f in lex.words:
            m = lex.re_words.match(text, p)
            if m:
                add(_from_words(text, p, m.end(), language))
    return [q for q in out if q.form != "protected"]


def _next_is_number_word(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos, pos + 30)
    return bool(m) and _fold(m.group(1)) in _lex().words


def _half_is_period(text: str, start: int) -> bool:
    # "the first half of the year" is a period of time, not a share.
    before = text[max(0, start - 20) : start].split()
    return bool(before) and _fold(before[-1]) in _lex().half_not_after


def _one_in_n(text: str, m: re.Match[str], language: str | None) -> Quantity | None:
    lex = _lex()
    num_s = m["num"] or m["num2"]
    den_s = m["den"] or m["den2"]

    def val(s: str) -> float | None:
        return float(s) if s.isdigit() else lex.words.get(_fold(s))

    num, den = val(num_s), val(den_s)
    if not num or not den or num >= den:
        return None
    return _finish(text, m.start(), m.end(), num / den * 100.0, "percent", "fraction", language)


def _ordinal(text: str, start: int, end: int, value: float, language: str | None) -> Quantity:
    lex = _lex()
    unit = "name" if lex.re_ordinal_names.match(text, end) else "rank"
    return _finish(text, start, end, value, unit, "ordinal", language)


def _from_digits(text: str, start: int, end: int, language: str | None) -> Quantity | None:
    lex = _lex()
    token = text[start:end]
    mult_m = lex.re_multiplier.match(text, end)
    value = digits_value(token, language, before_multiplier=mult_m is not None)
    if value is None:
        return None
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return Quantity(start, end, value, "name", num_start=start, num_end=end)  # "COVID-19"
    if end < len(text) and text[end].isascii() and text[end].isalpha() and not _UNIT_GLUED.match(text, end):
        return Quantity(start, end, value, "name", num_start=start, num_end=end)  # "5G", "A380"
    if lex.re_top_name.search(text, max(0, start - 5), start) and _next_is_capitalised(text, end):
        return Quantity(start, end, value, "name", num_start=start, num_end=end)  # "Top 100 Clusters"
    if _is_quoted_code(text, start, end):
        return Quantity(start, end, value, "name", num_start=start, num_end=end)  # « 3+1 »
    q = _finish(text, start, end, value, "count", "digits", language)
    if q.unit == "count" and q.value_high is None and _looks_like_year(token, text, start, q.end):
        return replace(q, unit="year")
    return q


def _from_words(text: str, start: int, end: int, language: str | None) -> Quantity | None:
    lex = _lex()
    tokens = list(lex.re_word_token.finditer(text, start, end))
    words = [t.group() for t in tokens]
    parsed = words_value(words, language)
    if parsed is None:
        return None
    value, used = parsed
    while used and _fold(words[used - 1]) in lex.joiners:
        used -= 1
    end = tokens[used - 1].end()
    if value == 1 and _ONE_OF.match(text, end, end + 20):
        # "one of China's major facilities", "l'un des ...": one item of a group, not a count
        return Quantity(start, end, value, "name", form="words", num_start=start, num_end=end)
    form = "article" if used == 1 and _fold(words[0]) in ("un", "une") else "words"
    article = _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])
    if article and _fold(words[0]) in lex.scales or _fold(words[0]) in lex.hundreds and article:
        start -= len(article.group())  # "a hundred", "a million"
    return _finish(text, start, end, value, "count", form, language)


def _next_is_capitalised(text: str, pos: int) -> bool:
    m = _NEXT_CHAR.match(text, pos, pos + 4)
    return bool(m) and m.group(1).isupper()


def _is_quoted_code(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    return (before[-1:], after[:1]) in (("«", "»"), ('"', '"'), ("“", "”"))


def _looks_like_year(token: str, text: str, start: int, end: int) -> bool:
    if not (len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100):
        return False
    prev = _PREV_WORD.search(text[max(0, start - 20) : start])
    if prev and _fold(prev.group(1)) in _YEAR_LEADERS:
        return True
    # "2000 firms" counts; "in 2024," or "2024 Global Innovation Index" is a year.
    nxt = _FOLLOWING.match(text, end, end + 30)
    return not (nxt and nxt.group(1)[0].islower() and nxt.group(1) not in _YEAR_FOLLOWERS)


_YEAR_LEADERS = frozenset(
    {"in", "since", "by", "from", "until", "till", "through", "its", "their", "of", "year", "the", "en",
     "depuis", "dici", "d'ici", "des", "dès", "jusqu'en", "jusquen", "annee", "l'annee", "de", "fin", "end",
     "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "debut", "before", "after",
     "avant", "apres", "vers", "around", "circa", "between", "entre", "and", "et", "to", "à", "a"}
)

_YEAR_FOLLOWERS = frozenset(
    {"and", "to", "et", "à", "au", "through", "until", "onwards", "onward", "levels", "level", "figures",
     "data", "target", "targets", "goal", "goals", "edition", "report", "ranking", "rankings", "list",
     "vs", "versus", "when", "while", "as", "with", "the", "le", "la", "les", "in", "en", "of", "de", "du",
     "des", "for", "pour", "after", "before", "since", "depuis", "après", "avant", "alone", "only"}
)


def _finish(
    text: str,
    start: int,
    end: int,
    value: float,
    unit: str,
    form: str,
    language: str | None,
    qualifier: str = "exact",
) -> Quantity:
    """Extend a bare number with its multiplier, total, unit, range and qualifiers."""
    lex = _lex()
    num_start, num_end = start, end
    pos = end
    if form in ("digits", "words"):
        mult = lex.re_multiplier.match(text, pos)
        if mult:
            scales = lex.scales_fr if language == "fr" else lex.scales
            key = _fold(mult["mult"])
            factor = scales.get(key) or lex.digit_multipliers.get(key)
            if factor and not (form == "words" and key in scales):
                value *= factor
                pos = mult.end()
    value_high: float | None = None
    total: float | None = None
    if unit in ("count", "percent") and form != "fraction":
        unit, pos = _unit_after(text, pos, unit)
    tm = lex.re_total.match(text, pos) if unit in ("count", "percent") else None
    if tm:
        total = float(tm["total"])
        if form == "fraction":
            value, unit, form = round(value / 100.0 * total, 2), "count", "fraction_of_total"
        pos = tm.end()
    if unit in ("count", "percent") and form not in ("fraction", "fraction_of_total") and total is None:
        rng = _range_after(text, start, pos, value, unit, language)
        if rng is not None:
            value_high, unit, pos = rng
    if form == "fraction":
        value = round(value, 2)
    for q, pattern in lex.re_post_qualifiers:
        pm = pattern.match(text, pos)
        if pm:
            qualifier, pos = q, pm.end()
            break
    start, currency = _currency_before(text, start)
    if currency and unit in ("count",):
        unit = currency
    start, before_qualifier = _qualifier_before(text, start)
    if before_qualifier == "at_most" and _RAISE_BEFORE.search(text, max(0, start - 60), start):
        before_qualifier = None  # "push R&D intensity up to 3.5 percent": the level aimed at, not a cap
    if before_qualifier is not None and qualifier == "exact":
        qualifier = before_qualifier
    elif before_qualifier is not None:
        qualifier = before_qualifier if before_qualifier != "approx" else qualifier
    if value_high is not None:
        bm = lex.re_range_between.search(text, max(0, start - 12), start)
        if bm:
            start = bm.start()
    return Quantity(start, pos, float(value), unit, qualifier, value_high, form, total, num_start, num_end)


def _unit_after(text: str, pos: int, unit: str) -> tuple[str, int]:
    for name, pattern in _lex().re_units:
        m = pattern.match(text, pos)
        if m:
            return name, m.end()
    return unit, pos


def _range_after(
    text: str, start: int, pos: int, value: float, unit: str, language: str | None
) -> tuple[float, str, int] | None:
    """`(value_high, unit, end)` when the number at [start, pos) opens a range "X to Y <unit>"."""
    lex = _lex()
    between = lex.re_range_between.search(text, max(0, start - 12), start) is not None
    join = (lex.re_range_between_join if between else lex.re_range_join).match(text, pos)
    if not join:
        return None
    if not between and lex.re_change.search(text, max(0, start - 60), start):
        return None  # "rose from 2.5% to 3.1%": two values, not a range
    m = lex.re_digits.match(text, join.end())
    if not m:
        return None
    high = digits_value(m.group(), language)
    if high is None or high < value:
        return None
    end = m.end()
    mult = lex.re_multiplier.match(text, end)
    if mult:
        scales = lex.scales_fr if language == "fr" else lex.scales
        key = _fold(mult["mult"])
        factor = scales.get(key) or lex.digit_multipliers.get(key) or 1.0
        high *= factor
        end = mult.end()
    high_unit, end = _unit_after(text, end, "count")
    if unit == "count":
        unit = high_unit
    elif high_unit not in (unit, "count"):
        return None
    if unit in ("year", "date", "duration") or (unit == "count" and _both_years(value, high)):
        return None
    return high, unit, end


def _both_years(a: float, b: float) -> bool:
    return all(v.is_integer() and 1900 <= v <= 2100 for v in (a, b))


def _currency_before(text: str, start: int) -> tuple[int, str | None]:
    window = text[max(0, start - 6) : start]
    for unit, pattern in _lex().re_currency_prefix:
        m = pattern.search(window)
        if m:
            return start - (len(window) - m.start()), unit
    return start, None


_QUALIFIER_WORDS = guarded.compile(r"[\w-]+['’]?|['’]")
_RAISE_BEFORE = guarded.compile(
    r"\b(?:push\w*|rais\w*|lift\w*|boost\w*|increas\w*|bring\w*|brought|porter|relever|augmenter)\b[^.;,\d]{0,50}$",
    re.IGNORECASE,
)


def _qualifier_before(text: str, start: int) -> tuple[int, str | None]:
    lex = _lex()
    window = text[max(0, start - 40) : start]
    tokens = list(_QUALIFIER_WORDS.finditer(window))
    if not tokens or window[tokens[-1].end() :].strip():
        return start, None
    if _fold(tokens[-1].group()).replace("’", "'") not in lex.qualifier_ends:
        return start, None  # most numbers have no qualifier: spare folding the whole window
    words = [_fold(t.group()).replace("’", "'") for t in tokens]
    for n in range(min(lex.max_qualifier_words, len(words)), 0, -1):
        qualifier = lex.qualifier_words.get(tuple(words[-n:]))
        if qualifier:
            return start - (len(window) - tokens[-n].start()), qualifier
    return start, None
