"""Find OEWS occupations from the job title a person actually types.

Why this shape: official titles rarely match everyday ones, and people misspell. So a query
is normalised (accents, case, punctuation, plural ``s``, filler words such as "senior"),
each word is snapped to the closest known word when it is not known (``difflib``, cut-off
0.75, words of four letters or more: deterministic, no extra dependency), and then scored
two ways, keeping the better: against the synonym table (everyday title → SOC codes) and
against the official title words (share of the query explained, lightly rewarding titles
with few other words). Ties go to the larger occupation, then the lower code, so results
never change between runs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher, get_close_matches
from functools import cache, lru_cache

from sparring.engines.market.synonyms import ABBREVIATIONS, SYNONYMS
from sparring.engines.market.table import Occupation, occupations
from sparring.model.errors import SparringError

MIN_SCORE = 0.3
"""Below this a result explains too little of the query to be worth showing."""
FUZZY_CUTOFF = 0.75
MIN_FUZZY_LENGTH = 4
MAX_WORDS = 12

FILLER = frozenset(
    {
        *("a", "an", "and", "the", "of", "in", "for", "or", "to", "at", "with", "all", "other"),
        *("senior", "junior", "sr", "jr", "lead", "staff", "mid"),
        *("i", "ii", "iii", "iv", "salary", "salaries", "pay", "wage", "wages", "job", "jobs", "role", "position"),
    }
)
"""Words that say nothing about the occupation ("senior", "salary") or are title glue ("all other")."""
EXAMPLES = '"software developer", "registered nurse" or "truck driver"'


@dataclass(frozen=True)
class Match:
    """One search result: the occupation, a 0–1 score, and why it matched."""

    occupation: Occupation
    score: float
    reason: str


def stem(word: str) -> str:
    """A tiny plural stripper, applied alike to titles and queries so "Nurses" meets "nurse"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str, *, title: bool = False) -> tuple[str, ...]:
    """Normalised, stemmed words without filler or short forms; a title loses its "Except …" tail."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    tokens = re.findall(r"[a-z0-9]+", plain.replace("&", " and "))
    if title and "except" in tokens:
        tokens = tokens[: tokens.index("except")]
    expanded = [word for token in tokens for word in ABBREVIATIONS.get(token, token).split()]
    return tuple(stem(t) for t in expanded if t not in FILLER)


@dataclass(frozen=True)
class _Index:
    titles: dict[str, frozenset[str]]
    by_word: dict[str, tuple[str, ...]]
    vocabulary: tuple[str, ...]
    known: frozenset[str]
    weight: dict[str, float]
    unknown_weight: float
    synonyms: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


@cache
def _index() -> _Index:
    titles = {code: frozenset(words(occ.title, title=True)) for code, occ in occupations().items()}
    by_word: dict[str, list[str]] = {}
    for code, title_words in titles.items():
        for word in title_words:
            by_word.setdefault(word, []).append(code)
    synonyms = tuple((phrase, words(phrase), codes) for phrase, codes in SYNONYMS.items())
    known = set(by_word) | {w for _, phrase_words, _ in synonyms for w in phrase_words}
    # Rare words identify an occupation better than "worker" or "analyst": inverse title frequency.
    weight = {w: 1 + math.log(len(titles) / (len(by_word.get(w, ())) or 1)) for w in known}
    return _Index(
        titles=titles,
        by_word={w: tuple(codes) for w, codes in by_word.items()},
        vocabulary=tuple(sorted(known)),
        known=frozenset(known),
        synonyms=synonyms,
        weight=weight,
        unknown_weight=sum(weight.values()) / len(weight),
    )


@lru_cache(maxsize=4096)
def _candidates(word: str) -> tuple[tuple[str, float], ...]:
    """Known words this query word may stand for, with a similarity: itself, or close spellings."""
    index = _index()
    if word in index.known:
        return ((word, 1.0),)
    if len(word) < MIN_FUZZY_LENGTH:
        return ()
    close = get_close_matches(word, index.vocabulary, n=3, cutoff=FUZZY_CUTOFF)
    return tuple((known, SequenceMatcher(None, word, known).ratio()) for known in close)


def _synonym_scores(query: list[dict[str, float]]) -> dict[str, tuple[float, str]]:
    """Score everyday titles whose every word is in the query; coverage rewards full matches."""
    best: dict[str, tuple[float, str]] = {}
    for phrase, phrase_words, codes in _index().synonyms:
        used: set[int] = set()
        sims = []
        for word in phrase_words:
            options = [(cands[word], i) for i, cands in enumerate(query) if word in cands]
            if not options:
                break
            sim, at = max(options)
            sims.append(sim)
            used.add(at)
        else:
            base = sum(sims) / len(sims) * (0.7 + 0.3 * len(used) / len(query))
            for rank, code in enumerate(codes):
                score = base * (1 - 0.03 * rank)
                if score > best.get(code, (0.0, ""))[0]:
                    best[code] = (score, f"common title “{phrase}”")
    return best


def _title_scores(query: list[dict[str, float]]) -> dict[str, tuple[float, str]]:
    """Score official titles by the (rarity-weighted) share of the query they explain, preferring short titles."""
    index = _index()
    weights = [max((index.weight[w] for w in cands), default=index.unknown_weight) for cands in query]
    total = sum(weights)
    codes = {code for cands in query for word in cands for code in index.by_word.get(word, ())}
    scores = {}
    for code in codes:
        title = index.titles[code]
        explained = sum(
            weight * max((s for w, s in cands.items() if w in title), default=0.0)
            for weight, cands in zip(weights, query, strict=True)
        )
        hits = sum(1 for w in title if any(w in cands for cands in query))
        score = explained / total * (0.7 + 0.3 * hits / len(title))
        scores[code] = (score, "title words")
    return scores


def search(query: str, limit: int = 5) -> list[Match]:
    """The best-matching occupations for a job title, best first (at most ``limit``)."""
    if limit < 1:
        raise SparringError(f"the limit must be at least 1 (got {limit})", hint="Use --limit 5, say.")
    query_words = list(dict.fromkeys(words(query)))[:MAX_WORDS]
    if not query_words:
        raise SparringError(
            "give a job title to search for" if not query.strip() else f"{query.strip()!r} has no words to search for",
            hint=f"For example {EXAMPLES}.",
        )
    query_cands = [dict(_candidates(word)) for word in query_words]
    scored = _title_scores(query_cands)
    for code, found in _synonym_scores(query_cands).items():
        if found[0] >= scored.get(code, (0.0, ""))[0]:
            scored[code] = found
    table = occupations()
    ranked = sorted(
        (Match(table[code], round(score, 4), reason) for code, (score, reason) in scored.items() if score >= MIN_SCORE),
        key=lambda m: (-m.score, -(m.occupation.employment or 0), m.occupation.code),
    )
    if not ranked:
        raise SparringError(
            f"no occupation matches {query.strip()!r}",
            hint=f"Try a plainer job title, for example {EXAMPLES}; typos are fine, invented words are not.",
            kind="not_found",
        )
    return ranked[:limit]
