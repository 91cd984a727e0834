"""``kg serve``: parse the options, run the server (or answer one request with --get)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg.cli import handle_errors, main, quiet_option, store_option
from kg.errors import KgError
from kg.rdf import DEFAULT_BASE


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", "-p", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base of the data IRIs, served under /id/.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds a query may run.")
@click.option(
    "--max-result-mb", default=100, show_default=True, type=click.IntRange(min=1),
    help="Largest query result, in MB.",
)
@click.option(
    "--workers", default=min(8, max(2, (os.cpu_count() or 1) + 1)), show_default="cores + 1, 2 to 8",
    type=click.IntRange(min=1), help="Queries that may run at once (one oxigraph process each).",
)
@click.option(
    "--update-token", envvar="KG_UPDATE_TOKEN", default=None, metavar="TOKEN",
    help="Accept SPARQL updates carrying 'Authorization: Bearer TOKEN' (env KG_UPDATE_TOKEN). Read-only without it.",
)
@click.option("--get", "get_path", default=None, metavar="PATH", help="Answer one GET of PATH in-process, print the body, exit.")
@click.option("--accept", default=None, metavar="TYPE", help="Accept header for --get.")
@quiet_option
@handle_errors
def serve(
    store_path: Path,
    host: str,
    port: int,
    base: str,
    timeout: float,
    max_result_mb: int,
    workers: int,
    update_token: str | None,
    get_path: str | None,
    accept: str | None,
    quiet: bool,
) -> None:
    """Serve the store: SPARQL endpoint, linked-data pages and a query page.

    \b
    /             query page: write SPARQL, bundled examples, table, chart, map
    /sparql       SPARQL 1.1 Protocol (also /query); JSON, XML, CSV, TSV results;
                  Turtle, JSON-LD, N-Triples, RDF/XML graphs; union default graph
    /id/...       every data IRI, as Turtle, JSON-LD, N-Triples or HTML
    /ontology     the ontology; /.well-known/void; /dump.trig; /dump.nq

    The server holds the store: `kg build` on it fails until the server stops.
    Queries run in native `oxigraph serve-read-only` processes (--workers of
    them); one that runs longer than --timeout is killed and answered with 503
    while the others go on. Updates are refused (403) unless --update-token is
    set; then they are applied between queries.

    Example:

    \b
        kg serve --store kg-store --port 7878
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' localhost:7878/sparql
        kg serve --get /id/place/conoco-gas-field --accept text/turtle
    """
    from kg.serve import Settings, get, status_line
    from kg.serve import serve as run_server

    settings = Settings(
        store_path=store_path,
        base=base,
        timeout=timeout,
        max_result_bytes=max_result_mb * 1_000_000,
        workers=workers,
        update_token=update_token or None,
    )
    if get_path is not None:
        if not get_path.startswith("/"):
            raise KgError(f"--get takes a path starting with /, not {get_path!r}")
        status = get(settings, get_path, accept=accept)
        if status != 200:
            raise KgError(f"GET {get_path} answered {status_line(status)}")
        return

    def ready(url: str) -> None:
        if not quiet:
            click.echo(f"Serving {store_path} at {url} (SPARQL at {url}sparql); Ctrl-C to stop", err=True)

    try:
        run_server(settings, host=host, port=port, quiet=quiet, on_ready=ready)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", hint="Try another --port.") from exc
