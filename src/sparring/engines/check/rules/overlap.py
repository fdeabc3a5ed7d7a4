"""Step 4 (`MAP.OVERLAP`) and the mutual-win mistake (`MISTAKE.NO_MUTUAL_WIN`)."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.text import has_ultimatum, quote
from sparring.model.case import Case


@rule("MAP.OVERLAP")
def map_overlap(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "MAP.OVERLAP"
    held = {i.id for i in case.counterpart.incentives}
    if not case.asks:
        yield Finding(
            p,
            "blocker",
            "asks",
            "There are no asks, so nothing is linked to what they want.",
            "Add each ask with `serves: [incentive ids]`: the counterpart incentives it helps.",
        )
        return
    linked = [a for a in case.asks if any(i in held for i in a.serves)]
    if not linked:
        yield Finding(
            p,
            "blocker",
            "asks",
            f"None of your {len(case.asks)} asks is linked to a counterpart incentive.",
            "Reframe each ask as a win for them and link it: `serves: [inc-…]`.",
        )
        return
    for ask in case.asks:
        if ask not in linked:
            yield Finding(
                p,
                "warning",
                f"asks[{ask.id}].serves",
                f"The ask {quote(ask.text)} serves none of their incentives.",
                "Link it to the incentive it helps (`serves: [inc-…]`), or drop it.",
            )


@rule("MISTAKE.NO_MUTUAL_WIN")
def no_mutual_win(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "MISTAKE.NO_MUTUAL_WIN"
    tiers = [t for t in (case.tiers.ideal, case.tiers.likely, case.tiers.minimum) if t]
    distinct = {tuple(sorted((k, str(v)) for k, v in t.items())) for t in tiers}
    if len(distinct) == 1:
        said = (
            "All your tiers are the same package"
            if len(tiers) > 1
            else "Your plan has one package and nothing to move to"
        )
        yield Finding(
            p,
            "warning",
            "tiers",
            f"{said}: a single take-it-or-leave-it offer.",
            "Offer two or three structured options that differ in mix, so the question becomes which yes.",
        )
    for draft in case.pitch:
        phrase = has_ultimatum(draft.text)
        if phrase:
            yield Finding(
                p,
                "warning",
                f"pitch[{draft.id}].text",
                f"The pitch says {quote(phrase)}: an ultimatum.",
                "Replace the ultimatum with options and a shared goal ('either of these works for me…').",
            )
