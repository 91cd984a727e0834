"""The build pipeline: articles → extractors → article graphs → SHACL → store.

Articles are extracted and validated in batches, together with the reference
data (ontology and gazetteer); an article whose graph violates the shapes is
reported and not loaded, the others go into the store a few batches at a time.
Re-building an article replaces its graph and nothing else.

With ``jobs`` above 1, worker processes extract and validate batches while this
process writes the finished ones to the store, in input order: batches are
formed the same way whatever ``jobs`` is, so the store and the report are the
same as a build in one process.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, islice
from pathlib import Path

import pyoxigraph as ox

import kg.extract
from kg.article import Article, read_articles
from kg.errors import InputError, KgError
from kg.extract import Document, Extractor, run_extractors
from kg.gazetteer import gazetteer_triples
from kg.graph import document_quads
from kg.rdf import Minter
from kg.resources import data_dir
from kg.store import Store
from kg.validate import Report, Violation, validate_quads

# Measured (validation CPU an article, mentions checked in Python): 5.1 ms at 10 articles a
# batch, 4.9 at 25, 5.4 at 50, 6.5 at 100; hub entities shared by every article of a batch
# make bigger batches cost more per article.
BATCH = 25
# Articles written to the store at once. Every write is compacted into what the store
# already holds, so fewer, bigger writes cost less (10,000 articles: RocksDB compaction
# 92 CPU s in writes of 250, 37 in writes of 1,000, 23 in writes of 2,500), and the bulk
# loader's memory grows with a write (about 0.3–0.4 MB an article). 10,000 articles in writes
# of 1,000: 210.9 s, peak 686 MB (543 at N=1,000); in writes of 500: 248.8 s, peak 357 MB (342).
WRITE = 1000
MAX_JOBS = 4  # one process writes the store; past a few workers it is the bottleneck


def default_jobs() -> int:
    """Worker processes for a build: one per available core, at most ``MAX_JOBS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


@dataclass
class ArticleGraph:
    """What one article yields: its named graph and the document behind it."""

    article: Article
    graph: ox.NamedNode
    quads: list[ox.Quad]
    doc: Document

    @property
    def events(self) -> int:
        return len(self.doc.events)


@dataclass(frozen=True)
class BuiltArticle:
    """An extracted article as the report needs it (what a worker sends back, its quads aside)."""

    id: str
    source: str
    graph: str
    triples: int
    events: int
    entities: tuple[str, ...]

    @classmethod
    def of(cls, g: ArticleGraph) -> BuiltArticle:
        return cls(
            id=g.article.id,
            source=g.article.source,
            graph=g.graph.value,
            triples=len(g.quads),
            events=g.events,
            entities=tuple(m.iri for m in g.doc.entities),
        )


def extract(
    article: Article, *, extractors: tuple[Extractor, ...] | None = None, minter: Minter | None = None
) -> ArticleGraph:
    """Run the extractors on one article and build its named graph."""
    doc = run_extractors(article, extractors)
    graph, quads = document_quads(doc, minter)
    return ArticleGraph(article, graph, quads, doc)


def extract_all(paths: Iterable[str | Path], **kwargs: object) -> Iterator[ArticleGraph | InputError]:
    """Extract every readable article under ``paths``; input problems come through as errors."""
    for item in read_articles(paths):
        yield item if isinstance(item, InputError) else _extract_or_error(item, **kwargs)  # type: ignore[arg-type]


def _extract_or_error(article: Article, **kwargs: object) -> ArticleGraph | InputError:
    try:
        return extract(article, **kwargs)  # type: ignore[arg-type]
    except KgError:
        raise
    except Exception as exc:  # a failing extractor must not stop the other articles
        return InputError(f"{article.source}: extraction failed: {type(exc).__name__}: {exc}")


@cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    triples: list[ox.Triple] = []
    for path in sorted(data_dir("ontology").glob("*.ttl")):
        with path.open("rb") as f:
            triples.extend(q.triple for q in ox.parse(f, ox.RdfFormat.TURTLE))
    return tuple(triples)


