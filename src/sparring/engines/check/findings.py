"""What the checker says: findings, each tied to a principle, a field and a concrete fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["blocker", "warning", "tip"]
SEVERITY_ORDER: dict[Severity, int] = {"blocker": 0, "warning": 1, "tip": 2}


@dataclass(frozen=True)
class Finding:
    """One problem with a plan: which principle, how serious, where, what, and how to fix it."""

    principle: str
    severity: Severity
    path: str
    message: str
    fix: str

    def as_json(self) -> dict[str, Any]:
        return {
            "principle": self.principle,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
            "fix": self.fix,
        }


@dataclass(frozen=True)
class CheckReport:
    """All findings for a case, the readiness score and whether the plan is ready."""

    findings: list[Finding]
    score: int
    rules_applied: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not any(f.severity == "blocker" for f in self.findings)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def as_json(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "score": self.score,
            "counts": {s: self.count(s) for s in ("blocker", "warning", "tip")},
            "findings": [f.as_json() for f in self.findings],
        }
