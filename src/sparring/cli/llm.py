"""`sparring llm status | use | test | log`: choose the optional language model, check it, audit what it was sent.

The key is never printed: status says only whether one is set and where it comes from, and
what it prints (plain or ``--json``) goes through :func:`sparring.llm.redaction.redact`,
so a key in the base URL or echoed in a server's error is shown as "…redacted…".
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sparring.cli.common import JsonFlag, open_store
from sparring.cli.errors import handles_errors
from sparring.cli.output import console, err_console, print_json

if TYPE_CHECKING:
    from sparring.llm.config import Resolved

llm_app = typer.Typer(
    name="llm",
    help="Choose, check and audit the optional language model (offline by default).",
    no_args_is_help=True,
)

_ENV = ("SPARRING_LLM_PROVIDER", "SPARRING_LLM_BASE_URL", "SPARRING_LLM_MODEL", "SPARRING_LLM_API_KEY")


@llm_app.command()
@handles_errors
def status(
    json_out: JsonFlag = False,
    check: Annotated[bool, typer.Option("--check/--no-check", help="Ask the endpoint whether it answers.")] = True,
) -> None:
    """Show the provider, base URL, model, whether a key is set (never the key), and whether it answers."""
    from sparring.llm.config import resolve
    from sparring.llm.factory import open_provider
    from sparring.llm.redaction import redact, url_secrets
    from sparring.services.llm_checks import probe

    resolved = resolve()
    endpoint = probe(resolved.config, open_provider) if check else {"checked": False}
    if endpoint.get("error"):
        secrets = (resolved.config.key(), *url_secrets(resolved.config.base_url))
        endpoint = {**endpoint, "error": redact(str(endpoint["error"]), *secrets)}
    data = {**resolved.config.masked(), "config_file": str(resolved.path), "sources": resolved.sources}
    data["endpoint"] = endpoint
    if json_out:
        print_json(data)
        return
    config = resolved.config
    out = console()
    out.print(f"provider  {config.provider}" + (f" (preset {config.preset})" if config.preset else ""))
    if config.provider == "openai":
        from sparring.llm.config import display_url

        out.print(f"base URL  {display_url(config.base_url or '')}{_from(resolved, 'base_url')}", soft_wrap=True)
        out.print(f"model     {config.model or '(the first the server serves)'}{_from(resolved, 'model')}")
        key = str(config.masked()["api_key"])
        out.print(f"API key   {key}{_from(resolved, 'api_key', config.api_key_env)}", soft_wrap=True)
    elif config.provider == "llamacpp":
        out.print(f"model     {config.model_path}{_from(resolved, 'model_path')}", soft_wrap=True)
        out.print(f"format    {config.chat_format}")
    out.print(f"settings  {resolved.path}{'' if resolved.path.exists() else ' (not written yet)'}", soft_wrap=True)
    out.print(f"endpoint  {_endpoint_text(endpoint, config.provider)}", soft_wrap=True)


@llm_app.command()
@handles_errors
def use(
    target: Annotated[
        str,
        typer.Argument(
            help="A preset (ollama, llamacpp-server, vllm, lmstudio, openai, llamacpp, offline) "
            "or a provider (openai = any OpenAI-compatible server)."
        ),
    ],
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="The server's URL, e.g. http://host:8000/v1.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="The model name the server knows.")] = None,
    api_key_env: Annotated[
        str | None, typer.Option("--api-key-env", help="Read the key from this environment variable (recommended).")
    ] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", help="Store the key in the settings file (mode 0600).")
    ] = None,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Seconds to wait for an answer.")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="A GGUF file (llamacpp).")] = None,
    chat_format: Annotated[str | None, typer.Option("--chat-format", help="Its chat template (llamacpp).")] = None,
    no_system_role: Annotated[
        bool, typer.Option("--no-system-role", help="The chat template has no system role (Gemma).")
    ] = False,
    extra_bufts: Annotated[
        bool,
        typer.Option(
            "--extra-bufts",
            help="Let llama.cpp repack weights for the CPU (llamacpp; off: it crashes CPUs with AMX).",
        ),
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Save which language model to use (the settings file is readable by you only)."""
    from pathlib import Path

    from sparring.llm.config import config_path, from_preset, save
    from sparring.model.errors import SparringError

    if api_key and api_key_env:
        raise SparringError(
            "give --api-key or --api-key-env, not both", hint="--api-key-env keeps the key out of files"
        )
    overrides: dict[str, Any] = {
        "base_url": base_url,
        "model": model,
        "api_key": api_key,
        "api_key_env": api_key_env,
        "timeout_s": timeout,
        "model_path": str(Path(model_path).expanduser().resolve()) if model_path else None,
        "chat_format": chat_format,
        "system_role": False if no_system_role else None,
        "use_extra_bufts": True if extra_bufts else None,
    }
    config = from_preset(target, **overrides)
    if config.provider == "llamacpp" and not (config.model_path and config.chat_format):
        raise SparringError(
            "the llamacpp provider needs --model-path and --chat-format",
            hint="e.g. sparring llm use llamacpp --model-path gemma.gguf --chat-format gemma --no-system-role",
        )
    path = save(config, config_path())
    if json_out:
        print_json({**config.masked(), "config_file": str(path)})
        return
    out = console()
    out.print(f"saved LLM settings to {path} (readable by you only)", soft_wrap=True)
    out.print(", ".join(f"{k}={v}" for k, v in config.masked().items()), soft_wrap=True)
    shadowing = [name for name in _ENV if os.environ.get(name)]
    if shadowing:
        err_console().print(f"note: {', '.join(shadowing)} set in the environment override these settings")


