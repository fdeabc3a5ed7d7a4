"""What one running web app needs to know: its store, its access token and where it listens.

Kept in one frozen object so the app factory, the security middleware and the tests all read
the same values, and nothing consults the environment behind the caller's back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
MAX_BODY_BYTES = 2 * 1024 * 1024
"""Largest request body accepted: a case file is limited to 1 MB, and a form carries it once."""


@dataclass(frozen=True)
class WebSettings:
    """The configuration of one app instance."""

    store_url: str
    token: str
    port: int = 8765
    extra_hosts: tuple[str, ...] = ()
    max_body: int = MAX_BODY_BYTES
    demo: bool = False
    today: Callable[[], dt.date] = field(default=dt.date.today)
    live_sessions: int = 50
    """Rehearsals in progress cached in memory at most (the least recently used is dropped first;
    the store keeps it, and the next turn rebuilds it from there)."""
    live_ttl_s: float = 2 * 60 * 60
    """A rehearsal in progress is dropped from the memory cache after this long without a turn."""
    live_keep_s: float = 7 * 24 * 60 * 60
    """The store keeps a rehearsal in progress this long after its last turn (seven days), then it is gone."""
    heavy_jobs: int = 4
    """Requests parsing or computing at once (in worker threads, see :mod:`sparring.web.work`); more wait."""
    llm_config: Path | None = None
    """The LLM settings file the settings page reads and writes; default: the CLI's (``sparring llm use``)."""

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """``Host`` header values we answer to; anything else may be a DNS-rebinding attack."""
        names = (*LOOPBACK_NAMES, *self.extra_hosts)
        return frozenset(f"{name}:{self.port}".lower() for name in names)

    @property
    def allowed_origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.allowed_hosts)

    @property
    def cookie_name(self) -> str:
        """Cookies ignore ports, so two servers on one machine must not share a cookie name."""
        return f"sparring_token_{self.port}"

    @property
    def csrf_token(self) -> str:
        """Derived from the access token: stable for the server's life, unguessable without it."""
        return hmac.new(self.token.encode(), b"sparring-csrf", hashlib.sha256).hexdigest()[:40]
