"""Delivery at negotiation moments, on constructed audio: the number said quieter and rising, talked over;
a quick, fast answer to an objection; hedges and fillers on the ask; talk share."""

from __future__ import annotations

import numpy as np
import pytest

from sparring.engines.delivery.measures import Word
from sparring.engines.delivery.metrics import measure
from sparring.engines.delivery.moments import SpokenTurn, session_delivery
from sparring.engines.delivery.numbers import number_spans
from tests.voice.synth import RATE, tone


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE))


def spread(start: float, end: float, texts: list[str]) -> list[Word]:
    step = (end - start) / len(texts)
    return [
        Word(f" {t}" if not t.startswith(",") else t, start + i * step, start + (i + 1) * step)
        for i, t in enumerate(texts)
    ]


def unsure_ask() -> SpokenTurn:
    """'I was hoping for 132,000 if that works': the number 8 dB quieter, gliding up 6 semitones, talked over after 0.2 s."""
    rise = np.geomspace(150.0, 150.0 * 2 ** (6 / 12), RATE)
    audio = np.concatenate(
        [
            silence(0.6),
            tone(150.0, 2.0),
            tone(rise, 1.0) * 10 ** (-8 / 20),
            silence(0.2),
            tone(150.0, 1.5),
            silence(0.5),
        ]
    )
    words = (
        spread(0.6, 2.6, ["I", "was", "hoping", "for"])
        + spread(2.6, 3.6, ["132", ",000"])
        + spread(3.8, 5.3, ["if", "that", "works"])
    )
    return SpokenTurn("ASK", tuple(measure(audio, RATE, words)), frozenset({"ask", "hedge"}))


def test_the_number_is_found_quieter_rising_and_talked_over() -> None:
    assert number_spans(tuple(spread(0, 1, ["I", "want", "132", ",000", "and", "5"]))) == [(2, 4), (5, 6)]
    (u,) = unsure_ask().utterances
    (n,) = u.numbers
    assert n.text == "132,000"
    # The rest: 3.5 s at full level and the number's 1 s at -8 dB, so the utterance's power mean is -0.9 dB.
    assert n.level_vs_rest_db == pytest.approx(-8.0 - 10 * np.log10((3.5 + 10**-0.8) / 4.5), abs=0.5)
    assert n.pitch_change_st == pytest.approx(3.0, abs=0.5)  # median of last half vs first half of a 6 st glide
    assert n.held_after_s == pytest.approx(0.2, abs=0.05) and not n.last


def test_an_unsure_ask_gives_number_and_ask_moments_with_one_cue() -> None:
    report = session_delivery([unsure_ask()], their_words=0, their_seconds=4.0)
    assert [m.metric for m in report.moments] == ["silence_after_number", "number_pitch", "number_volume", "ask_hedge"]
    assert report.cue is not None and report.cue.cue == "stop"
    assert report.moments[0].message == "you kept talking 0.2 s after 132,000: say it, then stop"
    assert report.talk_share == pytest.approx(4.5 / 8.5, abs=0.05)
    assert report.notes == []


def test_a_quick_fast_answer_to_their_objection_and_a_held_number() -> None:
    twelve = ["we", "could", "start", "on", "the", "first", "of", "May", "with", "the", "new", "team"]
    steady = SpokenTurn(
        "ASK",
        tuple(measure(np.concatenate([silence(1.0), tone(150.0, 5.0), silence(0.3)]), RATE, spread(1.0, 6.0, twelve))),
    )
    rushed = SpokenTurn(
        "OBJECT",
        tuple(measure(np.concatenate([silence(0.2), tone(150.0, 3.5), silence(0.3)]), RATE, spread(0.2, 3.7, twelve))),
    )
    held_audio = np.concatenate([silence(1.0), tone(150.0, 3.0), silence(2.1)])
    held = SpokenTurn(
        "COUNTER",
        tuple(measure(held_audio, RATE, spread(1.0, 4.0, ["I", "am", "asking", "for", "130", ",000."]))),
        frozenset({"ask"}),
    )
    report = session_delivery([steady, rushed, held], their_words=330)
    assert [(m.turn, m.metric) for m in report.moments] == [(1, "lead_in"), (1, "pace")]
    assert report.moments[1].message == "you sped up after their objection: 206 wpm against your usual 160"
    # 330 of their words at 165 wpm = 120 s against your 11.5 s.
    assert report.talk_share == pytest.approx(11.5 / 131.5, abs=0.01)
    assert report.notes == [
        "you talked 9% of the time; say more of your case (aim 40-60 %) (their time estimated from their words)"
    ]
    assert report.longest_monologue_s == pytest.approx(5.0, abs=0.05)
    assert held.utterances[0].numbers[0].held_after_s == pytest.approx(2.1, abs=0.05)
