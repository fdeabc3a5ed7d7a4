"""The provider boundary: what services may ask of any LLM, and what they get back.

Services depend on :class:`Provider` only; the interfaces pick a concrete one (offline,
OpenAI-compatible, in-process llama.cpp). Every answer is a :class:`Completion` that carries
what was sent and how long it took, so it can be logged and a fallback can be shown.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeVar, overload, runtime_checkable

if TYPE_CHECKING:
    from pydantic import BaseModel

    from sparring.llm.config import LLMConfig

Role = Literal["system", "user", "assistant"]
M = TypeVar("M", bound="BaseModel")


@dataclass(frozen=True)
class Message:
    """One chat message, in the role/content shape every chat API shares."""

    role: Role
    content: str

    @classmethod
    def system(cls, content: str) -> Message:
        return cls("system", content)

    @classmethod
    def user(cls, content: str) -> Message:
        return cls("user", content)

    @classmethod
    def assistant(cls, content: str) -> Message:
        return cls("assistant", content)

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Options:
    """How to generate. Temperature 0 and a seed by default: the LLM phrases decisions, it does not invent them.

    ``extra`` carries provider-specific parameters (``top_k``, ``repeat_penalty``, ...) unchanged.
    """

    max_tokens: int = 256
    temperature: float = 0.0
    seed: int | None = 0
    stop: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Completion:
    """One answer: the text, who wrote it, what was sent, and what it cost."""

    text: str
    model: str
    provider: str
    latency_s: float
    messages: tuple[Message, ...] = ()
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    fallback: bool = False
    notice: str | None = None


@dataclass(frozen=True)
class Capabilities:
    """What a provider can do, so callers adapt instead of failing."""

    streaming: bool
    json_schema: bool
    """The server constrains output to a JSON schema (else the schema goes in the prompt)."""
    local: bool
    """Nothing leaves this machine."""
    deterministic: bool
    """The same request always gets the same answer."""


class Stream(Iterator[str]):
    """Text chunks as they arrive; once exhausted, :attr:`completion` holds the whole answer."""

    def __init__(self, chunks: Iterator[str], finish: Callable[[str], Completion]) -> None:
        self._chunks = chunks
        self._finish = finish
        self._parts: list[str] = []
        self.completion: Completion | None = None

    def __iter__(self) -> Stream:
        return self

    def __next__(self) -> str:
        try:
            chunk = next(self._chunks)
        except StopIteration:
            if self.completion is None:
                self.completion = self._finish("".join(self._parts))
            raise
        self._parts.append(chunk)
        return chunk

    def collect(self) -> Completion:
        """Read the rest of the stream and return the whole answer."""
        for _ in self:
            pass
        assert self.completion is not None
        return self.completion


class Provider(ABC):
    """An LLM (or the offline stand-in). Subclasses implement :meth:`complete` and :meth:`stream`."""

    name: ClassVar[str]

    @property
    @abstractmethod
    def capabilities(self) -> Capabilities: ...

    @property
    @abstractmethod
    def model(self) -> str:
        """The model name answers are attributed to."""

    @abstractmethod
    def complete(self, messages: Sequence[Message], *, options: Options | None = None) -> Completion:
        """One answer to ``messages``; raises :class:`~sparring.llm.errors.LLMUnavailable` when there is none."""

    @abstractmethod
    def stream(self, messages: Sequence[Message], *, options: Options | None = None) -> Stream:
        """The answer in chunks as the model writes them."""

    @overload
    def structured(
        self, messages: Sequence[Message], schema: type[M], *, options: Options | None = None
    ) -> tuple[M, Completion]: ...

    @overload
    def structured(
        self, messages: Sequence[Message], schema: dict[str, Any], *, options: Options | None = None
    ) -> tuple[Any, Completion]: ...

    def structured(
        self, messages: Sequence[Message], schema: type[BaseModel] | dict[str, Any], *, options: Options | None = None
    ) -> tuple[Any, Completion]:
        """A JSON answer validated against ``schema`` (a pydantic model or a JSON Schema dict).

        The schema always goes in the prompt; servers that can also constrain decoding to it
        get it as ``response_format``. Near-JSON is repaired; anything else raises
        :class:`~sparring.llm.errors.LLMOutputInvalid`.
        """
        from sparring.llm.structured import parse_reply, schema_dict

        json_schema = schema_dict(schema)
        completion = self._complete_json(
            with_json_instruction(messages, json_schema), json_schema, options or Options()
        )
        return parse_reply(completion.text, schema), completion

    def _complete_json(self, messages: Sequence[Message], schema: dict[str, Any], options: Options) -> Completion:
        """Complete, asking for JSON; providers whose server can enforce a schema override this."""
        return self.complete(messages, options=options)

    def close(self) -> None:  # noqa: B027  (optional hook: most providers hold nothing to release)
        """Release connections or the loaded model."""


class OpenProvider(Protocol):
    """The port through which services get a provider for settings they are given.

    The composition root (the CLI or the web app) passes :func:`sparring.llm.factory.open_provider`;
    services never import the factory or a concrete provider, so a test can hand them any
    callable that returns a :class:`Provider`.
    """

    def __call__(self, config: LLMConfig, /) -> Provider: ...


@runtime_checkable
class ListsModels(Protocol):
    """A provider that can say which models its server offers (an OpenAI-compatible endpoint)."""

    def models(self) -> list[str]: ...


def fold_system(messages: Sequence[Message]) -> list[Message]:
    """System text moved into the first user message, for chat templates without a system role.

    Gemma's template silently drops system messages; folding keeps the instructions.
    """
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    rest = [m for m in messages if m.role != "system"]
    if not system:
        return rest
    for index, message in enumerate(rest):
        if message.role == "user":
            rest[index] = Message.user(f"{system}\n\n{message.content}")
            return rest
    return [Message.user(system), *rest]


def json_instruction(schema: dict[str, Any]) -> str:
    compact = json.dumps(schema, separators=(",", ":"), ensure_ascii=False)
    return f"Answer with one JSON value only, no prose and no code fence, valid against this JSON Schema: {compact}"


def with_json_instruction(messages: Sequence[Message], schema: dict[str, Any]) -> list[Message]:
    """``messages`` with the JSON instruction added to the last user message.

    The last user turn, not the system prompt: some chat templates (Gemma's) have no system role.
    """
    out = list(messages)
    for index in range(len(out) - 1, -1, -1):
        if out[index].role == "user":
            out[index] = Message.user(f"{out[index].content}\n\n{json_instruction(schema)}")
            return out
    out.append(Message.user(json_instruction(schema)))
    return out


def elapsed_since(start: float) -> float:
    """Seconds since ``start`` (a :func:`time.perf_counter` reading)."""
    return time.perf_counter() - start
