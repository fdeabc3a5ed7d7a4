"""The offer reader on turns a judge found misread in real scripts: a number becomes a lever value only
when the text ties it to a lever, and every other number is listed as not an offer, with the reason."""

from __future__ import annotations

from pathlib import Path

from sparring.engines.ear import Context, hear
from sparring.engines.ear.reading import Reading
from sparring.model.case import Case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

CASES = Path(__file__).parents[1] / "data" / "hear" / "cases"


def _case(name: str) -> Case:
    path = CASES / f"{name}.yaml"
    return load_case_file(path if path.is_file() else example_path(name)).case


def _hear(
    name: str, text: str, standing: dict[str, object] | None = None, your_last: dict[str, object] | None = None
) -> Reading:
    return hear(text, _case(name), Context(standing=standing, your_last=your_last))  # type: ignore[arg-type]


def _not_offers(reading: Reading) -> list[tuple[str, str]]:
    return [(m.text, frame) for m, frame in reading.offer.excluded]


def test_a_floor_with_a_walk_away_is_a_limit_not_a_proposal() -> None:
    reading = _hear("deal", "under 40 is a no for us. if that's where you land, we keep the pilot month to month")
    assert reading.offers == [] and "propose" not in reading.acts
    assert _not_offers(reading) == [("40", "limit")]


def test_a_rivals_price_and_a_like_for_like_rebuttal_are_not_offers() -> None:
    reading = _hear(
        "saas_renewal",
        "On Dispatchly's 57, I'd just double-check what's in it. Once you add routing and parts, "
        "you're looking at around 71 apples to apples.",
    )
    assert reading.offers == []
    assert _not_offers(reading) == [("57", "competing"), ("71", "metric")]


def test_where_a_band_starts_is_a_fact() -> None:
    reading = _hear("raise", "senior ii starts at 124")
    assert reading.offers == [] and _not_offers(reading) == [("124", "market")]


def test_an_earnings_gap_quotes_their_base_and_proposes_nothing() -> None:
    reading = _hear(
        "job_offer",
        "Last year my W-2 came to about 121k, with 80k of base. With your 72k base the OTE is 112k, "
        "so is about 9 thousand below",
    )
    assert reading.offers == [] and "propose" not in reading.acts
    assert _not_offers(reading) == [
        ("121k", "metric"),
        ("80k", "current"),
        ("72k", "quote"),
        ("112k", "metric"),
        ("9 thousand", "metric"),
    ]
    assert [m.text for m in reading.offer.quoted] == ["72k"]


def test_terms_turned_down_are_rejections() -> None:
    reading = _hear("saas_renewal", "55 on 900 seats for 12 months isn't gonna fly")
    assert reading.offers == []
    assert _not_offers(reading) == [("55", "rejection"), ("900", "rejection"), ("12", "rejection")]


def test_refusals_and_a_cap_are_not_the_terms_a_line_proposes() -> None:
    reading = _hear("deal", "can't do net 90. net 60 max, and only on 36 mo. 99.9 sla with credits, not 99.95")
    assert reading.offers == [{"term": 36, "sla": "99.9%"}]
    assert _not_offers(reading) == [("net 90", "rejection"), ("net 60", "limit"), ("99.95", "rejection")]


def test_a_question_about_a_yearly_saving_or_blocked_revenue_is_no_budget() -> None:
    saving = _hear("data_team_headcount", "Could we talk about the 234k a year the stores would save?")
    assert saving.offers == [] and saving.ambiguous is None
    assert _not_offers(saving) == [("234k", "receipt")]
    blocked = _hear("resources", "Can you put the 2.1M of blocked ARR in front of the CFO?")
    assert blocked.offers == [] and blocked.ambiguous is None
    assert _not_offers(blocked) == [("2.1M", "receipt")]
