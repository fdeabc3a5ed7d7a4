"""Offers said the way people say them: "130k from April plus a 5,000 retention bonus", "two remote
days a week", "39 a seat on a three-year term, net 60".

Each lever is phrased by its kind (the ear's reading of its unit): money in thousands with a
"k" when it is a salary-sized round number, one-off money with the lever's name, months from
the meeting as a month name, a term in years when it is whole years, payment days as "net N",
small counts in words. A case can set its own phrasing per lever with ``say``, a template with
``{value}`` (the number as written here) or ``{words}`` (small numbers in words). The numbers a
phrase contains are exactly the package's values, in thousands where it says "k", so the ear
reads back the same package from any line this module writes.
"""

from __future__ import annotations

import datetime as dt
import re

from sparring.engines.ear.levers import Profile, profile
from sparring.model.case import Case
from sparring.model.levers import Lever, LeverValue, Package

_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
MONTH_NAMES = tuple(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_TERM_WORDS = re.compile(r"\b(term|contract|commitment|length|agreement)\b", re.I)


def words(value: float) -> str:
    """Small whole numbers in words ("two"), anything else in figures."""
    if float(value).is_integer() and 0 <= value < len(_SMALL):
        return _SMALL[int(value)]
    return figure(value)


def figure(value: float) -> str:
    """12,500 · 0.5 · 39 — thousands separated, no trailing zeros."""
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}".rstrip("0").rstrip(".")


def money(value: float) -> str:
    """130k for a round amount of ten thousand or more; 5,000 otherwise."""
    number = float(value)
    if number >= 10_000 and number % 1000 == 0:
        return f"{number / 1000:g}k"
    if number >= 10_000 and number % 500 == 0:
        return f"{number / 1000:.1f}k"
    return figure(number)


def article(phrase: str) -> str:
    """ "a" or "an" by sound: an 8,000 bonus, an 11-month trial, a 5,000 bonus."""
    lowered = phrase.lower()
    group = re.match(r"^(\d+)", lowered.replace(",", " "))
    if group:  # said by its leading group: "eight…", "eleven thousand", "eighteen k"; 110k is "a hundred…"
        lead = group.group(1)
        return "an" if lead.startswith("8") or lead in ("11", "18") else "a"
    return "an" if re.match(r"^(a|e|i|o(?!ne)|u(?!ni|se|sa|ti)|hour|honest)", lowered) else "a"


def _label(lever: Lever) -> str:
    """The lever's name as said: without its parenthetical details ("annual warehouse (compute) budget")."""
    return re.sub(r"\s*\([^)]*\)", "", lever.name or lever.id.replace("_", " ")).strip()


def _noun(lever: Lever) -> str:
    """The thing a count lever counts ("seats", "engineers"), from its unit or name."""
    unit = (lever.unit or "").strip()
    if unit and not re.search(r"[/%$€£]|\bper\b", unit):
        return unit
    return _label(lever)


def _singular(noun: str, value: float) -> str:
    if value == 1 and noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def _is_salary(lever: Lever) -> bool:
    text = f"{lever.id} {lever.name or ''} {lever.unit or ''}".lower()
    return bool(re.search(r"\b(salary|base|pay|comp|wage)\b", text.replace("_", " ")))


def _month_from(case: Case, months: int) -> str | None:
    meeting = case.meeting
    if meeting is None:
        return None
    index = (meeting.month - 1 + months) % 12
    return MONTH_NAMES[index]


def lever_phrase(case: Case, lever: Lever, value: LeverValue, *, first: bool = False) -> str:
    """One lever's value in words, e.g. "130k", "from April", "a 5,000 retention bonus", "net 60"."""
    if lever.say:
        number = float(value) if isinstance(value, (int, float)) else None
        shown = figure(number) if number is not None else str(value)
        return lever.say.format(value=shown, words=words(number) if number is not None else shown)
    p = profile(lever)
    label = _label(lever)
    if isinstance(value, str):
        return _value_phrase(value, label)
    number = float(value)
    if p.kind == "money":
        amount = money(number)
        if _is_salary(lever):
            return amount if first else f"{amount} {label}"
        return f"{article(amount)} {amount} {label}" if number else f"no {label}"
    if p.kind == "unit_price":
        per = re.search(r"/\s*(seat|user|unit|licen[cs]e|hour|head)", (lever.unit or "").lower())
        return f"{figure(number)} a {per.group(1) if per else 'unit'}"
    if p.kind == "months_from":
        return _delay(case, lever, int(number))
    if p.kind == "months":
        return _duration(lever, number)
    if p.kind == "days" and re.search(r"\b(net|payment)\b", f"{lever.id} {label} {lever.unit or ''}".lower()):
        return f"net {figure(number)}"
    if p.kind == "days":
        return f"{words(number)} {_singular('days', number)} of {label}"
    if p.kind == "per_week":
        noun = re.sub(r"/\s*week|per week", "", (lever.unit or "days").strip()).strip() or "days"
        noun = noun if "day" in noun else f"{noun} days"
        return f"{words(number)} {_singular(noun, number)} a week"
    if p.kind == "hours":
        return f"{words(number)} {label}" if "hour" in label.lower() else f"{words(number)} hours of {label}"
    if p.kind == "percent":
        return f"{figure(number)}% {label}"
    dated = _weeks_from_date(lever, number)
    if dated:
        return dated
    noun = _noun(lever)
    return f"no {noun}" if number == 0 else f"{words(number)} {_singular(noun, number)}"


