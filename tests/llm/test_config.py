"""LLM settings: environment over file over OPENAI_* over offline; the file is private; keys stay hidden."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from sparring.llm.config import LLMConfig, config_path, from_preset, resolve, save
from sparring.llm.factory import open_provider
from sparring.llm.offline import OfflineProvider
from sparring.model.errors import SparringError

KEY = "sk-test-SECRET-0123456789abcdef"


def test_the_default_is_offline(tmp_path: Path) -> None:
    resolved = resolve(env={}, path=tmp_path / "llm.toml")
    assert resolved.config == LLMConfig()
    assert resolved.config.provider == "offline"
    assert isinstance(open_provider(resolved.config), OfflineProvider)


def test_the_file_comes_from_sparring_home(clean_llm_env: Path) -> None:
    assert config_path() == clean_llm_env / "llm.toml"


def test_a_saved_preset_is_read_back_with_mode_0600(tmp_path: Path) -> None:
    path = save(from_preset("ollama", model="qwen2.5:3b", api_key=KEY), tmp_path / "cfg" / "llm.toml")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    config = resolve(env={}, path=path).config
    assert (config.provider, config.preset, config.base_url, config.model) == (
        "openai",
        "ollama",
        "http://127.0.0.1:11434/v1",
        "qwen2.5:3b",
    )
    assert config.key() == KEY


def test_an_existing_file_is_made_private_again(tmp_path: Path) -> None:
    path = tmp_path / "llm.toml"
    path.write_text('provider = "offline"\n')
    path.chmod(0o644)
    save(from_preset("vllm", model="m"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_environment_beats_the_file_which_beats_openai_variables(tmp_path: Path) -> None:
    path = save(from_preset("ollama"), tmp_path / "llm.toml")
    env = {"OPENAI_BASE_URL": "http://openai-var:1/v1", "OPENAI_API_KEY": "from-openai-var"}
    resolved = resolve(env=env, path=path)
    assert resolved.config.base_url == "http://127.0.0.1:11434/v1"
    assert resolved.config.key() is None or resolved.config.api_key_env == "OPENAI_API_KEY"

    env |= {"SPARRING_LLM_BASE_URL": "http://127.0.0.1:9/v1", "SPARRING_LLM_MODEL": "m2", "SPARRING_LLM_API_KEY": KEY}
    resolved = resolve(env=env, path=path)
    assert (resolved.config.base_url, resolved.config.model, resolved.config.key()) == (
        "http://127.0.0.1:9/v1",
        "m2",
        KEY,
    )
    assert resolved.sources["base_url"] == "env SPARRING_LLM_BASE_URL"
    assert resolved.sources["model"] == "env SPARRING_LLM_MODEL"


def test_openai_variables_fill_in_when_openai_is_chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    env = {"SPARRING_LLM_PROVIDER": "openai", "OPENAI_API_KEY": KEY}
    config = resolve(env=env, path=tmp_path / "none.toml").config
    assert (config.provider, config.base_url, config.key()) == ("openai", "https://api.openai.com/v1", KEY)
    env["OPENAI_BASE_URL"] = "http://127.0.0.1:7/v1"  # another server: the URL is taken, OpenAI's key is not
    config = resolve(env=env, path=tmp_path / "none.toml").config
    assert (config.provider, config.base_url, config.key()) == ("openai", "http://127.0.0.1:7/v1", None)


def test_a_key_alone_never_switches_the_llm_on(tmp_path: Path) -> None:
    env = {"OPENAI_API_KEY": KEY, "SPARRING_LLM_API_KEY": KEY, "OPENAI_BASE_URL": "http://127.0.0.1:7/v1"}
    assert resolve(env=env, path=tmp_path / "none.toml").config.provider == "offline"


def test_a_sparring_url_alone_means_an_openai_compatible_server(tmp_path: Path) -> None:
    config = resolve(env={"SPARRING_LLM_BASE_URL": "http://127.0.0.1:8080/v1"}, path=tmp_path / "x.toml").config
    assert config.provider == "openai"


def test_masked_never_shows_the_key() -> None:
    config = from_preset("openai", api_key=KEY)
    shown = config.masked()
    assert shown["api_key"] == "set"
    assert KEY not in repr(shown) and KEY not in repr(config) and KEY not in str(config)


def test_bad_settings_name_the_field_and_the_source(tmp_path: Path) -> None:
    with pytest.raises(SparringError) as caught:
        resolve(env={"SPARRING_LLM_BASE_URL": "localhost:8080"}, path=tmp_path / "x.toml")
    assert (
        caught.value.message
        == "env SPARRING_LLM_BASE_URL / SPARRING_LLM_MODEL: LLM setting base_url: Value error, must start with http:// or https://"
    )
    path = tmp_path / "bad.toml"
    path.write_text("provider = [")
    with pytest.raises(SparringError, match="cannot read the LLM settings"):
        resolve(env={}, path=path)
    with pytest.raises(SparringError, match="'olama' is not a known LLM preset"):
        from_preset("olama")


def test_masked_hides_credentials_in_the_url() -> None:
    config = from_preset("openai", base_url="https://user:pw@llm.example.test/v1")
    assert config.masked()["base_url"] == "https://…redacted…@llm.example.test/v1"
