"""Delivery at the moments that matter in a negotiation, over a whole spoken rehearsal.

Right after their objection or counter-offer (did you answer at once, did you speed up?), on
your number (quieter, rising like a question, talked over?), on the ask (hedges, fillers), and
over the session (talk share, longest monologue). Quiet zones as in :mod:`.bands`; one short
cue at most during the session (the first moment found), the full list after.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.delivery.bands import talk_share_note
from sparring.engines.delivery.measures import Utterance

THEIR_PUSH = {"OBJECT": "objection", "COUNTER": "counter-offer"}
QUICK_LEAD_IN_S = 0.5
"""Answering their push sooner than this is reacting, not answering (a breath takes about half a second)."""
SPEED_UP = 1.15
"""A turn 15 % faster than your own median pace is "speeding up"."""
HELD_AFTER_NUMBER_S = 1.0
"""Filling the silence within a second of your number gives ground before they answer."""
RISE_ST = 2.0
"""A number that rises two semitones or more sounds like a question."""
QUIETER_DB = -6.0
"""A number 6 dB under the rest of the utterance (half the loudness) sounds unsure."""
THEIR_WPM = 165.0
"""Their replies' length in time, when not spoken aloud, is estimated at this pace."""


@dataclass(frozen=True)
class SpokenTurn:
    """One of your spoken turns: what they did just before, how you said it, what the words were."""

    after_move: str | None
    utterances: tuple[Utterance, ...]
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Moment:
    turn: int
    """Index of the turn among your spoken turns."""
    metric: str
    message: str
    cue: str
    """At most a few words, for a glance during the session."""

    def as_json(self) -> dict[str, Any]:
        return {"turn": self.turn, "metric": self.metric, "message": self.message, "cue": self.cue}


@dataclass(frozen=True)
class SessionDelivery:
    moments: list[Moment]
    talk_share: float | None
    longest_monologue_s: float
    notes: list[str] = field(default_factory=list)

    @property
    def cue(self) -> Moment | None:
        """The one cue shown during the session: the first moment."""
        return self.moments[0] if self.moments else None

    def as_json(self) -> dict[str, Any]:
        return {
            "moments": [m.as_json() for m in self.moments],
            "cue": self.cue.as_json() if self.cue else None,
            "talk_share": None if self.talk_share is None else round(self.talk_share, 2),
            "longest_monologue_s": round(self.longest_monologue_s, 1),
            "notes": self.notes,
        }


def _speaking(turn: SpokenTurn) -> float:
    return sum(u.speaking_s for u in turn.utterances)


def _wpm(turn: SpokenTurn) -> float | None:
    words, seconds = sum(u.spoken_count for u in turn.utterances), _speaking(turn)
    return 60.0 * words / seconds if seconds > 0.2 and words >= 8 else None


def _after_push(i: int, turn: SpokenTurn, usual: float | None) -> list[Moment]:
    push = THEIR_PUSH.get(turn.after_move or "")
    if push is None or not turn.utterances:
        return []
    out = []
    lead = turn.utterances[0].lead_in_s
    if lead < QUICK_LEAD_IN_S:
        out.append(
            Moment(i, "lead_in", f"you answered their {push} after {lead:.1f} s; take a breath first", "breathe")
        )
    pace = _wpm(turn)
    if pace is not None and usual is not None and pace > SPEED_UP * usual:
        out.append(
            Moment(i, "pace", f"you sped up after their {push}: {pace:.0f} wpm against your usual {usual:.0f}", "slow")
        )
    return out


def _numbers(i: int, turn: SpokenTurn) -> list[Moment]:
    """Only in an ask: "from 9 weeks to 5" is evidence, and talking on after it is fine."""
    if "ask" not in turn.tags:
        return []
    out = []
    for u in turn.utterances:
        for n in u.numbers:
            if not n.last and n.held_after_s < HELD_AFTER_NUMBER_S:
                out.append(
                    Moment(
                        i,
                        "silence_after_number",
                        f"you kept talking {n.held_after_s:.1f} s after {n.text}: say it, then stop",
                        "stop",
                    )
                )
            if n.pitch_change_st is not None and n.pitch_change_st >= RISE_ST:
                out.append(
                    Moment(
                        i,
                        "number_pitch",
                        f"your voice rose on {n.text} (+{n.pitch_change_st:.0f} st): say it as a statement",
                        "state it",
                    )
                )
            if n.level_vs_rest_db is not None and n.level_vs_rest_db <= QUIETER_DB:
                out.append(
                    Moment(
                        i,
                        "number_volume",
                        f"{n.text} was {-n.level_vs_rest_db:.0f} dB quieter than the rest: say it as loud",
                        "louder",
                    )
                )
    return out


def _ask(i: int, turn: SpokenTurn) -> list[Moment]:
    if "ask" not in turn.tags:
        return []
    out = []
    if "hedge" in turn.tags:
        out.append(Moment(i, "ask_hedge", 'you hedged the ask: drop "maybe", "I was wondering"', "no hedge"))
    fillers = sum(u.filler_count for u in turn.utterances)
    if fillers:
        out.append(Moment(i, "ask_fillers", f"{fillers} filler{'s' if fillers != 1 else ''} in the ask", "no um"))
    return out


def session_delivery(turns: list[SpokenTurn], their_words: int, their_seconds: float | None = None) -> SessionDelivery:
    """The moments in order, talk share (yours over both) and your longest monologue.

    ``their_seconds`` is how long their replies took when spoken; else estimated from
    ``their_words`` at :data:`THEIR_WPM`.
    """
    paces = [p for t in turns if (p := _wpm(t)) is not None]
    usual = statistics.median(paces) if paces else None
    moments: list[Moment] = []
    for i, turn in enumerate(turns):
        moments += _after_push(i, turn, usual) + _numbers(i, turn) + _ask(i, turn)
    mine = sum(_speaking(t) for t in turns)
    theirs = their_seconds if their_seconds is not None else 60.0 * their_words / THEIR_WPM
    share = mine / (mine + theirs) if mine + theirs > 0 else None
    longest = max((u.end - u.start for t in turns for u in t.utterances), default=0.0)
    notes = []
    if share is not None and (note := talk_share_note(share)) is not None:
        notes.append(note.message + ("" if their_seconds is not None else " (their time estimated from their words)"))
    return SessionDelivery(moments, share, longest, notes)
