"""Every rule: a minimal case that triggers it (exact findings), the fix that clears it, and a
case of a kind it does not apply to.

Each case starts from a clean case of the kind (no findings at all, see ``cases.py``), so a
mutation shows exactly the findings it causes; the fix is the clean case itself, and
``test_clean_cases_have_no_findings`` proves it clears them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from sparring.engines.check import SavedVersion
from sparring.engines.check.registry import RULES
from tests.check.cases import TODAY, clean, run

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node = data
        keys = path.split(".")
        for key in keys[:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if value is _DELETE:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value

    return mutate


def _all(*mutations: Mutation) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for m in mutations:
            m(data)

    return mutate


_DELETE = object()

# principle -> (kind, mutation, expected [(severity, path, message)], a kind it does not apply to or None)
CASES: dict[str, tuple[str, Mutation, list[tuple[str, str, str]], str | None]] = {
    "GOAL.SPECIFIC": (
        "raise",
        _all(_set("goal", {"what": "a raise", "why_now": "asap"})),
        [
            ("blocker", "goal.what", "“a raise” is a category, not a goal."),
            ("blocker", "goal.deadline", "The goal has no deadline: by when must it be decided?"),
            ("blocker", "goal.why_now", "The goal does not say why it matters now (“asap” is not a reason)."),
        ],
        None,
    ),
    "VALUE.RECEIPTS": (
        "raise",
        _set(
            "evidence",
            [
                {"id": "ev-a", "claim": "worked very hard all year"},
                {
                    "id": "ev-b",
                    "claim": "led the migration",
                    "quantity": {"value": 3, "unit": "services"},
                    "outcome": "nice",
                },
                {
                    "id": "ev-ramp",
                    "claim": "cut ramp time",
                    "quantity": {"value": 4, "unit": "weeks"},
                    "outcome": "hires productive sooner",
                },
                {
                    "id": "ev-band",
                    "claim": "below band",
                    "quantity": {"value": 5, "unit": "%"},
                    "outcome": "a retention risk",
                    "kind": "benchmark",
                    "differentiating": True,
                },
            ],
        ),
        [
            ("warning", "evidence[ev-a]", "“worked very hard all year” describes effort, not a result."),
            ("warning", "evidence[ev-a].outcome", "“worked very hard all year” is not tied to a business outcome."),
            ("tip", "evidence[ev-b].outcome", "The outcome “nice” names no measurable result."),
        ],
        None,
    ),
    "THEM.RESEARCH": (
        "raise",
        _all(
            _set("counterpart.incentives.0.status", "hypothesis"),
            _set("counterpart.incentives.1.status", "hypothesis"),
            _set("meeting", TODAY + dt.timedelta(days=5)),
        ),
        [
            (
                "warning",
                "counterpart.incentives",
                "All 2 incentives are unvalidated guesses and the meeting is in 5 days.",
            ),
        ],
        None,
    ),
    "MAP.OVERLAP": (
        "raise",
        _set(
            "asks",
            [
                {"id": "ask-a", "text": "base to 132k", "serves": ["inc-retention"]},
                {"id": "ask-b", "text": "a new laptop"},
            ],
        ),
        [
            ("warning", "asks[ask-b].serves", "The ask “a new laptop” serves none of their incentives."),
        ],
        None,
    ),
    "TIERS.THREE": (
        "raise",
        _all(
            _set("tiers.likely", {"salary": 142000, "effective": 0}),
            _set("tiers.minimum", {"salary": 119000, "effective": 3}),
        ),
        [
            (
                "blocker",
                "tiers.likely",
                "By your own weights the Likely tier is worth 86 points to you, more than the Ideal tier (82).",
            ),
            (
                "blocker",
                "tiers.minimum.salary",
                "The Minimum tier breaks your walk-away: salary 119,000 USD/year is below your walk-away minimum 124,000 USD/year.",
            ),
            (
                "warning",
                "tiers.minimum.salary",
                "Your Minimum tier gives 119,000 USD/year, less than your BATNA (120,000 USD/year): walking away would do better.",
            ),
            (
                "warning",
                "tiers.likely.salary",
                "Your Likely tier asks salary 142,000 USD/year, beyond the most you estimate they could give (136,000 USD/year).",
            ),
        ],
        None,
    ),
    "WALKAWAY.DEFINED": (
        "raise",
        _set("walk_away", _DELETE),
        [
            ("blocker", "walk_away", "There is no walk-away point."),
        ],
        None,
    ),
    "WALKAWAY.LIMITS": (
        "deal",
        _all(_set("walk_away.limits", {"salary": {"min": 124000}}), _set("walk_away.non_negotiables", [])),
        [
            ("warning", "walk_away", "The deal's walk-away has 1 limit and no non-negotiables."),
        ],
        "raise",
    ),
    "OBJECTIONS.FORECAST": (
        "raise",
        _set("objections", [{"id": "obj-a", "text": "no budget"}]),
        [
            ("warning", "objections", "Only 1 objection forecast."),
            ("warning", "objections[obj-a].counter", "No counter for “no budget”."),
        ],
        None,
    ),
    "MISTAKE.NO_MUTUAL_WIN": (
        "raise",
        _all(
            _set("tiers", {n: {"salary": 128000, "effective": 1} for n in ("ideal", "likely", "minimum")}),
            _set("pitch", [{"id": "pitch-a", "text": "132k is my final offer."}]),
        ),
        [
            ("warning", "tiers", "All your tiers are the same package: a single take-it-or-leave-it offer."),
            ("warning", "pitch[pitch-a].text", "The pitch says “final offer”: an ultimatum."),
        ],
        None,
    ),
    "MISTAKE.LEVERAGE_NO_PROOF": (
        "raise",
        _all(
            _set(
                "evidence",
                [{"id": "ev-late", "claim": "I always stay late and never miss a deadline", "kind": "other"}],
            ),
            _set("objections", []),
            _set("pitch", [{"id": "pitch-a", "text": "I have worked so hard this year and I deserve 132k."}]),
        ),
        [
            (
                "blocker",
                "evidence",
                "Your evidence is effort, not results (“I always stay late and never miss a deadline”): hours "
                "and dedication prove nothing they are measured on.",
            ),
            ("warning", "pitch[pitch-a].text", "The pitch claims merit (“deserve”) instead of proving it."),
            (
                "warning",
                "pitch[pitch-a].text",
                "The pitch argues from effort (“I have worked so hard”), not from results.",
            ),
        ],
        None,
    ),
    "LEADER.INCENTIVES": (
        "raise",
        _all(
            _set(
                "counterpart.incentives",
                [
                    {"id": "inc-cost", "text": "cut cloud cost 15%", "status": "validated"},
                ],
            ),
            _set("asks.0.serves", ["inc-cost"]),
        ),
        [
            (
                "tip",
                "counterpart.incentives",
                "The counterpart is a leader (“Engineering Manager”) but none of their incentives is about their team, succession or risk.",
            ),
        ],
        None,
    ),
    "LONG_GAME": (
        "raise",
        _set("follow_up", _DELETE),
        [
            ("tip", "follow_up", "No follow-up date is set."),
        ],
        None,
    ),
    "WIN.TRUST": (
        "raise",
        _set("counterpart.relationship", {"stage": "new", "trust": "low"}),
        [
            ("tip", "counterpart.relationship", "With low trust, a plan that relies on openness is fragile."),
        ],
        None,
    ),
    "WIN.FAIR_SHARE": (
        "raise",
        _all(
            _set("tiers.ideal", {"salary": 136000, "effective": 0}),
            _set("market.high", 135000),
            _set("evidence.0.differentiating", False),
            _set("evidence.1.kind", "result"),
        ),
        [
            (
                "warning",
                "tiers.ideal.salary",
                "Your Ideal 136,000 USD/year is above the top of the market range (135,000 USD/year) with no rationale.",
            ),
        ],
        None,
    ),
    "OFFER.VALID_REASON": (
        "job_offer",
        _set(
            "job_offer.reasons",
            [
                {"id": "why-a", "text": "I deserve more than this"},
                {"id": "why-b", "text": "I always negotiate on principle"},
            ],
        ),
        [
            ("blocker", "job_offer.reasons", "None of the reasons given is a valid reason to negotiate."),
            (
                "warning",
                "job_offer.reasons[why-a]",
                "“I deserve more than this” reads as “I deserve it”, which is not a valid reason to push back on an offer.",
            ),
            (
                "warning",
                "job_offer.reasons[why-b]",
                "“I always negotiate on principle” reads as “always negotiate”, which is not a valid reason to push back on an offer.",
            ),
        ],
        "raise",
    ),
    "OFFER.MARKET": (
        "job_offer",
        _all(
            _set("job_offer.market_condition", "employer"),
            _set("job_offer.reasons.0.evidence", []),
        ),
        [
            ("warning", "job_offer.reasons", "In an employer's market, none of your reasons is backed by evidence."),
        ],
        "raise",
    ),
    "OFFER.HOW": (
        "job_offer",
        _set("asks", [{"id": f"ask-{n}", "text": f"ask {n}", "serves": ["inc-retention"]} for n in range(3)]),
        [
            ("warning", "asks", "You have 3 asks: a list of demands."),
        ],
        "raise",
    ),
    "SCOPE.BEFORE_PRICE": (
        "deal",
        _all(_set("checklist.exit.status", "open"), _set("checklist.quality", _DELETE)),
        [
            (
                "warning",
                "checklist.quality",
                "Price is planned while 2 items are still open: quality and performance standards, exit, penalties and length.",
            ),
        ],
        "raise",
    ),
    "GOAL.MACRO_MICRO": (
        "deal",
        _set("levers.1.purpose", _DELETE),
        [
            ("tip", "levers[effective].purpose", "The term 'effective' is linked to nothing."),
        ],
        "raise",
    ),
    "THEM.CONSTRAINTS": (
        "raise",
        _set("counterpart.constraints", []),
        [
            ("warning", "counterpart.constraints", "No constraints of the counterpart are recorded."),
        ],
        None,
    ),
    "PROCESS.SHAPE": (
        "raise",
        _set("counterpart.decision_process", _DELETE),
        [
            ("tip", "counterpart.decision_process", "The decision process is not described."),
        ],
        None,
    ),
    "NO_DESPERATION": (
        "raise",
        _set("walk_away.batna", {"text": "none"}),
        [
            (
                "warning",
                "walk_away.batna",
                "There is no real alternative to this deal (it says “none”): a 'no' would not be survivable.",
            ),
        ],
        None,
    ),
    "MULTI.LEVER": (
        "raise",
        _set("levers.1.fixed", True),
        [
            ("warning", "levers", "The plan has 1 negotiable lever (salary)."),
        ],
        None,
    ),
    "RANGE.RESEARCH": (
        "raise",
        _all(_set("tiers.ideal.salary", 130000), _set("tiers.likely.salary", 128000)),
        [
            ("warning", "goal.amount", "Your ask (130,000 USD/year) is below the market median (133,080 USD/year)."),
        ],
        "deal",
    ),
    "POLICY.RESEARCH": (
        "flexibility",
        _set("flexibility.tasks", []),
        [
            ("warning", "flexibility.tasks", "There is no task table."),
        ],
        "raise",
    ),
    "MIND.DEFENSIVE_PESSIMISM": (
        "raise",
        _set("obstacles", [{"id": "obs-a", "text": "a reorg"}]),
        [
            ("tip", "obstacles[obs-a].response", "No response planned for “a reorg”."),
        ],
        None,
    ),
    "THEM.SHOES": (
        "raise",
        _all(_set("counterpart.authority.decides", "unknown"), _set("counterpart.risks_of_yes", [])),
        [
            ("blocker", "counterpart.authority.decides", "You don't know whether the counterpart can say yes."),
            ("warning", "counterpart.risks_of_yes", "No risks of saying yes are recorded for them."),
        ],
        None,
    ),
    "REHEARSE": (
        "raise",
        _set("pitch", []),
        [
            ("tip", "pitch", "There is no written pitch."),
        ],
        None,
    ),
}


def test_every_rule_has_a_case() -> None:
    assert sorted(CASES) == sorted({r.principle for r in RULES} - {"WIN.SHARE_EARLY"})


@pytest.mark.parametrize("kind", ["raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom"])
def test_clean_cases_have_no_findings(kind: str) -> None:
    report = run(clean(kind))
    assert (report.findings, report.score, report.ready) == ([], 100, True)


@pytest.mark.parametrize("principle", sorted(CASES))
def test_rule_triggers_with_exact_findings(principle: str) -> None:
    kind, mutate, expected, _ = CASES[principle]
    data = clean(kind)
    mutate(data)
    report = run(data)
    assert [(f.severity, f.path, f.message) for f in report.findings if f.principle == principle] == expected
    assert all(f.fix for f in report.findings)


@pytest.mark.parametrize("principle", sorted(p for p, c in CASES.items() if c[3] is not None))
def test_rule_does_not_apply_to_other_kinds(principle: str) -> None:
    kind, mutate, _, other = CASES[principle]
    assert other is not None
    data = clean(kind)
    mutate(data)
    data["kind"] = other  # the same triggering content, in a kind the rule does not apply to
    assert [f for f in run(data).findings if f.principle == principle] == []


def test_share_early_flags_goalposts_moved_after_the_meeting() -> None:
    data = clean("raise")
    before = SavedVersion(dt.date(2027, 1, 10), {"goal": data["goal"], "tiers": {"ideal": {"salary": 140000}}})
    after = SavedVersion(dt.date(2027, 1, 25), {"goal": data["goal"], "tiers": {"ideal": {"salary": 150000}}})
    report = run(data, history=(before, after))
    assert [(f.severity, f.path, f.message) for f in report.findings if f.principle == "WIN.SHARE_EARLY"] == [
        ("warning", "tiers", "The tiers changed after the meeting on 19 Jan 2027."),
    ]
    assert [f for f in run(data, history=(before, before)).findings if f.principle == "WIN.SHARE_EARLY"] == []


def test_rehearse_warns_when_known_never_rehearsed() -> None:
    report = run(clean("raise"), rehearsals=0)
    assert [(f.severity, f.message) for f in report.findings] == [("warning", "This plan has never been rehearsed.")]
    assert run(clean("raise"), rehearsals=2).findings == []


def test_a_blocker_marks_the_plan_not_ready() -> None:
    data = clean("raise")
    data["walk_away"] = None
    report = run(data)
    assert report.ready is False
    # one blocker (30) and the warning it brings (no BATNA, 8): floor(100 * 100 / 138)
    assert [f.severity for f in report.findings] == ["blocker", "warning"]
    assert report.score == 72


def test_score_formula_on_one_warning() -> None:
    data = clean("raise")
    data["counterpart"]["constraints"] = []
    report = run(data)
    assert len(report.rules_applied) == 23
    assert report.score == 92  # floor(100 * 100 / (100 + 8))


def _fresh_raise() -> dict[str, Any]:
    """A raise with five blockers in three rules (goal x3, walk-away, authority) and two warnings."""
    data = clean("raise")
    data["goal"]["deadline"] = None
    data["goal"]["why_now"] = "asap"
    data["goal"]["amount"] = None
    data["goal"]["what"] = "a raise"
    data["walk_away"] = None
    data["counterpart"]["authority"] = {"decides": "unknown"}
    return data


def test_each_fixed_blocker_raises_the_score() -> None:
    """The old score sat at 59 through 3, 2 and 1 blockers (a cap) and did not move for a second
    blocker in one rule (a rule scored by its worst finding); each fix must now show."""
    data = _fresh_raise()
    fixes: list[Mutation] = [
        lambda d: d["goal"].update(what="base salary of 132,000 USD/year", amount=132000),
        lambda d: d["goal"].update(deadline=dt.date(2027, 2, 1)),
        lambda d: d["goal"].update(why_now="the February plan sets next year's bands"),
        lambda d: d["counterpart"].update(authority={"decides": "partly", "with": ["Director"]}),
        lambda d: d.update(walk_away=clean("raise")["walk_away"]),
    ]
    scores, blockers = [run(data).score], [run(data).count("blocker")]
    for fix in fixes:
        fix(data)
        report = run(data)
        scores.append(report.score)
        blockers.append(report.count("blocker"))
    assert blockers == [5, 4, 3, 2, 1, 0]
    assert scores == sorted(set(scores)), scores  # strictly rising
    assert scores[-1] == 100


def test_each_fixed_warning_and_tip_raises_the_score() -> None:
    data = clean("raise")
    data["counterpart"]["constraints"] = []  # warning
    data["obstacles"] = []  # warning
    data["counterpart"]["ripple_effects"] = []  # tip
    data["counterpart"]["decision_process"] = None  # tip
    steps = [run(data).score]
    for key, value in (
        ("constraints", clean("raise")["counterpart"]["constraints"]),
        ("ripple_effects", clean("raise")["counterpart"]["ripple_effects"]),
        ("decision_process", "manager proposes, director approves"),
    ):
        data["counterpart"][key] = value
        steps.append(run(data).score)
    data["obstacles"] = clean("raise")["obstacles"]
    steps.append(run(data).score)
    assert steps == [81, 87, 90, 92, 100]  # debt 22, 14, 11, 8, 0: floor(10000 / (100 + debt))


@pytest.mark.parametrize(("severity", "worst"), [("blocker", 450), ("warning", 180), ("tip", 80)])
def test_the_documented_visibility_holds(severity: str, worst: int) -> None:
    """docs/checker.md: a fix of each severity moves the score while the debt is below these."""
    from sparring.engines.check.score import DEBT, SCALE

    def score(d: int) -> int:
        return (100 * SCALE) // (SCALE + d)

    cost = DEBT[severity]  # type: ignore[index]
    assert all(score(d) > score(d + cost) for d in range(worst))
