"""A rehearsal session: the user's turns, the counterpart's moves and lines, and the scorecard.

Same case + same seed + same turns → the same transcript. Commands: ``/hint``, ``/pause``,
``/offer lever=value …`` (or ``/offer`` to see where things stand), ``/accept``, ``/end``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from sparring.engines.deal.space import build_space
from sparring.engines.deal.utility import inside_walk_away
from sparring.engines.ear import Context, Reading, hear
from sparring.engines.ear.numbers import mentions
from sparring.engines.ear.offer import Heard, OfferReading
from sparring.engines.language.analyser import Analysis
from sparring.engines.sim.counterpart import Counterpart
from sparring.engines.sim.heard import heard_line
from sparring.engines.sim.mouth import Mouth, numbers_in, spoken_numbers
from sparring.engines.sim.moves import Move
from sparring.engines.sim.objecting import objections, resolved_by
from sparring.engines.sim.phrasing import say_package
from sparring.engines.sim.policy import Turn, decide
from sparring.engines.sim.scorecard import Concession, Scorecard, practise_next, principle_counts, process_score
from sparring.model.case import Case
from sparring.model.levers import Package

UNCERTAIN_READS = frozenset({"bare", "shorthand", "relative", "midpoint"})
"""Ways of reading a value that the counterpart confirms before it agrees to them."""


@dataclass
class Entry:
    """One line of the transcript."""

    speaker: str  # "you" or "them"
    text: str
    move: str | None = None
    package: Package | None = None
    tags: list[str] = field(default_factory=list)
    feedback: str | None = None
    reason: str | None = None
    heard: str | None = None
    """For the user's turns: what the counterpart heard (acts, offer, what was not an offer)."""
    acts: list[str] = field(default_factory=list)
    answer: str | None = None
    """For its replies: the answer to your question it gave before its move, if any."""

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [])}


@dataclass(frozen=True)
class Reply:
    text: str
    move: Move | None
    feedback: str | None
    ended: bool


