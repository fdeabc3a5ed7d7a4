"""Small, versioned lexicons the rules use to judge free text semantically.

Matching is on lower-cased words with light normalisation; every list here is part of the
checker's fixed behaviour (bump ``LEXICON_VERSION`` when it changes).
"""

from __future__ import annotations

import re

LEXICON_VERSION = 2

_VAGUE_GOALS = (
    "a raise",
    "raise",
    "more money",
    "more pay",
    "better pay",
    "a better salary",
    "better salary",
    "a better title",
    "better title",
    "a promotion",
    "promotion",
    "more",
    "an increase",
    "increase",
    "a better deal",
    "better deal",
    "more flexibility",
    "flexibility",
    "more resources",
    "resources",
    "more budget",
    "more people",
    "more headcount",
    "a good deal",
    "the best price",
    "a bump",
    "fair pay",
    "what i deserve",
    "something better",
    "more responsibility",
    "a better offer",
)
_VAGUE_TIME = ("asap", "as soon as possible", "soon", "now", "eventually", "someday", "later", "whenever", "tbd", "n/a")
_EFFORT_ONLY = (
    "worked very hard",
    "work very hard",
    "worked hard",
    "work hard",
    "long hours",
    "always available",
    "dedicated",
    "loyal",
    "committed",
    "give 110%",
    "went above and beyond",
    "above and beyond",
    "team player",
    "never say no",
    "been here for years",
    "stay late",
    "stayed late",
    "staying late",
    "work late",
    "worked late",
    "weekends",
    "overtime",
    "extra hours",
    "put in the hours",
    "never miss a deadline",
    "never missed a deadline",
    "always on time",
    "first in",
    "last to leave",
    "last one to leave",
    "hard worker",
    "hard-working",
    "hardworking",
    "extra mile",
    "always there",
    "always say yes",
)
_NONE_WORDS = ("none", "nothing", "no alternative", "no alternatives", "n/a", "no plan b", "no backup", "tbd")
_STATUS_QUO = re.compile(
    r"\b(keep|keeping|stay|staying|remain|remaining|continue|continuing)\b.{0,40}"
    r"\b(current|present|existing|same)\b.{0,20}\b(job|role|position|salary|pay|terms|contract|supplier|vendor|"
    r"arrangement|setup|schedule)\b"
    r"|\bstatus quo\b|\bstay where i am\b|\bkeep my job\b|\bstay in my job\b"
)
_EFFORT_PITCH = re.compile(
    r"\b(i('ve| have)? (always )?(worked|work) (so |very |really )?hard|stay(ed)? late|long hours|"
    r"weekends|i('ve| have) been here for|my loyalty|i('m| am) loyal)\b",
    re.IGNORECASE,
)
_WANTS_THE_JOB = re.compile(
    r"\b(i want (this|the) (job|role|position|territory|team)|want to join|(i'd|i would) (really )?(love|like) "
    r"to join|excited|thrilled|delighted|keen|looking forward|would love|(i'd|i would) love|"
    r"ready to (sign|accept|start)|accept (it |this )?(this|by)|i'm in|can accept|happy to accept)\b"
)
_SHAPED_PROCESS = re.compile(
    r"\b(criteria|criterion|scor\w*|evaluat\w*|pilot|phase[ds]?|phased|trial|proof of concept|poc|"
    r"joint|jointly|together|workshop|review\w*|committee|board|panel|approv\w*|sign-?off|signs off|"
    r"decides?|decision|picks?|chooses|selects?|confirms?|interviews?|"
    r"business case|written case|benchmark\w*|milestones?|stage[ds]?|gate|"
    r"shortlist\w*|rfp|rfi|tender|bids?|calibrat\w*|budget (cycle|round|review)|steering|cfo|legal)\b"
)
_ULTIMATUM = (
    "take it or leave it",
    "final offer",
    "non-negotiable offer",
    "or i walk",
    "or i quit",
    "or i'll quit",
    "or i will leave",
    "or i leave",
    "last chance",
    "that's my number",
    "that is my number",
    "not a penny less",
    "not negotiable",
)
_OUTCOME_WORDS = re.compile(
    r"\b(revenue|cost|costs|saving|savings|saved|profit|margin|churn|retention|attrition|customers?|clients?|"
    r"hires?|hiring|time|weeks?|days?|hours?|months?|incidents?|pages|uptime|sla|quality|defects?|risk|"
    r"compliance|audit|growth|pipeline|deals?|quota|bookings|arr|nps|productive|productivity|faster|sooner|"
    r"output|delivery|deadline|budget|spend|usd|eur|\$|%|percent|"
    # a metric they report, a frequency, a count in words, a comparison: all measurable
    r"metrics?|kpis?|okrs?|targets?|scores?|rates?|calls?|tickets?|forecasts?|quarters?|quarterly|"
    r"daily|weekly|monthly|yearly|annual|hourly|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"price|prices|pricing|salary|salaries|pay|earn|earnings|band|"
    r"twelve|dozen|half|third|thirds|twice|double|doubled|halved|tripled|fewer|reduced|increased|cut|instead of)\b"
)

