"""The LLM settings page: status without the key, the endpoint check, the test button against a
scripted OpenAI-compatible server, and a form that writes the same file as `sparring llm use`."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sparring.web.settings import WebSettings
from tests.llm.fake_server import Step, chat, fake_server

HX = {"HX-Request": "true"}
KEY = "sk-test-SECRET-0123456789abcdef"


def _save(client: TestClient, **form: str) -> None:
    response = client.post("/settings/llm", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text[:600]
    assert response.headers["location"] == "/settings/llm?saved=true"


def test_offline_by_default(browser_like: TestClient) -> None:
    page = browser_like.get("/settings/llm").text
    assert "<dt>Provider</dt><dd>offline" in page and "(not written yet)" in page
    assert '<option value="offline" selected>' in page
    test = browser_like.post("/settings/llm/test", headers=HX).text
    assert "nothing was sent" in test and "<html" not in test


def test_saving_writes_the_file_like_llm_use(browser_like: TestClient, settings: WebSettings, tmp_path: Path) -> None:
    import sparring.cli.llm  # noqa: F401  (registers the commands)
    from sparring.cli.main import app

    _save(browser_like, preset="vllm", model="qwen", api_key=KEY, timeout_s="30")
    assert settings.llm_config is not None
    written = settings.llm_config.read_text()
    assert stat.S_IMODE(settings.llm_config.stat().st_mode) == 0o600
    result = CliRunner().invoke(app, ["llm", "use", "vllm", "--model", "qwen", "--api-key", KEY, "--timeout", "30"])
    assert result.exit_code == 0, result.stdout
    assert (tmp_path / "home" / "llm.toml").read_text() == written

    page = browser_like.get("/settings/llm?saved=true").text
    assert "Saved the LLM settings" in page and KEY not in page
    assert '<span class="badge ready">set</span>' in page and "<dt>Model</dt><dd>qwen" in page
    assert '<option value="vllm" selected>' in page and 'value="qwen"' in page


def test_an_empty_key_field_keeps_the_key_for_the_same_server_only(
    browser_like: TestClient, settings: WebSettings
) -> None:
    assert settings.llm_config is not None
    _save(browser_like, preset="vllm", api_key=KEY)
    _save(browser_like, preset="vllm", model="other")  # same server: the key stays
    assert KEY in settings.llm_config.read_text()
    _save(browser_like, preset="openai", base_url="http://127.0.0.1:9/v1")  # another server: it does not follow
    assert KEY not in settings.llm_config.read_text()
    _save(browser_like, preset="vllm", api_key=KEY)
    _save(browser_like, preset="vllm", forget_key="true")
    assert KEY not in settings.llm_config.read_text()


def test_saving_the_page_back_keeps_a_credential_in_the_url(browser_like: TestClient, settings: WebSettings) -> None:
    """The page shows the URL redacted; sending that display back must not store the redaction mark."""
    assert settings.llm_config is not None
    url = "http://user:hunter2-secret@127.0.0.1:9/v1?api-key=abc123secret"
    _save(browser_like, preset="openai", base_url=url)
    page = browser_like.get("/settings/llm").text
    shown = re.search(r'name="base_url"[^>]*value="([^"]*)"', page) or re.search(r'value="([^"]*)"[^>]*name="base_url"', page)
    assert shown is not None and "hunter2" not in shown.group(1) and "…redacted…" in shown.group(1)
    _save(browser_like, preset="openai", base_url=shown.group(1).replace("&amp;", "&"), model="other")
    written = settings.llm_config.read_text()
    assert "hunter2-secret" in written and "abc123secret" in written and "redacted" not in written
    refused = browser_like.post(
        "/settings/llm", data={"preset": "openai", "base_url": "http://…redacted…@elsewhere:9/v1"}, follow_redirects=False
    )
    assert refused.status_code == 422 and "redaction mark" in refused.text


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"preset": "olama"}, "is not a known LLM preset"),
        ({"preset": "openai", "base_url": "ftp://x"}, "must start with http"),
        ({"preset": "llamacpp"}, "needs a model file and a chat format"),
        ({"preset": "vllm", "api_key": "a", "api_key_env": "B"}, "not both"),
        ({"preset": "vllm", "timeout_s": "soon"}, "not a number of seconds"),
        ({"preset": "vllm", "timeout_s": "0"}, "timeout_s"),
    ],
)
def test_bad_settings_are_refused_on_the_page(browser_like: TestClient, form: dict[str, str], message: str) -> None:
    response = browser_like.post("/settings/llm", data=form)
    assert response.status_code == 422 and message in response.text
    assert 'id="llm-form"' in response.text


def test_the_test_button_reports_model_and_latency_and_logs_the_exchange(
    browser_like: TestClient, api: TestClient
) -> None:
    with fake_server(Step(body=chat("ready", model="tiny-model"))) as server:
        _save(browser_like, preset="openai", base_url=server.base_url, model="tiny-model", api_key=KEY)
        result = browser_like.post("/settings/llm/test", headers=HX).text
        assert re.search(r"Model <strong>tiny-model</strong> answered in <strong>[\d.]+ ms</strong>", result)
        assert "“ready”" in result and "(3+2 tokens)" in result
        assert server.headers[-1]["authorization"] == f"Bearer {KEY}"  # sent to the server, never to the page
        endpoint = browser_like.get("/settings/llm/endpoint", headers=HX).text
        assert "answers" in endpoint and "fake-model" in endpoint and "on this computer" in endpoint
    from sparring.store.exchanges import ExchangeStore

    rows = ExchangeStore(api.app.state.store).recent(5)  # type: ignore[attr-defined]
    assert rows[0].feature == "llm-test" and rows[0].model == "tiny-model"


def test_the_test_button_shows_the_error(browser_like: TestClient) -> None:
    with fake_server(Step(status=401, body={"error": {"message": "bad key"}})) as server:
        _save(browser_like, preset="openai", base_url=server.base_url, model="m", timeout_s="5")
        result = browser_like.post("/settings/llm/test", headers=HX)
    assert result.status_code == 200
    assert "The test failed" in result.text and 'role="alert"' in result.text


def test_an_endpoint_that_does_not_answer(browser_like: TestClient) -> None:
    from tests.store.pg_server import free_port

    _save(browser_like, preset="llamacpp-server", base_url=f"http://127.0.0.1:{free_port()}/v1", timeout_s="2")
    fragment = browser_like.get("/settings/llm/endpoint", headers=HX).text
    assert "does not answer" in fragment
    full = browser_like.get("/settings/llm?check=true").text  # without JavaScript
    assert "does not answer" in full


def test_without_htmx_the_test_renders_the_page(browser_like: TestClient) -> None:
    page = browser_like.post("/settings/llm/test").text
    assert "<h1>LLM settings</h1>" in page and "nothing was sent" in page


def test_a_broken_settings_file_is_explained(browser_like: TestClient, settings: WebSettings) -> None:
    assert settings.llm_config is not None
    settings.llm_config.write_text("provider = [\n")
    page = browser_like.get("/settings/llm")
    assert page.status_code == 200 and "cannot read the LLM settings" in page.text
    assert "The test failed" in browser_like.post("/settings/llm/test", headers=HX).text
    _save(browser_like, preset="offline")
    assert "<dt>Provider</dt><dd>offline" in browser_like.get("/settings/llm").text


def test_environment_settings_are_shown_as_stronger(browser_like: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARRING_LLM_MODEL", "env-model")
    page = browser_like.get("/settings/llm").text
    assert "<code>SPARRING_LLM_MODEL</code>" in page and "env-model" in page


def test_settings_posts_need_the_csrf_token(browser_like: TestClient) -> None:
    del browser_like.headers["X-CSRF-Token"]
    assert browser_like.post("/settings/llm", data={"preset": "vllm"}).status_code == 403
    assert browser_like.post("/settings/llm/test").status_code == 403


@pytest.mark.parametrize("name", ["ANY_VAR", "AWS_SECRET_ACCESS_KEY", "HOME", "SPARRING_TOKEN", "openai_api_key"])
def test_only_documented_key_variables_can_be_named(
    browser_like: TestClient, settings: WebSettings, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Naming any variable, then pressing Test, once sent its value to the base URL as a Bearer token."""
    assert settings.llm_config is not None
    monkeypatch.setenv(name, "value-of-the-servers-environment")
    with fake_server(Step(body=chat("ready"))) as server:
        response = browser_like.post(
            "/settings/llm", data={"preset": "openai", "base_url": server.base_url, "model": "m", "api_key_env": name}
        )
        assert response.status_code == 422
        assert "the key can only come from SPARRING_LLM_API_KEY or OPENAI_API_KEY here" in response.text
        assert "value-of-the-servers-environment" not in response.text
        assert not settings.llm_config.exists()
        test = browser_like.post("/settings/llm/test", headers=HX).text
        assert "nothing was sent" in test
        browser_like.get("/settings/llm/endpoint", headers=HX)
        assert server.requests == [] and server.headers == []


def test_a_documented_key_variable_is_sent_to_the_server_it_was_named_for(
    browser_like: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPARRING_LLM_API_KEY", KEY)
    with fake_server(Step(body=chat("ready"))) as server:
        _save(browser_like, preset="openai", base_url=server.base_url, model="m", api_key_env="SPARRING_LLM_API_KEY")
        assert "answered in" in browser_like.post("/settings/llm/test", headers=HX).text
        assert server.headers[-1]["authorization"] == f"Bearer {KEY}"
    page = browser_like.get("/settings/llm").text
    assert "SPARRING_LLM_API_KEY or OPENAI_API_KEY: the page names no other variable." in page
