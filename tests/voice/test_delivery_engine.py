"""The delivery engine on constructed audio whose truth is exact: tones, ramps and silences of set lengths."""

from __future__ import annotations

import numpy as np
import pytest

from sparring.engines.delivery.bands import talk_share_note, utterance_notes
from sparring.engines.delivery.fillers import is_filler
from sparring.engines.delivery.measures import Word
from sparring.engines.delivery.metrics import measure
from sparring.engines.delivery.spoken import number_words, spoken_words
from tests.voice.synth import RATE, tone


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE))


def words_over(start: float, end: float, texts: list[str]) -> list[Word]:
    step = (end - start) / len(texts)
    return [Word(t, start + i * step, start + (i + 1) * step) for i, t in enumerate(texts)]


def test_a_step_of_one_octave_is_twelve_semitones_of_range_and_of_rise() -> None:
    audio = np.concatenate([silence(0.5), tone(150.0, 1.0), tone(300.0, 1.0), silence(0.5)])
    (u,) = measure(audio, RATE, words_over(0.5, 2.5, ["low", "high"]))
    assert u.pitch_range_st == pytest.approx(12.0, abs=0.2)
    assert u.pitch_change_st == pytest.approx(12.0, abs=0.2)
    assert u.pitch_median_hz is not None and 149.0 <= u.pitch_median_hz <= 301.0


def test_a_falling_glide_is_a_negative_pitch_change_and_a_steady_tone_has_no_range() -> None:
    glide = np.geomspace(240.0, 120.0, 3 * RATE)
    (falling,) = measure(
        np.concatenate([silence(0.5), tone(glide, 3.0), silence(0.5)]), RATE, words_over(0.5, 3.5, ["a"])
    )
    # A glide over one octave: the 5th-95th percentile spread is 90 % of it; the thirds' medians are 2/3 apart.
    assert falling.pitch_range_st == pytest.approx(10.8, abs=0.3)
    assert falling.pitch_change_st == pytest.approx(-8.0, abs=0.3)
    (steady,) = measure(
        np.concatenate([silence(0.5), tone(200.0, 2.0), silence(0.5)]), RATE, words_over(0.5, 2.5, ["a"])
    )
    assert steady.pitch_range_st == pytest.approx(0.0, abs=0.1)
    assert steady.pitch_median_hz == pytest.approx(200.0, abs=1.0)


def test_a_fade_of_twelve_db_is_a_volume_drop_and_a_constant_level_is_none() -> None:
    fade = 10 ** (np.linspace(-6.0, -18.0, 3 * RATE) / 20)
    (u,) = measure(
        np.concatenate([silence(0.5), tone(200.0, 3.0, 1.0) * fade, silence(0.5)]), RATE, words_over(0.5, 3.5, ["a"])
    )
    # Last third minus first third of a linear-in-dB fade of 12 dB: 8 dB apart.
    assert u.volume_change_db == pytest.approx(-8.0, abs=0.3)
    (flat,) = measure(
        np.concatenate([silence(0.5), tone(200.0, 3.0, 0.5), silence(0.5)]), RATE, words_over(0.5, 3.5, ["a"])
    )
    assert flat.volume_change_db == pytest.approx(0.0, abs=0.1)
    assert flat.rms_db == pytest.approx(20 * np.log10(0.5 * np.sqrt((1 + 0.25 + 0.0625) / 2) / 1.75), abs=0.2)


def test_pauses_lead_in_and_longest_run_come_from_the_signal_not_the_word_times() -> None:
    audio = np.concatenate(
        [
            silence(1.2),
            tone(180.0, 2.0),
            silence(0.7),
            tone(180.0, 3.0),
            silence(1.5),
            tone(180.0, 1.0),
            silence(0.3),
            tone(180.0, 1.0),
            silence(0.5),
        ]
    )
    # Word times off by up to 0.3 s, as Whisper's are around pauses.
    words = (
        words_over(1.0, 3.4, ["I", "have", "run"])
        + words_over(3.6, 6.7, ["onboarding", "since", "April", "and"])
        + words_over(8.4, 10.6, ["so", "one", "more"])
    )
    (u,) = measure(audio, RATE, words)
    assert u.lead_in_s == pytest.approx(1.2, abs=0.03)
    assert [(round(p.start, 2), round(p.duration, 2)) for p in u.pauses] == [(3.2, 0.7), (6.9, 1.5)]
    assert u.longest_run_s == pytest.approx(3.0, abs=0.03)
    assert u.longest_run_words == 4
    # The 0.3 s gap is not a pause: speaking time is 2 + 3 + 1 + 0.3 + 1 s.
    assert u.speaking_s == pytest.approx(7.3, abs=0.05)
    assert u.wpm == pytest.approx(60 * 10 / 7.3, rel=0.01)