@llm_app.command("test")
@handles_errors
def test_(json_out: JsonFlag = False) -> None:
    """Send a tiny request and report the model and the latency (exit 3 when it does not answer)."""
    from sparring.llm.config import resolve
    from sparring.llm.factory import open_provider
    from sparring.model.errors import SparringError
    from sparring.services.llm_checks import run_test

    config = resolve().config
    if config.provider == "offline":
        if json_out:
            print_json({"provider": "offline", "model": "offline", "latency_ms": 0.0, "reply": None})
        else:
            console().print(
                "offline: no language model is configured, nothing was sent (choose one: sparring llm use)",
                soft_wrap=True,
            )
        return
    result = run_test(config, _store_or_none(), open_provider)
    if not result["ok"]:
        raise SparringError(str(result["error"]), hint=result.get("hint"), kind="unavailable")
    if json_out:
        print_json(
            {k: result[k] for k in ("provider", "model", "latency_ms", "reply", "prompt_tokens", "completion_tokens")}
        )
        return
    tokens = f", {result['prompt_tokens']}+{result['completion_tokens']} tokens" if result["prompt_tokens"] else ""
    console().print(
        f"model {result['model']} answered in {result['latency_ms']:g} ms{tokens}: {result['reply']!r}",
        markup=False,
        soft_wrap=True,
    )


def _store_or_none() -> Any:
    """The store for the exchange log; a store problem is reported but does not stop the test."""
    from sparring.model.errors import SparringError

    try:
        return open_store()
    except SparringError as exc:
        err_console().print(f"note: the exchange will not be logged ({exc.message})")
        return None


@llm_app.command()
@handles_errors
def log(
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="How many of the latest exchanges.", min=1, max=1000)
    ] = 20,
    json_out: JsonFlag = False,
) -> None:
    """List the latest exchanges with the language model: what was sent, the reply, latency, fallback."""
    from sparring.services.workspace import recent_exchanges

    rows = recent_exchanges(open_store(), limit)
    if json_out:
        print_json([row.as_json() for row in rows])
        return
    if not rows:
        err_console().print("No exchanges logged yet: nothing has been sent to a language model.")
        return
    out = console()
    out.print("LLM exchanges, newest first (--json adds the messages and replies)")
    for row in rows:
        model = f"{row.provider}:{row.model}" if row.model and row.model != row.provider else row.provider
        parts = [f"#{row.id}", row.created_at.strftime("%Y-%m-%d %H:%M:%S UTC"), f"{row.feature} v{row.prompt_version}"]
        parts.append(model)
        if row.latency_ms is not None:
            parts.append(f"{row.latency_ms:.0f} ms")
        if row.prompt_tokens is not None:
            parts.append(f"{row.prompt_tokens}+{row.completion_tokens} tokens")
        out.print("  ".join(parts), soft_wrap=True, markup=False)
        if row.fallback or row.error:
            label = "fallback" if row.fallback else "error"
            out.print(f"    {label}: {row.error or 'offline path used'}", soft_wrap=True, markup=False)


# -- helpers -----------------------------------------------------------------------------


def _from(resolved: Resolved, name: str, env_name: str | None = None) -> str:
    source = resolved.sources.get(name)
    if name == "api_key" and source is None and env_name:
        source = f"env {env_name}"
    return f"  [dim]({source})[/]" if source else ""


def _endpoint_text(endpoint: dict[str, Any], provider: str) -> str:
    if not endpoint.get("checked"):
        return str(endpoint.get("detail", "not checked"))
    if not endpoint.get("ok"):
        return f"[red]does not answer[/]: {endpoint.get('error')}"
    if provider == "llamacpp":
        return "model file and llama-cpp-python found"
    models = endpoint.get("models") or []
    shown = ", ".join(models[:5]) + (f" and {len(models) - 5} more" if len(models) > 5 else "")
    return f"answers in {endpoint.get('latency_ms')} ms" + (f"; serves {shown}" if shown else "")
