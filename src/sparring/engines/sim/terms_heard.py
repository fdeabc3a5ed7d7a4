"""Which of the terms the ear read the counterpart takes as a proposal, and when it asks about one.

The ear reads numbers as lever values; the counterpart, like a person, also weighs what it has
already offered: a number below its own counter on one term is a floor or a rival's price, its own
opening said back is a quote, numbers inside a question about them are asked, not offered, and a
figure far outside every lever's range is about something else. "Would two days work?" after it
offered two days asks back its own terms. (Nothing is agreed that was not said.)
"""

from __future__ import annotations

import re

from sparring.engines.ear.acts import questions_in
from sparring.engines.ear.numbers import mentions
from sparring.engines.ear.reading import Reading
from sparring.engines.sim.answers import asks_them, proposes_in
from sparring.engines.sim.counterpart import Counterpart
from sparring.model.levers import Package


def worth_asking(cp: Counterpart, reading: Reading) -> bool:
    """A number well outside every lever's range ("2.1 million in ARR" against a 150k budget, "41k
    of commission" against a 68k-84k base) is about something else: a person does not ask which
    term it is for."""
    amb = reading.ambiguous
    if amb is None or amb.reason != "out_of_range":
        return amb is not None
    for lever_id in amb.levers:
        lever = cp.case.lever(lever_id)
        if lever is not None and lever.range is not None:
            low, high = float(lever.range[0]), float(lever.range[1])
            return low * 0.8 <= amb.value <= high * 1.25
    return True


def _asked_inside_questions(reading: Reading) -> bool:
    """Every number of the offer sits inside a question about them ("what will the 28 October
    calibration expect?"): nothing is proposed. A proposal put as a question ("would you consider
    two days?") still proposes."""
    spans = [(h.start, h.end) for package in reading.offer.packages for h in package if h.end > h.start]
    if not spans:
        return False
    inside = []
    for question in questions_in(reading.text):
        if proposes_in(question, reading) or not asks_them(question):
            continue
        start = reading.text.find(question)
        if start >= 0:
            inside.append((start, start + len(question)))
    return all(any(a <= s and e <= b for a, b in inside) for s, e in spans)


_GIVING = re.compile(
    r"\b(what if|how about|i can do|i could do|we could|we can do|i'?d accept|i'?ll accept|let'?s say|would you (take|"
    r"accept|do)|i'?ll (hold|throw in|add|include)|throw in|meet (you )?(at|in))\b",
    re.I,
)
"""Words that put a concession on the table: a package below its own counter said this way is meant."""


def echoes_counter(reading: Reading, counter: Package) -> bool:
    """ "Would two days a week work instead?" after it offered two days: its own terms asked back."""
    asked = [q for q in questions_in(reading.text) if proposes_in(q, reading)]
    if not asked or {"reject", "threat", "ultimatum"} & reading.acts:
        return False
    values = {float(v) for v in counter.values() if isinstance(v, int | float)}
    return any(m.value in values for q in asked for m in mentions(q))


def credible(cp: Counterpart, offers: tuple[Package, ...], reading: Reading) -> tuple[Package, ...]:
    """The proposals a person would take as proposals: none is its own opening said back ("at your
    72k base…"), and in a turn that says no, none asks for less than it has already offered ("under
    40 is a no": a limit, not a bid). Otherwise an offer below its counter is a real concession (the
    ear only reads terms from sentences that propose them) and it is taken."""
    if _asked_inside_questions(reading):
        return ()
    opening = cp.state.opening
    offers = tuple(p for p in offers if any(opening.get(k) != v for k, v in p.items()))  # its own terms quoted
    last = cp.state.last_counter
    if last is None:
        return offers
    floor = cp.you_value(last) - 1e-9
    if "reject" in reading.acts or not (_GIVING.search(reading.text) or {"concession", "propose"} & reading.acts):
        return tuple(p for p in offers if cp.you_value(p) >= floor)
    return offers
