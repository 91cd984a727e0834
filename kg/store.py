"""The Oxigraph store: open, replace article graphs atomically, query, dump.

Each article's statements live in their own named graph. Replacing an article is
one transaction (a SPARQL update that drops and re-inserts the graph), and
graphs that are new go in with pyoxigraph's bulk loader under a "loading" list
(the file ``LOADING_FILE`` in the store folder) that is rolled back on the next
open for writing (see ``load_graphs``), so a crash or an error mid-build never
leaves a half-written article graph. Queries see the union of all graphs as
their default graph.
"""

from __future__ import annotations

import ctypes
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Self

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf import DEFAULT_BASE, PREFIXES, RDFS

DEFAULT_STORE = "kg-store"
# The graphs a bulk load is writing, one IRI a line, listed in this file of the store
# folder while it runs. (A file, not statements in the store: every statement written
# to the store before a bulk load makes RocksDB flush a small file of its own first,
# and compacting those costs more than the bulk loads' own compaction: 3,000 articles
# written 250 at a time, 18 CPU s of compaction with such a list, 11 without it.)
LOADING_FILE = "kg-loading"
# Where earlier versions listed them, as ``LOADING rdfs:member <graph>`` in this graph: still
# rolled back, and still refused by a read-only open.
LOADING = ox.NamedNode(DEFAULT_BASE + "graph/loading")
# The temporary files new graphs are gathered in before a bulk load (see ``Store.load_graphs``).
SPOOL_PREFIX = "kg-spool-"
MEMBER = ox.NamedNode(RDFS + "member")

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
# Formats that carry named graphs; the others get the union of all graphs.
DATASET_FORMATS = {"trig", "nquads", "jsonld"}


