"""Debrief: a short summary of a rehearsal, from its transcript and scorecard.

Offline, the debrief is written from the scorecard (outcome, score, objections, questions,
concessions, principles followed and broken, what to practise). A model may write it more
naturally, but it is sent only the transcript and the scorecard, and its debrief is refused
if it quotes a number that is in neither.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from sparring.engines.coach.checks import amounts, invented_numbers
from sparring.engines.language.tags import TAG_INFO
from sparring.engines.sim.phrasing import say_package
from sparring.llm.base import Provider
from sparring.llm.log import ExchangeLog
from sparring.model.case import Case
from sparring.services.coach_base import Source, ask_structured, words
from sparring.services.prompts import DEBRIEF

MAX_TRANSCRIPT_CHARS = 12_000


class DebriefAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    summary: Annotated[str, words(6)] = Field(min_length=10, max_length=1200)
    went_well: list[str] = Field(default_factory=list, max_length=3)
    practise: list[str] = Field(default_factory=list, max_length=3)


@dataclass(frozen=True)
class Debrief:
    summary: str
    went_well: list[str] = field(default_factory=list)
    practise: list[str] = field(default_factory=list)
    source: Source = "offline"
    fallback: bool = False
    notice: str | None = None
    model: str | None = None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def offline_debrief(case: Case, transcript: Sequence[Mapping[str, Any]], scorecard: Mapping[str, Any]) -> DebriefAnswer:
    """The debrief from the scorecard alone (a flip session's summary is read too)."""
    if "answered" in scorecard or "gaps" in scorecard:
        return _flip_debrief(transcript, scorecard)
    outcome = str(scorecard.get("outcome", "ended"))
    agreed = scorecard.get("agreed")
    where = f" at {say_package(case, agreed)}" if isinstance(agreed, dict) and agreed else ""
    turns = sum(1 for e in transcript if e.get("speaker") == "you")
    summary = f"Outcome: {outcome}{where}"
    if scorecard.get("tier_band"):
        summary += f" ({scorecard['tier_band']})"
    summary += f". Score {scorecard.get('score', 0)}/100 after {turns} of your turns"
    summary += f"; their goodwill ended at {scorecard.get('goodwill', 0)}."
    if scorecard.get("below_walk_away"):
        summary += " You accepted below your walk-away (WALKAWAY.DEFINED)."
    handled = list(scorecard.get("objections_handled", []))
    unhandled = list(scorecard.get("objections_unhandled", []))
    if handled or unhandled:
        summary += (
            f" Objections answered: {', '.join(handled) or 'none'}; unanswered: {', '.join(unhandled) or 'none'}."
        )
    followed: Mapping[str, int] = scorecard.get("followed", {}) or {}
    well = [
        f"{_label(tag)} ×{count} ({TAG_INFO[tag].principle})" if tag in TAG_INFO else f"{tag} ×{count}"
        for tag, count in sorted(followed.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    ]
    questions = int(scorecard.get("questions", 0) or 0)
    if questions and not any(w.startswith("questions") for w in well) and len(well) < 3:
        well.append(f"asked {questions} question{'s' if questions != 1 else ''} (LISTEN.WHY)")
    practise = [str(p) for p in scorecard.get("practise", [])][:3]
    return DebriefAnswer.model_construct(summary=summary, went_well=well, practise=practise)


def _flip_debrief(transcript: Sequence[Mapping[str, Any]], scorecard: Mapping[str, Any]) -> DebriefAnswer:
    answered = list(scorecard.get("answered", []))
    gaps = [str(g) for g in scorecard.get("gaps", [])]
    challenges = sum(1 for e in transcript if e.get("speaker") == "you")
    summary = (
        f"Flip session: {challenges} challenge{'s' if challenges != 1 else ''}; "
        f"{len(answered)} answered from your prepared counters, {len(gaps)} without a prepared answer."
    )
    well = [f"your counter {oid} held up" for oid in answered[:3]]
    practise = [f"prepare a counter for “{g}” (OBJECTIONS.FORECAST)" for g in gaps[:3]]
    return DebriefAnswer.model_construct(summary=summary, went_well=well, practise=practise)


def _label(tag: str) -> str:
    return tag.replace("_", " ")


def debrief(
    case: Case,
    transcript: Sequence[Mapping[str, Any]],
    scorecard: Mapping[str, Any],
    provider: Provider,
    log: ExchangeLog | None = None,
) -> Debrief:
    """A short summary of the rehearsal: what happened, what went well, what to practise next."""
    offline = offline_debrief(case, transcript, scorecard)
    lines = [f"{e.get('speaker', '?')}: {e.get('text', '')}" for e in transcript]
    shown = "\n".join(lines)
    if len(shown) > MAX_TRANSCRIPT_CHARS:
        shown = "…\n" + shown[-MAX_TRANSCRIPT_CHARS:]
    card = json.dumps(dict(scorecard), ensure_ascii=False, default=str)
    fields = {"title": case.title, "transcript": shown, "scorecard": card}
    allowed = [*amounts(f"{shown} {card}"), *range(11), 100]  # small counts and "/100" are not inventions

    def verify(answer: DebriefAnswer) -> str | None:
        invented = invented_numbers(" ".join([answer.summary, *answer.went_well, *answer.practise]), allowed, 0.01)
        return f"it quotes numbers from neither the transcript nor the scorecard: {invented[0]:g}" if invented else None

    answer = ask_structured(provider, DEBRIEF, fields, DebriefAnswer, offline, log=log, verify=verify)
    value = answer.value
    return Debrief(
        value.summary, list(value.went_well), list(value.practise), answer.source, answer.fallback, answer.notice,
        answer.model,
    )  # fmt: skip
