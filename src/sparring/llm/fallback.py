"""When the model fails, answer from the offline path and say so.

A server that is down or too slow, or a reply that is not what was asked (bad JSON, or one
that fails the caller's check — e.g. a counterpart line that does not match the decided
move), never ends a rehearsal: the same request goes to the offline provider, which holds
the caller's template text, and the answer carries ``fallback=True`` and a notice the
interface shows. Any other error is a bug or the user's to fix, and propagates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar, overload

from sparring.llm.base import Completion, Provider
from sparring.llm.errors import LLMOutputInvalid, LLMUnavailable
from sparring.llm.log import ExchangeLog, log_completion
from sparring.llm.redaction import redact

M = TypeVar("M")


@overload
def with_fallback(
    primary: Provider,
    offline: Provider,
    call: Callable[[Provider], Completion],
    *,
    verify: Callable[[Completion], str | None] | None = None,
    log: ExchangeLog | None = None,
    feature: str = "llm",
    prompt_version: str = "0",
) -> Completion: ...


@overload
def with_fallback(
    primary: Provider,
    offline: Provider,
    call: Callable[[Provider], tuple[M, Completion]],
    *,
    verify: Callable[[tuple[M, Completion]], str | None] | None = None,
    log: ExchangeLog | None = None,
    feature: str = "llm",
    prompt_version: str = "0",
) -> tuple[M, Completion]: ...


def with_fallback(
    primary: Provider,
    offline: Provider,
    call: Callable[[Provider], Any],
    *,
    verify: Callable[[Any], str | None] | None = None,
    log: ExchangeLog | None = None,
    feature: str = "llm",
    prompt_version: str = "0",
) -> Any:
    """``call(primary)``, or ``call(offline)`` marked as a fallback when the primary fails.

    ``call`` returns a :class:`Completion` or a ``(value, Completion)`` pair (as
    ``structured`` does); ``verify`` returns a problem to reject an answer, or None. One
    exchange is recorded in ``log`` either way. If the offline path fails too, the primary's
    error is raised, so the caller can take its own rule-based path.
    """
    try:
        result = call(primary)
        problem = verify(result) if verify else None
        if problem:
            raise LLMOutputInvalid(f"the model's reply failed the check: {problem}", text=_completion(result).text)
    except (LLMUnavailable, LLMOutputInvalid) as exc:
        if primary is offline:
            raise
        error = _describe(exc)
        try:
            result = call(offline)
        except (LLMUnavailable, LLMOutputInvalid) as offline_exc:
            if log is not None:
                log.record(
                    feature=feature,
                    prompt_version=prompt_version,
                    provider=primary.name,
                    model="",
                    messages=[],
                    response=None,
                    latency_ms=None,
                    prompt_tokens=None,
                    completion_tokens=None,
                    fallback=True,
                    error=redact(f"{error}; offline: {offline_exc.message}"),
                )
            raise exc from None
        notice = f"{_headline(exc)}; this answer comes from Sparring's offline path."
        marked = replace(_completion(result), fallback=True, notice=notice)
        log_completion(log, marked, feature=feature, prompt_version=prompt_version, error=error)
        return marked if isinstance(result, Completion) else (result[0], marked)
    log_completion(log, _completion(result), feature=feature, prompt_version=prompt_version)
    return result


def _completion(result: Any) -> Completion:
    completion = result if isinstance(result, Completion) else result[1]
    assert isinstance(completion, Completion)
    return completion


def _headline(exc: LLMUnavailable | LLMOutputInvalid) -> str:
    if isinstance(exc, LLMUnavailable):
        return f"The language model is unavailable ({exc.message})"
    return f"The language model's reply was not usable ({exc.message})"


def _describe(exc: LLMUnavailable | LLMOutputInvalid) -> str:
    """The error as logged: for an unusable reply, what the model actually wrote (shortened)."""
    if isinstance(exc, LLMOutputInvalid) and exc.text:
        text = exc.text if len(exc.text) <= 500 else exc.text[:500] + "…"
        return f"{exc.message}; reply: {text}"
    return exc.message
