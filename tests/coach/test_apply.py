"""Accepted suggestions become a new version of a stored case: new ids, no duplicates, history kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sparring.llm.offline import OfflineProvider
from sparring.model.case import Case
from sparring.services import coach
from sparring.services.cases import import_file
from sparring.services.coach import SuggestedIncentive, SuggestedObjection
from sparring.services.examples import example_path
from sparring.store.repository import CaseStore


@pytest.fixture
def store(tmp_path: Path) -> CaseStore:
    store = CaseStore(f"sqlite:///{tmp_path / 'cases.db'}")
    import_file(store, str(example_path("raise")), slug="raise")
    return store


def test_apply_incentives_adds_hypotheses_with_new_ids_as_a_new_version(store: CaseStore, raise_case: Case) -> None:
    items = coach.incentive_hypotheses(raise_case, OfflineProvider()).items
    info = coach.apply_incentives(store, "raise", items)
    assert info is not None and info.version == 2
    saved = store.get("raise").case.counterpart.incentives
    assert [i.id for i in saved] == [
        "inc-retention",
        "inc-cost",
        "inc-oncall",
        "inc-succession",
        "inc-deliver-the-team-s",
        "inc-grow-a-successor-who",
        "inc-stay-inside-the-team",
    ]
    added = saved[4]
    assert (added.text, added.status, added.metric) == (
        "deliver the team's committed work on time",
        "hypothesis",
        "delivery against quarterly commitments",
    )
    assert added.reason == "a manager is judged on what the team delivers, not on their own output"
    assert added.source == "incentive library: typical manager"
    assert store.history("raise")[-1].note == "coach: added 3 incentive hypotheses (THEM.RESEARCH)"
    # Applying the same items again adds nothing and writes no version.
    assert coach.apply_incentives(store, "raise", items) is None
    assert len(store.history("raise")) == 2


def test_apply_objections_skips_duplicates_and_unknown_evidence(store: CaseStore, raise_case: Case) -> None:
    forecast = coach.objection_forecast(raise_case, OfflineProvider(), today=dt.date(2027, 1, 5)).items
    extra = [
        SuggestedObjection("the merit budget is frozen", "April works", ["ev-cost"], "high", "AI suggestion"),
        SuggestedObjection("we just had layoffs", "this saves money", ["ev-cost", "ev-nope"], "low", "AI suggestion"),
    ]
    info = coach.apply_objections(store, "raise", [forecast[0], forecast[2], *extra])
    assert info is not None and info.version == 2
    saved = store.get("raise").case.objections
    assert [o.id for o in saved][5:] == ["obj-saying-yes-is-a", "obj-pay-must-stay-inside", "obj-we-just-had-layoffs"]
    new = {o.id: o for o in saved}
    assert new["obj-pay-must-stay-inside"].evidence == ["ev-band"]
    assert new["obj-pay-must-stay-inside"].counter == forecast[2].counter
    assert (new["obj-we-just-had-layoffs"].evidence, new["obj-we-just-had-layoffs"].likelihood) == (["ev-cost"], "low")


def test_apply_keeps_the_yaml_comments_of_the_stored_case(store: CaseStore) -> None:
    item = SuggestedIncentive("ship the reliability roadmap", "SLO attainment", "her director reviews it", "test")
    coach.apply_incentives(store, "raise", [item])
    stored = store.get("raise")
    assert stored.yaml_text is not None and "# Step 3 - THEM.RESEARCH" in stored.yaml_text
    assert "ship the reliability roadmap" in stored.yaml_text


def test_apply_pitch_keeps_the_rewrite_as_a_new_draft(store: CaseStore) -> None:
    info = coach.apply_pitch(store, "raise", "I'd like to agree 136k from April.")
    assert info is not None
    drafts = store.get("raise").case.pitch
    assert [p.title for p in drafts] == ["opening for the 1:1", "coach rewrite"]
    assert coach.apply_pitch(store, "raise", "I'd like to agree  136k from April.") is None
