"""One reading of a turn: acts, offer, references and tags, from the text, the case and the talk so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.ear.acts import Certainty, accept_certainty, cue_acts
from sparring.engines.ear.context import Context
from sparring.engines.ear.offer import Ambiguity, Heard, OfferReading, read_offer
from sparring.engines.ear.refers import Refers, referred
from sparring.engines.language.analyser import Analysis, analyse
from sparring.model.case import Case
from sparring.model.levers import Package


@dataclass(frozen=True)
class Reading:
    """What the counterpart heard in one turn."""

    text: str
    acts: frozenset[str]
    offer: OfferReading
    refers: Refers
    tags: frozenset[str]
    accept: Certainty | None = None
    """Whether the turn accepts the standing offer (or the package waiting for confirmation)."""
    analysis: Analysis | None = field(default=None, compare=False, repr=False)

    @property
    def offers(self) -> list[Package]:
        return self.offer.offers

    @property
    def ambiguous(self) -> Ambiguity | None:
        return self.offer.ambiguous

    @property
    def proposes(self) -> bool:
        return bool(self.offer.packages)

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "acts": sorted(self.acts),
            "offer": [[_heard_json(h) for h in package] for package in self.offer.packages] or None,
            "ambiguous": (
                {"said": self.ambiguous.said, "levers": list(self.ambiguous.levers), "reason": self.ambiguous.reason}
                if self.ambiguous
                else None
            ),
            "accept": self.accept,
            "quoted": [m.text for m in self.offer.quoted],
            "not_offers": [{"said": m.text, "because": frame} for m, frame in self.offer.excluded],
            "refers": self.refers.as_json(),
            "tags": sorted(self.tags),
        }


def _heard_json(h: Heard) -> dict[str, Any]:
    return {"lever": h.lever, "value": h.value, "said": h.said, "how": h.how, "start": h.start, "end": h.end}


def hear(text: str, case: Case, context: Context | None = None) -> Reading:
    """Read ``text`` as a turn of a rehearsal of ``case`` (``context``: the conversation so far)."""
    ctx = context or Context()
    incentives = {i.id: f"{i.text} {i.metric or ''}" for i in case.counterpart.incentives}
    analysis = analyse(text, incentives, previous=ctx.their_last or None)
    tags = set(analysis.turn_tags)
    offer = read_offer(text, case, ctx)
    if any(s.alignment for s in analysis.sentences) and not offer.packages:
        tags.add("their_goals")  # in a proposal, the lever's own words ("retention bonus") are not their goals
    terms = {m.value for m in offer.quoted} | {
        float(h.value) for package in offer.packages for h in package if isinstance(h.value, int | float)
    }
    terms |= {v / 1000 for v in terms if v >= 1000}  # "136k" is also said as 136
    refers = referred(text, case, ctx.objection, proposes=bool(offer.packages), terms=frozenset(terms))
    acts = cue_acts(text)
    accept = accept_certainty(text) if (ctx.standing or ctx.pending) else None
    standing = ctx.pending or ctx.standing or {}
    if offer.packages and accept is not None:
        same = all(all(standing.get(h.lever) == h.value for h in package) for package in offer.packages)
        if same:
            offer = OfferReading((), None, offer.quoted, offer.excluded)  # "OK, 130k from April works": their terms
        else:
            accept = None
    if accept is not None:
        acts.add("accept")
        acts.discard("reject")
    if offer.packages:
        acts.add("propose" if len(offer.packages) == 1 else "options")
        if _gives_ground(offer, ctx, case):
            acts.add("concession")
    if offer.quoted:
        acts.add("quote_their_number")
    if "evidence" in tags or (refers.evidence and any(frame == "receipt" for _, frame in offer.excluded)):
        acts.add("evidence")
        tags.add("evidence")
    if refers.incentives:
        tags.add("their_goals")
    tags |= _tags_from_acts(acts, refers)
    if _HOSTILE.search(text) or "threat" in acts:
        tags.add("argumentative")
    if _NO_NEED.search(text):
        tags.add("no_need")
    return Reading(text, frozenset(acts), offer, refers, frozenset(tags), accept, analysis)


_ACT_TAGS = (
    ("propose", "ask"),
    ("options", "options"),
    ("options", "coordination"),
    ("ultimatum", "ultimatum"),
    ("ask_priorities", "elicit"),
    ("conditional_trade", "coordination"),
)
_HOSTILE = re.compile(
    r"\b(come on|you know it|and you know|you keep saying|lowball|low-ball|ridiculous|a joke|insulting|wish list|"
    r"nobody (really )?pays|law of physics|should'?ve made|don'?t bother|useless|pretend)\b|\bthat'?s not an? \w+, "
    r"that'?s\b",
    re.I,
)
_NO_NEED = re.compile(
    r"\b(i|we) (don'?t|do not|won'?t) (really )?need (the|a|any|that)\b|\bno (sign-?on|bonus|relocation|[\w-]+) "
    r"needed\b|\bi can (do|go) without\b",
    re.I,
)


def _tags_from_acts(acts: set[str], refers: Refers) -> set[str]:
    """Tags the ear is surer of than the sentence tagger: a proposal is an ask, an ultimatum is one,
    a question about their priorities elicits, a turn that names one of their constraints
    acknowledges it (unless it only rejects)."""
    out = {tag for act, tag in _ACT_TAGS if act in acts}
    if refers.constraints and "reject" not in acts and "threat" not in acts:
        out.add("acknowledges_constraints")
    return out


def _gives_ground(offer: OfferReading, ctx: Context, case: Case) -> bool:
    """The new proposal asks less than the user's previous one on some lever (and more on none)."""
    if not ctx.your_last or len(offer.packages) != 1:
        return any(h.how == "dropped" for p in offer.packages for h in p)
    worse = better = False
    for h in offer.packages[0]:
        before = ctx.your_last.get(h.lever)
        lever = case.lever(h.lever)
        if lever is None or before is None or before == h.value:
            continue
        if isinstance(h.value, (int, float)) and isinstance(before, (int, float)):
            up = float(h.value) > float(before)
            good_for_you = up if lever.you.prefer == "higher" else not up
        elif isinstance(lever.you.prefer, list) and h.value in lever.you.prefer and before in lever.you.prefer:
            good_for_you = lever.you.prefer.index(str(h.value)) < lever.you.prefer.index(str(before))
        else:
            continue
        better |= good_for_you
        worse |= not good_for_you
    return worse and not better
