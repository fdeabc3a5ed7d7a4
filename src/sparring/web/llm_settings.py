"""The LLM settings page's work: what is configured, whether it answers, a tiny test, and saving.

The same steps as ``sparring llm status | test | use`` (see :mod:`sparring.cli.llm`), over the
same settings file, so a choice made in the browser is the CLI's choice too. The key is never
shown or sent back to the browser: only whether one is set and where it comes from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sparring.llm.config import KEY_VARIABLES, PRESETS, LLMConfig, Resolved, config_path, display_url, resolve
from sparring.llm.redaction import REDACTED
from sparring.model.errors import SparringError

SHADOWING_ENV = ("SPARRING_LLM_PROVIDER", "SPARRING_LLM_BASE_URL", "SPARRING_LLM_MODEL", "SPARRING_LLM_API_KEY")
# The form may name only the documented key variables (KEY_VARIABLES, which says why).


def settings_file(configured: Path | None) -> Path:
    return configured if configured is not None else config_path()


@dataclass(frozen=True)
class Current:
    """The settings in force, or why they cannot be read."""

    resolved: Resolved | None
    path: Path
    problem: str | None = None


def current(path: Path) -> Current:
    try:
        return Current(resolve(path=path), path)
    except SparringError as exc:
        return Current(None, path, exc.message)


def status_view(now: Current) -> dict[str, Any]:
    """What the page shows: never the key, only whether one is set and where it comes from."""
    shadowing = [name for name in SHADOWING_ENV if os.environ.get(name)]
    view: dict[str, Any] = {
        "path": str(now.path),
        "written": now.path.exists(),
        "problem": now.problem,
        "shadowing": shadowing,
        "presets": [{"name": name, "about": p.about, "provider": p.provider} for name, p in PRESETS.items()],
        "key_variables": KEY_VARIABLES,
        "form": {"preset": "offline", "base_url": "", "model": "", "api_key_env": ""},
    }
    if now.resolved is None:
        return view
    config, sources = now.resolved.config, now.resolved.sources
    key_source = sources.get("api_key") or (f"env {config.api_key_env}" if config.api_key_env else None)
    view.update(
        provider=config.provider,
        preset=config.preset,
        base_url=display_url(config.base_url) if config.base_url else None,
        model=config.model,
        model_path=config.model_path,
        key_set=config.key() is not None,
        key_source=key_source,
        api_key_env=config.api_key_env,
        timeout_s=config.timeout_s,
        sources=sources,
    )
    preset = PRESETS.get(config.preset or "")
    custom_url = config.base_url if config.base_url and (preset is None or preset.base_url != config.base_url) else None
    custom_model = config.model if config.model and (preset is None or preset.model != config.model) else None
    view["form"] = {
        "preset": config.preset if config.preset in PRESETS else config.provider,
        "base_url": display_url(custom_url) if custom_url else "",
        "model": custom_model or "",
        "api_key_env": config.api_key_env if config.api_key_env and not (preset and preset.api_key_env) else "",
    }
    return view


def save_choice(
    path: Path,
    preset: str,
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key_env: str | None = None,
    api_key: str | None = None,
    keep_key: bool = True,
    timeout_s: float | None = None,
    model_path: str | None = None,
    chat_format: str | None = None,
) -> LLMConfig:
    """Write the settings like ``sparring llm use PRESET --base-url … --model …``.

    An empty key field keeps the key stored in the file (the page never shows it) while the
    provider and base URL stay the same: a key is never carried over to another server.
    """
    from sparring.llm.config import from_preset, load_file, save

    if api_key and api_key_env:
        raise SparringError(
            "give a key or the name of a variable holding it, not both", hint="a variable keeps the key out of files"
        )
    if api_key_env and api_key_env not in KEY_VARIABLES:
        raise SparringError(
            f"the key can only come from {' or '.join(KEY_VARIABLES)} here, not from another environment variable",
            hint="paste the key instead (it is stored readable by you only), or name another variable on this "
            "computer with `sparring llm use … --api-key-env NAME`",
            kind="invalid",
        )
    if base_url and REDACTED in base_url:
        base_url = _stored_url_behind(path, base_url)
    overrides: dict[str, Any] = {
        "base_url": base_url or None,
        "model": model or None,
        "api_key": api_key or None,
        "api_key_env": api_key_env or None,
        "timeout_s": timeout_s,
        "model_path": str(Path(model_path).expanduser().resolve()) if model_path else None,
        "chat_format": chat_format or None,
    }
    config = from_preset(preset, **overrides)
    if keep_key and not api_key and not api_key_env:
        try:
            stored = load_file(path)
        except SparringError:  # an unreadable file is being replaced: there is no key to keep
            stored = {}
        same_server = stored.get("provider") == config.provider and _url(stored.get("base_url")) == config.base_url
        if stored.get("api_key") and same_server:
            config = from_preset(preset, **{**overrides, "api_key": str(stored["api_key"])})
    if config.provider == "llamacpp" and not (config.model_path and config.chat_format):
        raise SparringError(
            "the llamacpp provider needs a model file and a chat format",
            hint="e.g. model file gemma.gguf, chat format gemma",
        )
    save(config, path)
    return config


def _stored_url_behind(path: Path, shown: str) -> str:
    """The stored base URL when the form sends back its redacted display unchanged (the page never
    shows a credential, so saving the page must not replace it with the redaction mark)."""
    from sparring.llm.config import load_file

    try:
        stored = _url(load_file(path).get("base_url"))
    except SparringError:
        stored = None
    if stored and display_url(stored).rstrip("/") == shown.rstrip("/"):
        return stored
    raise SparringError(
        "the base URL still holds the redaction mark instead of a credential",
        hint="type the whole URL again with its key, or leave the key out of the URL and paste it in the key field",
        kind="invalid",
    )


def _url(value: object) -> str | None:
    return str(value).rstrip("/") if value else None
