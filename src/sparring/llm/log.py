"""Where exchanges are recorded: an interface, so ``llm`` never imports the store.

Services pass in something with a ``record`` method (the store's ``ExchangeStore`` in the app,
a list-backed fake in tests). What is recorded is what was sent and what came back, never a
key: no provider puts one in a :class:`~sparring.llm.base.Completion` (the OpenAI provider
redacts its key from replies), and what is written here goes through
:func:`~sparring.llm.redaction.redact` once more, for keys in URLs or echoed by a server.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from sparring.llm.base import Completion
from sparring.llm.redaction import redact


class ExchangeLog(Protocol):
    """Keeps one row per LLM exchange (see ``sparring.store.exchanges.ExchangeStore``)."""

    def record(
        self,
        *,
        feature: str,
        prompt_version: str,
        provider: str,
        model: str,
        messages: Sequence[Mapping[str, str]],
        response: str | None,
        latency_ms: float | None,
        prompt_tokens: int | None,
        completion_tokens: int | None,
        fallback: bool,
        error: str | None,
    ) -> object: ...


def log_completion(
    log: ExchangeLog | None, completion: Completion, *, feature: str, prompt_version: str, error: str | None = None
) -> None:
    """Record ``completion`` in ``log`` (nothing when there is no log)."""
    if log is None:
        return
    log.record(
        feature=feature,
        prompt_version=prompt_version,
        provider=completion.provider,
        model=completion.model,
        messages=[{"role": m.role, "content": redact(m.content)} for m in completion.messages],
        response=redact(completion.text),
        latency_ms=completion.latency_s * 1000,
        prompt_tokens=completion.prompt_tokens,
        completion_tokens=completion.completion_tokens,
        fallback=completion.fallback,
        error=redact(error) if error else error,
    )