class RehearsalSession:
    """Plays one counterpart for one case; see the module docstring for the commands."""

    def __init__(self, case: Case, seed: int = 0, style: str | None = None, phrase: Any = None):
        self.case = case
        self.seed = seed
        self.space = build_space(case)
        self.cp = Counterpart(case, seed, style, self.space)
        self.style = self.cp.style
        self.mouth = Mouth(case, self.style, seed)
        self.phrase = phrase
        """Optional narrator (an LLM) that may rephrase a move; verified by the caller's wrapper."""
        self.transcript: list[Entry] = []
        self.outcome: str | None = None
        self.agreed: Package | None = None
        self.user_tags: list[str] = []
        self.user_offers: list[tuple[int, float]] = []
        self.concessions: list[Concession] = []
        self.questions = 0
        self.paused_to_recover = False
        self.handled: list[str] = []
        self.pending: Package | None = None
        """A package it asked the user to confirm; a yes to it is the deal."""
        self.readings: list[Reading] = []
        self.your_last: Package | None = None
        self.incentives = {i.id: f"{i.text} {i.metric or ''}" for i in case.counterpart.incentives}
        opening = (
            f"Thanks for making the time. You wanted to talk about {case.goal.what.rstrip('.')}"
            " — what did you have in mind?"
        )
        self.transcript.append(Entry("them", opening, "ASK"))

    # --- turns ----------------------------------------------------------------------------
    @property
    def ended(self) -> bool:
        return self.outcome is not None

    def turn(self, text: str) -> Reply:
        """One user turn (or command); returns the counterpart's reply."""
        text = text.strip()
        if self.ended:
            return Reply("The session has ended; start a new one to rehearse again.", None, None, True)
        if text.startswith("/"):
            return self._command(text)
        if not text:
            return Reply("Say something, or type /hint for a suggestion.", None, None, False)
        reading = hear(text, self.case, self._context())
        analysis = reading.analysis
        assert analysis is not None
        self.readings.append(reading)
        asks = {"ask_priorities", "ask_constraints", "ask_process"} & reading.acts
        # What the ear heard counts as done, so the scorecard never asks to practise it again.
        heard = {"evidence"} if "evidence" in reading.acts or reading.refers.evidence else set()
        heard |= {"elicit"} if asks else set()
        heard |= {"options"} if "options" in reading.acts else set()
        heard |= {"their_goals"} if reading.refers.incentives or "their_goals" in reading.tags else set()
        self.user_tags += sorted(analysis.turn_tags | heard)
        self.questions += 1 if asks or "elicit" in reading.tags else 0
        feedback = self._feedback(analysis)
        standing = self.pending or self.cp.state.last_counter
        if reading.accept is not None and standing is not None:
            if any(_differs(package, standing) for package in reading.offers):
                return self._respond(text, reading, feedback)  # "130k and 5k and we have a deal": your terms
            if self._other_terms(text, standing):  # "if two days are agreeable, I accept": not its terms
                return self._confirm(text, reading, feedback, standing)
            if reading.accept == "sure" or self.pending is not None:
                return self._user_accepts(text, reading, feedback)
            return self._confirm(text, reading, feedback, standing)
        return self._respond(text, reading, feedback)

    def _other_terms(self, text: str, standing: Package) -> bool:
        """Whether an acceptance names a figure for one of the levers that its standing offer does not
        hold ("two remote days" against its one): then it checks before anything is agreed."""
        held = {float(v) for v in standing.values() if isinstance(v, int | float)}
        for mention in mentions(text):
            if mention.value in held or mention.percent or not (mention.unit or mention.money or mention.scale):
                continue  # only a figure said as a term ("two remote days", "80k") can differ from its terms
            for lever in self.case.levers:
                if lever.range is not None and lever.values is None and lever.id in standing:
                    low, high = float(lever.range[0]), float(lever.range[1])
                    unit = (lever.unit or "").lower()
                    said_as = (mention.unit or "")[:3]
                    same_unit = said_as in unit if mention.unit else bool(mention.money or mention.scale)
                    if low <= mention.value <= high and same_unit:
                        return True
        return False

    def hear(self, text: str) -> Reading:
        """What it would hear in ``text`` now, without taking the turn."""
        return hear(text, self.case, self._context())

    def _context(self) -> Context:
        them = [e for e in self.transcript if e.speaker == "them"]
        last = them[-1] if them else None
        numbers: set[float] = set()
        for entry in them:
            numbers |= set(numbers_in(entry.text)) | set(spoken_numbers(entry.text))
            for value in (entry.package or {}).values():
                if isinstance(value, int | float):
                    numbers.add(float(value))
        raised = self.cp.state.objections_raised
        return Context(
            standing=self.cp.state.last_counter,
            their_last=last.text if last else "",
            their_move=last.move if last else None,
            pending=self.pending,
            your_last=self.your_last,
            their_numbers=frozenset(numbers),
            objection=raised[-1] if raised and last is not None and last.move == "OBJECT" else None,
        )

    def _user_entry(self, text: str, reading: Reading, feedback: str | None) -> Entry:
        return Entry(
            "you",
            text,
            tags=sorted(reading.tags),
            feedback=feedback,
            heard=heard_line(reading, self.case),
            acts=sorted(reading.acts),
        )

    def _respond(self, text: str, reading: Reading, feedback: str | None) -> Reply:
        offers = tuple(reading.offers)
        before = self.your_last
        self.pending = None
        answered = self._track_objections(text, reading)
        concession = self._track_concession(offers, reading)
        if offers:
            self.your_last = dict(offers[0])
        state = self.cp.state
        state.turn += 1
        state.progress = self.cp.concession()
        certain = not any(h.how in UNCERTAIN_READS for package in reading.offer.packages for h in package)
        said = tuple(e.text for e in self.transcript if e.speaker == "you")
        move = decide(self.cp, Turn(reading, offers, concession, answered, certain, before, said))
        state.last_move = move.kind
        self.transcript.append(self._user_entry(text, reading, feedback))
        if move.kind == "COUNTER":
            state.last_counter = move.package
        if move.kind == "CONFIRM":
            self.pending = move.package
            last = state.last_counter  # what it offered to confirm is its floor from now on, unless
            if last is None or self.cp.you_value(move.package or {}) >= self.cp.you_value(last):  # yours was lower
                state.last_counter = move.package
        if move.kind == "ACCEPT":
            self.outcome, self.agreed = "deal", move.package
        elif move.kind == "WALK":
            self.outcome = "withdrawn" if "candidate" in (move.topic or "") else "walked"
        line = self._say(move)
        self.transcript.append(Entry("them", line, move.kind, move.package, reason=move.reason, answer=move.answer))
        return Reply(line, move, feedback, self.ended)

    def _confirm(self, text: str, reading: Reading, feedback: str | None, package: Package) -> Reply:
        """A tentative yes ("I guess that could work"): it checks before anything is agreed."""
        self.transcript.append(self._user_entry(text, reading, feedback))
        self.pending = dict(package)
        move = Move("CONFIRM", package=self.pending, reason="a tentative yes: it checks before agreeing")
        line = self._say(move)
        self.transcript.append(Entry("them", line, "CONFIRM", self.pending, reason=move.reason))
        return Reply(line, move, feedback, False)

    def _user_accepts(self, text: str, reading: Reading | None, feedback: str | None) -> Reply:
        if reading is not None:
            self.transcript.append(self._user_entry(text, reading, feedback))
        else:
            self.transcript.append(Entry("you", text))
        self.outcome, self.agreed = "deal", self.pending or self.cp.state.last_counter
        self.pending = None
        move = Move("ACCEPT", package=self.agreed, reason="you accepted its offer")
        line = self._say(move)
        self.transcript.append(Entry("them", line, "ACCEPT", self.agreed, reason=move.reason))
        return Reply(line, move, feedback, True)

    def _say(self, move: Move) -> str:
        line = self.mouth.say(move)
        if self.phrase is not None:
            return str(self.phrase(move, line))
        return line

    # --- commands -------------------------------------------------------------------------
    def _command(self, text: str) -> Reply:
        name, _, rest = text[1:].partition(" ")
        name = name.lower()
        if name == "hint":
            return Reply(self.hint(), None, None, False)
        if name == "pause":
            pushed = any(e.move in ("COUNTER", "OBJECT") for e in self.transcript[-2:] if e.speaker == "them")
            self.paused_to_recover = self.paused_to_recover or pushed
            self.transcript.append(
                Entry("you", "(asks for a pause) Let me think about this; can we continue tomorrow?")
            )
            line = self._say(Move("PAUSE"))
            self.transcript.append(Entry("them", line, "PAUSE", reason="you asked to pause (MIND.DISTANCE)"))
            return Reply(line, Move("PAUSE"), "+ pause (MIND.DISTANCE)", False)
        if name == "offer":
            if not rest.strip():
                standing = self.cp.state.last_counter
                shown = say_package(self.case, standing) if standing else "no counter-offer yet"
                return Reply(f"Their standing offer: {shown}.", None, None, False)
            package = self._structured(rest)
            if isinstance(package, str):
                return Reply(package, None, None, False)
            said = f"I propose {say_package(self.case, package)}."
            typed = tuple(Heard(k, v, 0, 0, str(v), "typed") for k, v in package.items())
            reading = replace(
                hear(said, self.case, self._context()),
                offer=OfferReading((typed,)),
                acts=frozenset({"propose"}),
                accept=None,
            )
            self.readings.append(reading)
            return self._respond(said, reading, None)
        if name == "accept":
            if self.pending is None and self.cp.state.last_counter is None:
                return Reply("There is no offer from them to accept yet.", None, None, False)
            return self._user_accepts("/accept", None, None)
        if name == "end":
            self.outcome = self.outcome or "ended"
            return Reply("Session ended.", None, None, True)
        return Reply(f"Unknown command /{name}. Commands: /hint, /pause, /offer, /accept, /end.", None, None, False)

    def _structured(self, text: str) -> Package | str:
        package: Package = {}
        for part in text.split():
            key, _, raw = part.partition("=")
            lever = self.case.lever(key)
            if lever is None or not raw:
                return f"Write /offer lever=value …, with levers: {', '.join(lv.id for lv in self.case.levers)}."
            if lever.values is not None:
                package[key] = raw
            else:
                try:
                    package[key] = float(raw.replace(",", "").rstrip("kK")) * (1000 if raw[-1:] in "kK" else 1)
                except ValueError:
                    return f"{raw!r} is not a number for {key}."
        return package

    def hint(self) -> str:
        """The most useful next move, from the plan (never from hidden state)."""
        seen = set(self.user_tags)
        raised = [
            (oid, text)
            for oid, text in objections(self.case)
            if oid in self.cp.state.objections_raised and oid not in self.handled
        ]
        if raised:
            prepared = next((o for o in self.case.objections if o.id == raised[0][0]), None)
            if prepared and prepared.counter:
                return f"Answer their objection with your prepared counter: {prepared.counter}"
            return f"Acknowledge “{raised[0][1]}” and show how your ask works within it."
        if "evidence" not in seen and self.case.evidence:
            ev = self.case.evidence[0]
            return f"Bring a receipt: {ev.claim}" + (f" — {ev.outcome}" if ev.outcome else "") + "."
        if "their_goals" not in seen and self.case.counterpart.incentives:
            return f"Tie your ask to what they are measured on: {self.case.counterpart.incentives[0].text}."
        if "options" not in seen and self.case.tiers.ideal and self.case.tiers.likely:
            return (
                f"Offer two options: {say_package(self.case, self.case.tiers.ideal)}, or "
                f"{say_package(self.case, self.case.tiers.likely)}."
            )
        if "elicit" not in seen:
            return "Ask what matters most to them in this decision, and why."
        return "Make your next concession conditional: “if you can…, then I can…”."

    # --- tracking -------------------------------------------------------------------------
    def _feedback(self, analysis: Analysis) -> str | None:
        good = sorted({(s.tag, s.principle) for x in analysis.sentences for s in x.spans if s.polarity == "+"})
        bad = sorted({(s.tag, s.principle) for x in analysis.sentences for s in x.spans if s.polarity == "-"})
        parts = [f"+ {t} ({p})" for t, p in good] + [f"− {t} ({p})" for t, p in bad]
        return " · ".join(parts) if parts else None

    def _track_objections(self, text: str, reading: Reading) -> bool:
        """Marks the raised objections this turn answers; True when it answered any."""
        answered = False
        for oid, otext in objections(self.case):
            if oid not in self.cp.state.objections_raised or oid in self.handled:
                continue
            if oid in reading.refers.objections or resolved_by(text, otext, reading.tags):
                self.handled.append(oid)
                answered = True
        return answered

    def _track_concession(self, offers: tuple[Package, ...], reading: Reading) -> float | None:
        if not offers:
            return None
        value = 100 * max(self.cp.you_value(p) for p in offers)
        previous = self.user_offers[-1][1] if self.user_offers else None
        self.user_offers.append((self.cp.state.turn + 1, value))
        if previous is not None and value < previous - 1e-6:
            conditional = "conditional_trade" in reading.acts
            self.concessions.append(Concession(self.cp.state.turn + 1, round(previous - value, 1), conditional))
            return previous - value
        return None

    # --- the end --------------------------------------------------------------------------
    def walk_away_value(self) -> float:
        axes, weights = self.space.axes, self.space.w_you
        from sparring.engines.deal.bargain import acceptable_mask

        return float(
            sum(
                w * float(a.you[acceptable_mask(a, self.case, "you")].min()) for w, a in zip(weights, axes, strict=True)
            )
        )

    def scorecard(self) -> Scorecard:
        outcome = self.outcome or "ended"
        floor = self.walk_away_value()
        value = self.cp.you_value(self.agreed) if self.agreed else floor
        below = bool(self.agreed) and not self._inside_walk_away(self.agreed or {})
        band = self._band(self.agreed)
        followed, broken = principle_counts(self.user_tags)
        raised = [oid for oid in self.cp.state.objections_raised]
        unhandled = [oid for oid in raised if oid not in self.handled]
        unconditional = sum(1 for c in self.concessions if not c.conditional)
        ideal = self.cp.you_value(self.case.tiers.ideal) if self.case.tiers.ideal else 1.0
        outcome_score = 0.0
        if self.agreed and not below:
            outcome_score = float(np.clip((value - floor) / max(1e-9, ideal - floor), 0, 1)) * 100
        score = round(0.6 * outcome_score + 0.4 * process_score(followed, broken, unconditional, len(unhandled)))
        return Scorecard(
            outcome=outcome,
            agreed=self.agreed,
            value=round(100 * value, 1),
            tier_band=band,
            below_walk_away=below,
            goodwill=round(self.cp.state.goodwill, 2),
            objections_handled=list(self.handled),
            objections_unhandled=unhandled,
            questions=self.questions,
            concessions=list(self.concessions),
            followed=dict(followed),
            broken=dict(broken),
            practise=practise_next(Counter(broken), set(self.user_tags), unconditional, len(unhandled)),
            score=score,
            paused_to_recover=self.paused_to_recover,
        )

    def _inside_walk_away(self, package: Package) -> bool:
        return inside_walk_away(self.case, package)

    def _band(self, package: Package | None) -> str:
        if package is None:
            return "no deal"
        if not self._inside_walk_away(package):
            return "BELOW YOUR WALK-AWAY"
        value = self.cp.you_value(package)
        for name in ("ideal", "likely", "minimum"):
            tier = getattr(self.case.tiers, name)
            if tier and value >= self.cp.you_value(tier) - 1e-9:
                return f"at or above your {name.title()} tier"
        return "between your walk-away and your Minimum tier"

    def as_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "style": self.style,
            "outcome": self.outcome,
            "transcript": [e.as_json() for e in self.transcript],
        }


def _differs(package: Package, standing: Package) -> bool:
    """Whether a package said with a yes names a term its standing offer does not hold."""
    return any(standing.get(lever) != value for lever, value in package.items())
