"""Spans, suggestions, alignment, summary, limits and determinism of an analysis."""

from __future__ import annotations

import json

import pytest

from sparring.engines.language.analyser import MAX_CHARS, analyse
from sparring.engines.language.text import split_sentences
from sparring.model.errors import SparringError

PITCH = (
    "Hi Marta. I'm sorry to bother you, but I was wondering if maybe we could look at my salary? "
    "I cut new-hire ramp time from 9 to 5 weeks, so six hires were productive a month sooner. "
    "I know keeping attrition low is your top priority. This is my final offer."
)
INCENTIVES = {"inc-retention": "keep regrettable attrition under 5%", "inc-cost": "cut cloud spend 15%"}


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "Hi Mr. Smith. We cut costs by 5.5% e.g. on hosting… Next?\n\n- a bullet"
    assert [(s.text, text[s.start : s.end] == s.text) for s in split_sentences(text)] == [
        ("Hi Mr. Smith.", True),
        ("We cut costs by 5.5% e.g. on hosting…", True),
        ("Next?", True),
        ("- a bullet", True),
    ]


def test_spans_point_into_the_text_with_suggestions_for_weak_spans() -> None:
    result = analyse(PITCH, INCENTIVES, model=None)
    spans = [span for s in result.sentences for span in s.spans]
    assert all(PITCH[s.start : s.end] == s.text for s in spans)
    hedge = next(s for s in spans if s.tag == "hedge")
    assert (hedge.text, hedge.principle, hedge.polarity) == ("I was wondering if maybe we could", "CONFIDENCE", "-")
    assert hedge.suggestion == (
        "Drop the softener and state the ask plainly. Try: “I'm sorry to bother you, but could we look at my salary?”"
    )
    apology = next(s for s in spans if s.tag == "apology")
    assert apology.suggestion == (
        "Don't apologise for asking; thank them for their time instead. "
        "Try: “I was wondering if maybe we could look at my salary?”"
    )
    assert all(s.suggestion is None for s in spans if s.polarity == "+")


def test_alignment_and_summary() -> None:
    result = analyse(PITCH, INCENTIVES, model=None)
    aligned = [(s.sentence.text, s.alignment.incentive) for s in result.sentences if s.alignment]
    assert aligned == [("I know keeping attrition low is your top priority.", "inc-retention")]
    summary = result.summary
    assert summary["incentives_mentioned"] == ["inc-retention"]
    assert summary["incentives_not_mentioned"] == ["inc-cost"]
    assert (summary["self_focus"], summary["their_focus"], summary["self_vs_their_ratio"]) == (0, 1, 0.0)
    assert (summary["asks"], summary["too_many_asks"]) == (1, False)


def test_more_than_two_asks_is_flagged() -> None:
    text = "I'd like 130k. Could we add a signing bonus? I'd also like a March start."
    summary = analyse(text, model=None).summary
    assert (summary["asks"], summary["too_many_asks"]) == (3, True)


def test_same_text_same_output() -> None:
    assert json.dumps(analyse(PITCH, INCENTIVES).as_json()) == json.dumps(analyse(PITCH, INCENTIVES).as_json())


def test_very_long_input_is_refused_with_the_limit() -> None:
    with pytest.raises(SparringError) as caught:
        analyse("a" * (MAX_CHARS + 1))
    assert (
        caught.value.message
        == f"the text is {MAX_CHARS + 1:,} characters; the analyser takes at most {MAX_CHARS:,} at a time"
    )


def test_any_unicode_is_fine() -> None:
    result = analyse("Привет! 我想要加薪。 I’d like €48k — “final” 🙂", model=None)
    assert len(result.sentences) == 3
    assert "ask" in result.turn_tags


def test_model_adds_turn_level_strategies_in_context() -> None:
    result = analyse(
        "Water is the one thing my kids can't go without on this trip.",
        previous="What do you need most?",
        model_min=0.5,
    )
    assert "self_need" in result.turn_tags


def test_long_number_runs_are_masked_before_the_patterns_read_them() -> None:
    from sparring.engines.language.analyser import _guarded

    assert _guarded("saved " + "1" * 50) == "saved " + "x" * 50  # offsets kept, nothing to backtrack on
    assert len(_guarded("word " * 1_000)) == 2_000
    # These took minutes before the guard (catastrophic backtracking); now they are ordinary input.
    for text in ("1" * 20_000, "1," * 20_000 + " or 5"):
        assert analyse(text, model=None).turn_tags == set()


def test_a_span_that_is_the_whole_sentence_gets_advice_not_an_empty_rewrite() -> None:
    span = analyse("Sorry to ask.", model=None).sentences[0].spans[0]
    assert (span.tag, span.suggestion) == ("apology", "Don't apologise for asking; thank them for their time instead.")
