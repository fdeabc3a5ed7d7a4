"""The offer parser: numbers in a sentence → lever values of the case.

Understands money ("$125k", "125,000", "€48"), percentages ("12%", "a 10% raise" relative to
the current package), counts with units ("3 days a week", "400 seats"), payment terms
("net 45"), durations ("a two-year term" → 24 months on a lever in months) and relative moves
("5k more", "two fewer days"). Each number is assigned to a lever by its unit and by the
lever's words near it; when a number fits several levers and nothing in the sentence says
which, or falls outside every range, the result is *ambiguous* and the counterpart asks
instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sparring.model.case import Case
from sparring.model.levers import Lever, LeverValue, Package

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a": 1,
    "an": 1,
    "half a": 0.5,
}
_NUMBER = re.compile(
    r"(?P<cur>[$€£])?\s?(?P<num>\d{1,3}(?:[,\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<mult>k|m|thousand|million)?\b"
    r"(?P<pct>\s?%|\s?percent)?",
    re.I,
)
_WORD_DURATION = re.compile(r"\b(?P<word>one|two|three|four|five|six|a|an)[- ](?P<unit>year|month|week|day)s?\b", re.I)
_NET = re.compile(r"\bnet[- ]?(?P<num>\d{1,3})\b", re.I)
_MONEY_UNITS = ("usd", "eur", "gbp", "$", "€", "£", "dollar", "euro", "pound")
_GENERIC = frozenset(
    {
        "per",
        "a",
        "the",
        "of",
        "from",
        "now",
        "days",
        "day",
        "months",
        "month",
        "year",
        "years",
        "usd",
        "eur",
        "with",
        "to",
        "in",
    }
)


@dataclass(frozen=True)
class Mention:
    """A number found in the text, with what surrounds it."""

    value: float
    start: int
    end: int
    money: bool = False
    percent: bool = False
    duration_unit: str | None = None
    net_days: bool = False


@dataclass(frozen=True)
class ParsedOffer:
    """What the text proposes: one package, or several (options), or a question to ask back."""

    packages: list[Package] = field(default_factory=list)
    ambiguous: str | None = None

    @property
    def package(self) -> Package:
        return self.packages[0] if self.packages else {}

    @property
    def empty(self) -> bool:
        return not self.packages and self.ambiguous is None


def _mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for match in _NET.finditer(text):
        found.append(Mention(float(match["num"]), match.start(), match.end(), net_days=True))
        taken.append((match.start(), match.end()))
    for match in _WORD_DURATION.finditer(text):
        value = float(_WORD_NUMBERS[match["word"].lower()])
        found.append(Mention(value, match.start(), match.end(), duration_unit=match["unit"].lower()))
        taken.append((match.start(), match.end()))
    for match in _NUMBER.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        value = float(match["num"].replace(",", "").replace("\u202f", ""))
        mult = (match["mult"] or "").lower()
        value *= 1000 if mult in ("k", "thousand") else 1_000_000 if mult in ("m", "million") else 1
        tail = text[match.end() : match.end() + 12].lower()
        duration = next((u for u in ("year", "month", "week", "day") if re.match(rf"\s*[- ]?{u}s?\b", tail)), None)
        found.append(
            Mention(
                value,
                match.start(),
                match.end(),
                money=bool(match["cur"]) or mult in ("k", "m"),
                percent=bool(match["pct"]),
                duration_unit=duration,
            )
        )
    return sorted(found, key=lambda m: m.start)


def _words(lever: Lever) -> set[str]:
    text = f"{lever.id} {lever.name or ''} {lever.unit or ''}".lower().replace("_", " ")
    words = {w for w in re.findall(r"[a-z]+", text) if len(w) > 2 and w not in _GENERIC}
    synonyms = {
        "salary": {"base", "pay", "salary", "comp"},
        "base": {"base", "salary", "pay"},
        "price": {"price", "seat", "per", "rate", "cost"},
        "seats": {"seats", "users", "licences", "licenses"},
        "term": {"term", "contract", "year", "years", "months"},
        "payment": {"net", "payment", "terms"},
        "remote": {"remote", "home", "wfh"},
        "bonus": {"bonus", "sign", "signing"},
        "headcount": {"hire", "hires", "heads", "engineers", "people", "headcount"},
    }
    for key, extra in synonyms.items():
        if key in text:
            words |= extra
    return words


def _fits(lever: Lever, mention: Mention) -> bool:
    unit = (lever.unit or "").lower()
    if lever.range is None:
        return False
    if mention.net_days:
        return "day" in unit and any(w in f"{lever.id} {lever.name or ''}".lower() for w in ("pay", "net", "term"))
    if mention.percent:
        return "%" in unit or "percent" in unit
    if mention.duration_unit:
        return mention.duration_unit in unit or (mention.duration_unit == "year" and "month" in unit)
    if mention.money:
        return any(u in unit for u in _MONEY_UNITS)
    return True


def _value_for(lever: Lever, mention: Mention) -> float:
    unit = (lever.unit or "").lower()
    if mention.duration_unit == "year" and "month" in unit:
        return mention.value * 12
    return mention.value


def _in_range(lever: Lever, value: float) -> bool:
    assert lever.range is not None
    return float(lever.range[0]) <= value <= float(lever.range[1])


def _snap(lever: Lever, value: float) -> LeverValue:
    assert lever.range is not None
    low = float(lever.range[0])
    if lever.step:
        value = low + round((value - low) / float(lever.step)) * float(lever.step)
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


def parse_offer(text: str, case: Case, current: Package | None = None) -> ParsedOffer:
    """The package(s) the text proposes for the case's levers."""
    mentions = _mentions(text)
    if not mentions and not _categorical(case, text.lower()):
        return ParsedOffer()
    lowered = text.lower()
    packages: list[Package] = []
    ambiguity: str | None = None
    offset = 0
    for segment in re.split(r"\bor\b|;", lowered):
        start, end = offset, offset + len(segment)
        offset = end + 2
        package: Package = {}
        for mention, lever, problem in _assign_all(
            case, [m for m in mentions if start <= m.start < end], lowered, current
        ):
            if problem:
                ambiguity = ambiguity or problem
                continue
            assert lever is not None
            value = _resolve(lever, mention, lowered, current)
            if value is None or not _in_range(lever, value):
                ambiguity = ambiguity or _out_of_range(lever, value if value is not None else mention.value)
                continue
            package[lever.id] = _snap(lever, value)
        package.update(_categorical(case, segment))
        if package:
            packages.append(package)
    dropped = _dropped(case, lowered)
    if dropped:
        packages = [{**p, **dropped} for p in packages] or [dropped]
    if not packages:
        return ParsedOffer(ambiguous=ambiguity)
    return ParsedOffer(packages)


