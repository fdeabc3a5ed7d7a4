"""Fixtures for the web tests: an app over a temporary store holding the six examples."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sparring.web.app import create_app
from sparring.web.server import demo_store
from sparring.web.settings import WebSettings
from tests.llm_env import LLM_ENV

TOKEN = "test-token-0123456789abcdef"
BASE = "http://127.0.0.1:8765"
TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the six examples, made once and copied for each test (imports take a while)."""
    folder = tmp_path_factory.mktemp("demo")
    demo_store(folder)
    return folder / "demo.db"


@pytest.fixture(autouse=True)
def clean_llm_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No LLM settings leak in from the developer's environment or config folder."""
    for name in LLM_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SPARRING_HOME", str(tmp_path / "home"))


@pytest.fixture
def settings(demo_db: Path, tmp_path: Path) -> WebSettings:
    copy = tmp_path / "store.db"
    copy.write_bytes(demo_db.read_bytes())
    return WebSettings(
        store_url=f"sqlite:///{copy}", token=TOKEN, port=8765, today=lambda: TODAY, llm_config=tmp_path / "llm.toml"
    )


@pytest.fixture
def anon(settings: WebSettings) -> Iterator[TestClient]:
    """A client with no token at all."""
    with TestClient(create_app(settings), base_url=BASE) as client:
        yield client


@pytest.fixture
def browser_like(settings: WebSettings) -> Iterator[TestClient]:
    """A client holding the token cookie, as a browser does after opening the printed URL."""
    with TestClient(create_app(settings), base_url=BASE) as client:
        client.cookies.set(settings.cookie_name, TOKEN)
        client.headers["X-CSRF-Token"] = settings.csrf_token
        yield client


@pytest.fixture
def api(settings: WebSettings) -> Iterator[TestClient]:
    """An API client: the token in the Authorization header."""
    with TestClient(create_app(settings), base_url=BASE) as client:
        client.headers["Authorization"] = f"Bearer {TOKEN}"
        yield client


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Let the browser fixtures see whether the test failed (to save a screenshot and the server log)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call":
        item.rep_call = report  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright, for the browser tests (they skip without it)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-background-networking"]
        )
        yield launched
        launched.close()
