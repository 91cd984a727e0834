"""``kg serve``: a SPARQL 1.1 endpoint and linked-data site over the kg store.

- :mod:`kg.serve.app` answers requests (SPARQL protocol, ``/id/…`` pages, VoID, dumps,
  the ontology, the query page) and wraps them in a threading HTTP server;
- :mod:`kg.serve.pool` holds the store's lock and runs queries in native
  ``oxigraph serve-read-only`` processes, killed when a query passes its time limit;
- :mod:`kg.serve.protocol` is content negotiation and the reading of protocol requests;
- :mod:`kg.serve.page` renders the HTML.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import IO

from kg.serve.app import App, Request, Response, Settings, make_server, status_line

__all__ = ["App", "Request", "Response", "Settings", "get", "serve", "status_line"]


def serve(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    quiet: bool = False,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), then stop the workers and free the store.

    :raises StoreError: if the store is missing or held by another process.
    :raises OSError: if the address cannot be bound.
    """
    app = App(settings)
    try:
        server = make_server(app, host, port, quiet=quiet)
    except BaseException:
        app.close()
        raise

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        if on_ready:
            bound_host, bound_port = server.server_address[:2]
            if isinstance(bound_host, bytes):
                bound_host = bound_host.decode()
            on_ready(f"http://{bound_host}:{bound_port}/")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        app.close()


def get(settings: Settings, path: str, *, accept: str | None = None, out: IO[bytes] | None = None) -> int:
    """Answer one GET request in-process, write its body to ``out`` and return the status.

    Queries run in this process, without a time limit; no port is opened.
    """
    from dataclasses import replace

    app = App(replace(settings, workers=0))
    try:
        target, _, query_string = path.partition("?")
        headers = {"Accept": accept} if accept else {}
        response = app.handle(Request("GET", target, query_string, headers))
        stream = out or sys.stdout.buffer
        if callable(response.body):
            response.body(stream)
        else:
            stream.write(response.body)
        stream.flush()
        return response.status
    finally:
        app.close()