def reference_graphs(minter: Minter | None = None) -> list[tuple[ox.NamedNode, list[ox.Quad]]]:
    """The ontology and the gazetteer, each as its own named graph."""
    minter = minter or Minter()
    out = []
    for name, triples in (("ontology", ontology_triples()), ("gazetteer", gazetteer_triples())):
        graph = minter.reference_graph(name)
        out.append((graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]))
    return out


STAGES = ("extraction", "validation", "store")


@dataclass
class BuildReport:
    articles: int = 0
    loaded: int = 0
    events: int = 0
    entities: set[str] = field(default_factory=set)
    triples: int = 0
    input_errors: list[InputError] = field(default_factory=list)
    rejected: dict[str, list[Violation]] = field(default_factory=dict)
    # CPU seconds of extraction and validation (summed over the processes doing them)
    # and wall seconds of store writes: where a build's time goes.
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    @property
    def violations(self) -> int:
        return sum(len(v) for v in self.rejected.values())

    @property
    def exit_code(self) -> int:
        if self.input_errors:
            return 2
        return 1 if self.rejected else 0


def build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    validate: bool = True,
    batch: int = BATCH,
    jobs: int = 1,
    on_article: Callable[[BuiltArticle | InputError], None] | None = None,
) -> BuildReport:
    """Extract, validate and load articles into ``store``.

    Reference graphs (ontology, gazetteer) are refreshed first. Articles go in
    batches: each batch is validated as a whole; an article whose graph has
    violations is left out (the rest of the batch is loaded) and listed in the
    report with its violations.

    :param jobs: worker processes extracting and validating batches; 1 does it all
        in this process, and so does any input of a single batch. The workers are
        spawned, so a script calling this with ``jobs`` above 1 needs the usual
        ``if __name__ == "__main__":`` guard.
    :param on_article: called with each article (or input error), in input order,
        once it is written (every ``WRITE`` articles).
    """
    report = BuildReport()
    # Reference data is rewritten only when it changed, so a build that loads nothing
    # (bad input only) leaves the store exactly as it was.
    store.replace_graphs((g, quads) for g, quads in reference_graphs() if not store.holds(g, quads))
    batches = _built_batches(read_articles(paths), batch=batch, validate=validate, jobs=jobs)
    while True:
        write = _Write(batches)
        started = time.perf_counter()
        store.load_graphs(write.graphs())
        # Written data stays in memory until flushed; flushing each write keeps memory
        # flat in N (measured on 1,000 articles: 211 MB with, 640 MB and rising without).
        store.flush()
        report.seconds["store"] += time.perf_counter() - started - write.waited
        if not write.taken:
            return report
        for done in write.taken:
            _add_to_report(report, done, on_article)


class _Write:
    """The next ``WRITE`` articles' graphs, handed to the store as their batches come in.

    The store spools them, so this process holds no more than a batch of them at a
    time; the time spent waiting for batches is kept apart from the store's.
    """

    def __init__(self, batches: Iterator[_Batch]) -> None:
        self.batches = batches
        self.taken: list[_Batch] = []
        self.waited = 0.0

    def graphs(self) -> Iterator[tuple[ox.NamedNode, bytes]]:
        articles = 0
        while articles < WRITE:
            started = time.perf_counter()
            done = next(self.batches, None)
            self.waited += time.perf_counter() - started
            if done is None:
                return
            self.taken.append(done)
            articles += len(done.articles)
            for graph, nquads in done.loads:
                yield ox.NamedNode(graph), nquads
            done.loads.clear()  # spooled


def _add_to_report(
    report: BuildReport, done: _Batch, on_article: Callable[[BuiltArticle | InputError], None] | None
) -> None:
    for stage, seconds in done.seconds.items():
        report.seconds[stage] += seconds
    for item in done.articles:
        if on_article is not None:
            on_article(item)
        if isinstance(item, InputError):
            report.input_errors.append(item)
            continue
        report.articles += 1
        if item.id not in done.rejected:
            report.loaded += 1
            report.events += item.events
            report.triples += item.triples
            report.entities.update(item.entities)
    report.rejected.update(done.rejected)


@dataclass
class _Batch:
    """A batch extracted and validated: its articles (or input errors) in input order, and
    the graphs to load (graph IRI, N-Quads) of those not rejected."""

    articles: list[BuiltArticle | InputError]
    rejected: dict[str, list[Violation]]
    seconds: dict[str, float]
    loads: list[tuple[str, bytes]]


