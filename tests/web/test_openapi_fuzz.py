"""schemathesis against the OpenAPI document: no generated request gets a 5xx.

Requests are generated from the spec (valid and invalid ones) and sent through the ASGI app
over a throwaway copy of the demo store, authenticated like an API client.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from sparring.web.app import create_app  # noqa: E402
from sparring.web.server import demo_store  # noqa: E402
from sparring.web.settings import WebSettings  # noqa: E402

TOKEN = "fuzz-token-0123456789abcdef"
_FOLDER = Path(__file__).resolve().parents[2] / ".pytest_cache" / "web-fuzz-store"


def _app():  # type: ignore[no-untyped-def]
    shutil.rmtree(_FOLDER, ignore_errors=True)
    _FOLDER.mkdir(parents=True)
    url = demo_store(_FOLDER)
    return create_app(WebSettings(store_url=url, token=TOKEN, port=8765, today=lambda: dt.date(2026, 11, 20)))


APP = _app()
schema = schemathesis.openapi.from_asgi(
    "/api/v1/openapi.json", APP, headers={"Authorization": f"Bearer {TOKEN}", "Host": "127.0.0.1:8765"}
)


HEADERS = {"Authorization": f"Bearer {TOKEN}", "Host": "127.0.0.1:8765"}
SLUGS = ("raise", "promotion", "job-offer", "deal", "flexibility", "resources")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=HEADERS, checks=[not_a_server_error])


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_on_stored_cases(case) -> None:  # type: ignore[no-untyped-def]
    """The same, with the generated slug swapped for a stored case so the other inputs reach the services."""
    if case.path_parameters and "slug" in case.path_parameters:
        case.path_parameters["slug"] = SLUGS[hash(str(case.path_parameters["slug"])) % len(SLUGS)]
    case.call_and_validate(headers=HEADERS, checks=[not_a_server_error])


from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TURNS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["/hint", "/pause", "/offer", "/accept", "/end", "deal", "ok", "/offer salary=", "/offer =1"]),
    st.builds(lambda k, v: f"/offer {k}={v}", st.sampled_from(["salary", "effective", "bonus", "x"]), st.text(max_size=12)),
    st.builds(lambda n: f"I'd like {n} from April, or {n // 2}k with a bonus.", st.integers(-10**12, 10**12)),
)


@pytest.mark.parametrize("mode", ["rehearse", "flip"])
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(turns=st.lists(TURNS, min_size=1, max_size=6), slug=st.sampled_from(SLUGS))
def test_no_server_errors_on_live_turns(mode: str, turns: list[str], slug: str) -> None:
    """Live sessions get generated turns (text, commands, numbers): the API never answers 5xx."""
    with TestClient(APP, base_url="http://127.0.0.1:8765", raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {TOKEN}"
        started = client.post(f"/api/v1/cases/{slug}/rehearsals", json={"mode": mode})
        assert started.status_code == 201, started.text
        sid = started.json()["id"]
        for text in turns:
            response = client.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": text})
            assert response.status_code < 500, (text, response.text)
        assert client.get(f"/api/v1/rehearsals/{sid}").status_code == 200
