"""Resolving the query an analyst names, and rendering its results.

A query is a bundled query's name, a ``.rq`` file, or inline SPARQL. SELECT
results come out as a text table or in the standard SPARQL 1.1 result formats
(JSON, XML, CSV, TSV); CONSTRUCT/DESCRIBE results as Turtle, or JSON-LD for
``json`` and RDF/XML for ``xml``.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf import DEFAULT_BASE, PREFIXES

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_SPARQL_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.I)


def resolve_query(query: str) -> str:
    """The SPARQL text of a bundled query name, a ``.rq`` file or inline SPARQL.

    :raises QueryError: for an unknown name or an unreadable file.
    """
    if _SPARQL_START.match(query):
        return query
    path = Path(query)
    if path.suffix == ".rq" or path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read query file: {exc}") from exc
    from kg.queries import get_query

    return get_query(query).text


def render_results(results: ox.QuerySolutions | ox.QueryTriples | bool, fmt: str) -> bytes:
    """Serialise query results: ``table`` for people, or a standard format for tools."""
    # pyoxigraph 0.5 answers ASK with a QueryBoolean (which Python code cannot construct).
    if isinstance(results, bool | ox.QueryBoolean):
        if fmt in RESULT_FORMATS:
            if isinstance(results, bool):
                results = ox.Store().query("ASK {}" if results else "ASK { FILTER(false) }")
            out = io.BytesIO()
            results.serialize(out, RESULT_FORMATS[fmt])  # type: ignore[union-attr]
            return out.getvalue()
        return b"true\n" if results else b"false\n"
    if isinstance(results, ox.QueryTriples):
        out = io.BytesIO()
        rdf_format = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.RDF_XML if fmt == "xml" else ox.RdfFormat.TURTLE
        results.serialize(out, rdf_format)
        return out.getvalue()
    if fmt in RESULT_FORMATS:
        out = io.BytesIO()
        results.serialize(out, RESULT_FORMATS[fmt])
        return out.getvalue()
    return _table(results).encode("utf-8")


def short(term: object) -> str:
    """A compact rendering of an RDF term: prefixed names for IRIs, plain values for literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for prefix, ns in (("kgid", DEFAULT_BASE), *PREFIXES.items()):
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _table(results: ox.QuerySolutions) -> str:
    names = [v.value for v in results.variables]
    rows = [[short(row[name]) for name in names] for row in results]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