def _batches(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    """Input in batches of ``size`` articles; input errors go along in their place."""
    chunk: list[Article | InputError] = []
    articles = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
            articles += 1
            if articles >= size:
                yield chunk
                chunk, articles = [], 0
    if chunk:
        yield chunk


def _built_batches(
    items: Iterable[Article | InputError], *, batch: int, validate: bool, jobs: int
) -> Iterator[_Batch]:
    """Extract and validate batch after batch, in input order, here or in worker processes."""
    chunks = _batches(items, batch)
    if jobs > 1:
        head = list(islice(chunks, 2))
        chunks = chain(head, chunks)
        if len(head) == 2:  # for a single batch, starting workers costs more than it saves
            yield from _built_in_workers(chunks, validate=validate, jobs=jobs, batch=batch)
            return
    for chunk in chunks:
        yield _build_batch(chunk, validate)


def _built_in_workers(
    chunks: Iterable[list[Article | InputError]], *, validate: bool, jobs: int, batch: int
) -> Iterator[_Batch]:
    # Spawned, not forked: this process holds an open store, whose background threads
    # a fork would copy in whatever state they are. The workers run the extractors
    # resolved here (plugins included).
    context = multiprocessing.get_context("spawn")
    extractors = kg.extract.load_extractors()
    # Enough batches in flight that the workers keep busy while this process writes a
    # store write's worth (the store releases the GIL, so results keep coming in), and
    # a bound, so memory stays flat however long the input.
    in_flight = 2 * jobs + WRITE // max(batch, 1)
    with context.Pool(jobs, initializer=_start_worker, initargs=(extractors,)) as pool:
        pending: deque[multiprocessing.pool.AsyncResult[_Batch]] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_worker_batch, (chunk, validate)))
            if len(pending) > in_flight:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _build_batch(
    chunk: list[Article | InputError], validate: bool, extractors: tuple[Extractor, ...] | None = None
) -> _Batch:
    """Extract one batch's articles and validate their graphs together."""
    seconds = dict.fromkeys(STAGES, 0.0)
    started = time.process_time()
    extracted = [
        _extract_or_error(item, extractors=extractors) if isinstance(item, Article) else item
        for item in chunk
    ]
    graphs = [g for g in extracted if isinstance(g, ArticleGraph)]
    articles = [BuiltArticle.of(g) if isinstance(g, ArticleGraph) else g for g in extracted]
    seconds["extraction"] = time.process_time() - started
    rejected = _violations_by_article(graphs) if validate and graphs else {}
    seconds["validation"] = time.process_time() - started - seconds["extraction"]
    started = time.process_time()
    loads = [
        (g.graph.value, ox.serialize(g.quads, format=ox.RdfFormat.N_QUADS) or b"")
        for g in graphs
        if g.article.id not in rejected
    ]
    seconds["extraction"] += time.process_time() - started  # serialising the graphs
    return _Batch(articles, rejected, seconds, loads)


_worker_extractors: tuple[Extractor, ...] | None = None


def _start_worker(extractors: tuple[Extractor, ...]) -> None:
    global _worker_extractors
    _worker_extractors = extractors


def _worker_batch(chunk: list[Article | InputError], validate: bool) -> _Batch:
    return _build_batch(chunk, validate, _worker_extractors)


def _violations_by_article(graphs: list[ArticleGraph]) -> dict[str, list[Violation]]:
    """Validate a batch at once and attribute each violation to the articles it concerns."""
    quads = [q for g in graphs for q in g.quads]
    result: Report = validate_quads(quads, mentions_in_python=True)
    if result.conforms:
        return {}
    owners: dict[str, set[str]] = {}
    for g in graphs:
        for q in g.quads:
            owners.setdefault(q.subject.value, set()).add(g.article.id)  # type: ignore[union-attr]
    bad: dict[str, list[Violation]] = {}
    for v in result.results:
        for article_id in owners.get(v.focus, {g.article.id for g in graphs}):
            bad.setdefault(article_id, []).append(v)
    return bad
