"""Deals: settle the whole deal before price (`SCOPE.BEFORE_PRICE`) and keep the macro in view."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.model.case import Case

CHECKLIST = ("scope", "quality", "timing", "payment", "exit")
_LABELS = {
    "scope": "scope and deliverables",
    "quality": "quality and performance standards",
    "timing": "timing and milestones",
    "payment": "payment terms",
    "exit": "exit, penalties and length",
}


@rule("SCOPE.BEFORE_PRICE", kinds={"deal"})
def scope_before_price(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "SCOPE.BEFORE_PRICE"
    checklist = case.checklist
    if checklist is None:
        yield Finding(
            p,
            "warning",
            "checklist",
            "The deal checklist is missing, so price would be set on an undefined deal.",
            "Add `checklist` with scope, quality, timing, payment and exit, each with a "
            "status (open, proposed, agreed, not_applicable).",
        )
        return
    open_items = [name for name in CHECKLIST if (item := getattr(checklist, name)) is None or item.status == "open"]
    if open_items and case.tiers.ideal:
        listed = ", ".join(_LABELS[name] for name in open_items)
        yield Finding(
            p,
            "warning",
            f"checklist.{open_items[0]}",
            f"Price is planned while {len(open_items)} item{'s are' if len(open_items) > 1 else ' is'} "
            f"still open: {listed}.",
            "Settle or at least propose these terms before putting a price on the table.",
        )


@rule("GOAL.MACRO_MICRO", kinds={"deal", "resources"})
def macro_micro(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "GOAL.MACRO_MICRO"
    if not case.goal.objective:
        yield Finding(
            p,
            "tip",
            "goal.objective",
            "The macro objective of the deal is not stated.",
            "Add `goal.objective` (profit, market access, partnership, risk reduction) so each term can be "
            "tested against it: does this point move us to our goal?",
        )
        return
    for lever in case.levers:
        if not lever.fixed and not lever.purpose:
            yield Finding(
                p,
                "tip",
                f"levers[{lever.id}].purpose",
                f"The term {lever.label!r} is linked to nothing.",
                "Add `purpose`: how this term serves the objective (or consider giving it away in a trade).",
            )