def test_a_silence_of_two_and_a_half_seconds_or_more_starts_a_new_utterance_with_that_lead_in() -> None:
    audio = np.concatenate([silence(0.4), tone(150.0, 1.0), silence(3.0), tone(150.0, 1.0), silence(0.2)])
    first, second = measure(
        audio, RATE, words_over(0.4, 1.4, ["yes", "please"]) + words_over(4.4, 5.4, ["thank", "you"])
    )
    assert (first.text, second.text) == ("yes please", "thank you")
    assert first.lead_in_s == pytest.approx(0.4, abs=0.03)
    assert second.lead_in_s == pytest.approx(3.0, abs=0.03)
    assert first.pauses == second.pauses == ()


def test_without_a_clear_background_level_pauses_fall_back_to_word_gaps() -> None:
    rng = np.random.default_rng(7)
    noise = 0.05 * rng.standard_normal(5 * RATE)
    words = [Word("we", 0.1, 0.5), Word("can", 0.5, 0.9), Word("agree", 1.9, 2.4)]
    (u,) = measure(noise, RATE, words)
    assert [(p.start, round(p.duration, 2)) for p in u.pauses] == [(0.9, 1.0)]
    assert u.lead_in_s == pytest.approx(0.1)


def test_no_words_no_utterances() -> None:
    assert measure(tone(150.0, 1.0), RATE, []) == []
    assert measure(tone(150.0, 1.0), RATE, [Word("  ", 0.0, 0.5)]) == []


def test_numbers_are_counted_as_spoken_and_text_joins_whisper_continuations() -> None:
    assert spoken_words("I want $132,000, or 130 ,000.") == [
        "i",
        "want",
        "one",
        "hundred",
        "thirty",
        "two",
        "thousand",
        "dollars",
        "or",
        "one",
        "hundred",
        "thirty",
        "thousand",
    ]
    assert spoken_words("5% of 2.5 is 130k") == [
        "five",
        "percent",
        "of",
        "two",
        "point",
        "five",
        "is",
        "one",
        "hundred",
        "thirty",
        "thousand",
    ]
    assert number_words(1_000_019) == ["one", "million", "nineteen"]
    (u,) = measure(
        tone(150.0, 2.0),
        RATE,
        [Word(" I", 0.0, 0.4), Word(" want", 0.4, 0.8), Word(" 132", 0.8, 1.5), Word(",000.", 1.5, 2.0)],
    )
    assert u.text == "I want 132,000."
    assert u.spoken_count == 7
    assert u.rms_db is not None and u.pitch_median_hz == pytest.approx(150.0, abs=1.0)


def test_fillers_are_vocal_only_and_counted_per_100_spoken_words() -> None:
    assert [t for t in ["Um,", "uh", "like", "Hmm...", "er", "you"] if is_filler(t)] == ["Um,", "uh", "Hmm...", "er"]
    texts = ["um", "I", "think", "uh", "we", "could", "maybe", "start", "at", "ten"]
    (u,) = measure(tone(150.0, 4.0), RATE, words_over(0.0, 4.0, texts))  # 150 wpm: no pace note
    assert (u.filler_count, u.fillers_per_100) == (2, 20.0)
    assert [n.metric for n in utterance_notes(u)] == ["fillers"]


def test_pace_notes_only_outside_the_quiet_zone_and_not_for_short_utterances() -> None:
    twelve = ["we", "could", "start", "on", "the", "first", "of", "May", "with", "the", "new", "team"]
    (fast,) = measure(tone(150.0, 3.0), RATE, words_over(0.0, 3.0, twelve))  # 240 wpm
    (steady,) = measure(tone(150.0, 5.0), RATE, words_over(0.0, 5.0, twelve))  # 144 wpm
    (short,) = measure(tone(150.0, 1.0), RATE, words_over(0.0, 1.0, ["yes", "fine", "ok"]))  # 180 wpm, 3 words
    assert [n.message for n in utterance_notes(fast)] == ["fast: 240 wpm (steady is 100-175)"]
    assert utterance_notes(steady) == [] and utterance_notes(short) == []


def test_talk_share_is_quiet_between_forty_and_sixty_five_percent() -> None:
    assert talk_share_note(0.5) is None and talk_share_note(0.65) is None
    high, low = talk_share_note(0.72), talk_share_note(0.3)
    assert high is not None and high.message == "you talked 72% of the time (aim 40-60 %)"
    assert low is not None and low.metric == "talk_share"


def test_a_first_word_whisper_starts_at_zero_still_belongs_to_the_utterance_after_a_long_lead_in() -> None:
    audio = np.concatenate([silence(1.5), tone(150.0, 1.5), silence(0.5)])
    words = [Word(" Based", 0.0, 1.0), Word(" on", 1.0, 2.0), Word(" that.", 2.0, 3.6)]
    (u,) = measure(audio, RATE, words)
    assert u.text == "Based on that."
    assert u.lead_in_s == pytest.approx(1.5, abs=0.03)
