"""`sparring serve`: the web app on this computer, reachable only with its access token."""

from __future__ import annotations

from typing import Annotated

import typer

from sparring.cli.common import State, command


@command()
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (default: this computer only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port (0 picks a free one).")] = 8765,
    demo: Annotated[bool, typer.Option("--demo", help="Serve the six example cases from a throwaway store.")] = False,
    allow_remote: Annotated[
        bool, typer.Option("--allow-remote", help="Allow a --host other machines can reach (prints a warning).")
    ] = False,
    allow_host: Annotated[
        list[str] | None,
        typer.Option("--allow-host", help="Another name this server may be reached by (Host header check)."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-w", min=1, max=64, help="Worker processes sharing the port and the store (default 1)."
        ),
    ] = 1,
) -> None:
    """Run the web app: the guided editor, map, deal and stress views, brief export and the API."""
    from sparring.web.server import ServeOptions
    from sparring.web.server import serve as run_server

    run_server(ServeOptions(host, port, demo, allow_remote, tuple(allow_host or ()), State.db, workers))
