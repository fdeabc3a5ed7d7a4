"""Heavy work runs in worker threads, never on the event loop, and only so much of it at once.

Parsing a case, checking it, the deal maths, the stress test, the brief and the analyser take
from milliseconds to seconds; on the event loop, one such request would stop every other
user's request until it ended. Routes that do such work are ``async`` and hand it to
:data:`Heavy`, which runs it in a thread under the app's own limiter
(``WebSettings.heavy_jobs``), so a burst of heavy requests queues there while cheap pages keep
the rest of the thread pool and the loop stays free to accept and answer.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Annotated, ParamSpec, Protocol, TypeVar

import anyio.to_thread
from fastapi import Depends, Request

P = ParamSpec("P")
T = TypeVar("T")


class Offload(Protocol):
    """Run ``fn(*args, **kwargs)`` in a worker thread under the heavy-work limiter, and await it."""

    def __call__(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Awaitable[T]: ...


async def get_heavy(request: Request) -> Offload:
    limiter: anyio.CapacityLimiter = request.app.state.heavy

    async def run(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs), limiter=limiter)

    return run


Heavy = Annotated[Offload, Depends(get_heavy)]
