"""Which items of the case a turn refers to: the receipts it uses, the incentives it speaks to, the
objections it answers and the constraints it addresses.

Lexical and deterministic: the turn's content words (stemmed, through the workplace concept
table of the language analyser) are matched against each item's words, a shared concept
weighing three times an ordinary word; a receipt also matches when the turn repeats one of its
numbers ("21,400 a month"). The objection the counterpart has just raised is answered by any
turn that speaks to it or to its prepared counter.
"""

from __future__ import annotations

from dataclasses import dataclass

from sparring.engines.ear.numbers import mentions
from sparring.engines.language.alignment import CONCEPT_WEIGHT, CONCEPT_WORDS, concepts
from sparring.model.case import Case

ITEM_MIN = 0.3
"""The share of an item's weighted words a turn must cover to refer to it."""
STRONG_WORDS = 2
"""…or this many of its words, one of them a concept or a rare word, when the item is long."""


@dataclass(frozen=True)
class Refers:
    evidence: tuple[str, ...] = ()
    incentives: tuple[str, ...] = ()
    objections: tuple[str, ...] = ()
    constraints: tuple[str, ...] = ()

    def as_json(self) -> dict[str, list[str]]:
        return {
            "evidence": list(self.evidence),
            "incentives": list(self.incentives),
            "objections": list(self.objections),
            "constraints": list(self.constraints),
        }

    @property
    def empty(self) -> bool:
        return not (self.evidence or self.incentives or self.objections or self.constraints)


_GENERIC = frozenset(
    [
        "team",
        "work",
        "year",
        "month",
        "week",
        "day",
        "time",
        "new",
        "make",
        "get",
        "take",
        "give",
        "need",
        "want",
        "like",
        "think",
        "know",
        "one",
        "two",
        "three",
        "also",
        "really",
        "good",
        "great",
        "well",
        "much",
        "many",
        "lot",
        "more",
        "less",
        "able",
        "way",
        "thing",
        "things",
        "people",
        "company",
        "business",
        "right",
        "now",
        "next",
        "last",
        "first",
        "ask",
        "asking",
        "offer",
        "number",
        "budget",
    ]
)


def _weight(word: str, concept_words: frozenset[str]) -> float:
    if word in _GENERIC:
        return 0.5
    return CONCEPT_WEIGHT if word in concept_words else 1.0


def score(turn: frozenset[str], item: frozenset[str]) -> float:
    """The weighted share of the item's words the turn covers (0..1)."""
    if not item:
        return 0.0
    total = sum(_weight(w, CONCEPT_WORDS) for w in item)
    shared = turn & item
    return sum(_weight(w, CONCEPT_WORDS) for w in shared) / total


def _refers(turn: frozenset[str], item: frozenset[str], threshold: float = ITEM_MIN) -> bool:
    shared = turn & item - _GENERIC
    return (score(turn, item) >= threshold and len(shared) >= 1) or len(shared) >= max(STRONG_WORDS, len(item) // 3 + 1)


def _numbers(text: str) -> set[float]:
    """Numbers distinctive enough to identify a receipt ("41 to 9", "21,400"), not "two" or "one"."""
    return {round(m.value, 2) for m in mentions(text) if m.value >= 2 and not (m.written and m.value < 20)}


def _close(said: float, receipt: float) -> bool:
    """ "21k" is the receipt's 21,400: the same figure, or said rounded to its thousands."""
    if said == receipt:
        return True
    return said >= 1000 and said % 1000 == 0 and abs(said - receipt) < 1000 and abs(said - receipt) <= 0.05 * receipt


def _evidence_items(case: Case) -> list[tuple[str, frozenset[str], set[float]]]:
    out = []
    for ev in case.evidence:
        item = concepts(f"{ev.claim} {ev.outcome or ''} {ev.quantity.unit if ev.quantity else ''}")
        numbers = _numbers(f"{ev.claim} {ev.outcome or ''}") | (
            {round(abs(float(ev.quantity.value)), 2)} if ev.quantity else set()
        )
        out.append((ev.id, item, {n for n in numbers if n >= 2}))
    return out


def receipt_numbers(text: str, case: Case, sentence: str) -> set[float]:
    """The numbers of ``text`` that repeat one of the case's receipts ("On-call pages: 41 a month, now 9"),
    when ``sentence`` (where they are said) shares a word with that receipt: results, not terms."""
    words = concepts(sentence) - _GENERIC - _lever_words(case)
    said = _numbers(text)
    out: set[float] = set()
    for _, item, numbers in _evidence_items(case):
        if words & item:
            out |= {n for n in said if any(_close(n, e) for e in numbers)}
    return out


def referred(
    text: str, case: Case, raised: str | None = None, proposes: bool = False, terms: frozenset[float] = frozenset()
) -> Refers:
    """The case items ``text`` refers to; ``raised`` is the objection they just voiced, if any.

    The words of the levers themselves ("retention bonus", "months") name terms, not items, so
    a proposal (``proposes``) alone refers to nothing. ``terms``: numbers the turn says as terms
    (its own or quoted back from them), which never make a receipt ("36 a seat is not serious")."""
    words = concepts(text) - (_lever_words(case) if proposes else frozenset())
    said_numbers = _numbers(text) - {round(t, 2) for t in terms}
    evidence = []
    for ev_id, item, numbers in _evidence_items(case):
        repeats = any(_close(n, e) for n in said_numbers for e in numbers)
        if (repeats and (words & item) - _GENERIC) or _refers(words, item):
            evidence.append(ev_id)
    incentives = [
        inc.id for inc in case.counterpart.incentives if _refers(words, concepts(f"{inc.text} {inc.metric or ''}"))
    ]
    objections = []
    for obj in case.objections:
        item = concepts(obj.text)
        counter = concepts(obj.counter or "")
        if (
            _refers(words, item)
            or (counter and _refers(words, counter, 0.35))
            or (raised == obj.id and (words & (item | counter)) - _GENERIC)
        ):
            objections.append(obj.id)
    constraints = [c.id for c in case.counterpart.constraints if _refers(words, concepts(f"{c.text} {c.why or ''}"))]
    return Refers(tuple(evidence), tuple(incentives), tuple(objections), tuple(constraints))


def _lever_words(case: Case) -> frozenset[str]:
    out: set[str] = set()
    for lever in case.levers:
        out |= concepts(f"{lever.name or ''} {lever.id.replace('_', ' ')} {lever.unit or ''}")
    return frozenset(out)
