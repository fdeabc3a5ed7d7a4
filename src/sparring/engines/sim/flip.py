"""Flip mode: the coach argues *your* side from your plan while you play the sceptic.

It answers each challenge from your prepared objections (their counters and evidence). A
challenge it has no prepared answer for is recorded as a plan gap, which can be added to the
case's objections (`OBJECTIONS.FORECAST`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.language.alignment import concepts
from sparring.engines.sim.phrasing import say_package
from sparring.model.case import Case
from sparring.model.plan import Objection

_YES = re.compile(r"^\W*(ok|okay|fine|deal|agreed|yes|you'?ve convinced me|all right|alright)\b", re.I)


@dataclass
class FlipSession:
    case: Case
    transcript: list[dict[str, str]] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    ended: bool = False

    def __post_init__(self) -> None:
        self.transcript.append({"speaker": "coach", "text": self.pitch()})

    def pitch(self) -> str:
        case, goal = self.case, self.case.goal
        parts = [f"I'd like to talk about {goal.what.rstrip('.')}."]
        if goal.why_now:
            parts.append(f"The timing matters because {goal.why_now.rstrip('.')}.")
        if case.evidence:
            ev = case.evidence[0]
            parts.append(
                f"Here is what I've delivered: {ev.claim.rstrip('.')}"
                + (f", so {ev.outcome.rstrip('.')}." if ev.outcome else ".")
            )
        incentives = {i.id: i for i in case.counterpart.incentives}
        served = [incentives[i].text for a in case.asks for i in a.serves if i in incentives]
        if served:
            parts.append(f"It helps with what you're measured on: {served[0].rstrip('.')}.")
        if case.tiers.ideal and case.tiers.likely:
            parts.append(
                f"I'd propose {say_package(case, case.tiers.ideal)}, or {say_package(case, case.tiers.likely)}."
            )
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
        elif _YES.search(text):
            self.ended = True
            likely = self.case.tiers.likely
            reply = (
                ("Thank you. Then let's confirm " + say_package(self.case, likely) + ".") if likely else "Thank you."
            )
        else:
            match = self.match(text)
            if match is not None and match.counter:
                self.answered.append(match.id)
                receipts = [e.claim for e in self.case.evidence if e.id in match.evidence]
                reply = match.counter.rstrip(".") + "."
                if receipts:
                    reply += " The evidence: " + "; ".join(r.rstrip(".") for r in receipts) + "."
            else:
                self.gaps.append(text)
                reply = (
                    "That's a fair challenge, and I don't have a prepared answer for it. "
                    "I'll note it as a gap in my plan."
                )
        self.transcript.append({"speaker": "coach", "text": reply})
        return reply

    def match(self, text: str) -> Objection | None:
        """The prepared objection this challenge is most about, if it is clearly about one."""
        asked = concepts(text)
        scored = [(len(asked & concepts(o.text)), o) for o in self.case.objections]
        # At least one shared concept with the objection itself, covering a third of the challenge.
        scored = [s for s in scored if s[0] > 0 and s[0] >= len(asked) / 3]
        if not scored:
            return None
        return max(scored, key=lambda s: s[0])[1]

    def summary(self) -> dict[str, Any]:
        return {
            "answered": self.answered,
            "gaps": self.gaps,
            "unused_counters": [o.id for o in self.case.objections if o.id not in self.answered],
        }
