"""Sparse features of a sentence for the strategy model: words, word pairs and a few cues."""

from __future__ import annotations

import itertools

from sparring.engines.language.text import words

QUESTION_WORDS = frozenset({"what", "which", "how", "why", "would", "could", "do", "does", "is", "are", "can"})


CONTEXT_WEIGHT = 0.3


def features(text: str, previous: str | None = None) -> dict[str, float]:
    """Binary features: unigrams, bigrams, cues such as a question mark or an emoji, and —
    when the other side's previous turn is known — its words at a lower weight (an answer to
    "what do you need most?" reads differently from an opening line)."""
    tokens = words(text)
    out: dict[str, float] = {f"w:{t}": 1.0 for t in tokens}
    out.update({f"b:{a}_{b}": 1.0 for a, b in itertools.pairwise(tokens)})
    if "?" in text:
        out["cue:question"] = 1.0
    if tokens and tokens[0] in QUESTION_WORDS:
        out["cue:starts_question_word"] = 1.0
    if any(ord(ch) > 0x2600 for ch in text):
        out["cue:emoji"] = 1.0
    if not tokens:
        out["cue:empty"] = 1.0
    out["bias"] = 1.0
    if previous is not None:
        if not previous.strip():
            out["p:first"] = 1.0
        for name in features(previous):
            if name != "bias":
                out[f"p:{name}"] = CONTEXT_WEIGHT
    return out
