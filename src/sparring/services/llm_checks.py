"""Checking an LLM configuration: is the endpoint there, and does the model answer a tiny request?

Shared by `sparring llm status|test` and the web app's LLM settings page, so both report the
same thing; the tiny request is logged in the exchange log like any other. The caller passes
how a provider is opened (the :class:`~sparring.llm.base.OpenProvider` port): only the
interfaces choose concrete providers.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sparring.llm.base import ListsModels, Message, OpenProvider, Options
from sparring.llm.config import LLMConfig
from sparring.llm.errors import LLMUnavailable
from sparring.model.errors import SparringError

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore

TEST_PROMPT = "Reply with one word: ready"


def probe(config: LLMConfig, open_provider: OpenProvider) -> dict[str, Any]:
    """Whether the configured model can answer, without generating anything (``llm status``)."""
    if config.provider == "offline":
        return {"checked": False, "ok": True, "local": True, "detail": "offline: nothing is sent anywhere"}
    if config.provider == "llamacpp":
        import importlib.util

        installed = importlib.util.find_spec("llama_cpp") is not None
        found = bool(config.model_path) and Path(config.model_path or "").expanduser().is_file()
        problem = None if installed else "llama-cpp-python is not installed"
        problem = problem or (None if found else "the model file does not exist")
        return {"checked": True, "ok": problem is None, "local": True, "error": problem}
    provider = None
    start = time.perf_counter()
    try:
        provider = open_provider(config)
        if not isinstance(provider, ListsModels):
            raise SparringError(f"the {config.provider} provider cannot list the models its server offers")
        models = provider.models()
    except SparringError as exc:
        local = provider.capabilities.local if provider is not None else None
        return {"checked": True, "ok": False, "local": local, "error": exc.message}
    finally:
        if provider is not None:
            provider.close()
    latency_ms = round((time.perf_counter() - start) * 1000, 1)
    local = provider.capabilities.local
    return {"checked": True, "ok": True, "local": local, "latency_ms": latency_ms, "models": models}


def run_test(config: LLMConfig, store: CaseStore | None, open_provider: OpenProvider) -> dict[str, Any]:
    """Send the tiny request of ``sparring llm test``; the exchange is logged like the CLI's."""
    if config.provider == "offline":
        return {"ok": True, "provider": "offline", "model": "offline", "latency_ms": 0.0, "offline": True}
    messages = [Message.user(TEST_PROMPT)]
    provider = None
    try:
        provider = open_provider(config)
        completion = provider.complete(messages, options=Options(max_tokens=8))
    except LLMUnavailable as exc:
        _log(store, config.provider, config.model or "", messages, None, exc.message)
        return {"ok": False, "provider": config.provider, "model": config.model, "error": exc.message, "hint": exc.hint}
    except SparringError as exc:
        return {"ok": False, "provider": config.provider, "model": config.model, "error": exc.message, "hint": exc.hint}
    finally:
        if provider is not None:
            provider.close()
    _log(store, completion.provider, completion.model, messages, completion, None)
    return {
        "ok": True,
        "provider": completion.provider,
        "model": completion.model,
        "latency_ms": round(completion.latency_s * 1000, 1),
        "reply": completion.text.strip(),
        "prompt_tokens": completion.prompt_tokens,
        "completion_tokens": completion.completion_tokens,
    }


def _log(store: CaseStore | None, provider: str, model: str, messages: Any, completion: Any, error: str | None) -> None:
    """Record the test exchange; a store problem does not fail the test."""
    if store is None:
        return
    from sparring.llm.log import log_completion
    from sparring.store.exchanges import ExchangeStore

    try:
        log = ExchangeStore(store)
        if completion is not None:
            log_completion(log, completion, feature="llm-test", prompt_version="1")
        else:
            log.record(
                feature="llm-test",
                prompt_version="1",
                provider=provider,
                model=model,
                messages=[m.as_dict() for m in messages],
                response=None,
                latency_ms=None,
                prompt_tokens=None,
                completion_tokens=None,
                fallback=False,
                error=error,
            )
    except SparringError:
        pass
