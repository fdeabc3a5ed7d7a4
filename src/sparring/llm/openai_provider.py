"""Any OpenAI-compatible endpoint through the official ``openai`` SDK.

OpenAI itself, Ollama, llama.cpp's server, vLLM and LM Studio all speak this API. The SDK's
own retries are off: this module retries connection failures, 5xx and 429 with exponential
backoff and jitter, but not a timeout — the timeout is already how long the user is willing
to wait, and a retry would double it before the offline fallback can answer. Error messages
are scrubbed of the key, and nothing here logs requests.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from sparring.llm.base import Capabilities, Completion, Message, Options, Provider, Stream, elapsed_since, fold_system
from sparring.llm.config import OPENAI_URL, LLMConfig, display_url
from sparring.llm.errors import LLMUnavailable, redact

if TYPE_CHECKING:
    import openai

T = TypeVar("T")

CONNECT_TIMEOUT_S = 5.0
"""A server that does not even accept the connection in this time is down, whatever the read timeout."""

PROBE_TIMEOUT_S = 3.0
RESPONSE_FORMATS = ("json_schema", "json_object")
"""How servers take a schema: OpenAI, vLLM, Ollama and llama-server use ``json_schema``;
llama-cpp-python's server only ``json_object`` with a ``schema`` key."""
BACKOFF_S = 0.25
BACKOFF_MAX_S = 4.0
_LOCAL = re.compile(r"^https?://(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(/|$)")


