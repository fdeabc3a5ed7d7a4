"""Numbers in a sentence, with the form they take: "$136k", "136 thousand", "a hundred and thirty-six
thousand", "a quarter of a million", "12%", "three days a week", "net 45", "150 to 160", "two-year".

Each :class:`Mention` keeps its offsets and what surrounds it (a currency, a scale, the unit
word after it, "per seat", "more"/"fewer"), so the offer reader can decide whether it is a term
of the deal or something else: a count, a year, an id ("SOC 2"), a metric of a receipt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "grand": 1000, "million": 1_000_000}
_WORD = re.compile(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?|[-–]", re.A)

_DIGITS = re.compile(
    r"(?P<cur>[$€£]|\b(?:usd|eur|gbp)\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>k|m|mm|thousand|grand|million|mil)\b)?(?P<pct>\s?%|\s?(?:percent|per cent)\b)?",
    re.I,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*$", re.I)
_AFTER_UNIT = re.compile(
    r"\s*(?:-\s*)?(?P<unit>(?:remote |office |working |business |support |calendar )?(?:days?|weeks?|months?|years?|"
    r"hours?|hrs?|quarters?|mos?|yrs?)\b"
    r"|seats?\b|licen[cs]es?\b|users?\b|engineers?\b|hires?\b|heads?\b|people\b|roles?\b|requisitions?\b|reqs?\b|"
    r"shares?\b|"
    r"options?\b|rsus?\b|contractors?\b|headcount\b|positions?\b|fte\b|ftes\b|(?:dollars?|euros?|pounds?|bucks|usd|"
    r"eur|gbp|chf|cad|aud)\b)",
    re.I,
)
_PER_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each|every|/)\s*(?P<per>seat|user|licen[cs]e|unit|head|hour|day|week|month|year|quarter|"
    r"annum)\b)",
    re.I,
)
_NOT_A_NUMBER_ONE = re.compile(
    r"^(\s*-?\s*off\b|\s+(of|thing|more(?! than)|last|another|way|day|question|point|side|hand|person)\b)", re.I
)
_ONE_PRONOUN = re.compile(r"\b(which|that|this|the|each|either|neither|any|every|other|another)\s+$", re.I)
""" "which one", "that one", "the other one": "one" standing for a thing already named, not the number."""
_ONE_COUNTED = re.compile(r"\b(do|give|offer|take|just|only|than|with|extra|least|is|me|you|us)\s+$", re.I)
"""Words before "one" that make "one day" a count ("I can do one day"), not the idiom ("one day I'll…")."""
_NET = re.compile(r"\bnet[\s-]?(?P<num>\d{1,3})\b", re.I)
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class Mention:
    """A number in the text and the words around it."""

    value: float
    start: int
    end: int
    text: str
    money: bool = False
    scale: str = ""  # "k" or "m" when written as 136k / 136 thousand / 1.2m
    percent: bool = False
    unit: str | None = None  # the unit word right after: day, week, month, year, hour, seat, engineer…
    per: str | None = None  # "a week", "per seat", "/month"…
    written: bool = False  # spelled out in words
    range_end: float | None = None  # "150 to 160": value 150, range_end 160
    net: bool = False  # payment terms "net 45"

    @property
    def bare(self) -> bool:
        """No currency, scale, percent or unit: only its size and the words around it say what it is."""
        return not (self.money or self.scale or self.percent or self.unit or self.per or self.net)


def _scaled(value: float, scale: str | None) -> tuple[float, str]:
    s = (scale or "").lower()
    if s in ("k", "thousand", "grand"):
        return value * 1000, "k"
    if s in ("m", "mm", "million", "mil"):
        return value * 1_000_000, "m"
    return value, ""


_AND_A_HALF = re.compile(r"\s+and a half\b", re.I)


def _digit_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for match in _DIGITS.finditer(text):
        raw = match["num"]
        if match.start("num") > 0 and text[match.start("num") - 1].isalpha():
            continue  # part of a word or an id: "Q2", "v3", "HR-214" is handled by the caller
        if not match["cur"] and re.search(r"(?<![\w])[A-Za-z]{1,3}-$", text[max(0, match.start() - 4) : match.start()]):
            continue  # a form or a grade: "W-2", "I-9", "GS-13"
        number, end = float(raw.replace(",", "")), match.end()
        half = _AND_A_HALF.match(text, end) if not (match["scale"] or match["pct"]) and "." not in raw else None
        if half:  # "137 and a half": 137.5, read as one number
            number, end = number + 0.5, half.end()
        value, scale = _scaled(number, match["scale"])
        money = bool(match["cur"])
        out.append(
            Mention(
                value,
                match.start(),
                end,
                text[match.start() : end],
                money=money,
                scale=scale,
                percent=bool(match["pct"]),
            )
        )
    return out


def _written_mentions(text: str) -> list[Mention]:
    """Spelled-out numbers: "thirty-six", "a hundred and thirty-six thousand", "a quarter of a million"."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = _read_words(tokens, i)
        if found is None:
            i += 1
            continue
        value, j = found
        start, end = tokens[i][1], tokens[j - 1][2]
        if (
            value == 1
            and _NOT_A_NUMBER_ONE.match(text[end : end + 12])
            and not _ONE_COUNTED.search(text[max(0, start - 12) : start])
        ):
            i = j  # "a one-off bonus", "one thing", "one of the…": the word, not the number
            continue
        if value == 1 and words_one(text, start, end):
            i = j
            continue
        k = re.match(r"\s?k\b", text[end : end + 3], re.I)
        if k and value < 1000:  # "thirty-five k": a written number with a spoken "k"
            value, end = value * 1000, end + k.end()
        scale = "k" if 1000 <= value < 1_000_000 and value % 1000 == 0 else ("m" if value >= 1_000_000 else "")
        out.append(Mention(value, start, end, text[start:end], scale=scale, written=True))
        i = j
    return out


