"""Any OpenAI-compatible endpoint through the official ``openai`` SDK.

OpenAI itself, Ollama, llama.cpp's server, vLLM and LM Studio all speak this API. The SDK's
own retries are off: this module retries connection failures, 5xx and 429 with exponential
backoff and jitter, but not a timeout — the timeout is already how long the user is willing
to wait, and a retry would double it before the offline fallback can answer.

The SDK only sends the request: what comes back is read and checked here, because a server
can misbehave in ways the SDK does not survive. Every request has a deadline of the
configured timeout, from sending it to the last byte of the reply (streamed or not): a
server that trickles its answer is cut off when it passes, not after each byte's wait. A
reply may weigh at most :data:`MAX_REPLY_BYTES`. HTML, bytes that are not UTF-8, JSON of
another shape, missing fields: each becomes :class:`LLMBadReply`, which the offline
fallback answers like a server that is down. Keys are redacted from errors and replies, and
nothing here logs requests.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar, TypeVar

from sparring.llm.base import Capabilities, Completion, Message, Options, Provider, Stream, elapsed_since, fold_system
from sparring.llm.config import OPENAI_URL, LLMConfig, display_url
from sparring.llm.errors import LLMBadReply, LLMUnavailable
from sparring.llm.redaction import redact, url_secrets

T = TypeVar("T")

CONNECT_TIMEOUT_S = 5.0
"""A server that does not even accept the connection in this time is down, whatever the read timeout."""

PROBE_TIMEOUT_S = 3.0
MAX_REPLY_BYTES = 2 * 1024 * 1024
"""The most a reply may weigh (2 MiB, after decompression): an answer is a few kB; more is a broken server."""
ERROR_BODY_BYTES = 64 * 1024
"""How much of an error reply is read for its message."""
RESPONSE_FORMATS = ("json_schema", "json_object")
"""How servers take a schema: OpenAI, vLLM, Ollama and llama-server use ``json_schema``;
llama-cpp-python's server only ``json_object`` with a ``schema`` key."""
BACKOFF_S = 0.25
BACKOFF_MAX_S = 4.0
_LOCAL = re.compile(r"^https?://(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(/|$)")
_BAD_REPLY_HINT = (
    "check that the base URL is the server's OpenAI-compatible API (it usually ends in /v1), "
    "or `sparring llm use offline`"
)


class _Deadline:
    """When one request must be done by; when it passes, the connection still being read is cut.

    Checking the clock between chunks bounds a trickle; cutting the socket also bounds a server
    that stops sending altogether, which would otherwise wait the read timeout once more.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer: threading.Timer | None = None
        self._done = False
        self.cut = False
        """The deadline cut a connection: what was read of it is incomplete, even if it looks ended."""

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def watch(self, response: Any) -> None:
        """Cut ``response``'s connection at the deadline (an HTTP library without that extension: the clock only)."""
        stream = getattr(response, "extensions", {}).get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if self._done:
                return
            self._sockets.append(sock)
            if self._timer is None:
                self._timer = threading.Timer(max(0.0, self.at - time.monotonic()), self._cut)
                self._timer.daemon = True
                self._timer.start()

    def finish(self) -> None:
        """The request is over: nothing is cut any more (its connection may serve the next request)."""
        with self._lock:
            self._done = True
            timer = self._timer
        if timer is not None:
            timer.cancel()

    def _cut(self) -> None:
        with self._lock:
            if self._done:
                return
            self._done = True
            self.cut = bool(self._sockets)
            for sock in self._sockets:
                with contextlib.suppress(OSError):  # the plain socket's shutdown, also under TLS: it wakes a read
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _HTTPError(Exception):
    """An error status, with the message of its (capped) body; only :meth:`OpenAIProvider._retrying` sees it."""

    def __init__(self, status_code: int, message: str, retry_after: str | None) -> None:
        super().__init__(f"HTTP {status_code}: {message}")
        self.status_code = status_code
        self.message = message
        self.retry_after = retry_after


