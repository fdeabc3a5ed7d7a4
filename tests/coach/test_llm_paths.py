"""The coach with a model: validated answers, verified rewrites, and a visible fallback when the model fails.

The model is the offline provider with canned replies queued (the test double); an
unreachable OpenAI-compatible server stands for a model that is down.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sparring.llm.config import LLMConfig
from sparring.llm.errors import LLMUnavailable
from sparring.llm.offline import OfflineProvider
from sparring.llm.openai_provider import OpenAIProvider
from sparring.model.case import Case
from sparring.services import coach
from sparring.store.exchanges import ExchangeStore
from tests.coach.conftest import ListLog
from tests.store.pg_server import free_port

PITCH = (
    "I was wondering if maybe we could look at 136k from April. Sorry to bring it up again. "
    "The spot migration saves 21,400 dollars a month. I can write the one-page case this week."
)
GOOD_REWRITE = (
    "I'd like to agree 136k from April. Thank you for making the time. "
    "The spot migration saves 21,400 dollars a month. I can write the one-page case this week."
)
INCENTIVES = {
    "incentives": [
        {"incentive": "ship the reliability roadmap", "metric": "SLO attainment", "why": "her director reviews it"},
        {"incentive": "keep regrettable attrition under 5%", "why": "two seniors already left"},
    ]
}


def test_an_llm_incentive_answer_is_validated_and_marked_hypothesis(raise_case: Case, log: ListLog) -> None:
    provider = OfflineProvider([json.dumps(INCENTIVES)])
    result = coach.incentive_hypotheses(raise_case, provider, log)
    assert (result.source, result.fallback, result.notice) == ("llm", False, None)
    assert [(i.text, i.metric, i.reason, i.status) for i in result.items] == [
        ("ship the reliability roadmap", "SLO attainment", "her director reviews it", "hypothesis"),
        ("keep regrettable attrition under 5%", None, "two seniors already left", "hypothesis"),
    ]
    assert result.items[1].duplicate_of == "inc-retention"  # the case already has it
    assert result.items[0].source == "AI suggestion (offline, prompt incentives/1)"
    sent = provider.calls[0].messages[-1].content
    assert "Role: Engineering Manager, Platform" in sent and "top three professional incentives" in sent
    assert "118000" not in sent and "Marta" not in sent  # only role, organisation and context leave the machine
    assert [(r["feature"], r["prompt_version"], r["fallback"], r["error"]) for r in log.rows] == [
        ("incentives", "incentives/1", False, None)
    ]


def test_malformed_json_falls_back_to_the_library_with_a_notice(raise_case: Case, log: ListLog) -> None:
    result = coach.incentive_hypotheses(raise_case, OfflineProvider(["Sure! Here are three incentives: {oops"]), log)
    assert (result.source, result.fallback) == ("offline", True)
    assert result.notice is not None and "not usable" in result.notice and "offline path" in result.notice
    assert [i.text for i in result.items] == [
        i.text for i in coach.incentive_hypotheses(raise_case, OfflineProvider()).items
    ]
    assert [(r["fallback"], r["provider"]) for r in log.rows] == [(True, "offline")]
    assert "holds no JSON" in (log.rows[0]["error"] or "")


def test_placeholders_from_a_small_model_are_refused(raise_case: Case) -> None:
    filler = {"incentives": [{"incentive": "IncentiveAnswer", "why": "IncentiveAnswer"}]}
    result = coach.incentive_hypotheses(raise_case, OfflineProvider([json.dumps(filler)]))
    assert result.fallback and result.notice is not None and "needs at least 2 words" in result.notice
    repeated = {"objections": [{"objection": "the budget is frozen", "counter": "April fits the new cycle"}] * 2}
    result = coach.objection_forecast(raise_case, OfflineProvider([json.dumps(repeated)]))
    assert result.fallback and result.notice is not None and "appears twice" in result.notice


def test_an_unreachable_server_falls_back_with_a_notice(raise_case: Case, log: ListLog) -> None:
    config = LLMConfig.model_validate(
        {"provider": "openai", "base_url": f"http://127.0.0.1:{free_port()}/v1", "model": "m", "max_retries": 0}
    )
    result = coach.objection_forecast(raise_case, OpenAIProvider(config), log, today=dt.date(2027, 1, 5))
    assert (result.source, result.fallback) == ("offline", True)
    assert result.notice is not None and result.notice.startswith("The language model is unavailable")
    assert len(result.items) == 5 and log.rows[0]["fallback"] is True


def test_llm_objections_keep_known_evidence_and_refuse_invented_numbers(raise_case: Case, log: ListLog) -> None:
    answer = {
        "objections": [
            {"objection": "the budget is frozen", "counter": "April fits the cycle", "evidence": ["ev-cost", "ev-x"]},
            {"objection": "others will want the same", "counter": "my results are specific", "likelihood": "low"},
        ]
    }
    result = coach.objection_forecast(raise_case, OfflineProvider([json.dumps(answer)]), log)
    assert result.source == "llm"
    assert [(o.text, o.evidence, o.likelihood, o.duplicate_of) for o in result.items] == [
        ("the budget is frozen", ["ev-cost"], "medium", "obj-freeze"),
        ("others will want the same", [], "low", None),
    ]
    invented = {"objections": [{"objection": "it is too expensive", "counter": "it saves 900,000 USD a year"}]}
    refused = coach.objection_forecast(raise_case, OfflineProvider([json.dumps(invented)]), log)
    assert refused.fallback and refused.notice is not None and "not in the case: 900000" in refused.notice
    paraphrased = {
        "objections": [{"objection": "there is no budget", "counter": "the migration saves about 256k a year"}]
    }
    assert coach.objection_forecast(raise_case, OfflineProvider([json.dumps(paraphrased)])).source == "llm"


def test_a_rewrite_that_keeps_numbers_and_commitments_is_used_with_a_diff(raise_case: Case, log: ListLog) -> None:
    result = coach.pitch_rewrite(raise_case, PITCH, OfflineProvider([json.dumps({"rewritten": GOOD_REWRITE})]), log)
    assert (result.source, result.rewritten, result.numbers_kept, result.commitments_kept) == (
        "llm",
        GOOD_REWRITE,
        True,
        True,
    )
    assert "-I was wondering if maybe we could look at 136k from April.\n" in result.diff
    assert "+I'd like to agree 136k from April.\n" in result.diff
    assert result.word_diff.startswith("[-I was wondering if maybe we could look at-] {+I'd like to agree+} 136k")
    assert [s.tag for s in result.suggestions] == ["hedge", "apology"]
    assert log.rows[0]["prompt_version"] == "rewrite/1"


def test_a_rewrite_that_changes_a_number_is_rejected_for_the_suggestions(raise_case: Case, log: ListLog) -> None:
    changed = GOOD_REWRITE.replace("136k", "140k")
    result = coach.pitch_rewrite(raise_case, PITCH, OfflineProvider([json.dumps({"rewritten": changed})]), log)
    assert (result.numbers_kept, result.rewritten, result.source, result.fallback) == (False, None, "offline", True)
    assert result.notice is not None and "numbers changed: 136000, 140000" in result.notice
    assert [s.tag for s in result.suggestions] == ["hedge", "apology"]
    assert log.rows[0]["fallback"] is True


def test_a_rewrite_that_drops_or_adds_a_commitment_is_rejected(raise_case: Case) -> None:
    dropped = GOOD_REWRITE.replace(" I can write the one-page case this week.", "")
    result = coach.pitch_rewrite(raise_case, PITCH, OfflineProvider([json.dumps({"rewritten": dropped})]))
    assert (result.commitments_kept, result.rewritten) == (False, None)
    added = GOOD_REWRITE + " I can also add a free month of on-call cover."
    result = coach.pitch_rewrite(raise_case, PITCH, OfflineProvider([json.dumps({"rewritten": added})]))
    assert (
        result.rewritten is None and result.notice is not None and "commitments or concessions added" in result.notice
    )


def test_a_pitch_with_nothing_to_fix_is_not_sent(raise_case: Case) -> None:
    provider = OfflineProvider([json.dumps({"rewritten": "anything"})])
    result = coach.pitch_rewrite(raise_case, "The spot migration saves 21,400 dollars a month.", provider)
    assert result.suggestions == [] and result.rewritten is None and provider.calls == []


def test_debrief_from_the_model_may_not_invent_numbers(raise_case: Case) -> None:
    transcript = [{"speaker": "you", "text": "I'd like 136k."}, {"speaker": "them", "text": "I can offer 130,000."}]
    card = {"outcome": "deal", "agreed": {"salary": 130000}, "score": 61, "followed": {"ask": 1}, "practise": []}
    good = {"summary": "You closed at 130,000 after asking for 136k.", "went_well": ["a clear ask"], "practise": []}
    result = coach.debrief(raise_case, transcript, card, OfflineProvider([json.dumps(good)]))
    assert (result.source, result.summary) == ("llm", good["summary"])
    bad = {"summary": "You closed at 150,000 after a long talk.", "went_well": [], "practise": []}
    result = coach.debrief(raise_case, transcript, card, OfflineProvider([json.dumps(bad)]))
    assert result.fallback and result.summary.startswith("Outcome: deal at 130k.")


def test_every_exchange_is_logged_in_the_store(raise_case: Case, tmp_path: Path) -> None:
    store = ExchangeStore(f"sqlite:///{tmp_path / 'log.db'}")
    coach.incentive_hypotheses(raise_case, OfflineProvider([json.dumps(INCENTIVES)]), store)
    coach.incentive_hypotheses(raise_case, OfflineProvider([LLMUnavailable("server down")]), store)
    rows = store.recent(5)
    assert [(r.feature, r.prompt_version, r.fallback) for r in rows] == [
        ("incentives", "incentives/1", True),
        ("incentives", "incentives/1", False),
    ]
    assert rows[0].error == "server down"
    assert rows[1].response is not None and "ship the reliability roadmap" in rows[1].response
    assert rows[1].messages[-1]["role"] == "user" and rows[1].latency_ms is not None
    store.close()