def _categorical(case: Case, text: str) -> Package:
    """Categorical values named in the text ("Team Lead", "99.9%"): the longest match wins."""
    out: Package = {}
    for lever in case.levers:
        if lever.values is None or lever.fixed:
            continue
        named = [
            v
            for v in sorted(lever.values, key=len, reverse=True)
            if re.search(rf"(?<![\w.]){re.escape(v.lower())}(?![\w]|\.\d)", text)
        ]
        if len(named) == 1 or (named and all(named[0].lower().find(n.lower()) >= 0 for n in named)):
            out[lever.id] = named[0]
    return out


def _dropped(case: Case, text: str) -> Package:
    """ "I can drop the retention bonus" → that lever at the end you like least."""
    out: Package = {}
    for lever in case.levers:
        if lever.range is None or lever.fixed:
            continue
        words = "|".join(re.escape(w) for w in sorted(_words(lever)))
        if words and re.search(
            rf"\b(drop|waive|forgo|give up|skip|without|no)\b( the| any| a| my)?( [\w-]+)?? ({words})\b", text
        ):
            low, high = lever.range
            out[lever.id] = _snap(lever, float(low if lever.you.prefer == "higher" else high))
    return out


def _out_of_range(lever: Lever, value: float) -> str:
    assert lever.range is not None
    unit = f" {lever.unit}" if lever.unit else ""
    return (
        f"{value:,.0f} is outside what I can consider for the {lever.label} "
        f"({float(lever.range[0]):,.0f}–{float(lever.range[1]):,.0f}{unit}). What did you mean?"
    )


