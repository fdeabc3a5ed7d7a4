"""A tiny scripted HTTP server on 127.0.0.1 that speaks just enough of the OpenAI API to misbehave on cue.

Each request gets the next step of a script: answer, fail with a status, sleep first (a slow
server), or misbehave on the wire: HTML or garbage bytes instead of JSON, JSON of the wrong
shape, a body trickled one byte a second after the headers, a 60 MB body, and the same for
server-sent-event streams. ``GET /models`` follows its own script (``models=``), so a probe can
misbehave too. Every sleep and every trickle is bounded, and the server stops with its test.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TRICKLE_MAX_S = 60.0
"""A trickling answer gives up after this long, whoever is listening."""


@dataclass
class Step:
    status: int = 200
    body: dict[str, Any] | None = None
    delay_s: float = 0.0
    raw: bytes | None = None
    """Sent as is instead of ``body`` (HTML, garbage bytes, a huge or an SSE body)."""
    content_type: str = "application/json"
    trickle_s: float = 0.0
    """When above 0: the headers at once, then the body one byte every ``trickle_s`` seconds."""
    length: int | None = None
    """The content-length to announce (default: the body's); None with ``chunked`` sends none."""
    chunked: bool = False
    """Send the body with no content-length, ending it by closing the connection (as SSE servers do)."""


def chat(text: str, model: str = "fake-model") -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


MODELS = {"object": "list", "data": [{"id": "fake-model", "object": "model"}]}
HTML = b"<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
GARBAGE = bytes(range(128, 256)) * 4 + b"\xff\xfe\x00{"


def html(status: int = 200) -> Step:
    """A proxy's or a login page's HTML where JSON was expected."""
    return Step(status=status, raw=HTML, content_type="text/html; charset=utf-8")


def garbage() -> Step:
    """Bytes that are not UTF-8, under a JSON content type."""
    return Step(raw=GARBAGE)


def wrong_shape(body: Any = None) -> Step:
    """Valid JSON that is not a chat completion (``{"choices": "nope"}`` by default)."""
    return Step(raw=json.dumps({"choices": "nope"} if body is None else body).encode())


def trickle(body: dict[str, Any] | None = None, every_s: float = 1.0) -> Step:
    """The headers at once, then a valid answer one byte every ``every_s`` seconds."""
    return Step(raw=json.dumps(body or chat("slowly")).encode(), trickle_s=every_s)


HUGE_BYTES = 60 * 1024 * 1024


def huge(size: int = HUGE_BYTES) -> Step:
    """A well-formed chat completion whose text is ``size`` bytes long (60 MB by default)."""
    head, tail = json.dumps(chat("@")).encode().split(b"@")
    return Step(raw=head + b"x" * size + tail)


def sse(*chunks: str, model: str = "fake-model") -> bytes:
    """A chat completion stream as an OpenAI server writes it."""
    events = [
        {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model,
         "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}
        for text in chunks
    ]  # fmt: skip
    body = b"".join(b"data: " + json.dumps(event).encode() + b"\n\n" for event in events)
    return body + b"data: [DONE]\n\n"


def stream_step(raw: bytes, *, trickle_s: float = 0.0) -> Step:
    """An SSE answer with no content-length (the server closes the connection at the end)."""
    return Step(raw=raw, content_type="text/event-stream", trickle_s=trickle_s, chunked=True)


@dataclass
class FakeServer:
    steps: list[Step]
    models: list[Step]
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    """The headers of each POST (the completions), in order."""
    get_headers: list[dict[str, str]] = field(default_factory=list)
    """The headers of each GET (the model listings), in order."""
    paths: list[str] = field(default_factory=list)
    port: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def next_step(self) -> Step:
        return self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]

    def next_models(self) -> Step:
        return self.models.pop(0) if len(self.models) > 1 else self.models[0]


@contextmanager
def fake_server(*steps: Step, models: Step | list[Step] | None = None) -> Iterator[FakeServer]:
    """Serve ``steps`` to POSTs and ``models`` to GETs, in order (the last one repeats), until the block ends."""
    listing = models if isinstance(models, list) else [models or Step(body=MODELS)]
    state = FakeServer(list(steps) or [Step(body=chat("ok"))], listing)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            state.paths.append(self.path)
            state.get_headers.append({k.lower(): v for k, v in self.headers.items()})
            self._send(state.next_models())

        def do_POST(self) -> None:
            state.paths.append(self.path)
            length = int(self.headers.get("content-length", 0))
            state.requests.append(json.loads(self.rfile.read(length) or b"{}"))
            state.headers.append({k.lower(): v for k, v in self.headers.items()})
            step = state.next_step()
            state.stopping.wait(min(step.delay_s, 10.0))
            self._send(step)

        def _send(self, step: Step) -> None:
            payload = step.raw if step.raw is not None else json.dumps(step.body or {}).encode()
            try:
                self.send_response(step.status)
                self.send_header("content-type", step.content_type)
                if step.chunked:
                    self.send_header("connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("content-length", str(step.length if step.length is not None else len(payload)))
                self.end_headers()
                if step.trickle_s > 0:
                    self._trickle(payload, step.trickle_s)
                else:
                    self.wfile.write(payload)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (timed out, or refused the size) first

        def _trickle(self, payload: bytes, every_s: float) -> None:
            give_up = time.monotonic() + TRICKLE_MAX_S
            for index in range(len(payload)):
                if state.stopping.is_set() or time.monotonic() > give_up:
                    self.close_connection = True
                    return
                self.wfile.write(payload[index : index + 1])
                self.wfile.flush()
                state.stopping.wait(every_s)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stopping.set()
        server.shutdown()
        server.server_close()