def default_store_path() -> Path:
    """The store folder: ``$KG_STORE`` or ``./kg-store``."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


@dataclass(frozen=True)
class StoreStats:
    articles: int
    events: int
    entities: int
    triples: int
    graphs: int


class Store:
    """An embedded Oxigraph store on disk (or in memory when ``path`` is None).

    Opening it for writing first rolls back a bulk load that was interrupted: the
    graphs it was writing are removed (they were new, so the store is as before it).

    :param path: the store folder; created if missing.
    :param read_only: open a read-only snapshot (no lock is taken).
    :raises StoreError: if the folder is held by another process or unreadable, or
        (read-only) while graphs are being bulk-loaded or a bulk load was interrupted.
    """

    def __init__(self, path: Path | str | None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(
                        f"{self.path}: no kg store here",
                        hint="Build one first with: kg build ARTICLES --store " + str(self.path),
                    )
                self._store = open_read_only(self.path)
                if loading_interrupted(self.path, self._store):
                    raise StoreError(
                        f"{self.path}: graphs are being loaded (a build is running, or was interrupted)",
                        hint="Wait for the build to end; if none is running, open the store for writing "
                        "(e.g. kg build) to roll back the half-loaded graphs.",
                    )
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise StoreError(f"{self.path}: not a folder, cannot hold a store")
                self.path.mkdir(parents=True, exist_ok=True)  # Oxigraph creates only the last level
                self._store = ox.Store(str(self.path))
                self._roll_back_interrupted_load()
        except (OSError, RuntimeError) as exc:
            raise _store_error(self.path, exc) from exc

    def close(self) -> None:
        """Let go of the store: RocksDB finishes its background work and releases the folder's lock.

        A store is also closed when the object is garbage-collected; closing it explicitly
        matters to a process that goes on running (a test, a notebook) and reopens the folder.
        """
        del self._store

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store, for callers that need its full API."""
        return self._store

    # -- writing -----------------------------------------------------------------------

    def replace_graphs(self, graphs: Iterable[tuple[ox.NamedNode, list[ox.Quad]]]) -> None:
        """Replace each named graph with the given quads, atomically per call.

        New graphs are added together in one transaction; graphs that already
        exist are replaced each in its own transaction (drop + insert), so the
        store never holds a partial graph.
        """
        fresh: list[ox.Quad] = []
        try:
            for graph, quads in graphs:
                if self._store.contains_named_graph(graph):
                    self._store.update(_replace_update(graph, quads))
                else:
                    fresh.extend(quads)
            if fresh:
                self._store.extend(fresh)
        except OSError as exc:
            raise _store_error(self.path, exc) from exc

    def load_graphs(self, graphs: Iterable[tuple[ox.NamedNode, bytes]]) -> None:
        """Replace each named graph with N-Quads (every quad in that graph).

        As ``replace_graphs``, for data already serialised (as the build's worker
        processes send it). Graphs that exist are replaced each in its own transaction.
        Graphs that are new are spooled to a temporary file (in the store folder) as
        they come, so a caller can stream many without holding them, and then go in
        together with the bulk loader: about 3x cheaper than a transaction, and unlike a
        transaction its cost does not grow with the store (10,000 articles: 27 ms an
        article at the end in transactions). It is not atomic, so the graphs are first
        listed in ``LOADING_FILE`` (written and synced), and the file is removed once
        they are in and flushed; a crash in between leaves the file, and the next open
        for writing removes the listed graphs (and a spool file left behind).
        """
        fresh: list[ox.NamedNode] = []
        try:
            with tempfile.NamedTemporaryFile(dir=self.path, prefix=SPOOL_PREFIX, suffix=".nq") as spool:
                for graph, nquads in graphs:
                    if self._store.contains_named_graph(graph):
                        quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
                        self._store.update(_replace_update(graph, quads))
                    else:
                        fresh.append(graph)
                        spool.write(nquads)
                spool.flush()
                if fresh and self.path is None:
                    _bulk_load(self._store, Path(spool.name))
                elif fresh and self.path is not None:
                    listing = self.path / LOADING_FILE
                    _write_synced(listing, "".join(g.value + "\n" for g in fresh))  # on disk before any graph
                    _bulk_load(self._store, Path(spool.name))
                    self.flush()
                    listing.unlink()
        except OSError as exc:
            raise _store_error(self.path, exc) from exc

    def _roll_back_interrupted_load(self) -> None:
        assert self.path is not None
        listing = self.path / LOADING_FILE
        for spool in self.path.glob(SPOOL_PREFIX + "*"):
            spool.unlink(missing_ok=True)  # the data of a bulk load that never started or did not end
        graphs = listing.read_text(encoding="utf-8").split() if listing.exists() else []
        if self._store.contains_named_graph(LOADING):
            listed = self._store.quads_for_pattern(LOADING, MEMBER, None, LOADING)
            graphs += [q.object.value for q in listed if isinstance(q.object, ox.NamedNode)]
            graphs.append(LOADING.value)
        if not graphs and not listing.exists():
            return
        for graph in graphs:
            self._store.remove_graph(ox.NamedNode(graph))
        self.flush()
        listing.unlink(missing_ok=True)

    def holds(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> bool:
        """Does the named graph hold exactly these quads (blank node labels aside)?

        Oxigraph gives blank nodes new labels on every insert, so they are compared
        as placeholders; reference graphs are small, so this costs little.
        """
        def key(q: ox.Quad) -> tuple[str, str, str]:
            def term(t: object) -> str:
                return "_:" if isinstance(t, ox.BlankNode) else str(t)

            return term(q.subject), term(q.predicate), term(q.object)

        stored = sorted(key(q) for q in self._store.quads_for_pattern(None, None, None, graph))
        return stored == sorted(key(q) for q in quads)

    def remove_graph(self, graph: ox.NamedNode) -> None:
        if self._store.contains_named_graph(graph):
            self._store.remove_graph(graph)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    # -- reading -----------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True) -> ox.QuerySolutions | ox.QueryTriples | bool:
        """Evaluate a SPARQL query; the default graph is the union of all graphs.

        :raises QueryError: with the line and column of a syntax error.
        """
        try:
            return self._store.query(sparql, use_default_graph_as_union=union)
        except SyntaxError as exc:
            raise QueryError(f"bad SPARQL: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None, graph)

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, output: IO[bytes], fmt: str) -> None:
        """Write the whole store in an RDF format.

        Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs; graph
        formats (Turtle, N-Triples, RDF/XML) get the distinct triples of the union.
        """
        rdf_format = RDF_FORMATS[fmt]
        if fmt in DATASET_FORMATS:
            self._store.dump(output, rdf_format, prefixes=dump_prefixes(rdf_format))
            return
        triples = (
            ox.Triple(s["s"], s["p"], s["o"])  # type: ignore[index]
            for s in self._store.query(
                "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
        )
        ox.serialize(triples, output, rdf_format, prefixes=dump_prefixes(rdf_format))

    def stats(self) -> StoreStats:
        """Counts an analyst wants first: articles, events, entities, triples, graphs."""
        row = next(
            iter(
                self._store.query(
                    """PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
                    SELECT
                      (COUNT(DISTINCT ?a) AS ?articles)
                      (COUNT(DISTINCT ?e) AS ?events)
                      (COUNT(DISTINCT ?x) AS ?entities)
                    WHERE {
                      { ?a a ck:Article }
                      UNION { ?e ck:evidence ?m1 ; a ?ec . ?ec <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ck:Event }
                      UNION { ?x ck:mentionedIn ?art ; a ?xc . ?xc <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?top
                              VALUES ?top { ck:Actor ck:Place } }
                    }""",
                    use_default_graph_as_union=True,
                )
            )
        )
        return StoreStats(
            articles=int(row["articles"].value),  # type: ignore[index]
            events=int(row["events"].value),  # type: ignore[index]
            entities=int(row["entities"].value),  # type: ignore[index]
            triples=len(self._store),
            graphs=sum(1 for _ in self._store.named_graphs()),
        )


# A read-only open beside a writer can meet a file the writer's compaction has just
# removed («Corruption: ... .sst: No such file»); the store itself is fine, and opening
# again a moment later reads the new file list.
READ_ONLY_ATTEMPTS = 5


def open_read_only(path: Path) -> ox.Store:
    """A read-only snapshot of the store at ``path``, opened again if a writer beside it compacted."""
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if "No such file" not in str(exc) or attempt == READ_ONLY_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def loading_interrupted(path: Path, store: ox.Store) -> bool:
    """Does the store at ``path`` hold graphs a bulk load is writing (or was, when it died)?"""
    return (path / LOADING_FILE).exists() or store.contains_named_graph(LOADING)


def _write_synced(path: Path, text: str) -> None:
    """Write a small file and make sure it is on disk, name included, before going on."""
    with path.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _bulk_load(store: ox.Store, path: Path) -> None:
    """Bulk-load an N-Quads file, handing the memory it frees back to the system before and after.

    A bulk load holds a whole write at its peak and frees most of it at the end; glibc keeps
    freed pages in its arenas, where they would stay under the next load's peak. Trimming the
    heap around each load keeps the peaks of successive writes flat (see benchmarks/README.md).
    """
    _release_free_memory()
    try:
        # lenient: the N-Quads were written by pyoxigraph from terms it had already checked.
        store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS, lenient=True)
    finally:
        _release_free_memory()


def _glibc_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on a C library without it (musl, macOS, Windows)."""
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's name for itself; other C libraries differ
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_MALLOC_TRIM = _glibc_malloc_trim()


def _release_free_memory() -> None:
    """Return the heap's free pages to the system, where the C library can (glibc)."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _replace_update(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
    body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


def dump_prefixes(rdf_format: ox.RdfFormat) -> dict[str, str] | None:
    """The prefixes to write in a serialisation (None for line-based formats)."""
    if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES):
        return None
    return {**PREFIXES, "kgid": DEFAULT_BASE}


def _store_error(path: Path | None, exc: Exception) -> StoreError:
    text = str(exc)
    if "lock" in text.lower():
        return StoreError(
            f"{path}: the store is in use by another process",
            hint="Stop `kg serve` (or the other kg command) using it, or use another --store.",
        )
    return StoreError(f"{path}: cannot open the store: {text}")