def _affinity(lever: Lever, mention: Mention, text: str, others: list[Mention]) -> float:
    """How strongly the words around a number point at a lever. A word right after the number
    ("450 seats") counts most; a word before it ("base of 128k") counts when no other number
    or comma sits between them; nearer words count more."""
    score = 0.0
    for word in _words(lever):
        for match in re.finditer(rf"\b{re.escape(word)}", text):
            if match.start() >= mention.end:
                gap = text[mention.end : match.start()]
                if "," in gap or ";" in gap or any(mention.end <= o.start < match.start() for o in others):
                    continue
                score += 2.0 / (1 + len(gap) / 4)
            else:
                gap = text[match.end() : mention.start]
                if any(match.end() <= o.start < mention.start for o in others):
                    continue
                score += 1.0 / (1 + len(gap) / 4)
    return score


def _assign_all(
    case: Case, mentions: list[Mention], text: str, current: Package | None
) -> list[tuple[Mention, Lever | None, str | None]]:
    """Each number to one lever (no lever twice), best-supported pairs first; a number that
    fits several levers equally, or none, becomes a question."""
    ranked: dict[int, list[tuple[float, Lever]]] = {}
    results: dict[int, tuple[Mention, Lever | None, str | None]] = {}
    for i, mention in enumerate(mentions):
        candidates = [lv for lv in case.levers if not lv.fixed and _fits(lv, mention)]
        if mention.percent and not candidates:
            candidates = [
                lv
                for lv in case.levers
                if lv.range
                and any(u in (lv.unit or "").lower() for u in _MONEY_UNITS)
                and current
                and isinstance(current.get(lv.id), (int, float))
                and float(current[lv.id]) > 0
            ]
            # "a 10% raise" moves the main money lever (the one you weigh most).
            candidates = sorted(candidates, key=lambda lv: -float(lv.you.weight))[:1]
            if not candidates:
                results[i] = (mention, None, f"{mention.value:g}% of what? Say the number you have in mind.")
                continue
        if not candidates:
            continue
        others = [m for m in mentions if m is not mention]
        scored = sorted(((_affinity(lv, mention, text, others), lv) for lv in candidates), key=lambda x: -x[0])
        fitting = [
            (sc, lv)
            for sc, lv in scored
            if (v := _resolve(lv, mention, text, current)) is not None and _in_range(lv, v)
        ]
        if not fitting:
            lever = scored[0][1]
            results[i] = (mention, None, _out_of_range(lever, _resolve(lever, mention, text, current) or mention.value))
            continue
        if len(fitting) > 1 and fitting[1][0] >= 0.8 * fitting[0][0]:
            names = " or the ".join(lv.label for _, lv in fitting[:3])
            results[i] = (mention, None, f"When you say {mention.value:,.0f}, is that the {names}?")
            continue
        ranked[i] = fitting
    taken: set[str] = set()
    for i in sorted(ranked, key=lambda k: -ranked[k][0][0]):
        choice = next((lv for _, lv in ranked[i] if lv.id not in taken), None)
        if choice is None:
            results[i] = (mentions[i], None, f"I'm not sure which term {mentions[i].value:,.0f} is for.")
            continue
        results[i] = (mentions[i], choice, None)
        taken.add(choice.id)
    return [results[i] for i in sorted(results)]


def _resolve(lever: Lever, mention: Mention, text: str, current: Package | None) -> float | None:
    base = current.get(lever.id) if current else None
    if mention.percent and not ("%" in (lever.unit or "") or "percent" in (lever.unit or "").lower()):
        if not isinstance(base, (int, float)):
            return None
        sign = -1 if re.search(r"\b(cut|less|lower|down|off|discount|reduction)\b", text) else 1
        return float(base) * (1 + sign * mention.value / 100)
    value = _value_for(lever, mention)
    after = text[mention.end : mention.end + 12]
    if isinstance(base, (int, float)) and re.match(r"\s*(more|extra|higher|up)\b", after):
        return float(base) + value
    if isinstance(base, (int, float)) and re.match(r"\s*(fewer|less|lower|down|off)\b", after):
        return float(base) - value
    return value
