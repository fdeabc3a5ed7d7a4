"""Which LLM to use: a small settings model, presets for the common servers, and where settings come from.

Resolution, strongest first: ``SPARRING_LLM_*`` environment variables, the config file
written by ``sparring llm use``, the standard ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``, then
the offline default. An API key alone never switches the LLM on (many people have
``OPENAI_API_KEY`` set for other tools): case text is only sent once a provider is chosen.

A key belongs to the endpoint it was given for: ``OPENAI_API_KEY`` is only ever sent to
api.openai.com (never to a vLLM box or a proxy that ``OPENAI_BASE_URL`` or ``--base-url``
names); ``SPARRING_LLM_API_KEY``, a stored key or the variable ``--api-key-env`` names go to
the configured endpoint. The file may hold a key, so it is created readable by its owner
only (mode 0600), and keys are only ever shown as "set" / "not set"; credentials in a URL
are shown redacted.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from sparring.llm.redaction import redact
from sparring.model.errors import SparringError

ProviderName = Literal["offline", "openai", "llamacpp"]
CONFIG_NAME = "llm.toml"
OPENAI_URL = "https://api.openai.com/v1"
OPENAI_KEY_VARIABLE = "OPENAI_API_KEY"
"""OpenAI's own key: sent to api.openai.com only."""
KEY_VARIABLE = "SPARRING_LLM_API_KEY"
"""The key for whichever endpoint is configured."""


class LLMConfig(BaseModel):
    """Settings for one provider; fields that a provider does not use are ignored by it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: ProviderName = "offline"
    preset: str | None = None
    base_url: str | None = None
    model: str | None = None
    api_key: SecretStr | None = None
    api_key_env: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    timeout_s: float = Field(default=60.0, gt=0, le=3600)
    max_retries: int = Field(default=2, ge=0, le=10)
    json_schema: bool = True
    """Send the schema as ``response_format`` too (turned off by itself if the server refuses it)."""
    system_role: bool = True
    """False for chat templates without a system role (Gemma): system text joins the first user message."""
    chat_format: str | None = None
    model_path: str | None = None
    n_ctx: int = Field(default=4096, ge=256, le=1_048_576)
    use_extra_bufts: bool = False
    """llamacpp: let llama.cpp repack weights into extra buffer types (AMX, ...); off because it crashes some CPUs."""

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    def key(self) -> str | None:
        """The API key: stored in the file, or read from the environment variable it names.

        ``OPENAI_API_KEY`` is read only when the endpoint is OpenAI's (a file written before
        this rule may still name it for another server).
        """
        if self.api_key is not None:
            return self.api_key.get_secret_value() or None
        if self.withheld_key():
            return None
        if self.api_key_env:
            return os.environ.get(self.api_key_env) or None
        return None

    def withheld_key(self) -> bool:
        """Whether the settings name ``OPENAI_API_KEY`` for an endpoint that is not OpenAI's (it is not sent)."""
        return self.api_key_env == OPENAI_KEY_VARIABLE and not is_openai(self.base_url or OPENAI_URL)

    def masked(self) -> dict[str, Any]:
        """The settings as safe to print or log: the key is only "set" or "not set", URL credentials redacted."""
        data = self.model_dump(exclude={"api_key"}, exclude_none=True)
        if self.base_url:
            data["base_url"] = display_url(self.base_url)
        data["api_key"] = "set" if self.key() else "not set"
        if self.withheld_key():
            data["api_key"] = f"not set ({OPENAI_KEY_VARIABLE} is only sent to api.openai.com)"
        return data


def display_url(url: str) -> str:
    """The URL with any credential in it (``user:key@``, ``?api-key=…``, ``token=``) redacted, safe to show."""
    return redact(url)


def is_openai(url: str) -> bool:
    """Whether ``url`` is OpenAI's own API (https://api.openai.com), the only place ``OPENAI_API_KEY`` goes."""
    try:
        parts = urlsplit(url)
        return parts.scheme == "https" and parts.hostname == "api.openai.com"
    except ValueError:
        return False


