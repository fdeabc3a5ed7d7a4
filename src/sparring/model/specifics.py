"""Kind-specific parts: the deal checklist, job-offer discipline, flexibility requests."""

from __future__ import annotations

from typing import Literal

from sparring.model.base import Amount, Id, StrictModel, Text

ItemStatus = Literal["open", "proposed", "agreed", "not_applicable"]


class ChecklistItem(StrictModel):
    """One element of a defined deal, settled before price (`SCOPE.BEFORE_PRICE`)."""

    status: ItemStatus = "open"
    notes: Text | None = None


class Checklist(StrictModel):
    """Scope, quality, timing, payment, and exit/penalties/length of a deal."""

    scope: ChecklistItem | None = None
    quality: ChecklistItem | None = None
    timing: ChecklistItem | None = None
    payment: ChecklistItem | None = None
    exit: ChecklistItem | None = None


class Money(StrictModel):
    """An amount with its unit (``{amount: 98000, unit: USD/year}``)."""

    amount: Amount
    unit: str | None = None


ReasonKind = Literal["below_previous_earnings", "larger_scope", "terms_differ", "competing_offer", "other"]


class OfferReason(StrictModel):
    """A reason to negotiate a job offer; only real obstacles to saying yes are valid."""

    id: Id
    text: Text
    kind: ReasonKind | None = None
    evidence: list[Id] = []


class CompetingOffer(StrictModel):
    """Another offer; only one you would sincerely take is leverage."""

    employer: Text | None = None
    amount: Amount | None = None
    unit: str | None = None
    would_take: bool = False
    notes: Text | None = None


class JobOffer(StrictModel):
    """Job-offer discipline: the offer, your valid reasons and how much leverage is real."""

    offer: Money | None = None
    reasons: list[OfferReason] = []
    market_condition: Literal["employer", "balanced", "candidate"] | None = None
    previous_earnings: Money | None = None
    competing_offer: CompetingOffer | None = None


class TaskRow(StrictModel):
    """One part of the job and whether it can be done remotely."""

    id: Id
    task: Text
    remote: bool
    hours_per_week: Amount | None = None
    notes: Text | None = None


class Flexibility(StrictModel):
    """For remote or flexible-work asks: the policy, the task table, the effect on the team."""

    policy_notes: Text | None = None
    tasks: list[TaskRow] = []
    team_impact: Text | None = None
