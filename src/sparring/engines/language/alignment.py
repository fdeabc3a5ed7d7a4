"""Which of the counterpart's incentives a sentence speaks to.

Lexical, deterministic and offline: content words of the sentence and of each incentive (its
text and metric) are stemmed and mapped through a small synonym table of workplace concepts
(retention ~ attrition ~ turnover; cost ~ spend ~ budget; on-call ~ pages ~ incidents…). The
score is the weighted share of the incentive's words the sentence covers, a concept from the
table weighing three times an ordinary word, so "retention is your top priority" speaks to
"keep regrettable attrition under 5%". A sentence is aligned with the best incentive when
the score is at least ``THRESHOLD``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

THRESHOLD = 0.34
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "our",
        "your",
        "my",
        "their",
        "his",
        "her",
        "we",
        "you",
        "i",
        "they",
        "he",
        "she",
        "them",
        "us",
        "me",
        "so",
        "than",
        "then",
        "but",
        "not",
        "no",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "have",
        "has",
        "had",
        "more",
        "less",
        "under",
        "over",
        "into",
        "out",
        "up",
        "down",
        "per",
        "all",
        "any",
        "each",
        "every",
        "about",
        "after",
        "before",
        "while",
        "when",
        "where",
        "which",
        "what",
        "who",
        "whom",
        "how",
        "why",
        "also",
        "just",
        "very",
    ]
)
_SYNONYMS: dict[str, str] = {}
for group in (
    "retention retain attrition turnover leave leaving quit churn regrettable",
    "cost costs spend spending budget saving savings cheaper bill expense expenses opex",
    "revenue arr sales pipeline bookings growth quota",
    "oncall on-call pages paging incident incidents outage outages pager",
    "hiring hire hires headcount recruit recruiting recruitment backfill",
    "deadline launch ship shipping release delivery deliver roadmap",
    "audit compliance soc security risk risks",
    "customer customers client clients account accounts",
    "succession successor deputy backup cover lead leadership",
    "engagement morale burnout wellbeing",
    "freeze frozen freezes",
):
    words = group.split()
    for word in words:
        _SYNONYMS[word] = words[0]


_CONCEPTS = frozenset(_SYNONYMS.values())
CONCEPT_WORDS = _CONCEPTS
"""The workplace concepts (the canonical words of the synonym table), for other readers."""
CONCEPT_WEIGHT = 3.0


def _weight(word: str) -> float:
    return CONCEPT_WEIGHT if word in _CONCEPTS else 1.0


def _stem(word: str) -> str:
    """A light stem that gives one form for save/saves/saved/saving ("sav")."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


@lru_cache(maxsize=16384)
def concepts(text: str) -> frozenset[str]:
    """Normalised content words of ``text`` (memoised: the same case texts are read every turn)."""
    out = set()
    for word in re.findall(r"[a-z][a-z-]+", text.lower()):
        if word in _STOP or len(word) < 3:
            continue
        out.add(_SYNONYMS.get(word, _SYNONYMS.get(_stem(word), _stem(word))))
    return frozenset(out)


@dataclass(frozen=True)
class Alignment:
    incentive: str
    score: float


def align(sentence: str, incentives: dict[str, frozenset[str]]) -> Alignment | None:
    """The incentive this sentence speaks to most, if any reaches the threshold."""
    words = concepts(sentence)
    best: Alignment | None = None
    for incentive_id, target in incentives.items():
        if not target:
            continue
        total = sum(_weight(w) for w in target)
        score = round(sum(_weight(w) for w in words & target) / total, 3)
        if score >= THRESHOLD and (best is None or score > best.score):
            best = Alignment(incentive_id, score)
    return best
