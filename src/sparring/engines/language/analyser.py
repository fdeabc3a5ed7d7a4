"""The language analyser: sentences, tagged spans, alignment with their incentives, a summary.

Rules (lexicon.py, detectors.py) find every tag on each sentence; for the eight
negotiation-strategy tags the CaSiNo-trained linear model (model_store.py) adds, for the turn
as a whole, what the rules missed when it is confident (probability ≥ ``MODEL_MIN``). The
model learned campsite dialogues, so on workplace text it is only trusted at 0.9 (at its own
0.5 threshold it adds more false strategy tags than true ones there; docs/language.md has the
measured trade-off). Deterministic: same text, same lexicon and model versions,
same output.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.language import detectors
from sparring.engines.language.alignment import Alignment, align, concepts
from sparring.engines.language.features import features
from sparring.engines.language.lexicon import LEXICON_VERSION, PATTERNS
from sparring.engines.language.linear import LinearModel
from sparring.engines.language.model_store import strategy_model
from sparring.engines.language.patterns import Pattern, straighten
from sparring.engines.language.tags import TAG_INFO, TAGS
from sparring.engines.language.text import Sentence, split_sentences
from sparring.model.errors import SparringError

MAX_CHARS = 100_000
MODEL_MIN = 0.9
_DETECTORS = {
    "evidence": detectors.evidence,
    "options": detectors.options,
    "over_justification": detectors.over_justification,
}
_CONCRETE_NEED = re.compile(r"\bmy (rent|mortgage|childcare|bills|costs|commute|health)\b|\bbecause (my|our)\b", re.I)


@dataclass(frozen=True)
class Span:
    """One tag on a span of the text (offsets into the whole text)."""

    tag: str
    start: int
    end: int
    text: str
    principle: str
    polarity: str
    source: str  # "rule" or "model"
    suggestion: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tag": self.tag,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "principle": self.principle,
            "polarity": self.polarity,
            "source": self.source,
        }
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        return out


@dataclass(frozen=True)
class SentenceAnalysis:
    sentence: Sentence
    spans: list[Span]
    alignment: Alignment | None

    @property
    def tags(self) -> set[str]:
        return {s.tag for s in self.spans}


@dataclass(frozen=True)
class Analysis:
    """Sentence-level tags from the rules, plus turn-level strategy tags from the model
    (``model_tags``: tag → probability, only for strategies the rules did not already find)."""

    sentences: list[SentenceAnalysis]
    incentives: dict[str, str] = field(default_factory=dict)
    model_tags: dict[str, float] = field(default_factory=dict)

    @property
    def turn_tags(self) -> set[str]:
        """Every tag found anywhere in the text."""
        return {t for s in self.sentences for t in s.tags} | set(self.model_tags)

    def count(self, tag: str) -> int:
        return sum(1 for s in self.sentences if tag in s.tags) + (1 if tag in self.model_tags else 0)

    @property
    def summary(self) -> dict[str, Any]:
        counts = {tag: self.count(tag) for tag in TAGS}
        self_focus = counts["self_need"]
        their_focus = sum(1 for s in self.sentences if "their_goals" in s.tags or s.alignment is not None)
        mentioned = {s.alignment.incentive for s in self.sentences if s.alignment}
        return {
            "sentences": len(self.sentences),
            "counts": counts,
            "self_focus": self_focus,
            "their_focus": their_focus,
            "self_vs_their_ratio": round(self_focus / their_focus, 2) if their_focus else None,
            "asks": counts["ask"],
            "too_many_asks": counts["ask"] > 2,
            "incentives_mentioned": sorted(mentioned),
            "incentives_not_mentioned": [i for i in self.incentives if i not in mentioned],
            "lexicon_version": LEXICON_VERSION,
            "model_version": _model_version(),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "sentences": [
                {
                    "text": s.sentence.text,
                    "start": s.sentence.start,
                    "end": s.sentence.end,
                    "tags": [span.as_json() for span in s.spans],
                    "alignment": {"incentive": s.alignment.incentive, "score": s.alignment.score}
                    if s.alignment
                    else None,
                }
                for s in self.sentences
            ],
            "turn": {"model_tags": self.model_tags},
            "summary": self.summary,
        }


def _model_version() -> str | None:
    model = strategy_model()
    return model.version if model else None


SHIPPED = "shipped"


def analyse(
    text: str,
    incentives: Mapping[str, str] | None = None,
    *,
    model: LinearModel | str | None = SHIPPED,
    previous: str | None = None,
    model_min: float = MODEL_MIN,
) -> Analysis:
    """Analyse ``text``; ``incentives`` (id → text and metric) enables alignment.

    ``model`` is the strategy model: the shipped one by default, ``None`` for rules alone, or
    an explicit model (the evaluation refits one per cross-validation fold). ``previous`` is
    the other side's last turn, when there is one (a rehearsal): the strategy model reads the
    whole turn in that context, since strategies are properties of a turn.
    """
    chosen = strategy_model() if model == SHIPPED else model
    assert chosen is None or isinstance(chosen, LinearModel)
    if len(text) > MAX_CHARS:
        raise SparringError(
            f"the text is {len(text):,} characters; the analyser takes at most {MAX_CHARS:,} at a time",
            hint="Split it into parts (a pitch or an email is usually a few thousand characters).",
        )
    targets = {key: concepts(value) for key, value in (incentives or {}).items()}
    sentences = split_sentences(text)
    analysed = [analyse_sentence(s, targets, _neighbours(sentences, i)) for i, s in enumerate(sentences)]
    turn: dict[str, float] = {}
    if chosen is not None and sentences:
        rule_tags = {t for s in analysed for t in s.tags}
        scores = chosen.scores(features(text, previous))
        turn = {
            t: round(p, 4)
            for t, p in scores.items()
            if p >= max(model_min, chosen.thresholds[t]) and t not in rule_tags
        }
    return Analysis(analysed, dict(incentives or {}), turn)


def _neighbours(sentences: list[Sentence], i: int) -> str:
    return " ".join(s.text for s in sentences[max(0, i - 1) : i + 2] if s is not sentences[i])


MAX_TOKEN = 40
MAX_SENTENCE = 2_000


def _guarded(text: str) -> str:
    """The text the patterns read: runs of over 40 non-space characters (a pasted number, a
    URL, a hash) become x's of the same length, and only the first 2,000 characters of a
    sentence are read. Offsets stay valid, and no input can make a pattern backtrack for long."""
    masked = re.sub(rf"\S{{{MAX_TOKEN + 1},}}", lambda m: "x" * len(m.group()), text)
    return masked[:MAX_SENTENCE]


def analyse_sentence(sentence: Sentence, targets: dict[str, frozenset[str]], neighbours: str = "") -> SentenceAnalysis:
    text = _guarded(straighten(sentence.text))
    spans: list[Span] = []
    for tag, patterns in PATTERNS.items():
        hit = _first_match(text, patterns)
        if hit is not None:
            start, end, pattern = hit
            spans.append(_span(sentence, tag, start, end, "rule", _suggest(sentence.text, start, end, pattern, tag)))
    for tag, detect in _DETECTORS.items():
        found = detect(text)
        if found is not None:
            suggestion = _advice(tag)
            spans.append(_span(sentence, tag, found[0], found[1], "rule", suggestion))
    pbs = detectors.price_before_scope(text, _guarded(straighten(neighbours)))
    if pbs is not None:
        spans.append(_span(sentence, "price_before_scope", pbs[0], pbs[1], "rule", _advice("price_before_scope")))
    spans = _resolve_overlaps(spans, text)
    found_ask = detectors.ask(text, {s.tag for s in spans})
    if found_ask is not None:
        spans.append(_span(sentence, "ask", found_ask[0], found_ask[1], "rule", None))
    spans.sort(key=lambda s: (s.start, TAGS.index(s.tag)))
    return SentenceAnalysis(sentence, spans, align(text, targets) if targets else None)


def _resolve_overlaps(spans: list[Span], text: str) -> list[Span]:
    """An either/or threat is an ultimatum, not options; a desperate line argues from need
    (self_need) only when it names a concrete circumstance."""
    tags = {s.tag for s in spans}
    drop = set()
    if "ultimatum" in tags:
        drop.add("options")
    if "desperation" in tags and not _CONCRETE_NEED.search(text):
        drop.add("self_need")
    return [s for s in spans if s.tag not in drop]


def _advice(tag: str) -> str | None:
    info = TAG_INFO[tag]
    return info.advice if info.polarity == "-" else None


def _first_match(text: str, patterns: list[Pattern]) -> tuple[int, int, Pattern] | None:
    for pattern in patterns:
        match = pattern.regex.search(text)
        if match and not (pattern.unless and pattern.unless.search(text)):
            return match.start(), match.end(), pattern
    return None


def _span(sentence: Sentence, tag: str, start: int, end: int, source: str, suggestion: str | None) -> Span:
    info = TAG_INFO[tag]
    return Span(
        tag,
        sentence.start + start,
        sentence.start + end,
        sentence.text[start:end],
        info.principle,
        info.polarity,
        source,
        suggestion,
    )


def _suggest(original: str, start: int, end: int, pattern: Pattern, tag: str) -> str | None:
    """For hurting tags: the sentence with the span rewritten, else the tag's advice."""
    info = TAG_INFO[tag]
    if info.polarity != "-":
        return None
    if pattern.rewrite is None:
        return info.advice
    rewritten = original[:start] + pattern.rewrite + original[end:]
    rewritten = re.sub(r"\s{2,}", " ", rewritten).strip(" ,;")
    rewritten = re.sub(r"\s+([,.?!])", r"\1", rewritten)
    rewritten = re.sub(r"^[,;:\s]+", "", rewritten)
    if not re.search(r"\w", rewritten):
        return info.advice  # nothing is left once the weak span goes: the advice says it all
    rewritten = rewritten[0].upper() + rewritten[1:]
    return f"{info.advice} Try: “{rewritten}”"