def words_one(text: str, start: int, end: int) -> bool:
    """ "which one would it be?", "that one": the pronoun (followed by no unit or lever noun)."""
    if text[start:end].lower() != "one" or not _ONE_PRONOUN.search(text[max(0, start - 12) : start]):
        return False
    return not re.match(r"\s+(more\s+)?[a-z]+", text[end : end + 20], re.I) or bool(
        re.match(
            r"\s+(would|is|was|will|could|can|should|i|we|you|they|that|which|for|of|on|in|at|and|or|but)\b",
            text[end : end + 20],
            re.I,
        )
    )


def _read_words(tokens: list[tuple[str, int, int]], i: int) -> tuple[float, int] | None:
    """The value of the number words starting at token ``i`` and the index after them, if any."""
    words = [t[0].lower() for t in tokens]
    # "a quarter of a million", "half a million", "a million and a half"
    phrase = " ".join(words[i : i + 5])
    for pattern, value in (
        (r"^a quarter of a million\b", 250_000),
        (r"^(a )?half a million\b", 500_000),
        (r"^a million and a half\b", 1_500_000),
        (r"^a couple of\b", 2),
    ):
        matched = re.match(pattern, phrase)
        if matched:
            return float(value), i + len(matched.group(0).split())
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(words):
        w = words[j]
        if w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in ("-", "–") and seen and j + 1 < len(words) and words[j + 1] in UNITS:
            j += 1
            continue
        elif w in ("a", "an") and j + 1 < len(words) and words[j + 1] in SCALES and not seen:
            current = 1.0
            seen = True
        elif w in SCALES and seen:
            if w == "hundred":
                current *= 100
            else:
                total += current * SCALES[w]
                current = 0.0
        elif w == "and" and seen and j + 1 < len(words) and (words[j + 1] in UNITS or words[j + 1] in TENS):
            pass
        elif w == "and" and seen and words[j + 1 : j + 3] == ["a", "half"]:
            current += 0.5
            j += 3
            break
        else:
            break
        j += 1
    if not seen:
        return None
    number = total + current
    if words[i] in ("a", "an") and number == 1:
        return None  # "a" alone is an article, not a number
    return number, j


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINAL_UNIT = re.compile(
    r"\b(?:the|a)\s+(?P<ord>second|third|fourth|fifth|sixth)\s+(?:[a-z-]+\s+){0,2}?(?P<unit>months?|days?|years?|"
    r"weeks?|hires?|engineers?|heads?|roles?|seats?)\b",
    re.I,
)


def _ordinal_mentions(text: str) -> list[Mention]:
    """ "the third guarantee month", "a second hire": the count the ordinal reaches, with its unit."""
    return [
        Mention(
            float(ORDINALS[m["ord"].lower()]),
            m.start("ord"),
            m.end("ord"),
            m.group(0),
            unit=_unit_word(m["unit"]),
            written=True,
        )
        for m in _ORDINAL_UNIT.finditer(text)
    ]


def mentions(text: str) -> list[Mention]:
    """Every number in ``text``, in order, each with its surroundings read (memoised: the case's
    texts and the turn are read by several parts of a turn)."""
    return list(_mentions(text))


@lru_cache(maxsize=8192)
def _mentions(text: str) -> tuple[Mention, ...]:
    found = _digit_mentions(text) + _written_mentions(text) + _ordinal_mentions(text)
    found = [
        m
        for m in found
        if not any(
            o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in found
        )
    ]
    nets = {m.start(): m for m in _NET.finditer(text)}
    out: list[Mention] = []
    for mention in sorted(found, key=lambda m: m.start):
        net = next((n for s, n in nets.items() if s <= mention.start < n.end()), None)
        if net is not None:
            mention = replace(mention, start=net.start(), net=True, text=net.group(0))
        out.append(mention if mention.unit else _with_surroundings(text, mention))
    return tuple(_ranges(text, out))


