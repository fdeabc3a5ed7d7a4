"""How the ear is judged on labelled turns (tests/data/hear/README.md): per-act precision and
recall, exact offer extraction, acceptance recall, phantom offers and accepts, references and
language tags."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.ear.acts import ACTS
from sparring.engines.ear.context import Context
from sparring.engines.ear.numbers import mentions
from sparring.engines.ear.reading import Reading, hear
from sparring.engines.language.alignment import concepts
from sparring.engines.language.evaluate import TagScore, macro_f1, scores
from sparring.engines.language.tags import TAGS
from sparring.model.case import Case
from sparring.model.levers import Package

REFERENCE_KINDS = ("evidence", "incentives", "objections", "constraints")


@dataclass(frozen=True)
class LabelledTurn:
    id: str
    case: str
    text: str
    acts: frozenset[str]
    offer: tuple[Package, ...] | None
    ambiguous: bool
    refers: Mapping[str, frozenset[str]]
    tags: frozenset[str]
    previous: str = ""
    standing: Package | None = None
    earlier: tuple[tuple[str, str], ...] = ()
    persona: str = ""

    @staticmethod
    def parse(item: Mapping[str, Any]) -> LabelledTurn:
        offer = item.get("offer")
        refers = item.get("refers") or {}
        return LabelledTurn(
            id=str(item["id"]),
            case=str(item["case"]),
            text=str(item["text"]),
            acts=frozenset(item.get("acts") or []),
            offer=tuple(dict(p) for p in offer) if offer else None,
            ambiguous=bool(item.get("ambiguous")),
            refers={k: frozenset(refers.get(k) or []) for k in REFERENCE_KINDS},
            tags=frozenset(item.get("tags") or []),
            previous=str(item.get("previous") or ""),
            standing=dict(item["standing"]) if item.get("standing") else None,
            earlier=tuple((str(e["speaker"]), str(e["text"])) for e in item.get("earlier") or []),
            persona=str(item.get("persona") or ""),
        )


def context_for(turn: LabelledTurn, case: Case) -> Context:
    """The conversation state a live session would have had before this turn."""
    their_lines = [text for speaker, text in turn.earlier if speaker == "them"] + [turn.previous]
    numbers: set[float] = set()
    for line in their_lines:
        numbers |= {m.value for m in mentions(line)}
    for value in (turn.standing or {}).values():
        if isinstance(value, (int, float)):
            numbers |= {float(value), float(value) / 1000}
    your_last: Package | None = None
    for speaker, text in turn.earlier:
        if speaker == "you":
            reading = hear(text, case, Context(standing=turn.standing, your_last=your_last))
            if reading.offers:
                your_last = reading.offers[0]
    return Context(
        standing=turn.standing,
        their_last=turn.previous,
        their_move="COUNTER" if turn.standing else None,
        your_last=your_last,
        their_numbers=frozenset(numbers),
        objection=_raised(turn.previous, case),
    )


def _raised(line: str, case: Case) -> str | None:
    """The forecast objection a counterpart line voices, if it clearly voices one."""
    said = concepts(line)
    best: tuple[float, str] | None = None
    for obj in case.objections:
        item = concepts(obj.text)
        if not item:
            continue
        share = len(said & item) / len(item)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, obj.id)
    return best[1] if best else None


@dataclass
class Outcome:
    turn: LabelledTurn
    reading: Reading

    @property
    def predicted_offer(self) -> tuple[Package, ...] | None:
        return tuple(self.reading.offers) or None

    @property
    def offer_exact(self) -> bool:
        return _same_offer(self.predicted_offer, self.turn.offer)


def _same_offer(a: tuple[Package, ...] | None, b: tuple[Package, ...] | None) -> bool:
    if not a or not b:
        return not a and not b

    def norm(packages: tuple[Package, ...]) -> list[tuple[tuple[str, Any], ...]]:
        return sorted(tuple(sorted((k, _num(v)) for k, v in p.items())) for p in packages)

    return norm(a) == norm(b)


def _num(value: Any) -> Any:
    return round(float(value), 6) if isinstance(value, (int, float)) else value


@dataclass
class Report:
    name: str
    turns: int
    acts: list[TagScore]
    tags: list[TagScore]
    offer_exact: float
    offer_exact_on_offers: float
    offers: int
    accept_recall: float
    accepts: int
    false_accepts: int
    phantom_offers: int
    wrong_offers: int
    references: dict[str, tuple[float, float]]
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def acts_macro_f1(self) -> float:
        return macro_f1(self.acts)

    @property
    def tags_macro_f1(self) -> float:
        return macro_f1(self.tags)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "turns": self.turns,
            "offer_exact": self.offer_exact,
            "offer_exact_on_offers": self.offer_exact_on_offers,
            "offers": self.offers,
            "accept_recall": self.accept_recall,
            "accepts": self.accepts,
            "false_accepts": self.false_accepts,
            "phantom_offers": self.phantom_offers,
            "wrong_offers": self.wrong_offers,
            "acts_macro_f1": self.acts_macro_f1,
            "tags_macro_f1": self.tags_macro_f1,
            "acts": [s.__dict__ for s in self.acts],
            "tags": [s.__dict__ for s in self.tags],
            "references": {k: {"precision": p, "recall": r} for k, (p, r) in self.references.items()},
        }


def evaluate(name: str, turns: Sequence[LabelledTurn], cases: Mapping[str, Case]) -> Report:
    outcomes = [Outcome(t, hear(t.text, cases[t.case], context_for(t, cases[t.case]))) for t in turns]
    act_scores = scores([set(o.turn.acts) for o in outcomes], [set(o.reading.acts) for o in outcomes], ACTS)
    tag_scores = scores([set(o.turn.tags) for o in outcomes], [set(o.reading.tags) & set(TAGS) for o in outcomes], TAGS)
    with_offer = [o for o in outcomes if o.turn.offer]
    gold_accepts = [o for o in outcomes if "accept" in o.turn.acts]
    references: dict[str, tuple[float, float]] = {}
    for kind in REFERENCE_KINDS:
        tp = fp = fn = 0
        for o in outcomes:
            gold, got = set(o.turn.refers[kind]), set(getattr(o.reading.refers, kind))
            tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        references[kind] = (round(tp / (tp + fp), 4) if tp + fp else 1.0, round(tp / (tp + fn), 4) if tp + fn else 1.0)
    misses = [
        {
            "id": o.turn.id,
            "text": o.turn.text,
            "gold_acts": sorted(o.turn.acts),
            "acts": sorted(o.reading.acts),
            "gold_offer": list(o.turn.offer) if o.turn.offer else None,
            "offer": list(o.predicted_offer) if o.predicted_offer else None,
        }
        for o in outcomes
        if not o.offer_exact or set(o.turn.acts) != set(o.reading.acts)
    ]
    return Report(
        name=name,
        turns=len(outcomes),
        acts=act_scores,
        tags=tag_scores,
        offer_exact=_share(sum(o.offer_exact for o in outcomes), len(outcomes)),
        offer_exact_on_offers=_share(sum(o.offer_exact for o in with_offer), len(with_offer)),
        offers=len(with_offer),
        accept_recall=_share(sum("accept" in o.reading.acts for o in gold_accepts), len(gold_accepts)),
        accepts=len(gold_accepts),
        false_accepts=sum(1 for o in outcomes if "accept" in o.reading.acts and "accept" not in o.turn.acts),
        phantom_offers=sum(1 for o in outcomes if o.predicted_offer and not o.turn.offer),
        wrong_offers=sum(1 for o in outcomes if o.predicted_offer and o.turn.offer and not o.offer_exact),
        references=references,
        misses=misses,
    )


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0