INVALID_REASON_PATTERNS: dict[str, tuple[str, ...]] = {
    "I deserve it": ("deserve", "i'm worth more", "i am worth more", "worth more than"),
    "friends get it": ("friend", "my colleague gets", "others get", "a friend of mine", "my friends"),
    "always negotiate": (
        "always negotiate",
        "always ask",
        "never accept the first",
        "you should always",
        "everyone negotiates",
        "it's expected to negotiate",
        "on principle",
    ),
    "see how far they go": (
        "see how far",
        "how far they",
        "test them",
        "testing",
        "see what happens",
        "see what they say",
        "why not try",
        "push and see",
        "just to check",
    ),
}
VALID_REASON_PATTERNS: dict[str, tuple[str, ...]] = {
    "below_previous_earnings": (
        "previous",
        "current salary",
        "currently earn",
        "earned",
        "earnings",
        "pay cut",
        "below what i",
        "less than i",
        "last year",
        "w-2",
        "my current",
    ),
    "larger_scope": (
        "scope",
        "territory",
        "team of",
        "larger",
        "bigger",
        "more accounts",
        "complexity",
        "manage",
        "headcount",
        "quota of",
        "region",
    ),
    "terms_differ": (
        "was described",
        "were described",
        "different from",
        "differs",
        "told",
        "advertised",
        "job description",
        "posting",
        "recruiter said",
        "travel",
        "remote",
        "benefit",
        "relocation",
    ),
    "competing_offer": (
        "competing offer",
        "another offer",
        "other offer",
        "offer from",
        "counter-offer",
        "counteroffer",
    ),
}


def normal(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


def is_vague_goal(what: str) -> bool:
    """``a raise``, ``more money``: a category, not a goal (no number, no named target)."""
    text = normal(what).strip(" .!")
    return text in _VAGUE_GOALS or (len(text.split()) <= 2 and any(text == v.split()[-1] for v in _VAGUE_GOALS))


def has_number(text: str | None) -> bool:
    return bool(re.search(r"\d", text or ""))


def is_vague_time(text: str | None) -> bool:
    return normal(text).strip(" .!") in _VAGUE_TIME


def is_effort_only(text: str) -> bool:
    """Claims of effort ("worked very hard") rather than results."""
    lowered = normal(text)
    return any(phrase in lowered for phrase in _EFFORT_ONLY) and not has_number(text)


def names_an_outcome(text: str | None) -> bool:
    return bool(_OUTCOME_WORDS.search(normal(text)))


def means_none(text: str | None) -> bool:
    """An alternative that is no alternative ("none", "no plan b"), unless it keeps the status quo."""
    lowered = normal(text).strip(" .!")
    if is_status_quo(lowered):
        return False
    head = re.split(r"[,;:.—–(]| - ", lowered, maxsplit=1)[0].strip()
    return lowered in _NONE_WORDS or (head in _NONE_WORDS and len(head) < len(lowered) and not has_number(lowered))


def is_status_quo(text: str | None) -> bool:
    """Keeping what you have now ("I keep my current job at 118k"): a real alternative to a raise."""
    return bool(_STATUS_QUO.search(normal(text)))


def effort_in_pitch(text: str | None) -> str | None:
    """The words of a pitch that argue from effort or loyalty rather than results, if any."""
    found = _EFFORT_PITCH.search(" ".join((text or "").replace("’", "'").split()))
    return found.group(0) if found else None


def wants_the_job(text: str | None) -> bool:
    """Does a job-offer pitch say that you want the job (``OFFER.HOW``)?"""
    return bool(_WANTS_THE_JOB.search(normal(text)))


def shapes_the_process(text: str | None) -> bool:
    """Does a decision process say how the decision is made (criteria, phases, who approves)?"""
    return bool(_SHAPED_PROCESS.search(normal(text)))


def has_ultimatum(text: str | None) -> str | None:
    lowered = normal(text)
    return next((phrase for phrase in _ULTIMATUM if phrase in lowered), None)


def invalid_reason(text: str) -> str | None:
    """Which invalid kind a free-text job-offer reason is ("I deserve it"…), if any."""
    lowered = normal(text)
    return next((kind for kind, cues in INVALID_REASON_PATTERNS.items() if any(c in lowered for c in cues)), None)


_PITCH_SAFE_CUES = frozenset({"testing", "test them"})  # "testing" is work in a pitch, not a motive


def invalid_reasons_in_pitch(text: str | None) -> list[tuple[str, str]]:
    """(kind, the words) of each invalid job-offer reason a pitch reads aloud, in lexicon order."""
    lowered = normal(text)
    found = []
    for kind, cues in INVALID_REASON_PATTERNS.items():
        cue = next((c for c in cues if c not in _PITCH_SAFE_CUES and c in lowered), None)
        if cue is not None:
            found.append((kind, cue))
    return found


def valid_reason(text: str) -> str | None:
    """Which valid kind a free-text job-offer reason reads as, if any."""
    lowered = normal(text)
    return next((kind for kind, cues in VALID_REASON_PATTERNS.items() if any(c in lowered for c in cues)), None)


def quote(text: str | None, limit: int = 60) -> str:
    """The user's own words, shortened for a message."""
    value = " ".join((text or "").split())
    return f"“{value if len(value) <= limit else value[: limit - 1] + '…'}”"


def amount(value: float | int | str, unit: str | None = None) -> str:
    """``132,000 USD/year``; categorical values are quoted as they are."""
    if isinstance(value, str):
        return value
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{shown} {unit}" if unit else shown