def _with_surroundings(text: str, mention: Mention) -> Mention:
    tail = text[mention.end : mention.end + 40]
    unit = None
    end = mention.end
    after = _AFTER_UNIT.match(tail)
    if after and not mention.percent:
        unit = _unit_word(after["unit"])
        if after["unit"].lower() in ("usd", "eur", "gbp", "chf", "cad", "aud"):
            unit = "dollar"
        end = mention.end + after.end()
        tail = text[end : end + 30]
    per_match = _PER_AFTER.match(tail)
    per = per_match["per"].lower() if per_match else None
    money = mention.money or unit == "dollar"
    if unit == "dollar":
        unit = None
    if not money and re.search(r"[$€£]\s*$", text[max(0, mention.start - 2) : mention.start]):
        money = True
    return replace(mention, unit=unit, per=per, money=money)


def _unit_word(word: str) -> str:
    w = word.lower().split()[-1]
    if w in ("mo", "mos"):
        return "month"
    if w in ("yr", "yrs"):
        return "year"
    for canonical in (
        "day",
        "week",
        "month",
        "year",
        "hour",
        "quarter",
        "seat",
        "user",
        "engineer",
        "hire",
        "head",
        "share",
        "option",
        "contractor",
        "role",
        "position",
        "requisition",
        "req",
    ):
        if w.startswith(canonical):
            return canonical
    if w.startswith("licen"):
        return "seat"
    if w.startswith("hr"):
        return "hour"
    if w in ("dollar", "dollars", "euro", "euros", "pound", "pounds", "bucks"):
        return "dollar"
    if w in ("fte", "ftes", "people", "headcount"):
        return "head"
    if w.startswith("rsu"):
        return "share"
    return w


def _ranges(text: str, found: list[Mention]) -> list[Mention]:
    """ "150 to 160k", "38-40 a seat", "between 2 and 3 days": one mention with a range end; the
    first number borrows the second's scale and unit when it has none of its own."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _RANGE_JOIN.match(text[a.end : b.start]) and not a.percent ^ b.percent:
            joiner = text[a.end : b.start].strip().lower()
            between = re.search(r"\bbetween\s+$", text[max(0, a.start - 10) : a.start], re.I)
            if joiner in ("-", "–", "—", "to") or (joiner == "and" and between):
                low = a.value
                if not a.scale and b.scale and a.value < 1000:
                    low = _scaled(a.value, b.scale)[0]
                merged = replace(
                    b,
                    value=low,
                    range_end=b.value,
                    start=a.start,
                    money=a.money or b.money,
                    scale=b.scale or a.scale,
                    unit=a.unit or b.unit,
                    text=text[a.start : b.end],
                )
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def is_year(mention: Mention) -> bool:
    return (
        not mention.money
        and not mention.scale
        and bool(_YEAR.match(f"{mention.value:g}"))
        and "." not in mention.text
        and "," not in mention.text
    )


MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for name in names.split()
}
_MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)


@dataclass(frozen=True)
class MonthMention:
    month: int
    start: int
    end: int
    text: str


def month_mentions(text: str) -> list[MonthMention]:
    """Month names ("April", "Sept."), except "may" the verb and "mar"/"jan" inside words."""
    out = []
    for match in _MONTH.finditer(text):
        word = match.group(1)
        if word.lower() == "may" and (
            not word[0].isupper() or re.match(r"\s+(i|we|you|they|he|she|it)\b", text[match.end() :], re.I)
        ):
            continue
        if (
            word.lower() in ("mar", "jan", "jun", "jul", "aug", "oct", "nov", "dec", "sep", "feb", "apr")
            and not word[0].isupper()
        ):
            continue
        out.append(MonthMention(MONTHS[word.lower()], match.start(), match.end(), match.group(0)))
    return out


_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_WORDS})\b\.?"
    rf"|\b(?P<m2>{_MONTH_WORDS})\.?\s+(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\d,.]\d|\s*(?:k\b|%))",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A day of a month: "26 jul", "the 19th of July", "July 19"."""

    day: int
    month: int
    start: int
    end: int
    text: str


def date_mentions(text: str) -> list[DateMention]:
    out = []
    for match in _DAY_MONTH.finditer(text):
        day = int(match["d1"] or match["d2"])
        month = MONTHS[(match["m1"] or match["m2"]).lower()]
        if 1 <= day <= 31:
            out.append(DateMention(day, month, match.start(), match.end(), match.group(0)))
    return out
