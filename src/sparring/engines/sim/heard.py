"""The "what it heard" line: a reading said back in plain words, so a user can see and correct it.

Offers are said the way the counterpart would say them (phrasing.py), so the line reads as a
person's understanding, not as form fields."""

from __future__ import annotations

from sparring.engines.ear.reading import Reading
from sparring.engines.sim.phrasing import say_package
from sparring.model.case import Case

ACT_WORDS = {
    "propose": "a proposal",
    "options": "options",
    "accept": "an acceptance",
    "reject": "a no",
    "concession": "a concession",
    "conditional_trade": "a trade",
    "evidence": "a receipt",
    "ask_priorities": "a question about their priorities",
    "ask_constraints": "a question about their limits",
    "ask_process": "a question about how they decide",
    "clarification": "a check of what they meant",
    "disclosure": "something personal",
    "small_talk": "small talk",
    "competing_offer": "an outside offer",
    "threat": "a threat",
    "ultimatum": "an ultimatum",
    "quote_their_number": "their number quoted back",
    "pause": "a request for time",
}
ORDER = tuple(ACT_WORDS)
FRAME_WORDS = {
    "quote": "their number",
    "question": "asked about",
    "receipt": "a result",
    "current": "what it is today",
    "market": "the market",
    "competing": "someone else's offer",
    "id": "a name",
    "year": "a year",
    "count": "a count",
    "metric": "a figure",
    "question_theirs": "their number, asked about",
    "limit": "your limit",
    "rejection": "turned down",
    "fact": "said, not asked for",
    "date": "a date",
    "statement": "not put forward as terms",
}
"""Why a number is not an offer, in a person's words ("31% (a result)")."""


def _short(text: str, words: int = 6) -> str:
    said = text.split()
    return " ".join(said[:words]) + ("…" if len(said) > words else "")


def heard_line(reading: Reading, case: Case) -> str:
    """ "Heard: a proposal (133k from April) · a receipt (moved the ETA batch jobs to spot…) · not an
    offer: 31% (a result)"."""
    parts: list[str] = []
    for act in sorted(reading.acts, key=ORDER.index):
        words = ACT_WORDS[act]
        if act in ("propose", "options") and reading.offer.packages:
            packages = [say_package(case, {h.lever: h.value for h in package}) for package in reading.offer.packages]
            words += f" ({' or '.join(packages)})"
        elif act == "evidence" and reading.refers.evidence:
            claims = {ev.id: ev.claim for ev in case.evidence}
            words += f" ({'; '.join(_short(claims.get(e, e)) for e in reading.refers.evidence)})"
        elif act == "accept" and reading.accept == "unsure":
            words = "a tentative acceptance"
        parts.append(words)
    if reading.ambiguous:
        parts.append(f"a number it could not place ({reading.ambiguous.said})")
    if reading.offer.excluded:
        kept = ", ".join(f"{m.text} ({FRAME_WORDS.get(frame, frame)})" for m, frame in reading.offer.excluded[:3])
        parts.append(f"not an offer: {kept}")
    return "Heard: " + (" · ".join(parts) if parts else "no offer, no question")
