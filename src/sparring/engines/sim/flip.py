"""Flip mode: the coach argues *your* side from your plan while you play the sceptic.

It hears each challenge with the same ear as the rehearsal (acts, offer, the case items it is
about) and speaks in your voice, in the first person, from your plan: it opens with your own
pitch when the case has one; it answers an objection with your prepared counter and the receipt
behind it, said once and then only referred to (`VALUE.RECEIPTS`); a question about one of the
counterpart's goals with the ask that serves it (`MAP.OVERLAP`); a no by moving down your tiers,
Ideal → Likely → Minimum, and never below the walk-away (`WALKAWAY.DEFINE`); an offer by
comparing it with your tiers. A challenge it has no prepared answer for is recorded as a plan
gap, which can be added to the case's objections (`OBJECTIONS.FORECAST`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.deal.utility import inside_walk_away, package_utility
from sparring.engines.ear.context import Context
from sparring.engines.ear.reading import Reading, hear
from sparring.engines.language.alignment import concepts
from sparring.engines.sim.phrasing import say_package
from sparring.engines.sim.sentences import clause, goal, sentence
from sparring.model.case import Case
from sparring.model.goal import Evidence
from sparring.model.levers import Package
from sparring.model.plan import Objection

_CONVINCED = re.compile(
    r"\b(you'?ve|you have) (convinced|persuaded) me\b|^\W*(ok|okay|fine|alright|all right)\W*$", re.I
)
_NO = re.compile(r"^\W*(no|nope|nah|still no|not really|not happening|i can'?t do (that|it))\b", re.I)
_WHAT_FOR_ME = re.compile(
    r"\bwhat'?s in it for (me|us)\b|\bwhy (should|would) (i|we) (care|agree|do (it|this|that))\b|"
    r"\bhow does (this|that|it) help (me|us)\b|\bwhat do (i|we) get\b|\bin return\b|\bwhat would you (do|give|offer|"
    r"bring)\b|\bwhat'?s the (upside|benefit) for (me|us|the team)\b",
    re.I,
)
_PAST = frozenset(
    [
        "ran",
        "led",
        "built",
        "rebuilt",
        "rewrote",
        "wrote",
        "cut",
        "grew",
        "won",
        "sold",
        "brought",
        "took",
        "made",
        "drove",
        "kept",
        "set",
    ]
)
_GAP_REPLIES = (
    "That's a fair challenge, and I don't have a prepared answer for it. I'll note it as a gap in my plan.",
    "Fair point, and I haven't prepared for that one. Let me note it and come back to you on it.",
    "I don't have a good answer to that yet. I'll note it as a gap and work on it.",
)
_TIERS = ("ideal", "likely", "minimum")
_INVITE = re.compile(
    r"^\W*(hi|hello|hey|sure|of course|go ahead|ok|okay|yes|morning|good (morning|afternoon))\b[^.?!]{0,30}[.,!]?\s*"
    r"(what'?s on your mind|what can i do for you|what did you want|what do you want to (talk|discuss)|"
    r"go ahead|i'?m listening|you wanted to talk)?[^.?!]{0,20}[.?!]?\s*$|\bwhat'?s on your mind\b|"
    r"\bwhat (did|do) you want to (talk|discuss|see me)\b|\bwhat can i do for you\b",
    re.I,
)
"""The sceptic opening the floor ("Hi, sure, what's on your mind?"): no challenge, and no plan gap."""


def receipt(evidence: Evidence) -> str:
    """A receipt in your own words: "I moved the batch jobs to spot instances: 21,400 USD a month off the bill."."""
    claim = clause(evidence.claim)
    first = claim.split()[0].lower() if claim else ""
    if first.endswith("ed") or first in _PAST:
        claim = f"I {claim}"
    if evidence.outcome:
        claim = f"{claim}: {clause(evidence.outcome)}"
    return sentence(claim)


@dataclass
class FlipSession:
    case: Case
    transcript: list[dict[str, str]] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    ended: bool = False
    tier: int = 0
    """Which tier the coach stands on now (0 Ideal, 1 Likely, 2 Minimum); a no moves it down once."""
    receipts_said: list[str] = field(default_factory=list)
    agreed: Package | None = None
    held: list[str] = field(default_factory=list)
    """Their offers the coach answered by holding its tier (the same offer again is taken)."""

    def __post_init__(self) -> None:
        self.transcript.append({"speaker": "coach", "text": self.pitch()})

    def pitch(self) -> str:
        """Your own opening (the latest pitch draft), or one composed from the plan."""
        if self.case.pitch:
            return " ".join(self.case.pitch[-1].text.split())
        case, goal_ = self.case, self.case.goal
        parts = [sentence(f"I'd like to talk about {clause(goal_.what)}")]
        if goal_.why_now:
            parts.append(sentence(f"The timing matters because {clause(goal_.why_now)}"))
        if case.evidence:
            parts.append(self._receipt(case.evidence[0]))
        incentives = {i.id: i for i in case.counterpart.incentives}
        served = [incentives[i].text for a in case.asks for i in a.serves if i in incentives]
        if served:
            parts.append(sentence(f"It helps with something you care about: {_yours(goal(served[0], case))}"))
        if self._offer():
            parts.append(sentence(f"I'd propose {say_package(case, self._offer())}"))
        return " ".join(parts)

    def turn(self, text: str) -> str:
        """The sceptic's challenge → the coach's answer from the plan (or a recorded gap)."""
        text = text.strip()
        if self.ended:
            return "The flip session has ended."
        self.transcript.append({"speaker": "you", "text": text})
        if text.lower() in ("/end", "/quit"):
            self.ended = True
            reply = "Ending here."
        else:
            reply = self._answer(text, hear(text, self.case, self._context()))
        self.transcript.append({"speaker": "coach", "text": reply})
        return reply

    def _answer(self, text: str, reading: Reading) -> str:
        if reading.accept == "sure" or _CONVINCED.search(text):
            self.ended = True
            self.agreed = self._offer()
            if not self.agreed:
                return "Thank you."
            return f"Thank you. Then let's confirm {say_package(self.case, self.agreed)}."
        match = self.match(text, reading)
        main = self.case.levers[0].id if self.case.levers else ""
        partial = bool(reading.offers) and main not in reading.offers[0]  # "until April" names no price
        if match is not None and match.counter and (not reading.offers or partial):
            return self._counter(match)  # "the budget is frozen until April" is their objection, not an offer
        if reading.offers:
            return self._weigh(reading.offers[0])
        if _INVITE.search(text) and not ({"reject", "ultimatum", "threat"} & reading.acts):
            offer = self._offer()
            ask = (
                f" In short, I'm asking for {say_package(self.case, offer)}, and I'd like to explain why."
                if offer
                else ""
            )
            return f"Thank you for making the time.{ask}"
        incentive = next(iter(reading.refers.incentives), None)
        if incentive is None and _WHAT_FOR_ME.search(text):
            incentive = next((i for a in self.case.asks for i in a.serves), None)
        asks = {"ask_priorities", "ask_constraints", "ask_process"} & reading.acts or "?" in text
        if incentive is not None and asks:
            overlap = self._overlap(incentive)
            if overlap:
                return overlap
        if {"reject", "ultimatum"} & reading.acts or _NO.search(text):
            return self._step_down()
        self.gaps.append(text)
        return _GAP_REPLIES[(len(self.gaps) - 1) % len(_GAP_REPLIES)]

    def _counter(self, objection: Objection) -> str:
        again = objection.id in self.answered
        self.answered.append(objection.id)
        if again:
            reply = sentence(f"As I said, {clause(objection.counter or '')}")
        else:
            reply = sentence(objection.counter or "")
        new = [e for e in self.case.evidence if e.id in objection.evidence and e.id not in self.receipts_said]
        if new:
            reply += " " + self._receipt(new[0])
        return reply

    def _overlap(self, incentive_id: str) -> str | None:
        """How your ask serves the goal they asked about, in your words (`MAP.OVERLAP`)."""
        incentives = {i.id: i for i in self.case.counterpart.incentives}
        asks = [a for a in self.case.asks if incentive_id in a.serves]
        if not asks or incentive_id not in incentives:
            return None
        self.answered.append(incentive_id)
        wanted = _yours(goal(incentives[incentive_id].text, self.case))
        return (
            f"That's exactly what this is about. {sentence(wanted)} "
            f"What I'm asking for helps with that: {clause(asks[0].text)}."
        )

    def _weigh(self, offer: Package) -> str:
        """Their offer against your tiers: take what reaches the tier you stand on, counter above
        the walk-away, refuse below it."""
        full = {**self._offer(), **offer}
        said = say_package(self.case, offer)
        if not inside_walk_away(self.case, full):
            floor = self._tier("minimum")
            tail = f" The furthest I can go is {say_package(self.case, floor)}." if floor else ""
            return f"I can't accept {said}: that's below what I can agree to.{tail}"
        target = self._offer()
        if not target or package_utility(self.case, full) >= package_utility(self.case, target) - 1e-9:
            return self._agree(full)
        lower = self._next_tier()
        if lower and package_utility(self.case, full) > package_utility(self.case, lower) + 1e-9:
            if said in self.held:
                return self._agree(full)  # the second time: above the next tier down, so take it
            self.held.append(said)
            return f"{said[0].upper()}{said[1:]} is close. Could you come up to {say_package(self.case, target)}?"
        return self._step_down(said)

    def _agree(self, package: Package) -> str:
        self.ended = True
        self.agreed = package
        return f"That works for me: {say_package(self.case, package)}. Let's put it in writing."

    def _next_tier(self) -> Package:
        for name in _TIERS[self.tier + 1 :]:
            if self._tier(name) and self._tier(name) != self._offer():
                return self._tier(name)
        return {}

    def _step_down(self, heard: str | None = None) -> str:
        """A no or a low offer: one tier down, once per push, and a firm line at the Minimum."""
        before = self._offer()
        while self.tier < len(_TIERS) - 1:
            self.tier += 1
            if self._offer() and self._offer() != before:
                lead = f"I hear you on {heard}. " if heard else "I understand. "
                return f"{lead}I can meet you partway: {say_package(self.case, self._offer())}."
        floor = self._offer()
        if not floor:
            return "I understand, but I can't move further without something in return."
        return f"I've come as far as I can: {say_package(self.case, floor)} is my lowest. Can we agree on that?"

    def _tier(self, name: str) -> Package:
        return dict(getattr(self.case.tiers, name) or {})

    def _offer(self) -> Package:
        """The package the coach stands on now (the first tier set at or below the current one)."""
        for name in _TIERS[self.tier :]:
            if self._tier(name):
                return self._tier(name)
        return {}

    def _receipt(self, evidence: Evidence) -> str:
        self.receipts_said.append(evidence.id)
        return receipt(evidence)

    def _context(self) -> Context:
        """The coach's package is the standing offer the sceptic answers ("that works" accepts it)."""
        last = self.transcript[-2]["text"] if len(self.transcript) >= 2 else ""
        return Context(standing=self._offer() or None, their_last=last)

    def match(self, text: str, reading: Reading | None = None) -> Objection | None:
        """The prepared objection this challenge is most about, if it is clearly about one: one the
        ear finds, else the one sharing the most concepts — two or more, or one that no other
        objection has ("a freeze" is only about the freeze)."""
        objections = {o.id: o for o in self.case.objections}
        for oid in reading.refers.objections if reading else ():
            if oid in objections:
                return objections[oid]
        asked = concepts(text)
        owned = {o.id: concepts(o.text) for o in self.case.objections}
        best: tuple[int, Objection] | None = None
        for objection in self.case.objections:
            shared = asked & owned[objection.id]
            distinctive = any(all(c not in owned[o] for o in owned if o != objection.id) for c in shared)
            if (len(shared) >= 2 or (shared and distinctive)) and (best is None or len(shared) > best[0]):
                best = (len(shared), objection)
        return best[1] if best else None

    def summary(self) -> dict[str, Any]:
        return {
            "answered": [a for a in dict.fromkeys(self.answered) if a in {o.id for o in self.case.objections}],
            "gaps": self.gaps,
            "unused_counters": [o.id for o in self.case.objections if o.id not in self.answered],
            "agreed": self.agreed,
        }


def _yours(need: str) -> str:
    """The counterpart's need said to them: "I need to keep attrition low" → "you need to keep attrition low"."""
    for mine, theirs in (("I need", "you need"), ("I want", "you want"), ("I'm", "you're"), ("my ", "your ")):
        if need.startswith(mine):
            return theirs + need[len(mine) :]
    return need
