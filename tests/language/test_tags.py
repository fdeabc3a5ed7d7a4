"""Exact tags on realistic sentences, hard negatives included (rules only: model=None)."""

from __future__ import annotations

import pytest

from sparring.engines.language.analyser import analyse


def tags(text: str) -> set[str]:
    return analyse(text, model=None).turn_tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was wondering if maybe we could look at 130k?", {"hedge", "ask"}),
        ("Sorry to bother you with this, but could we review my salary?", {"apology", "ask"}),
        ("I really need this job, I've been out of work since October.", {"desperation"}),
        ("That's ridiculous, you never listen to a word I say.", {"argumentative"}),
        ("Take it or leave it: 160k or I walk.", {"ultimatum", "ask"}),
        ("I'd like to move my base to 132k from April.", {"ask"}),
        ("I cut our cloud bill by 31%, which saves about $420k a year.", {"evidence"}),
        ("I know retention is your top priority this year.", {"their_goals"}),
        ("Either 130k with an April start, or 126k plus a 5k signing bonus.", {"options", "ask"}),
        ("I feel I deserve more than this.", {"invalid_reason"}),
        ("I'm really excited about this role.", {"enthusiasm"}),
        ("I understand the merit budget is frozen until October.", {"acknowledges_constraints"}),
        ("Before we talk about what's included, what's your best price?", {"price_before_scope"}),
        ("What matters most to you in this renewal?", {"elicit"}),
        ("That sounds like a tough quarter for your team.", {"empathy"}),
        ("Splitting the difference seems fair to both of us.", {"fairness"}),
        ("Let's find something that works for both of us.", {"coordination"}),
        ("Do you really need all 30 support days? Most teams your size use ten.", {"undervalue"}),
        ("How was your weekend?", {"small_talk"}),
        ("I don't really need the relocation budget.", {"no_need"}),
        ("My commute is two hours each way, so remote days matter a lot to me.", {"self_need"}),
        (
            "I'm asking for 128k because I took over billing, and also because I mentor two hires, and on top of that "
            "I covered on-call since March.",
            {"ask", "over_justification"},
        ),
    ],
)
def test_each_tag_on_a_typical_sentence(text: str, expected: set[str]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Just-in-time delivery is part of the scope.", "hedge"),
        ("What kind of support do you offer?", "hedge"),
        ("I'm sorry to hear about the freeze.", "apology"),
        ("Apologies for the late reply, I was travelling.", "apology"),
        ("We need the SLA in writing.", "desperation"),
        ("I really need to run, my next meeting starts in two minutes.", "desperation"),
        ("The final version of the contract is attached.", "ultimatum"),
        ("Our customers deserve reliable uptime.", "invalid_reason"),
        ("The rollout was fairly smooth, apart from the SSO hiccup.", "fairness"),
        ("I'll be at the careers fair in Lyon on Thursday.", "fairness"),
        ("We worked together on the Halvorsen deal back in 2021.", "coordination"),
        ("With the scope and penalty clauses signed off last week, here's our price: $96k.", "price_before_scope"),
        ("No need to rush, take the weekend to look at the proposal.", "no_need"),
        ("I've been here for six years.", "evidence"),
    ],
)
def test_hard_negatives(text: str, not_expected: str) -> None:
    assert not_expected not in tags(text)
