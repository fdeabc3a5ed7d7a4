"""Use case: analyse a pitch, an email or a turn, optionally against a case's incentives."""

from __future__ import annotations

from sparring.engines.language.analyser import Analysis, analyse
from sparring.model.case import Case


def incentives_of(case: Case) -> dict[str, str]:
    """Incentive id → its text and metric, for alignment."""
    return {i.id: f"{i.text} {i.metric or ''}".strip() for i in case.counterpart.incentives}


def analyse_text(text: str, case: Case | None = None, previous: str | None = None) -> Analysis:
    return analyse(text, incentives_of(case) if case else None, previous=previous)