@dataclass(frozen=True)
class Preset:
    """A known server: where it listens by default and what it needs."""

    provider: ProviderName
    base_url: str | None = None
    model: str | None = None
    api_key_env: str | None = None
    about: str = ""


PRESETS: dict[str, Preset] = {
    "offline": Preset("offline", about="no model: built-in templates and rules (the default)"),
    "ollama": Preset("openai", "http://127.0.0.1:11434/v1", "llama3.2", about="Ollama's OpenAI-compatible API"),
    "llamacpp-server": Preset("openai", "http://127.0.0.1:8080/v1", about="llama.cpp's llama-server"),
    "vllm": Preset("openai", "http://127.0.0.1:8000/v1", about="vLLM's OpenAI-compatible server"),
    "lmstudio": Preset("openai", "http://127.0.0.1:1234/v1", about="LM Studio's local server"),
    "openai": Preset("openai", OPENAI_URL, "gpt-4o-mini", OPENAI_KEY_VARIABLE, about="OpenAI's API (sends case text)"),
    "llamacpp": Preset("llamacpp", about="a GGUF file in this process (pip install 'sparring[llamacpp]')"),
}


KEY_VARIABLES: tuple[str, ...] = (KEY_VARIABLE, *sorted({p.api_key_env for p in PRESETS.values() if p.api_key_env}))
"""The documented variables that may hold a key (see docs/llm.md): the allow-list of the web settings page.

Any other name would let whoever holds the page's token read the server's environment: name
``AWS_SECRET_ACCESS_KEY``, point the base URL at a server of theirs, press Test, and the
value arrives as ``Authorization: Bearer …``. On the command line, where the user owns the
environment, ``sparring llm use --api-key-env NAME`` still takes any name.
"""


@dataclass(frozen=True)
class Resolved:
    """The settings in force and, for each one given, where it came from."""

    config: LLMConfig
    path: Path
    sources: dict[str, str] = field(default_factory=dict)


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """``$SPARRING_HOME/llm.toml`` when set (as for the data), else the user's config folder."""
    env = os.environ if env is None else env
    home = env.get("SPARRING_HOME")
    if home:
        return Path(home).expanduser() / CONFIG_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir("sparring")) / CONFIG_NAME


def from_preset(name: str, **overrides: Any) -> LLMConfig:
    """Settings for a preset (or a bare provider name) with the given fields replaced."""
    preset = PRESETS.get(name)
    if preset is None:
        raise SparringError(
            f"{name!r} is not a known LLM preset or provider",
            hint=f"use one of: {', '.join(PRESETS)} (or openai with --base-url for any OpenAI-compatible server)",
            kind="invalid",
        )
    data: dict[str, Any] = {"provider": preset.provider, "preset": name}
    data.update({k: v for k, v in (("base_url", preset.base_url), ("model", preset.model)) if v is not None})
    given = {k: v for k, v in overrides.items() if v is not None}
    moved = "base_url" in given and str(given["base_url"]).rstrip("/") != preset.base_url
    if preset.api_key_env and not moved:  # the preset's key is for the preset's endpoint only
        data["api_key_env"] = preset.api_key_env
    data.update(given)
    config = build(data, source="the command line")
    if config.withheld_key():
        raise SparringError(
            f"{OPENAI_KEY_VARIABLE} is only sent to api.openai.com, not to {display_url(config.base_url or '')}",
            hint=f"put this server's key in {KEY_VARIABLE}, or name its own variable with --api-key-env",
            kind="invalid",
        )
    return config


def build(data: Mapping[str, Any], *, source: str) -> LLMConfig:
    """Validate settings, naming the bad field and where it came from."""
    try:
        return LLMConfig.model_validate(dict(data))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(settings)"
        raise SparringError(
            f"{source}: LLM setting {where}: {first['msg']}",
            hint="`sparring llm use --help` lists the settings; `sparring llm use offline` resets them",
            kind="invalid",
        ) from None


