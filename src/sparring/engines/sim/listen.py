"""What the counterpart does with what it heard, before it pushes: answers, acknowledgements and
the documented effects of acts the language tags alone cannot see.

Every reply starts from the user's act: a question gets an answer from the case (an incentive,
a constraint with its why, the decision process), a receipt is acknowledged in the
counterpart's own terms, a disclosure gets a human word, a competing offer or a threat a
reaction. The numbers below are the whole effect of each act, so a session stays explainable:

* ``TRADE_SERVES_GOAL`` — a non-numeric trade that serves one of its incentives ("I'll run
  design reviews when you're away" ↔ succession): goodwill, a faster pace, a step of 0.2
  along its concession path at once and its limit 0.3 of the bounded shift toward you, once per
  goal (MAP.OVERLAP); a give that serves nothing it named is thanked and moves nothing;
* ``CREDIBLE_OUTSIDE_OFFER`` — a competing offer, credible when the case's BATNA names one:
  its limit moves toward you (NO_DESPERATION: real alternatives make "no" survivable); a vague
  one costs a little goodwill;
* ``THREAT`` — a veiled threat: goodwill drops (CALM.NOT_ARGUE);
* ``DISCLOSURE`` — something personal shared: goodwill rises a little (WIN.TRUST);
* ``ULTIMATUM`` — take-it-or-leave-it the language tags missed: the ultimatum row's goodwill
  loss (MISTAKE.NO_MUTUAL_WIN); when the tags caught it, that row alone applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sparring.engines.ear.acts import questions_in
from sparring.engines.ear.numbers import mentions
from sparring.engines.ear.reading import Reading
from sparring.engines.language.alignment import concepts
from sparring.engines.sim import sentences
from sparring.engines.sim.trades import Trade
from sparring.model.case import Case


@dataclass(frozen=True)
class ActEffect:
    goodwill: float = 0.0
    pace: float = 1.0
    shift: float = 0.0
    progress: float = 0.0
    """Moves it this far (0..1) along its concession path at once: a real give earns a real step."""
    principle: str = ""


TRADE_SERVES_GOAL = ActEffect(goodwill=0.06, pace=1.2, shift=0.3, progress=0.2, principle="MAP.OVERLAP")
CREDIBLE_OUTSIDE_OFFER = ActEffect(goodwill=0.0, pace=1.1, shift=0.4, principle="NO_DESPERATION")
VAGUE_OUTSIDE_OFFER = ActEffect(goodwill=-0.03, principle="NO_DESPERATION")
THREAT = ActEffect(goodwill=-0.1, principle="CALM.NOT_ARGUE")
DISCLOSURE = ActEffect(goodwill=0.03, principle="WIN.TRUST")
ULTIMATUM = ActEffect(goodwill=-0.25, principle="MISTAKE.NO_MUTUAL_WIN")


DISCLOSED = "disclosure"
"""The marker in the acknowledged list once a personal disclosure has been acknowledged."""

_POSITIVE = re.compile(r"\b(excited|thrilled|grateful|proud|love|enjoy|happy|glad|delighted|looking forward)\b", re.I)
NEGATIVE = re.compile(
    r"\b(not|n't|never|sick|ill|stroke|hospital|worried|stressed|anxious|hard|difficult|struggl\w*|rehab\w*|"
    r"recover\w*|surgery|cancer|died|passed away|funeral|accident|diagnos\w*|carer|caring|care home|home care)\b",
    re.I,
)


_GRATITUDE = re.compile(
    r"\bthank(s| you)\b[^.?!]{0,80}\b(support|help|backing|understanding|flexibility|patience|trust|kindness)\b",
    re.I,
)
_UNCHANGED = re.compile(
    r"\b(wouldn'?t|won'?t|doesn'?t|does not|will not|would not|not) (change|affect|touch|impact|hurt|reduce)\b"
    r"[^.?!]{0,20}\bmy ((grade|pay|salary|bonus|bonus eligibility|title|benefits|role|level|rating|territory)"
    r"(,? (or|and)? ?(my )?(grade|pay|salary|bonus|bonus eligibility|title|benefits|role|level|rating|territory))*)",
    re.I,
)
CONDITION = re.compile(
    r"\b(in writing|written down|by email|on paper|documented)\b|"
    r"\b(as long as|provided|on (the )?condition that|only if)\b",
    re.I,
)
"""A condition the user sets ("as long as it's in writing"): said back before anything else is."""
_WALK_LINE = re.compile(
    r"\b(keep|stay with|stick with|stay on|renew with) (the|our|my) (current|pilot|incumbent|existing|old)\b|"
    r"\bstay (where|as) i am\b|\b(walk away|look elsewhere|take the other|go with the other|go elsewhere)\b|"
    r"\btalk again in (q\d|the (spring|summer|autumn|fall|new year))\b",
    re.I,
)


SAD = re.compile(
    r"\b(sick|ill|illness|stroke|in (the )?hospital|hospital stay|hospitali[sz]ed|rehab\w*|recover\w*|surgery|"
    r"cancer|died|passed away|funeral|accident|broke (his|her|my|their) \w+|injur\w*|fractur\w*|a fall|"
    r"diagnos\w*|carer|caring for|care home|home care|laid off|layoff|severance|redundan\w*|divorce|bereave\w*|"
    r"stressful (year|time|few months)|burn(ed|t) out|exhausted|scared|anxious|struggl\w*|(if|whether) i'?m valued)\b",
    re.I,
)
"""A personal hardship, the only disclosure that gets sympathy (a worry about an audit does not)."""


def act_effects(
    reading: Reading, case: Case, gives: list[Trade] | None = None, credited: list[str] | None = None
) -> list[tuple[str, ActEffect]]:
    """The effects of the turn's acts (named, for the transcript's explanation).

    A give that serves one of its goals moves it once per goal (``credited`` holds the goals
    already credited and is appended to)."""
    acts, out = reading.acts, []
    served = [t for t in gives or [] if t.kind == "incentive" and t.serves]
    fresh = [t for t in served if credited is None or t.serves not in credited]
    if fresh:
        if credited is not None:
            credited.append(str(fresh[0].serves))
        out.append(("a trade that serves their goal", TRADE_SERVES_GOAL))
    elif gives is None and "conditional_trade" in acts and reading.refers.incentives and not reading.proposes:
        out.append(("a trade that serves their goal", TRADE_SERVES_GOAL))
    if "competing_offer" in acts:
        credible = bool(case.walk_away and case.walk_away.batna and case.walk_away.batna.value)
        out.append(
            ("a credible outside offer", CREDIBLE_OUTSIDE_OFFER)
            if credible
            else ("a vague outside offer", VAGUE_OUTSIDE_OFFER)
        )
    if "threat" in acts:
        out.append(("a veiled threat", THREAT))
    if "disclosure" in acts:
        out.append(("something personal shared", DISCLOSURE))
    if "ultimatum" in acts and "ultimatum" not in reading.tags:
        out.append(("an ultimatum", ULTIMATUM))
    return out


def acknowledgement(
    reading: Reading,
    case: Case,
    style: str,
    acknowledged: list[str] | None = None,
    raised: list[str] | tuple[str, ...] = (),
    gives: list[Trade] | None = None,
) -> str | None:
    """One sentence that shows the counterpart heard the turn, or None when nothing calls for it.

    ``acknowledged`` holds what it has already acknowledged (receipts, gives, the disclosure): each
    once (it is appended to); ``raised`` the objections it has voiced, the only ones a turn can
    answer. What hurts comes first, then a give, then a receipt, then the rest."""
    acts = reading.acts
    seen = acknowledged if acknowledged is not None else []
    sad = "disclosure" in acts and SAD.search(reading.text) and not _POSITIVE.search(reading.text)
    if sad and DISCLOSED not in seen:  # said once; a person does not repeat their sympathy every turn
        seen.append(DISCLOSED)
        return {
            "hard": "Understood, and I'm sorry that's happening.",
            "soft": "I'm really sorry to hear that — thank you for telling me.",
        }.get(style, "I'm sorry to hear that, and thank you for telling me.")
    give = _give_line(case, style, gives or [], seen)
    if give:
        return give
    fresh = [e for e in reading.refers.evidence if e not in seen]
    if fresh and ("evidence" in acts or (_RECEIPT_CUE.search(reading.text) and not questions_in(reading.text))):
        seen.append(fresh[0])
        return _receipt(reading, case, style, fresh[0])  # a receipt told with a personal story: the result first
    unchanged = _UNCHANGED.search(reading.text)
    if unchanged and "unchanged" not in seen:  # "this wouldn't change my grade or my pay": said back, plainly
        seen.append("unchanged")
        what = re.sub(r"\bmy\b", "your", unchanged.group(3))
        return f"Of course — this doesn't change your {what}." if style != "hard" else f"It doesn't touch your {what}."
    if CONDITION.search(reading.text) and "condition" not in seen:
        seen.append("condition")
        writing = re.search(r"writing|written|email|paper|documented", reading.text, re.I)
        return {
            "hard": "Fine, in writing." if writing else "Understood, that's your condition.",
            "soft": "Of course — I'll put it in writing." if writing else "That's a fair condition.",
        }.get(style, "Of course, I'll confirm it in writing." if writing else "That condition is fair.")
    if _WALK_LINE.search(reading.text) and not ({"competing_offer", "threat"} & acts):
        return {"hard": "That's your call.", "soft": "I understand you have other options."}.get(
            style, "I understand, and I know you have other options."
        )
    if "reject" in acts and not reading.proposes and "reject" not in seen:
        seen.append("reject")
        return {"hard": "So that's a no.", "soft": "I hear you — that doesn't work for you."}.get(
            style, "I hear you; that doesn't work for you."
        )
    if _GRATITUDE.search(reading.text):
        return {"hard": "You're welcome.", "soft": "You're very welcome — I'm glad it helped."}.get(
            style, "You're welcome; I'm glad it helped."
        )
    if "disclosure" in acts and _POSITIVE.search(reading.text):
        return {"hard": "Good.", "soft": "I'm so glad to hear that."}.get(style, "Glad to hear it.")
    if "competing_offer" in acts:
        credible = bool(case.walk_away and case.walk_away.batna and case.walk_away.batna.value)
        if credible:
            return "I take the other offer seriously; I'd rather find something that works here."
        return "Other options are always out there; let's see what makes sense here."
    if "threat" in acts:
        return "I'd rather we didn't go there." if style != "soft" else "I hope it doesn't come to that."
    named = [i for i in reading.refers.incentives if f"goal:{i}" not in seen]
    if named and not reading.proposes and not questions_in(reading.text) and _incentive(case, named[0]):
        seen.append(f"goal:{named[0]}")
        goal = sentences.goal(str(_incentive(case, named[0])), case)
        return {"hard": f"Right — {goal}.", "soft": f"You're right, and thank you for seeing it: {goal}."}.get(
            style, f"You're right about that: {goal}."
        )
    answered = [o for o in case.objections if o.id in reading.refers.objections and o.id in raised]
    loud = {
        "reject",
        "threat",
        "ultimatum",
        "competing_offer",
        "pause",
        "ask_priorities",
        "ask_constraints",
        "ask_process",
    }
    quiet = not (loud & acts)
    if answered and quiet and not reading.proposes and answered[0].id not in seen:
        seen.append(answered[0].id)
        return {
            "hard": "That deals with part of my concern.",
            "soft": "Thank you, that helps with what I was worried about.",
        }.get(style, "That helps with what I was worried about.")
    return None


def _give_line(case: Case, style: str, gives: list[Trade], seen: list[str]) -> str | None:
    """The first give not yet acknowledged, in the terms of the goal it serves."""
    for give in gives:
        key = f"give:{give.serves or give.sentence.lower()}"
        if key in seen:
            continue
        seen.append(key)
        if give.kind == "incentive" and give.serves:
            incentive = _incentive(case, give.serves)
            if incentive:
                return {
                    "hard": f"That's useful to me — {sentences.goal(incentive, case)}.",
                    "soft": f"That would really help me — {sentences.goal(incentive, case)}.",
                }.get(style, f"That would genuinely help me — {sentences.goal(incentive, case)}.")
        if give.kind in ("objection", "constraint"):
            return {
                "hard": "That goes some way to my concern.",
                "soft": "Thank you — that eases one of my worries.",
            }.get(style, "That helps with one of my worries.")
        return {"hard": "Noted, and I appreciate it.", "soft": "That's kind of you to offer, thank you."}.get(
            style, "I appreciate the offer."
        )
    return None


_PAST = frozenset(
    [
        "rewrote",
        "wrote",
        "ran",
        "led",
        "took",
        "built",
        "cut",
        "won",
        "grew",
        "made",
        "brought",
        "drove",
        "set",
        "kept",
        "sold",
        "shipped",
        "began",
        "became",
        "caught",
        "brought",
        "found",
        "got",
        "gave",
        "held",
        "hit",
        "left",
        "lost",
        "met",
        "paid",
        "put",
        "rebuilt",
        "redid",
        "ran",
        "saw",
        "sent",
        "shut",
        "spent",
        "stood",
        "taught",
        "thought",
        "told",
        "took",
        "undid",
        "upheld",
        "wound",
    ]
)


_RECEIPT_CUE = re.compile(r"\b(i|we)( also| just| already)? (\w+ed|" + "|".join(sorted(_PAST)) + r")\b", re.I)
"""A result told in the first person ("I automated the accrual feeds"): a receipt even without a number."""

_PAREN_REF = re.compile(r"\s*\((ref|id|no\.?|#)[^)]*\)", re.I)


def _said_it(reading: Reading, claim: str, numbers: set[float]) -> bool:
    """Whether the turn says this receipt closely enough to repeat it back: one of its numbers,
    or most of the words of its claim. Otherwise the acknowledgement stays general."""
    said = {round(m.value, 2) for m in mentions(reading.text)}
    words = concepts(claim)
    shared_words = len(words & concepts(reading.text))
    if len(said & numbers) >= 2 or (said & numbers and shared_words >= 1):
        return True
    return bool(words) and shared_words >= max(2, len(words) // 2)


def _receipt(reading: Reading, case: Case, style: str, evidence_id: str) -> str:
    evidence = next(e for e in case.evidence if e.id == evidence_id)
    numbers = {round(m.value, 2) for m in mentions(f"{evidence.claim} {evidence.outcome or ''}")}
    if evidence.quantity:
        numbers.add(round(abs(float(evidence.quantity.value)), 2))
    if not _said_it(reading, evidence.claim, numbers):
        line = {"hard": "Fair point, and it counts.", "soft": "Thank you — that's a real result."}.get(
            style, "That's a fair point, and it's a real result."
        )
        incentive = _incentive(case, reading.refers.incentives[0]) if reading.refers.incentives else None
        return line + (f" It matters, because {sentences.goal(incentive, case)}." if incentive else "")
    what = sentences.clause(sentences.shift(_PAREN_REF.sub("", evidence.claim), case))
    first = what.split()[0].lower() if what.split() else ""
    if not sentences.has_verb(what) and not (first.endswith("ed") or first in _PAST):
        line = {  # "existing relationships with 11 of the 25 buyers": a noun phrase, said as one
            "hard": f"Fair point about {what}.",
            "soft": f"You have a real point about {what}.",
        }.get(style, f"You have a point about {what}.")
    elif first.endswith("ed") or first in _PAST:  # "moved the batch jobs…": what you did
        line = {
            "hard": f"Fair point — you {what}, and that counts.",
            "soft": f"Thank you — you {what}, and that's a real result.",
        }.get(style, f"That's fair: you {what}, and it's a real result.")
    else:  # "your 118k base sits below the median": a fact, taken as a fact
        line = {"hard": f"Noted: {what}.", "soft": f"You're right that {what}."}.get(style, f"That's fair: {what}.")
    if reading.refers.incentives:
        incentive = _incentive(case, reading.refers.incentives[0])
        if incentive:
            line += f" And it matters, because {sentences.goal(incentive, case)}."
    return line


def _incentive(case: Case, incentive_id: str) -> str | None:
    return next((i.text for i in case.counterpart.incentives if i.id == incentive_id), None)


def objection_words(case: Case, item_id: str, text: str) -> str:
    """An objection in the counterpart's mouth: a forecast objection is already its words; a
    constraint or pressure is a note ("merit budget frozen until April") made a sentence."""
    if any(o.id == item_id for o in case.objections):
        return sentences.clause(text)
    return sentences.statement(sentences.shift(text, case))


def clarify(case: Case, standing_words: str | None) -> str:
    """An answer to "what do you mean?": the standing offer restated plainly."""
    if standing_words:
        return f"To be clear, what I'm offering is {standing_words}."
    return "I haven't put numbers on the table yet; I want to understand your ask first."
