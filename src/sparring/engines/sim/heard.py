"""The "what it heard" line: a reading said back in plain words, so a user can see and correct it."""

from __future__ import annotations

from sparring.engines.ear.reading import Reading
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


def heard_line(reading: Reading, case: Case) -> str:
    """ "Heard: a proposal (salary 133,000; start 3 months from the meeting) · a receipt (ev-cost)"."""
    parts: list[str] = []
    for act in sorted(reading.acts, key=ORDER.index):
        words = ACT_WORDS[act]
        if act in ("propose", "options") and reading.offer.packages:
            packages = [
                "; ".join(f"{_label(case, h.lever)} {_value(h.value)}" for h in package)
                for package in reading.offer.packages
            ]
            words += f" ({' / '.join(packages)})"
        elif act == "evidence" and reading.refers.evidence:
            words += f" ({', '.join(reading.refers.evidence)})"
        elif act == "accept" and reading.accept == "unsure":
            words = "a tentative acceptance"
        parts.append(words)
    if reading.ambiguous:
        parts.append(f"a number it could not place ({reading.ambiguous.said})")
    if reading.offer.excluded:
        kept = ", ".join(f"{m.text} as a {frame}" for m, frame in reading.offer.excluded[:3])
        parts.append(f"not an offer: {kept}")
    return "Heard: " + (" · ".join(parts) if parts else "no offer, no question")


def _label(case: Case, lever_id: str) -> str:
    lever = case.lever(lever_id)
    return (lever.name or lever.id.replace("_", " ")) if lever else lever_id


def _value(value: object) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return f"{float(value):,.0f}" if float(value).is_integer() else f"{float(value):,.2f}"
    return str(value)
