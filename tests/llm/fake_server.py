"""A tiny scripted HTTP server on 127.0.0.1 that speaks just enough of the OpenAI API to misbehave on cue.

Each request gets the next step of a script: answer, fail with a status, or sleep first (a
slow server). Every sleep is bounded, and the server stops with its test.
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


@dataclass
class Step:
    status: int = 200
    body: dict[str, Any] | None = None
    delay_s: float = 0.0


def chat(text: str, model: str = "fake-model") -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


@dataclass
class FakeServer:
    steps: list[Step]
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def next_step(self) -> Step:
        return self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]


@contextmanager
def fake_server(*steps: Step) -> Iterator[FakeServer]:
    """Serve ``steps`` in order (the last one repeats) until the block ends."""
    state = FakeServer(list(steps) or [Step(body=chat("ok"))])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._send(Step(body={"object": "list", "data": [{"id": "fake-model", "object": "model"}]}))

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            state.requests.append(json.loads(self.rfile.read(length) or b"{}"))
            state.headers.append({k.lower(): v for k, v in self.headers.items()})
            step = state.next_step()
            time.sleep(min(step.delay_s, 10.0))
            self._send(step)

        def _send(self, step: Step) -> None:
            payload = json.dumps(step.body or {}).encode()
            try:
                self.send_response(step.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timed out) first

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
        server.shutdown()
        server.server_close()
