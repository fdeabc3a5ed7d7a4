"""The coach with no model (the default): useful answers from the case's own content, nothing sent, nothing logged."""

from __future__ import annotations

import datetime as dt

from sparring.llm.offline import OfflineProvider
from sparring.model.case import Case
from sparring.services import coach
from sparring.services.language import analyse_text
from tests.coach.conftest import ListLog

TODAY = dt.date(2027, 1, 5)
PITCH = (
    "I was wondering if maybe we could look at 136k from April. Sorry to bring it up again. "
    "The spot migration saves 21,400 dollars a month. I can write the one-page case this week."
)


def test_incentive_hypotheses_come_from_the_library_and_skip_what_the_case_has(raise_case: Case, log: ListLog) -> None:
    provider = OfflineProvider()
    result = coach.incentive_hypotheses(raise_case, provider, log)
    assert (result.source, result.fallback, result.notice) == ("offline", False, None)
    # "keep regrettable attrition low" is left out: the case already has inc-retention.
    assert [(i.text, i.metric, i.status) for i in result.items] == [
        ("deliver the team's committed work on time", "delivery against quarterly commitments", "hypothesis"),
        (
            "grow a successor who can run the team when they are away",
            "decisions and reviews run without them",
            "hypothesis",
        ),
        ("stay inside the team's headcount and salary budget", "spend against the team's budget", "hypothesis"),
    ]
    assert result.items[0].reason == "a manager is judged on what the team delivers, not on their own output"
    assert result.items[0].source == "incentive library: typical manager"
    assert provider.calls == [] and log.rows == []  # nothing was sent, so nothing to log


def test_objection_forecast_is_derived_from_the_raise_plan(raise_case: Case, log: ListLog) -> None:
    provider = OfflineProvider()
    result = coach.objection_forecast(raise_case, provider, log, today=TODAY)
    assert (result.source, result.fallback) == ("offline", False)
    assert [(o.text, o.basis, o.evidence, o.likelihood) for o in result.items] == [
        (
            "saying yes is a risk for me: other seniors ask for the same off-cycle treatment",
            "risk of yes risk-precedent",
            ["ev-cost"],
            "medium",
        ),
        (
            "saying yes is a risk for me: the director reads it as Marta failing to hold the freeze",
            "risk of yes risk-optics",
            ["ev-cost"],
            "medium",
        ),
        ("pay must stay inside the Senior II band (124k-146k)", "constraint con-band", ["ev-band"], "medium"),
        (
            "this isn't the moment: two seniors left in 2026; a third departure would put the Q1 roadmap at risk",
            "pressure pre-departures",
            ["ev-incidents"],
            "low",
        ),
        (
            "this isn't the moment: the CFO reviews cost-programme progress every month",
            "pressure pre-cfo",
            ["ev-cost"],
            "low",
        ),
    ]
    assert result.items[2].counter == (
        "I understand why it exists (internal equity policy; exceptions go through the HR committee); this is the "
        "kind of case it leaves room for. The receipt: my 118k base sits below the national median for software "
        "developers and below our own Senior II band (124k-146k) (fixes an outlier inside the existing band rather "
        "than creating an exception)."
    )
    # Already prepared in the plan, so not forecast again: the freeze (obj-freeze) and the director (obj-director).
    texts = " ".join(o.text for o in result.items)
    assert "frozen" not in texts and "can't decide" not in texts
    assert provider.calls == [] and log.rows == []


def test_objections_from_a_thin_plan_come_from_constraints_authority_and_the_checker(raise_case: Case) -> None:
    data = raise_case.to_data()
    data["objections"] = []
    data["evidence"] = []
    data["counterpart"]["risks_of_yes"] = []
    data["counterpart"]["pressures"] = []
    from sparring.model.case import parse_case

    thin = parse_case(data)
    items = coach.objection_forecast(thin, OfflineProvider(), today=TODAY).items
    assert [(o.text, o.basis) for o in items] == [
        ("merit budget frozen until the April 2027 cycle", "fixed constraint con-freeze"),
        (
            "I can't decide this on my own; Director of Engineering and HR Business Partner have a say",
            "authority",
        ),
        ("what results can you show me, in numbers?", "finding VALUE.RECEIPTS"),
        ("what's the risk for me if I say yes?", "finding THEM.SHOES"),
        ("pay must stay inside the Senior II band (124k-146k)", "constraint con-band"),
    ]
    # With no evidence to cite, counters say what they can and a note asks for a receipt.
    assert all(o.evidence == [] for o in items)
    assert items[0].note == "add evidence that backs this counter (VALUE.RECEIPTS)"
    assert items[2].counter is None and items[2].note is not None and "VALUE.RECEIPTS" in items[2].note


def test_rewrite_offline_gives_the_analysers_suggestions_and_no_rewrite(raise_case: Case) -> None:
    provider = OfflineProvider()
    result = coach.pitch_rewrite(raise_case, PITCH, provider)
    spans = [s for sentence in analyse_text(PITCH, raise_case).sentences for s in sentence.spans if s.polarity == "-"]
    assert [(s.tag, s.principle, s.text, s.start, s.end, s.suggestion) for s in result.suggestions] == [
        (s.tag, s.principle, s.text, s.start, s.end, s.suggestion) for s in spans
    ]
    assert [s.tag for s in result.suggestions] == ["hedge", "apology"]
    assert result.rewritten is None and result.diff == "" and result.numbers_kept and result.commitments_kept
    assert (result.source, result.fallback) == ("offline", False)
    assert provider.calls == []


def test_debrief_offline_summarises_the_scorecard(raise_case: Case) -> None:
    from sparring.engines.sim.phrasing import say_package
    from sparring.services import rehearsal
    from sparring.services.examples import examples_dir

    session = rehearsal.start(raise_case, seed=3)
    rehearsal.run_script(session, (examples_dir() / "rehearsal-raise.txt").read_text(encoding="utf-8").splitlines())
    card = session.scorecard().as_json()
    result = coach.debrief(raise_case, [e.as_json() for e in session.transcript], card, OfflineProvider())
    assert result.source == "offline" and not result.fallback
    agreed = say_package(raise_case, card["agreed"])  # the deal this rehearsal made, said the same way
    assert result.summary.startswith(f"Outcome: deal at {agreed} ({card['tier_band']}). Score ")
    turns = sum(1 for e in session.transcript if e.speaker == "you")
    assert f"Score {card['score']}/100 after {turns} of your turns" in result.summary
    assert 1 <= len(result.went_well) <= 3
