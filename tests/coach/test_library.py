"""The offline incentive library (LEADER.INCENTIVES): role text → profile, with exact incentive texts."""

from __future__ import annotations

import pytest

from sparring.engines.coach.library import GENERIC, PROFILES, match_role

EXPECTED: dict[str, list[str]] = {
    "manager": [
        "deliver the team's committed work on time",
        "keep regrettable attrition low and the team stable",
        "grow a successor who can run the team when they are away",
        "stay inside the team's headcount and salary budget",
        "keep the team engaged and avoid burnout",
    ],
    "director": [
        "hit the department's quarterly objectives across several teams",
        "build a bench of managers and seniors ready to step up",
        "keep costs within the annual plan",
        "avoid surprises for the VP and the leadership team",
        "retain key talent through freezes and reorganisations",
    ],
    "vp": [
        "deliver the organisation's annual plan and strategic bets",
        "keep headcount cost in line with the plan",
        "keep senior leaders and key talent",
        "manage risk and reputation with the executive team",
        "show the organisation scaling efficiently",
    ],
    "cto": [
        "ship the product roadmap the business depends on",
        "keep systems reliable and secure",
        "control cloud and tooling spend",
        "hire and keep strong engineers",
        "reduce technical debt and platform risk",
    ],
    "hr": [
        "keep pay fair and inside the salary bands",
        "reduce regrettable attrition in the teams they support",
        "apply policy consistently and avoid legal or precedent risk",
        "support managers' succession and development plans",
        "stay within the compensation budget",
    ],
    "procurement": [
        "achieve savings against budget or last year's price",
        "reduce supplier risk",
        "keep contracts compliant with policy and standard terms",
        "improve payment terms and working capital",
        "deliver what the business stakeholders need on time",
    ],
    "founder": [
        "grow revenue and hit the targets promised to the board or investors",
        "extend runway and protect cash",
        "keep the people the company cannot afford to lose",
        "win and keep customers and protect the company's reputation",
        "raise the company's value for the next round or exit",
    ],
    "sales": [
        "hit the quarterly revenue quota",
        "build a pipeline that covers next quarter",
        "protect deal margin and limit discounting",
        "keep and ramp good sellers quickly",
        "forecast accurately to leadership",
    ],
}


@pytest.mark.parametrize(
    ("role", "key"),
    [
        ("Engineering Manager, Platform", "manager"),
        ("FP&A Manager", "manager"),
        ("Team Lead, Payments", "manager"),
        ("Director of Engineering", "director"),
        ("Head of Analytics (becoming Director of Data in Q1)", "director"),
        ("VP Engineering", "vp"),
        ("Senior Vice President, Operations", "vp"),
        ("CTO", "cto"),
        ("Chief Technology Officer", "cto"),
        ("HR Business Partner", "hr"),
        ("Head of People Operations", "hr"),
        ("Senior Category Manager, IT Procurement", "procurement"),
        ("Purchasing lead", "procurement"),
        ("Co-founder & CEO", "founder"),
        ("Managing Director", "founder"),
        ("Regional Sales Director, Midwest", "sales"),
        ("VP Sales North America", "sales"),
    ],
)
def test_role_text_selects_the_profile_and_its_exact_incentives(role: str, key: str) -> None:
    profile = match_role(role)
    assert profile.key == key
    assert [i.text for i in profile.incentives] == EXPECTED[key]


def test_every_profile_has_four_to_six_incentives_with_metric_and_reason() -> None:
    assert {p.key for p in PROFILES} == set(EXPECTED)
    for profile in (*PROFILES, GENERIC):
        assert 4 <= len(profile.incentives) <= 6, profile.key
        assert all(i.text and i.metric and i.why for i in profile.incentives), profile.key


@pytest.mark.parametrize("role", [None, "", "Chief Librarian", "my neighbour"])
def test_unknown_roles_get_the_generic_profile(role: str | None) -> None:
    profile = match_role(role)
    assert profile is GENERIC
    assert [i.text for i in profile.incentives] == [
        "meet the goals they are measured on this year",
        "stay within their budget",
        "avoid risk and surprises for their own boss",
        "be seen to make good decisions",
    ]


def test_matching_is_case_insensitive_and_vice_president_is_not_the_president() -> None:
    assert match_role("ENGINEERING MANAGER").key == "manager"
    assert match_role("Vice President of Finance").key == "vp"
    assert match_role("President").key == "founder"
