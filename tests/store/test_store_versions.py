"""Versions, round trips, history and not-found messages, on SQLite and a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.store.repository import CaseStore, CaseSummary, VersionInfo

YAML_TEXT = """\
# My raise case: comments must survive the store.
kind: raise
title: Raise before the Q3 review   # the meeting is in September
"""


def test_every_save_is_a_new_version_and_old_versions_stay_readable(
    store: CaseStore, make_case: Callable[..., Case]
) -> None:
    first = store.save("raise-q3", make_case(title="First draft"))
    second = store.save("raise-q3", make_case(title="Second draft"), note="after the 1:1")
    third = store.save("raise-q3", make_case(title="Third draft"))

    assert (first.version, second.version, third.version) == (1, 2, 3)
    assert store.get("raise-q3", 1).case.title == "First draft"
    assert store.get("raise-q3", 2).case.title == "Second draft"
    assert store.get("raise-q3", 2).note == "after the 1:1"
    latest = store.get("raise-q3")
    assert (latest.version, latest.case.title, latest.note) == (3, "Third draft", None)


def test_versions_are_numbered_per_case(store: CaseStore, make_case: Callable[..., Case]) -> None:
    store.save("alpha", make_case())
    store.save("alpha", make_case())
    assert store.save("beta", make_case()).version == 1
    assert store.save("alpha", make_case()).version == 3


def test_case_data_yaml_text_and_note_round_trip(store: CaseStore, make_case: Callable[..., Case]) -> None:
    case = make_case()
    before = datetime.now(UTC)
    info = store.save("raise-q3", case, yaml_text=YAML_TEXT, note="imported from raise.yaml")
    after = datetime.now(UTC)

    stored = store.get("raise-q3", 1)
    assert stored.case == case
    assert stored.case.to_json_data() == case.to_json_data()
    assert stored.yaml_text == YAML_TEXT
    assert stored.note == "imported from raise.yaml"
    assert (stored.slug, stored.version) == ("raise-q3", 1)
    assert stored.saved_at == info.saved_at
    assert stored.saved_at.tzinfo == UTC
    assert before - timedelta(seconds=1) <= stored.saved_at <= after + timedelta(seconds=1)
    assert info == VersionInfo("raise-q3", 1, stored.saved_at, "imported from raise.yaml")


def test_unicode_text_round_trips(store: CaseStore, make_case: Callable[..., Case]) -> None:
    case = make_case(title="Gehaltserhöhung — 日本語 ✓")
    store.save("unicode", case)
    assert store.get("unicode").case.title == "Gehaltserhöhung — 日本語 ✓"


def test_history_is_oldest_first_with_notes(store: CaseStore, make_case: Callable[..., Case]) -> None:
    infos = [store.save("raise-q3", make_case(), note=note) for note in ("one", None, "three")]
    history = store.history("raise-q3")
    assert history == infos
    assert [(v.version, v.note) for v in history] == [(1, "one"), (2, None), (3, "three")]
    assert history[0].saved_at <= history[1].saved_at <= history[2].saved_at


def test_list_shows_each_case_once_with_its_latest_version(store: CaseStore, make_case: Callable[..., Case]) -> None:
    assert store.list() == []
    store.save("zeta", make_case(title="Zeta"))
    store.save("alpha", make_case(title="Alpha old"))
    last = store.save("alpha", make_case(kind="promotion", title="Alpha new"))
    zeta_time = store.history("zeta")[0].saved_at

    assert store.list() == [
        CaseSummary("alpha", "Alpha new", "promotion", 2, last.saved_at),
        CaseSummary("zeta", "Zeta", "raise", 1, zeta_time),
    ]


def test_exists(store: CaseStore, make_case: Callable[..., Case]) -> None:
    assert store.exists("raise-q3") is False
    store.save("raise-q3", make_case())
    assert store.exists("raise-q3") is True
    assert store.exists("Not A Slug") is False


def test_unknown_slug_names_the_known_ones(store: CaseStore, make_case: Callable[..., Case]) -> None:
    with pytest.raises(SparringError) as empty:
        store.get("raise-q3")
    assert empty.value.kind == "not_found"
    assert empty.value.message == "no case named 'raise-q3': the store has no cases yet"

    store.save("raise-q3", make_case())
    store.save("job-offer", make_case())
    with pytest.raises(SparringError) as caught:
        store.get("raise-q4")
    assert caught.value.kind == "not_found"
    assert caught.value.message == "no case named 'raise-q4'; stored cases: job-offer, raise-q3"
    assert caught.value.hint == "did you mean 'raise-q3'?"

    with pytest.raises(SparringError) as history:
        store.history("nothing-like-it")
    assert history.value.kind == "not_found"
    assert history.value.message == "no case named 'nothing-like-it'; stored cases: job-offer, raise-q3"


def test_unknown_version_says_which_exist(store: CaseStore, make_case: Callable[..., Case]) -> None:
    store.save("raise-q3", make_case())
    store.save("raise-q3", make_case())
    with pytest.raises(SparringError) as caught:
        store.get("raise-q3", 7)
    assert caught.value.kind == "not_found"
    assert caught.value.message == "case 'raise-q3' has no version 7; it has versions 1-2"
    with pytest.raises(SparringError) as zero:
        store.get("raise-q3", 0)
    assert zero.value.kind == "invalid"


@pytest.mark.parametrize("slug", ["", "Raise", "-raise", "raise_q3", "raise q3", "a" * 65, "ré"])
def test_invalid_slugs_are_rejected(store: CaseStore, make_case: Callable[..., Case], slug: str) -> None:
    with pytest.raises(SparringError) as caught:
        store.save(slug, make_case())
    assert caught.value.kind == "invalid"
    assert caught.value.message == f"{slug!r} is not a valid case name"
    assert store.list() == []


def test_reopening_keeps_everything(store_url: str, make_case: Callable[..., Case]) -> None:
    with CaseStore(store_url) as first:
        first.save("raise-q3", make_case(title="Kept"))
    with CaseStore(store_url) as second:
        assert second.get("raise-q3").case.title == "Kept"
        assert second.save("raise-q3", make_case()).version == 2