def load_file(path: Path) -> dict[str, Any]:
    """The settings stored in the config file (empty when there is none)."""
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SparringError(
            f"cannot read the LLM settings in {path}: {exc}",
            hint="fix or delete the file, or rewrite it with `sparring llm use`",
            kind="invalid",
        ) from None


def resolve(env: Mapping[str, str] | None = None, path: Path | None = None) -> Resolved:
    """The settings in force: environment over the config file over ``OPENAI_*`` over offline."""
    env = os.environ if env is None else env
    path = path or config_path(env)
    stored = load_file(path)
    data: dict[str, Any] = dict(stored)
    sources = {name: f"file {path}" for name in stored}
    env_given: set[str] = set()
    for name, variable in (
        ("base_url", "SPARRING_LLM_BASE_URL"),
        ("model", "SPARRING_LLM_MODEL"),
        ("timeout_s", "SPARRING_LLM_TIMEOUT"),
        ("model_path", "SPARRING_LLM_MODEL_PATH"),
    ):
        if env.get(variable):
            data[name] = env[variable]
            sources[name] = f"env {variable}"
            env_given.add(name)
    chosen = env.get("SPARRING_LLM_PROVIDER")
    if chosen:
        preset = PRESETS.get(chosen)
        data["provider"] = preset.provider if preset else chosen
        if preset:
            data["preset"] = chosen
        sources["provider"] = "env SPARRING_LLM_PROVIDER"
        if preset and chosen != "openai":  # "openai" here means any OpenAI-compatible server: OPENAI_* decide
            for name, value in (("base_url", preset.base_url), ("model", preset.model)):
                if value is not None and name not in data:
                    data[name] = value
                    sources[name] = f"preset {chosen}"
    elif data.get("provider", "offline") == "offline" and ("base_url" in env_given or "model" in env_given):
        data["provider"] = "openai"
        sources["provider"] = "env SPARRING_LLM_BASE_URL / SPARRING_LLM_MODEL"
    if env.get(KEY_VARIABLE):
        data["api_key"] = env[KEY_VARIABLE]
        sources["api_key"] = f"env {KEY_VARIABLE}"
    if data.get("provider") == "openai":
        if "base_url" not in data:
            data["base_url"] = env.get("OPENAI_BASE_URL") or OPENAI_URL
            sources["base_url"] = "env OPENAI_BASE_URL" if env.get("OPENAI_BASE_URL") else "default"
        openai_endpoint = is_openai(str(data["base_url"]))
        if "api_key" not in data and "api_key_env" not in data and env.get(OPENAI_KEY_VARIABLE) and openai_endpoint:
            data["api_key_env"] = OPENAI_KEY_VARIABLE
            sources["api_key"] = f"env {OPENAI_KEY_VARIABLE}"
    return Resolved(build(data, source=sources.get("provider", f"file {path}")), path, sources)


def save(config: LLMConfig, path: Path) -> Path:
    """Write ``config`` as TOML, atomically, readable and writable by its owner only (0600)."""
    data = config.model_dump(exclude_none=True, exclude_defaults=True, exclude={"api_key"})
    data["provider"] = config.provider
    if config.api_key is not None:
        data["api_key"] = config.api_key.get_secret_value()
    lines = [f"{name} = {_toml_value(value)}" for name, value in data.items()]
    text = "# Sparring's LLM settings (written by `sparring llm use`). May hold an API key: keep it private.\n"
    text += "\n".join(lines) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(handle, 0o600)  # O_CREAT's mode is filtered by the umask; this is not
            os.write(handle, text.encode("utf-8"))
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temp, path)
        os.chmod(path, 0o600)
    except OSError as exc:
        raise SparringError(
            f"cannot write the LLM settings to {path}: {exc.strerror or exc}",
            hint="check the folder is writable, or set SPARRING_HOME to a writable folder",
            kind="unavailable",
        ) from None
    return path


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value))  # a JSON string with ASCII escapes is a valid TOML basic string
