"""The exceptions kg raises; the CLI maps each to a message, a hint and an exit code."""

from __future__ import annotations


class KgError(Exception):
    """Base class: a message for the user and an optional hint on how to fix it.

    ``exit_code`` follows the documented contract: 1 means the data does not
    conform to the shapes, 2 means bad usage or bad input.
    """

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(KgError):
    """An input file or record cannot be read as an article."""


class QueryError(KgError):
    """A SPARQL query or update is malformed or cannot be evaluated."""


class StoreError(KgError):
    """The on-disk store cannot be opened, read or written."""


class RdfError(KgError):
    """An RDF file cannot be parsed."""


class NotConforming(KgError):
    """Data violated the SHACL shapes."""

    exit_code = 1
