"""Rules register themselves with the principle they check and the case kinds they apply to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.model.case import CASE_KINDS, Case

RuleFn = Callable[[Case, CheckContext], Iterable[Finding]]
ALL_KINDS: frozenset[str] = frozenset(CASE_KINDS)
SALARY_KINDS: frozenset[str] = frozenset({"raise", "promotion", "job_offer"})


@dataclass(frozen=True)
class Rule:
    principle: str
    kinds: frozenset[str]
    check: RuleFn

    def applies_to(self, case: Case) -> bool:
        return case.kind in self.kinds


RULES: list[Rule] = []


def rule(principle: str, kinds: Iterable[str] = ALL_KINDS) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` as the rule for ``principle`` on ``kinds``."""

    def register(fn: RuleFn) -> RuleFn:
        RULES.append(Rule(principle, frozenset(kinds), fn))
        return fn

    return register
