"""The ``kg`` command line: parse, call the library, map errors to messages and exit codes.

Exit codes: 0 ok / conforms, 1 data does not conform to the shapes, 2 usage or input error.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import KgError
from kg.store import DEFAULT_STORE

F = TypeVar("F", bound=Callable[..., Any])


def store_option(f: F) -> F:
    """``--store DIR`` (env ``KG_STORE``, default ``./kg-store``)."""
    return click.option(
        "--store",
        "store_path",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="KG_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        help="Folder of the embedded Oxigraph store (env KG_STORE).",
    )(f)


def quiet_option(f: F) -> F:
    return click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")(f)


def handle_errors(f: F) -> F:
    """Turn a KgError into a one-line message (plus hint) on stderr and its exit code."""

    @wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except KgError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of attacks from Arabic conflict news.

    Articles go in (UTF-8 .txt files with optional ID.json metadata, or .jsonl);
    RDF comes out, checked against SHACL shapes and stored in an embedded
    Oxigraph store that you query with SPARQL.

    Exit codes: 0 ok, 1 data violates the shapes, 2 usage or input error.
    """


def _register() -> None:
    from kg.cli import commands  # noqa: F401  (registers the core commands)

    if importlib.util.find_spec("kg.cli.serve") is not None:
        importlib.import_module("kg.cli.serve")


_register()
