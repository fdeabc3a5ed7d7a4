"""Speech with known truth through the whole chain (eSpeak NG -> Whisper tiny.en -> delivery metrics).

Truth: the script's words (numbers spelt out), each clip's own length after trimming where
|sample| passes 1 % of full scale, and the silences inserted between clips and before the
first. Pace truth is words over the clips' total length, so the inserted silences are out of
it and eSpeak's own short gaps inside a clip are in it, as they are for a speaker.
"""

from __future__ import annotations

import numpy as np
import pytest

from sparring.engines.delivery.metrics import measure
from sparring.voice.audio import Audio
from sparring.voice.transcribe import transcribe
from tests.voice.synth import build, need_espeak, need_voice_extra, wer

PARTS = [
    "I have run onboarding since April and cut ramp time from nine weeks to five",
    "so I am asking for a base salary of one hundred and thirty thousand",
    "starting in October when the new budget opens",
]


@pytest.fixture(autouse=True)
def _needs() -> None:
    need_espeak()
    need_voice_extra()


@pytest.mark.parametrize(
    ("wpm", "lead_in", "gaps"), [(120, 0.7, [0.6, 1.5]), (150, 1.0, [0.8, 1.3]), (190, 0.4, [0.6, 2.0])]
)
def test_transcript_pace_pauses_and_lead_in_match_the_constructed_truth(
    wpm: int, lead_in: float, gaps: list[float]
) -> None:
    built = build(PARTS, wpm, lead_in, gaps)
    heard = transcribe(Audio(built.samples))
    assert wer(built.text, heard.text) <= 0.10, heard.text
    (u,) = measure(built.samples, 16_000, heard.words)
    assert u.wpm is not None and abs(u.wpm - built.wpm) / built.wpm <= 0.10, (u.wpm, built.wpm)
    assert u.lead_in_s == pytest.approx(lead_in, abs=0.15)
    assert len(u.pauses) == len(built.pauses)
    for found, (start, duration) in zip(u.pauses, built.pauses, strict=True):
        assert found.start == pytest.approx(start, abs=0.15)
        assert found.duration == pytest.approx(duration, abs=0.15)


def test_a_faster_setting_reads_as_a_faster_pace() -> None:
    slow, fast = build(PARTS[:2], 130, 0.5, [0.7]), build(PARTS[:2], 200, 0.5, [0.7])
    (u_slow,) = measure(slow.samples, 16_000, transcribe(Audio(slow.samples)).words)
    (u_fast,) = measure(fast.samples, 16_000, transcribe(Audio(fast.samples)).words)
    assert u_slow.wpm is not None and u_fast.wpm is not None
    assert u_fast.wpm / u_slow.wpm == pytest.approx(fast.wpm / slow.wpm, rel=0.10)


def test_a_piper_reply_is_transcribed_back_to_its_text() -> None:
    pytest.importorskip("piper", reason="the voice extra is not installed (`make test` installs it)")
    from sparring.voice.speak import speak

    text = "I can offer one hundred and twenty thousand from October, with a review in six months."
    spoken = speak(text, engine="piper")
    assert spoken.engine == "piper" and spoken.rate == 22_050
    assert (speak(text, engine="piper").samples == spoken.samples).all()  # no sampled noise: the same audio each time
    from sparring.voice.audio import resample

    heard = transcribe(Audio(resample(spoken.samples, spoken.rate, 16_000)))
    assert wer(text, heard.text) <= 0.10, heard.text


def test_with_steady_background_noise_at_20_db_snr_the_pauses_and_lead_in_still_hold() -> None:
    built = build(PARTS, 150, 0.8, [0.7, 1.2])
    speech = built.samples[np.abs(built.samples) > 0.01]
    noise = np.random.default_rng(1).standard_normal(len(built.samples)) * np.sqrt(np.mean(speech**2)) / 10
    noisy = built.samples + noise
    heard = transcribe(Audio(noisy))
    assert wer(built.text, heard.text) <= 0.10, heard.text
    (u,) = measure(noisy, 16_000, heard.words)
    assert u.wpm is not None and abs(u.wpm - built.wpm) / built.wpm <= 0.10
    assert u.lead_in_s == pytest.approx(0.8, abs=0.15)
    assert [p.duration for p in u.pauses] == [pytest.approx(d, abs=0.15) for _, d in built.pauses]