class OpenAIProvider(Provider):
    """Chat completions from an OpenAI-compatible server, configured by base URL, model and key."""

    name: ClassVar[str] = "openai"

    def __init__(self, config: LLMConfig, *, sleep: Callable[[float], None] = time.sleep) -> None:
        import openai

        self.config = config
        self.base_url = config.base_url or OPENAI_URL
        self._key = config.key()
        self._sleep = sleep
        self._model = config.model
        self._formats = list(RESPONSE_FORMATS if config.json_schema else ())
        self._client = openai.OpenAI(
            base_url=self.base_url,
            # Local servers ignore the key, but the SDK insists on one.
            api_key=self._key or "sk-no-key-required",
            timeout=openai.Timeout(config.timeout_s, connect=min(config.timeout_s, CONNECT_TIMEOUT_S)),
            max_retries=0,
        )

    @property
    def capabilities(self) -> Capabilities:
        local = bool(_LOCAL.match(self.base_url))
        return Capabilities(streaming=True, json_schema=bool(self._formats), local=local, deterministic=False)

    @property
    def model(self) -> str:
        if self._model is None:
            served = self.models(timeout_s=self.config.timeout_s)
            if not served:
                raise LLMUnavailable(
                    f"the server at {display_url(self.base_url)} serves no model",
                    hint="load a model on the server, or name one with `sparring llm use ... --model NAME`",
                )
            self._model = served[0]
        return self._model

    def models(self, *, timeout_s: float = PROBE_TIMEOUT_S) -> list[str]:
        """The models the server offers (``GET /models``): the cheapest way to see that it answers."""
        client = self._client.with_options(timeout=timeout_s, max_retries=0)
        return self._retrying(lambda: [item.id for item in client.models.list()], retries=0)

    def complete(self, messages: Sequence[Message], *, options: Options | None = None) -> Completion:
        return self._complete(messages, options or Options(), {})

    def stream(self, messages: Sequence[Message], *, options: Options | None = None) -> Stream:
        opts = options or Options()
        messages = self._prepared(messages)
        model = self.model
        start = time.perf_counter()
        response = self._retrying(
            lambda: self._client.chat.completions.create(
                model=model, messages=_wire(messages), stream=True, **self._params(opts)
            )
        )
        sent = tuple(messages)

        def finish(text: str) -> Completion:
            return Completion(text, model, self.name, elapsed_since(start), sent)

        return Stream(self._chunks(response), finish)

    def _complete_json(self, messages: Sequence[Message], schema: dict[str, Any], options: Options) -> Completion:
        """Ask the server to enforce the schema, in the first dialect it accepts; else the prompt alone carries it."""
        import openai

        while self._formats:
            try:
                fmt = _response_format(self._formats[0], schema)
                return self._complete(messages, options, {"response_format": fmt})
            except openai.APIStatusError as exc:
                if not _refuses_format(exc):
                    raise self._unavailable(f"answered with an error (HTTP {exc.status_code})") from None
                self._formats.pop(0)  # this server does not take that dialect: remember, try the next
        return self._complete(messages, options, {})

    def close(self) -> None:
        self._client.close()

    # -- internals -------------------------------------------------------------------------

    def _prepared(self, messages: Sequence[Message]) -> Sequence[Message]:
        return messages if self.config.system_role else fold_system(messages)

    def _complete(self, messages: Sequence[Message], opts: Options, more: dict[str, Any]) -> Completion:
        messages = self._prepared(messages)
        model = self.model
        start = time.perf_counter()
        response = self._retrying(
            lambda: self._client.chat.completions.create(
                model=model, messages=_wire(messages), **self._params(opts), **more
            ),
            passthrough=bool(more),
        )
        latency = elapsed_since(start)
        choice = response.choices[0] if response.choices else None
        usage = response.usage
        return Completion(
            text=(choice.message.content or "") if choice else "",
            model=response.model or model,
            provider=self.name,
            latency_s=latency,
            messages=tuple(messages),
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
        )

    @staticmethod
    def _params(opts: Options) -> dict[str, Any]:
        params: dict[str, Any] = {"max_tokens": opts.max_tokens, "temperature": opts.temperature}
        if opts.seed is not None:
            params["seed"] = opts.seed
        if opts.stop:
            params["stop"] = list(opts.stop)
        if opts.extra:
            params["extra_body"] = dict(opts.extra)
        return params

    def _chunks(self, response: Any) -> Iterator[str]:
        try:
            for chunk in response:
                if chunk.choices:
                    text = chunk.choices[0].delta.content
                    if text:
                        yield text
        except Exception as exc:  # the SDK's and its HTTP library's errors alike: the server went away mid-reply
            raise self._unavailable(f"stopped answering mid-reply ({_reason(exc)})") from None
        finally:
            response.close()

    def _retrying(self, call: Callable[[], T], *, retries: int | None = None, passthrough: bool = False) -> T:
        import openai

        attempts = (self.config.max_retries if retries is None else retries) + 1
        for attempt in range(attempts):
            try:
                return call()
            except openai.APITimeoutError:
                raise self._unavailable(f"did not answer within {self.config.timeout_s:g} s") from None
            except openai.APIConnectionError as exc:
                problem: str = f"cannot be reached ({_reason(exc)})"
                wait = None
            except (openai.InternalServerError, openai.RateLimitError) as exc:
                if passthrough and _refuses_format(exc):
                    raise
                problem = f"answered with an error (HTTP {exc.status_code})"
                wait = _retry_after(exc)
            except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
                raise self._unavailable(
                    f"refused the API key (HTTP {exc.status_code})",
                    hint="set the key in SPARRING_LLM_API_KEY, or `sparring llm use ... --api-key-env NAME`",
                ) from None
            except openai.NotFoundError:
                raise self._unavailable(
                    f"does not serve the model {self._model!r}",
                    hint="`sparring llm status` lists the models it serves; pick one with --model",
                ) from None
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                if passthrough:
                    raise
                raise self._unavailable(f"rejected the request: {redact(exc.message, self._key)}") from None
            except openai.APIStatusError as exc:
                raise self._unavailable(f"answered with an error (HTTP {exc.status_code})") from None
            if attempt + 1 < attempts:
                self._sleep(wait if wait is not None else _backoff(attempt))
        raise self._unavailable(problem)

    def _unavailable(self, problem: str, *, hint: str | None = None) -> LLMUnavailable:
        return LLMUnavailable(
            redact(f"the LLM at {display_url(self.base_url)} {problem}", self._key),
            hint=hint or "start the server, raise the timeout with SPARRING_LLM_TIMEOUT, or `sparring llm use offline`",
        )


def _wire(messages: Sequence[Message]) -> Any:
    """Messages as the SDK sends them (plain dicts; typed loosely, as every server accepts them)."""
    return [message.as_dict() for message in messages]


def _response_format(kind: str, schema: dict[str, Any]) -> dict[str, Any]:
    if kind == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "reply", "schema": schema}}
    return {"type": "json_object", "schema": schema}


def _refuses_format(exc: openai.APIStatusError) -> bool:
    """Whether the server rejected the ``response_format`` dialect (llama-cpp-python says so with a 500)."""
    if exc.status_code in (400, 422):
        return True
    return exc.status_code == 500 and "response_format" in str(exc.message)


def _backoff(attempt: int) -> float:
    return min(BACKOFF_MAX_S, BACKOFF_S * 2.0**attempt) * random.uniform(1.0, 1.25)


def _retry_after(exc: openai.APIStatusError) -> float | None:
    value = exc.response.headers.get("retry-after") if exc.response is not None else None
    try:
        return min(BACKOFF_MAX_S, max(0.0, float(str(value)))) if value else None
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    cause: BaseException | None = exc
    while cause is not None and cause.__cause__ is not None:
        cause = cause.__cause__
    text = str(cause or exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