class OpenAIProvider(Provider):
    """Chat completions from an OpenAI-compatible server, configured by base URL, model and key."""

    name: ClassVar[str] = "openai"

    def __init__(self, config: LLMConfig, *, sleep: Callable[[float], None] = time.sleep) -> None:
        import openai

        self.config = config
        self.base_url = config.base_url or OPENAI_URL
        self._key = config.key()
        self._secrets = (self._key, *url_secrets(self.base_url))
        self._sleep = sleep
        self._model = config.model
        self._formats = list(RESPONSE_FORMATS if config.json_schema else ())
        self._requests = threading.local()
        """The deadline of the request this thread is sending, for the response hook."""
        self._client = openai.OpenAI(
            base_url=self.base_url,
            # Local servers ignore the key, but the SDK insists on one.
            api_key=self._key or "sk-no-key-required",
            timeout=openai.Timeout(config.timeout_s, connect=min(config.timeout_s, CONNECT_TIMEOUT_S)),
            max_retries=0,
            http_client=openai.DefaultHttpxClient(event_hooks={"response": [self._on_response]}),
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

        def listing(deadline: _Deadline) -> list[str]:
            return _model_ids(self._json(client.models.with_streaming_response.list(), deadline), self._bad_reply)

        return self._retrying(listing, retries=0, timeout_s=timeout_s)

    def complete(self, messages: Sequence[Message], *, options: Options | None = None) -> Completion:
        return self._complete(messages, options or Options(), {})

    def stream(self, messages: Sequence[Message], *, options: Options | None = None) -> Stream:
        opts = options or Options()
        messages = self._prepared(messages)
        model = self.model
        start = time.perf_counter()

        def open_stream(deadline: _Deadline) -> tuple[Any, _Deadline]:
            manager = self._client.chat.completions.with_streaming_response.create(
                model=model, messages=_wire(messages), stream=True, **self._params(opts)
            )
            return manager.__enter__(), deadline

        response, deadline = self._retrying(open_stream, keep_open=True)
        sent = tuple(messages)

        def finish(text: str) -> Completion:
            return Completion(redact(text, *self._secrets), model, self.name, elapsed_since(start), sent)

        return Stream(self._chunks(response, deadline), finish)

    def _complete_json(self, messages: Sequence[Message], schema: dict[str, Any], options: Options) -> Completion:
        """Ask the server to enforce the schema, in the first dialect it accepts; else the prompt alone carries it."""
        while self._formats:
            try:
                fmt = _response_format(self._formats[0], schema)
                return self._complete(messages, options, {"response_format": fmt})
            except _HTTPError as exc:
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

        def request(deadline: _Deadline) -> Any:
            manager = self._client.chat.completions.with_streaming_response.create(
                model=model, messages=_wire(messages), **self._params(opts), **more
            )
            return self._json(manager, deadline)

        data = self._retrying(request, passthrough=bool(more))
        latency = elapsed_since(start)
        text, served, prompt_tokens, completion_tokens = _chat_completion(data, self._bad_reply)
        return Completion(
            text=redact(text, *self._secrets),
            model=served or model,
            provider=self.name,
            latency_s=latency,
            messages=tuple(messages),
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
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

    def _on_response(self, response: Any) -> None:
        """The HTTP client's hook, once the headers are in: arm the deadline, refuse errors and oversized bodies.

        Error replies are read here, capped and within the deadline, so the SDK never reads a
        body of unbounded size or duration.
        """
        deadline: _Deadline | None = getattr(self._requests, "deadline", None)
        if deadline is None:
            return
        deadline.watch(response)
        if response.status_code >= 400:
            body = b"".join(self._guarded(response.iter_bytes(), deadline, limit=ERROR_BODY_BYTES, cut=True))
            raise _HTTPError(response.status_code, _error_message(body), response.headers.get("retry-after"))
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > (ERROR_BODY_BYTES if response.is_redirect else MAX_REPLY_BYTES):
            raise self._too_big()

    def _json(self, manager: Any, deadline: _Deadline) -> Any:
        """The JSON body of the response ``manager`` opens, read within the deadline and the size cap."""
        with manager as response:
            body = b"".join(self._guarded(response.iter_bytes(), deadline))
            content_type = str(response.headers.get("content-type", ""))
        return self._decode(body, content_type)

    def _decode(self, body: bytes, content_type: str) -> Any:
        if "html" in content_type.lower() or body.lstrip()[:1] == b"<":
            raise self._bad_reply("answered with an HTML page where JSON was expected (a proxy or a login page?)")
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise self._bad_reply(f"answered with bytes that are not UTF-8 text (byte {exc.start})") from None
        try:
            return json.loads(text)
        except ValueError:
            raise self._bad_reply(f"answered with something that is not JSON (it began: {_excerpt(text)!r})") from None

    def _guarded(
        self, chunks: Iterator[bytes], deadline: _Deadline, *, limit: int = MAX_REPLY_BYTES, cut: bool = False
    ) -> Iterator[bytes]:
        """``chunks`` until the reply is complete, the deadline passes, or it weighs more than ``limit``.

        ``cut``: stop at ``limit`` quietly (an error message needs no more) instead of refusing the reply.
        """
        size = 0
        try:
            for chunk in chunks:
                if deadline.passed:
                    raise self._late(deadline)
                size += len(chunk)
                if size > limit:
                    if cut:
                        yield chunk[: len(chunk) - (size - limit)]
                        return
                    raise self._too_big()
                yield chunk
        except (LLMUnavailable, _HTTPError):
            raise
        except Exception as exc:  # the HTTP library's errors alike: the server went away, or the deadline cut it
            if deadline.passed:
                raise self._late(deadline) from None
            raise self._unavailable(f"stopped answering mid-reply ({_reason(exc)})") from None
        if deadline.cut:  # a reply that ends with the connection looks complete when the deadline closed it
            raise self._late(deadline)

    def _chunks(self, response: Any, deadline: _Deadline) -> Iterator[str]:
        """The text of a streamed reply (server-sent events), within the deadline and the size cap."""
        try:
            content_type = str(response.headers.get("content-type", "")).lower()
            chunks = self._guarded(response.iter_bytes(), deadline)
            if "json" in content_type:  # the server ignored stream=true and sent the whole answer at once
                text = _chat_completion(self._decode(b"".join(chunks), content_type), self._bad_reply)[0]
                if text:
                    yield text
                return
            if "html" in content_type:
                raise self._bad_reply("answered with an HTML page where an event stream was expected")
            for event in _events(chunks, self._bad_reply):
                text = _delta(event, self._bad_reply, self._unavailable)
                if text:
                    yield text
        finally:
            deadline.finish()
            response.close()

    def _retrying(
        self,
        call: Callable[[_Deadline], T],
        *,
        retries: int | None = None,
        passthrough: bool = False,
        timeout_s: float | None = None,
        keep_open: bool = False,
    ) -> T:
        """``call`` with a fresh deadline per attempt, its failures retried or made :class:`LLMUnavailable`.

        ``keep_open``: the call returns a response still to be read, whose reader finishes the deadline.
        """
        import openai

        attempts = (self.config.max_retries if retries is None else retries) + 1
        timeout = self.config.timeout_s if timeout_s is None else timeout_s
        for attempt in range(attempts):
            deadline = _Deadline(timeout)
            self._requests.deadline = deadline
            kept = False
            try:
                result = call(deadline)
                kept = keep_open
                return result
            except openai.APITimeoutError:
                raise self._late(deadline, started=False) from None
            except openai.APIConnectionError as exc:
                if deadline.passed:  # the deadline cut a reply the HTTP library was reading (a redirect's body)
                    raise self._late(deadline) from None
                problem: str = f"cannot be reached ({_reason(exc)})"
                wait = None
            except _HTTPError as exc:
                if exc.status_code in (401, 403):
                    raise self._unavailable(
                        f"refused the API key (HTTP {exc.status_code})",
                        hint="set the key in SPARRING_LLM_API_KEY, or `sparring llm use ... --api-key-env NAME`",
                    ) from None
                if exc.status_code == 404:
                    raise self._unavailable(
                        f"does not serve the model {self._model!r}",
                        hint="`sparring llm status` lists the models it serves; pick one with --model",
                    ) from None
                if exc.status_code in (400, 422):
                    if passthrough:
                        raise
                    raise self._unavailable(f"rejected the request: {exc.message}") from None
                if exc.status_code != 429 and exc.status_code < 500:
                    raise self._unavailable(f"answered with an error (HTTP {exc.status_code})") from None
                if passthrough and _refuses_format(exc):
                    raise
                problem = f"answered with an error (HTTP {exc.status_code})"
                wait = _retry_after(exc.retry_after)
            except openai.OpenAIError as exc:  # anything else the SDK raises before a reply: no answer either
                raise self._unavailable(f"failed to answer ({_reason(exc)})") from None
            finally:
                self._requests.deadline = None
                if not kept:
                    deadline.finish()
            if attempt + 1 < attempts:
                self._sleep(wait if wait is not None else _backoff(attempt))
        raise self._unavailable(problem)

    def _late(self, deadline: _Deadline, *, started: bool = True) -> LLMUnavailable:
        if started:
            return self._unavailable(f"did not finish its reply within {deadline.seconds:g} s")
        return self._unavailable(f"did not answer within {deadline.seconds:g} s")

    def _too_big(self) -> LLMBadReply:
        return self._bad_reply(f"sent a reply larger than {MAX_REPLY_BYTES // (1024 * 1024)} MB")

    def _unavailable(self, problem: str, *, hint: str | None = None) -> LLMUnavailable:
        return LLMUnavailable(
            redact(f"the LLM at {display_url(self.base_url)} {problem}", *self._secrets),
            hint=hint or "start the server, raise the timeout with SPARRING_LLM_TIMEOUT, or `sparring llm use offline`",
        )

    def _bad_reply(self, problem: str) -> LLMBadReply:
        return LLMBadReply(
            redact(f"the LLM at {display_url(self.base_url)} {problem}", *self._secrets), hint=_BAD_REPLY_HINT
        )


def _wire(messages: Sequence[Message]) -> Any:
    """Messages as the SDK sends them (plain dicts; typed loosely, as every server accepts them)."""
    return [message.as_dict() for message in messages]


def _response_format(kind: str, schema: dict[str, Any]) -> dict[str, Any]:
    if kind == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "reply", "schema": schema}}
    return {"type": "json_object", "schema": schema}


