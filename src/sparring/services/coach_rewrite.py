"""Pitch rewrite: fix what the language analyser flagged, and nothing else.

The analyser's hurting spans (hedges, apologies, ultimatums, …) are the brief. A model's
rewrite is accepted only if it keeps every number (as values, ``136k`` = ``136,000``) and
every commitment ("I can write the one-page case …") and adds no new commitment or
concession; otherwise it is discarded and the user gets the analyser's span-level
suggestions, which is also all the offline path gives. The diff is shown so the user sees
exactly what changed.

The model is sent the pitch, the flagged spans with their advice, and the counterpart's
incentives (so the wording can lean towards them); nothing else from the case.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from sparring.engines.coach.checks import amounts, commitments_kept, new_terms
from sparring.engines.language.analyser import Span
from sparring.engines.language.text import split_sentences
from sparring.llm.base import Provider
from sparring.llm.log import ExchangeLog
from sparring.model.case import Case
from sparring.services.coach_base import Source, ask_structured, bullet_list
from sparring.services.language import analyse_text
from sparring.services.prompts import REWRITE


@dataclass(frozen=True)
class Suggestion:
    """One flagged span of the pitch and the analyser's advice for it."""

    tag: str
    principle: str
    text: str
    start: int
    end: int
    suggestion: str | None


@dataclass(frozen=True)
class Rewrite:
    """The pitch, the rewritten pitch (None when no rewrite could be used), and what changed."""

    original: str
    rewritten: str | None
    diff: str
    """Unified diff, one sentence per line (empty without a rewrite)."""
    word_diff: str
    """The rewrite inline, ``[-removed-]{+added+}``: readable for a paragraph."""
    suggestions: list[Suggestion]
    numbers_kept: bool
    """Whether the model's rewrite kept every number (True when there was nothing to check)."""
    commitments_kept: bool
    source: Source
    fallback: bool = False
    notice: str | None = None
    model: str | None = None


class RewriteAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    rewritten: str = Field(min_length=1, max_length=20_000)


def suggestions_for(case: Case | None, text: str) -> list[Suggestion]:
    """The analyser's hurting spans, in text order: what a rewrite should fix."""
    analysis = analyse_text(text, case)
    spans: list[Span] = [span for s in analysis.sentences for span in s.spans if span.polarity == "-"]
    return [Suggestion(s.tag, s.principle, s.text, s.start, s.end, s.suggestion) for s in spans]


def pitch_rewrite(case: Case | None, text: str, provider: Provider, log: ExchangeLog | None = None) -> Rewrite:
    """A rewrite of ``text`` that fixes the flagged spans and keeps numbers and commitments (verified)."""
    suggestions = suggestions_for(case, text)
    offline = Rewrite(text, None, "", "", suggestions, True, True, "offline")
    if not suggestions:
        return offline  # nothing to fix: asking a model would only invite changes
    problems = [f"{s.tag} ({s.principle}): “{s.text}” — {s.suggestion or ''}".rstrip(" —") for s in suggestions]
    incentives = [i.text for i in case.counterpart.incentives] if case else []
    fields = {"incentives": bullet_list(incentives), "problems": bullet_list(problems), "text": text}
    checked: dict[str, bool] = {"numbers": True, "commitments": True}

    def verify(answer: RewriteAnswer) -> str | None:
        problem = rewrite_problem(text, answer.rewritten)
        checked["numbers"] = not (problem or "").startswith("numbers")
        checked["commitments"] = not (problem or "").startswith("commitments")
        return problem

    answer = ask_structured(
        provider, REWRITE, fields, RewriteAnswer, RewriteAnswer(rewritten=text), log=log, verify=verify
    )
    if answer.source == "offline":
        return Rewrite(
            text, None, "", "", suggestions, checked["numbers"], checked["commitments"], "offline",
            answer.fallback, answer.notice,
        )  # fmt: skip
    rewritten = answer.value.rewritten.strip()
    return Rewrite(
        text, rewritten, unified_diff(text, rewritten), word_diff(text, rewritten), suggestions, True, True, "llm",
        model=answer.model,
    )  # fmt: skip


def rewrite_problem(original: str, rewritten: str) -> str | None:
    """Why a rewrite cannot be used, or None: numbers first, then commitments, then new terms."""
    before, after = Counter(amounts(original)), Counter(amounts(rewritten))
    if set(before) != set(after):
        changed = sorted(set(before) ^ set(after))
        return f"numbers changed: {', '.join(f'{n:g}' for n in changed[:4])}"
    lost = commitments_kept(original, rewritten)
    if lost:
        return f"commitments dropped: {lost[0]!r}"
    added = new_terms(rewritten, original)
    if added:
        return f"commitments or concessions added: {', '.join(added)}"
    if not rewritten.strip():
        return "the rewrite is empty"
    return None


def unified_diff(original: str, rewritten: str) -> str:
    """A unified diff with one sentence per line, so a paragraph's changes are easy to find."""
    before = [s.text + "\n" for s in split_sentences(original)]
    after = [s.text + "\n" for s in split_sentences(rewritten)]
    return "".join(difflib.unified_diff(before, after, "pitch", "rewrite", n=1))


def word_diff(original: str, rewritten: str) -> str:
    """``rewritten`` with word-level changes marked ``[-removed-]{+added+}``."""
    a, b = re.findall(r"\S+", original), re.findall(r"\S+", rewritten)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(a[i1:i2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)
