"""The offline provider: no model, nothing sent anywhere, the same answer every time.

It is the default, so Sparring works with no LLM at all, and it is the test double: queue
canned replies with :meth:`OfflineProvider.push` and read back every request in
:attr:`OfflineProvider.calls`. Services also use it as their template path: they queue the
text their own templates wrote and hand it to :func:`~sparring.llm.fallback.with_fallback`.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from sparring.llm.base import Capabilities, Completion, Message, Options, Provider, Stream, elapsed_since
from sparring.llm.errors import LLMUnavailable

if TYPE_CHECKING:
    from pydantic import BaseModel

OFFLINE_MODEL = "offline"

OFFLINE_TEXT = "(offline: no language model is configured, so Sparring answers from its built-in templates)"
"""The answer when no canned reply is queued. Fixed, so offline output is reproducible."""

Reply = str | Exception
CallKind = Literal["complete", "stream", "structured"]


@dataclass(frozen=True)
class Call:
    """One request the offline provider received."""

    kind: CallKind
    messages: tuple[Message, ...]
    options: Options


class OfflineProvider(Provider):
    """Answers from a FIFO queue of canned replies, then with :data:`OFFLINE_TEXT`.

    A queued exception is raised instead of answering, to rehearse failures in tests.
    """

    name: ClassVar[str] = "offline"

    def __init__(self, replies: Iterable[Reply] = ()) -> None:
        self.queue: deque[Reply] = deque(replies)
        self.calls: list[Call] = []

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, json_schema=False, local=True, deterministic=True)

    @property
    def model(self) -> str:
        return OFFLINE_MODEL

    def push(self, *replies: Reply) -> OfflineProvider:
        """Queue replies, answered in order; returns ``self`` for chaining."""
        self.queue.extend(replies)
        return self

    def complete(self, messages: Sequence[Message], *, options: Options | None = None) -> Completion:
        start = time.perf_counter()
        sent = self._record("complete", messages, options)
        return self._completion(self._next(default=OFFLINE_TEXT), sent, start)

    def stream(self, messages: Sequence[Message], *, options: Options | None = None) -> Stream:
        start = time.perf_counter()
        sent = self._record("stream", messages, options)
        text = self._next(default=OFFLINE_TEXT)
        return Stream(_chunks(text), lambda joined: self._completion(joined, sent, start))

    def structured(
        self, messages: Sequence[Message], schema: type[BaseModel] | dict[str, Any], *, options: Options | None = None
    ) -> tuple[Any, Completion]:
        """Parse and validate a queued JSON reply; with none queued there is nothing to parse.

        Offline has no model to write structured output, so it raises instead of inventing
        an object: callers take their own offline path (rules, templates) on that error.
        """
        from sparring.llm.structured import parse_reply

        start = time.perf_counter()
        sent = self._record("structured", messages, options)
        if not self.queue:
            raise LLMUnavailable(
                "the offline provider has no model to write structured output",
                hint="configure a model with `sparring llm use`; meanwhile Sparring uses its rule-based results",
            )
        completion = self._completion(self._next(default=""), sent, start)
        return parse_reply(completion.text, schema), completion

    def _record(self, kind: CallKind, messages: Sequence[Message], options: Options | None) -> tuple[Message, ...]:
        sent = tuple(messages)
        self.calls.append(Call(kind, sent, options or Options()))
        return sent

    def _next(self, *, default: str) -> str:
        if not self.queue:
            return default
        reply = self.queue.popleft()
        if isinstance(reply, Exception):
            raise reply
        return reply

    def _completion(self, text: str, sent: tuple[Message, ...], start: float) -> Completion:
        return Completion(
            text=text, model=OFFLINE_MODEL, provider=self.name, latency_s=elapsed_since(start), messages=sent
        )


def _chunks(text: str) -> Iterator[str]:
    """Word-sized chunks (each keeps its following space), as a server would stream them."""
    yield from (part for part in re.findall(r"\S+\s*|\s+", text))