def _weeks_from_date(lever: Lever, weeks: float) -> str | None:
    """ "weeks from Mon 14 Jun 2027" levers said as the date they land on: "a start on 2 August"."""
    found = re.match(r"^weeks? (?:from|after) (?:\w{3},? )?(\d{1,2} \w{3,9} \d{4})$", (lever.unit or "").strip(), re.I)
    if not found:
        return None
    try:
        base = dt.datetime.strptime(found.group(1), "%d %b %Y").date()
    except ValueError:
        try:
            base = dt.datetime.strptime(found.group(1), "%d %B %Y").date()
        except ValueError:
            return None
    day = base + dt.timedelta(weeks=weeks)
    return f"a start on {day.day} {day:%B}"


def _value_phrase(value: str, label: str) -> str:
    """ "99.9% uptime commitment", "the Analytics Team Lead title": a value with what it is; a time
    named by a clause ("quarter the roles open") is said as the clause ("the roles open in Q3 2027")."""
    if re.match(r"^[\d.%\s]+$", value):
        return f"{value} {label}"
    timed = re.match(r"^(quarter|month|year|week|date|day)s? (?:when |that )?(the .+)$", label, re.I)
    if timed:
        return f"{timed.group(2)} in {value}"
    if label.lower() in value.lower():
        return value
    return f"the {value} {label}"


def _delay(case: Case, lever: Lever, months: int) -> str:
    unit = (lever.unit or "").lower()
    if "meeting" in unit or "now" in unit:
        if months == 0:
            return "starting now"
        month = _month_from(case, months)
        if month:
            return f"from {month}"
        return f"in {words(months)} {_singular('months', months)}"
    subject = re.sub(r"^months? (until|before|to) ", "", _label(lever), flags=re.I)
    if months == 0:
        return f"with {subject} straight away" if subject != _label(lever) else f"{_label(lever)}: none"
    return (
        f"{words(months)} {_singular('months', months)} until {subject}"
        if subject != _label(lever)
        else f"{words(months)} {_singular('months', months)} of {_label(lever)}"
    )


def _duration(lever: Lever, months: float) -> str:
    label = _label(lever)
    if _TERM_WORDS.search(f"{lever.id} {label}") and months % 12 == 0 and months:
        years = int(months // 12)
        return f"a {words(years)}-year term" if years > 1 else "a one-year term"
    if re.match(r"^months? of\b", label, re.I):
        return f"{words(months)} {_singular('months', months)} {label[label.lower().index(' of') + 1 :]}"
    if months == 0:
        return f"no {label}"
    return f"{article(words(months))} {words(months)}-month {label}"


_TIMING = ("months_from",)


def say_package(case: Case, package: Package) -> str:
    """A whole package as one phrase: the main term first, its timing after it, the rest joined
    ("130k from April plus a 5,000 retention bonus"; "39 a seat on a three-year term, net 60")."""
    levers = [lv for lv in case.levers if lv.id in package]
    if not levers:
        return ""
    money_first = [lv for lv in levers if _is_salary(lv) and profile(lv).kind == "money"]
    if money_first and levers[0].values is not None:
        levers = [money_first[0]] + [lv for lv in levers if lv is not money_first[0]]
    parts: list[str] = []
    timing: list[str] = []
    extras: list[str] = []
    for index, lever in enumerate(levers):
        phrase = lever_phrase(case, lever, package[lever.id], first=index == 0)
        kind = profile(lever).kind
        if index == 0:
            parts.append(phrase)
        elif kind in _TIMING and phrase.startswith(("from ", "starting", "in ")):
            timing.append(phrase)
        elif kind == "months" and phrase.startswith("a ") and "term" in phrase:
            timing.append(f"on {phrase}")
        elif kind == "categorical":
            extras.append(f"with {phrase}" if phrase.startswith("the ") else phrase)
        elif kind == "money" and phrase.startswith(("a ", "an ")):
            extras.append(f"plus {phrase}")
        else:
            extras.append(phrase)
    head = " ".join(parts + timing)
    if not extras:
        return head
    if len(extras) == 1:
        return head + _joiner(extras[0]) + extras[0]
    middle = [e.removeprefix("plus ") for e in extras[:-1]]
    return head + ", " + ", ".join(middle) + _joiner(extras[-1]) + extras[-1]


def _joiner(last: str) -> str:
    if last.startswith("plus "):
        return " "
    if last.startswith(("net ", "with ")):
        return ", "
    return " and "


def primary(case: Case) -> Profile | None:
    """The lever a conversation is mostly about: the numeric one you weigh most."""
    numeric = [lv for lv in case.levers if lv.range is not None and not lv.fixed]
    if not numeric:
        return None
    return profile(max(numeric, key=lambda lv: float(lv.you.weight)))
