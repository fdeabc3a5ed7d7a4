"""What every coach feature shares: the result shape, "is there a model?", and the structured-answer path.

Each feature has an offline answer computed from the case (rules, the incentive library,
the analyser) *before* anything is asked of a model. With no model configured that answer
is returned as it is, and nothing is sent. With a model, the question goes out through
:func:`~sparring.llm.fallback.with_fallback` with the offline answer queued as the fallback,
so a model that is down, slow, or writes something invalid or unverifiable still leaves the
user with the offline answer, marked as a fallback and with a notice saying why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel

from sparring.llm.base import Completion, Options, Provider
from sparring.llm.fallback import with_fallback
from sparring.llm.log import ExchangeLog
from sparring.llm.offline import OfflineProvider
from sparring.services.prompts import Prompt

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
Source = Literal["llm", "offline"]


@dataclass(frozen=True)
class CoachResult(Generic[T]):
    """Suggestions, where they came from, and whether a model failed on the way."""

    items: list[T]
    source: Source
    fallback: bool = False
    """True when a model was asked but its answer could not be used."""
    notice: str | None = None
    """Why the fallback happened, for the interface to show."""
    model: str | None = None


@dataclass(frozen=True)
class Answer(Generic[M]):
    """The outcome of one structured question: the value used and how it was obtained."""

    value: M
    source: Source
    fallback: bool = False
    notice: str | None = None
    model: str | None = None


def has_model(provider: Provider) -> bool:
    """Whether ``provider`` stands for a language model.

    The offline provider is the default and has no model, so the coach answers from its own
    rules without pretending an LLM spoke. The one exception is the test double: an offline
    provider with canned replies queued plays a model, which is how the LLM paths are tested.
    """
    if provider.name != "offline":
        return True
    return bool(getattr(provider, "queue", None))


def ask_structured(
    provider: Provider,
    prompt: Prompt,
    fields: Mapping[str, str],
    schema: type[M],
    offline: M,
    *,
    log: ExchangeLog | None,
    verify: Callable[[M], str | None] | None = None,
    options: Options | None = None,
) -> Answer[M]:
    """``offline`` when there is no model; else the model's validated answer, or ``offline`` as a marked fallback.

    ``offline`` is not validated against ``schema`` (it may be empty, say, when the case already
    holds every suggestion); it is logged as the fallback's reply.
    """
    if not has_model(provider):
        return Answer(offline, "offline")
    messages = prompt.messages(**fields)

    def check(result: tuple[M, Completion]) -> str | None:
        return verify(result[0]) if verify else None

    template = OfflineProvider([offline.model_dump_json()])

    def call(p: Provider) -> tuple[M, Completion]:
        if p is template:  # the offline answer is already made: the provider only records it as the reply
            return offline, p.complete(messages)
        return p.structured(messages, schema, options=options or Options(max_tokens=700))

    value, completion = with_fallback(
        provider, template, call, verify=check, log=log, feature=prompt.name, prompt_version=prompt.version
    )
    if completion.fallback:
        return Answer(offline, "offline", True, completion.notice)
    return Answer(value, "llm", False, None, completion.model)


def bullet_list(lines: list[str]) -> str:
    """Lines as a ``- `` list for a prompt, or ``- (none)``."""
    return "\n".join(f"- {line}" for line in lines) if lines else "- (none)"


def words(minimum: int) -> AfterValidator:
    """A pydantic check that a text field holds at least ``minimum`` words.

    Small models fill a schema with placeholders (the class name, ``">(1)"``); those pass
    a type check but say nothing, so they are refused like invalid JSON.
    """

    def check(value: str) -> str:
        if len(re.findall(r"[^\W\d_]{2,}", value)) < minimum:
            raise ValueError(f"needs at least {minimum} words")
        return value.strip()

    return AfterValidator(check)


def distinct(texts: list[str]) -> None:
    """Raise when the same text appears twice (a model repeating itself)."""
    seen = [" ".join(t.lower().split()) for t in texts]
    if len(set(seen)) != len(seen):
        raise ValueError("the same item appears twice")
