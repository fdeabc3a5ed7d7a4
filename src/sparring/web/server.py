"""Running the app: bind the socket, print the URL with the access token, serve with uvicorn.

Local mode is the default and the only safe one: we bind to 127.0.0.1, and any other address
needs ``allow_remote`` and prints a warning (the token is then the only protection, over plain
HTTP). The socket is bound before the URL is printed, so a printed URL always works and a busy
port is a clear message, not a traceback. Uvicorn's access log is off: ours logs route
patterns only (see :mod:`sparring.web.access_log`).

With ``workers`` > 1 the parent binds the socket, opens the store once (so migrations run
once, and a bad URL is our error, not a worker's traceback), then uvicorn spawns the workers.
Each builds the same app from :func:`worker_app`, an import string plus the settings the
parent put in :data:`WORKER_ENV`. The workers share nothing but the store: a rehearsal in
progress is there after every turn (:mod:`sparring.web.practice`), so any worker can play the
next one.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import secrets
import socket
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sparring.model.errors import SparringError
from sparring.web.settings import WebSettings

if TYPE_CHECKING:
    from fastapi import FastAPI

TOKEN_ENV = "SPARRING_TOKEN"
"""Set it to keep one access token across restarts (for scripts); otherwise each start makes one."""
MIN_TOKEN = 16
WORKER_ENV = "SPARRING_SERVE_WORKER"
"""Set by ``serve`` for the worker processes it spawns: their :class:`WebSettings` as JSON."""
WORKER_APP = "sparring.web.server:worker_app"
PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when its parent dies."""


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8765
    demo: bool = False
    allow_remote: bool = False
    allow_hosts: tuple[str, ...] = ()
    db: str | None = None
    workers: int = 1


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def access_token() -> str:
    given = os.environ.get(TOKEN_ENV, "").strip()
    if given:
        if len(given) < MIN_TOKEN:
            raise SparringError(f"{TOKEN_ENV} is too short to be safe", hint=f"use at least {MIN_TOKEN} characters")
        return given
    return secrets.token_urlsafe(24)


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise SparringError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}",
            hint="another program may be using the port; choose another with --port",
            kind="unavailable",
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def demo_store(folder: Path) -> str:
    """A throwaway SQLite store in ``folder`` holding the six example cases."""
    from sparring.services.cases import import_file
    from sparring.services.examples import EXAMPLE_NAMES, example_path
    from sparring.services.workspace import CaseStore

    url = f"sqlite:///{folder / 'demo.db'}"
    with CaseStore(url) as store:
        for name in EXAMPLE_NAMES:
            import_file(store, str(example_path(name)), name.replace("_", "-"), "demo example")
    return url


def serve(options: ServeOptions) -> None:
    """Serve until interrupted (blocking)."""
    if not is_loopback(options.host) and not options.allow_remote:
        raise SparringError(
            f"{options.host} is not a loopback address: other machines could reach this server",
            hint="add --allow-remote if that is what you want, or keep the default --host 127.0.0.1",
        )
    token = access_token()
    if options.demo:
        with tempfile.TemporaryDirectory(prefix="sparring-serve-demo-") as folder:
            _serve(options, token, demo_store(Path(folder)))
    else:
        from sparring.services.workspace import store_url

        _serve(options, token, store_url(options.db))


def _serve(options: ServeOptions, token: str, store_url: str) -> None:
    import uvicorn

    from sparring.services.workspace import shown_url
    from sparring.web.app import create_app

    sock = bind(options.host, options.port)
    port = int(sock.getsockname()[1])
    extra = (
        *options.allow_hosts,
        *([] if is_loopback(options.host) or options.host in ("0.0.0.0", "::") else [options.host]),
    )
    settings = WebSettings(store_url=store_url, token=token, port=port, extra_hosts=tuple(extra), demo=options.demo)
    if options.workers > 1:
        _open_once(store_url)
        os.environ[WORKER_ENV] = _settings_json(settings)
        app: FastAPI | str = WORKER_APP
    else:
        app = create_app(settings)
    shown_host = options.host if is_loopback(options.host) or options.host not in ("0.0.0.0", "::") else "127.0.0.1"
    if ":" in shown_host and not shown_host.startswith("["):
        shown_host = f"[{shown_host}]"
    out = sys.stdout
    if not is_loopback(options.host):
        print(
            f"warning: listening on {options.host}, reachable from other machines over plain HTTP; "
            "anyone with the token can read and change your cases",
            file=sys.stderr,
            flush=True,
        )
    print(f"Sparring is running at http://{shown_host}:{port}/?token={token}", file=out)
    print("Open that link once; the browser then keeps the token in a cookie.", file=out)
    print("API clients send the header: Authorization: Bearer <token>", file=out)
    store_note = "a throwaway demo store with the six example cases" if options.demo else shown_url(store_url)
    workers_note = f", {options.workers} worker processes" if options.workers > 1 else ""
    print(f"Store: {store_note}{workers_note}. Press Ctrl+C to stop.", file=out, flush=True)
    _configure_logging()
    config = uvicorn.Config(
        app,
        factory=options.workers > 1,
        workers=options.workers,
        log_config=None,
        access_log=False,
        server_header=False,
        date_header=False,
        timeout_graceful_shutdown=3,
    )
    try:
        if options.workers > 1:
            from uvicorn.supervisors import Multiprocess

            Multiprocess(config, sockets=[sock]).run()
        else:
            uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        os.environ.pop(WORKER_ENV, None)


def _open_once(store_url: str) -> None:
    """Open (and migrate) the store in the parent, before any worker does."""
    from sparring.services.workspace import CaseStore

    with CaseStore(store_url):
        pass


def _settings_json(settings: WebSettings) -> str:
    """What a worker needs to build the app ``serve`` would build itself (the rest are the defaults)."""
    return json.dumps(
        {
            "store_url": settings.store_url,
            "token": settings.token,
            "port": settings.port,
            "extra_hosts": list(settings.extra_hosts),
            "demo": settings.demo,
            "parent": os.getpid(),
        }
    )


def worker_app() -> FastAPI:
    """The app of one worker process (uvicorn's factory): the settings its parent ``serve`` gave."""
    from sparring.web.app import create_app

    given = os.environ.get(WORKER_ENV)
    if not given:
        raise SparringError(f"{WORKER_ENV} is not set", hint="start the workers with `sparring serve --workers N`")
    data = json.loads(given)
    if "parent" in data:  # spawned by `serve` (not, say, built in a test)
        _end_with_parent(int(data["parent"]))
    _configure_logging()
    return create_app(
        WebSettings(
            store_url=str(data["store_url"]),
            token=str(data["token"]),
            port=int(data["port"]),
            extra_hosts=tuple(str(h) for h in data["extra_hosts"]),
            demo=bool(data["demo"]),
        )
    )


def _end_with_parent(parent: int) -> None:
    """A worker stops when its parent dies, even of SIGKILL, instead of holding the port alone (Linux)."""
    if sys.platform != "linux":
        return
    import ctypes
    import signal

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it died before the line above took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _configure_logging() -> None:
    """Our request lines and uvicorn's start/stop lines on stderr; nothing with content."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    for name in ("sparring.web", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False
