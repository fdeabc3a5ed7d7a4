"""The store and the exchange log the interfaces reach through services, without Typer."""

from __future__ import annotations

from pathlib import Path

import pytest

from sparring.model.errors import SparringError
from sparring.services import workspace
from sparring.services.cases import import_file
from sparring.services.examples import example_path


def test_a_store_is_opened_once_per_url_and_the_default_is_in_the_data_folder(
    tmp_path: Path, hermetic_environment: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'one.db'}"
    first = workspace.open_store(url)
    assert workspace.open_store(url) is first
    assert workspace.open_store(f"sqlite:///{tmp_path / 'two.db'}") is not first
    import_file(first, str(example_path("raise")), "raise", "a note")
    assert [s.slug for s in workspace.open_store(url).list()] == ["raise"]
    default = workspace.store_url(None)
    assert default.startswith("sqlite:///") and default.endswith("sparring.db")
    assert Path(default.removeprefix("sqlite:///")).is_relative_to(hermetic_environment)
    assert workspace.store_url(url) == url


def test_exchanges_are_recorded_with_keys_masked_and_listed_newest_first(tmp_path: Path) -> None:
    store = workspace.open_store(f"sqlite:///{tmp_path / 'log.db'}")
    row = {
        "feature": "coach.rewrite",
        "prompt_version": "3",
        "provider": "openai",
        "model": "m",
        "messages": [{"role": "user", "content": "my key is sk-abcdefghijklmnopqrstuvwx"}],
        "response": "ok",
        "latency_ms": 12.5,
        "prompt_tokens": 10,
        "completion_tokens": 2,
        "fallback": False,
        "error": None,
    }
    first = workspace.exchange_log(store).record(**row)
    second = workspace.exchange_log(store).record(**{**row, "feature": "coach.objections", "fallback": True})
    recent = workspace.recent_exchanges(store, 5)
    assert [r.id for r in recent] == [second, first]
    assert [r.feature for r in recent] == ["coach.objections", "coach.rewrite"]
    assert "sk-abcdefghijklmnopqrstuvwx" not in str(recent[1].as_json())
    assert recent[0].fallback and not recent[1].fallback
    with pytest.raises(SparringError) as refused:
        workspace.recent_exchanges(store, 0)
    assert refused.value.kind == "invalid"


def test_a_store_url_is_shown_without_its_password_and_a_name_becomes_a_slug() -> None:
    from sparring.services.cases import slug_for

    shown = workspace.shown_url("postgresql+psycopg://team:s3cret-pass@db.internal/sparring")
    assert "s3cret-pass" not in shown and shown == "postgresql+psycopg://team:***@db.internal/sparring"
    assert slug_for("Raise before Q3!") == "raise-before-q3"
    assert slug_for("job_offer.yaml") == "job-offer"