def _refuses_format(exc: _HTTPError) -> bool:
    """Whether the server rejected the ``response_format`` dialect (llama-cpp-python says so with a 500)."""
    if exc.status_code in (400, 422):
        return True
    return exc.status_code == 500 and "response_format" in exc.message


def _backoff(attempt: int) -> float:
    return min(BACKOFF_MAX_S, BACKOFF_S * 2.0**attempt) * random.uniform(1.0, 1.25)


def _retry_after(value: str | None) -> float | None:
    try:
        return min(BACKOFF_MAX_S, max(0.0, float(value))) if value else None
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    cause: BaseException | None = exc
    while cause is not None and cause.__cause__ is not None:
        cause = cause.__cause__
    text = str(cause or exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _excerpt(text: str, size: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size] + "…"


def _error_message(body: bytes) -> str:
    """What an error reply says: its JSON ``error.message`` (or ``message``), else the start of its text."""
    text = body.decode("utf-8", errors="replace")
    try:
        data = json.loads(text)
    except ValueError:
        return "an HTML page" if text.lstrip()[:1] == "<" else _excerpt(text, 200)
    error = data.get("error", data) if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    return _excerpt(message if isinstance(message, str) and message else text, 200)


BadReply = Callable[[str], LLMBadReply]


def _not_completion(bad: BadReply, detail: str) -> LLMBadReply:
    return bad(f"answered with JSON that is not a chat completion ({detail})")


def _text(content: Any, bad: BadReply, where: str) -> str:
    """A message's content: a string, nothing, or (as some servers send) a list of text parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(isinstance(p, dict) and isinstance(p.get("text", ""), str) for p in content):
        return "".join(str(part.get("text", "")) for part in content)
    raise _not_completion(bad, f"{where} is {type(content).__name__}, not text")


def _chat_completion(data: Any, bad: BadReply) -> tuple[str, str | None, int | None, int | None]:
    """The text, model and token counts of a chat completion, each field checked; else :class:`LLMBadReply`."""
    if not isinstance(data, dict):
        raise _not_completion(bad, f"a JSON {type(data).__name__}, not an object")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        if "error" in data:
            raise bad(f"answered with an error: {_error_message(json.dumps(data).encode())}")
        raise _not_completion(bad, "no list of choices" if not isinstance(choices, list) else "no choice in it")
    first = choices[0]
    message = first.get("message") if isinstance(first, dict) else None
    if not isinstance(message, dict):
        raise _not_completion(bad, "choices[0] has no message")
    text = _text(message.get("content"), bad, "choices[0].message.content")
    model = data.get("model")
    usage = data.get("usage")
    counts = usage if isinstance(usage, dict) else {}
    tokens = [counts.get(name) for name in ("prompt_tokens", "completion_tokens")]
    prompt, completion = (n if isinstance(n, int) and not isinstance(n, bool) else None for n in tokens)
    return text, model if isinstance(model, str) and model else None, prompt, completion


def _model_ids(data: Any, bad: BadReply) -> list[str]:
    """The ids of a ``GET /models`` listing; anything else is :class:`LLMBadReply`."""
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in items):
        raise bad("answered with JSON that is not a model listing (no list of models with ids)")
    return [str(item["id"]) for item in items]


_DONE: dict[str, Any] = {}
"""``data: [DONE]``: the stream is complete."""


def _events(chunks: Iterator[bytes], bad: BadReply) -> Iterator[dict[str, Any]]:
    """The JSON events of a server-sent event stream, up to ``data: [DONE]`` or its end."""
    buffer, seen = b"", False
    for chunk in chunks:
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            event = _event(line, bad)
            if event is None:
                continue
            if event is _DONE:
                return
            seen = True
            yield event
    event = _event(buffer, bad)
    if event is not None and event is not _DONE:
        yield event
    elif event is None and not seen:
        raise bad("answered with something that is not an event stream (no data: line)")


def _event(line: bytes, bad: BadReply) -> dict[str, Any] | None:
    """One stream line as its event; None for a line that carries none; :data:`_DONE` for the end."""
    line = line.strip()
    if not line.startswith(b"data:"):
        if line[:1] == b"<":
            raise bad("answered with an HTML page where an event stream was expected")
        return None  # a blank line, a comment, or an event/id/retry field
    data = line[5:].strip()
    if data == b"[DONE]":
        return _DONE
    try:
        event = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise bad(f"streamed bytes that are not UTF-8 text (byte {exc.start})") from None
    except ValueError:
        raise bad(f"streamed an event that is not JSON ({_excerpt(data.decode('utf-8'))!r})") from None
    if not isinstance(event, dict):
        raise bad(f"streamed a JSON {type(event).__name__}, not a completion chunk")
    return event


def _delta(event: dict[str, Any], bad: BadReply, unavailable: Callable[[str], LLMUnavailable]) -> str:
    """The text one stream event adds (an error event means the server gave up mid-reply)."""
    if "error" in event and "choices" not in event:
        raise unavailable(f"reported an error mid-reply: {_error_message(json.dumps(event).encode())}")
    choices = event.get("choices")
    if not isinstance(choices, list):
        raise bad("streamed a chunk that is not a chat completion chunk (no list of choices)")
    if not choices:
        return ""  # a usage-only chunk
    first = choices[0]
    delta = first.get("delta", {}) if isinstance(first, dict) else None
    if not isinstance(delta, dict):
        raise bad("streamed a chunk whose choices[0] has no delta")
    return _text(delta.get("content"), lambda p: bad(p.replace("chat completion", "chat completion chunk")), "delta")
