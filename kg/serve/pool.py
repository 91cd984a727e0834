"""Running SPARQL for the server: the store lock, query worker processes, updates.

``kg serve`` owns the store while it runs. It holds the store's write lock (the
``LOCK`` file Oxigraph's RocksDB storage locks with a POSIX record lock) without
opening the store for writing, so no other process (``kg build``, ``oxigraph
serve``) can write it meanwhile, and read-only handles on it are safe snapshots.

Queries run in worker processes, each with its own read-only handle. A query
that passes its time limit is stopped by killing its worker, which is then
replaced: pyoxigraph cannot cancel a query, and the native server's own timeout
(measured: a 3 s limit stopped an ORDER BY only after 112 s, with status 200 and
a truncated body) does not bound one. Other queries keep running in the other
workers meanwhile.

An update (only when the server was started with an update token) waits for the
queries in flight, stops the workers, opens the store for writing in this
process, applies the update, closes the store, takes the lock back and restarts
the workers, which then see the new data.
"""

from __future__ import annotations

import ctypes
import fcntl
import io
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.serve.protocol import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    Answer,
    QueryJob,
    negotiate,
    uses_service,
)

_PREFIXES: dict[str, str] | None = None


class StoreLock:
    """The store's write lock, held by this process without opening the store for writing.

    :param path: the store folder (made by ``kg build`` or pyoxigraph).
    :raises StoreError: if there is no store there, or another process holds it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if not (path / "CURRENT").is_file():
            raise StoreError(
                f"{path}: no kg store here",
                hint=f"Build one first with: kg build ARTICLES --store {path}",
            )
        self._fd = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self.acquire()
        except StoreError:
            os.close(self._fd)
            raise

    def acquire(self) -> None:
        try:
            fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise StoreError(
                f"{self.path}: the store is in use by another process",
                hint="Stop the other kg command (or `oxigraph serve`) using it, or use another --store.",
            ) from exc

    def close(self) -> None:
        """Release the lock (closing the descriptor drops the record lock)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class Gate:
    """Many readers or one writer; a waiting writer keeps new readers out."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class _TooLarge(Exception):
    pass


class _BoundedBuffer(io.RawIOBase):
    """A bytes buffer that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._buf = bytearray()
        self._limit = limit

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(self._buf) + len(data) > self._limit:
            raise _TooLarge
        self._buf += data
        return len(data)

    def getvalue(self) -> bytes:
        return bytes(self._buf)


def _prefixes() -> dict[str, str]:
    global _PREFIXES
    if _PREFIXES is None:
        from kg.rdf import PREFIXES

        _PREFIXES = dict(PREFIXES)
    return _PREFIXES


def run_query(store: ox.Store, job: QueryJob, max_bytes: int) -> Answer:
    """Evaluate one protocol query on a store and serialise it as the client asked.

    The default graph is the union of all graphs unless ``default-graph-uri`` names graphs.
    Errors become answers: 400 with the parser's message and position for bad SPARQL,
    406 for an unacceptable format, 500 for a failed evaluation or a result over ``max_bytes``.
    """
    if uses_service(job.query):
        return Answer.text(400, "SERVICE (federated query) is disabled on this endpoint")
    options: dict[str, object] = {}
    try:
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    except ValueError as exc:
        return Answer.text(400, f"Bad graph IRI: {exc}")
    try:
        result = store.query(job.query, **options)  # type: ignore[arg-type]
    except SyntaxError as exc:
        return Answer.text(400, f"Bad SPARQL query: {exc}")
    except (OSError, ValueError) as exc:
        return Answer.text(500, f"Query failed: {exc}")
    if isinstance(result, ox.QueryTriples):
        offers = {fmt: kind for fmt, kind in GRAPH_FORMATS.values()}
    else:
        offers = {fmt: kind for fmt, kind in RESULT_FORMATS.values()}  # type: ignore[misc]
    chosen = negotiate(job.accept, list(offers))
    if chosen is None:
        return Answer.text(406, "Acceptable formats: " + ", ".join(f.media_type for f in offers))
    out = _BoundedBuffer(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            ox.serialize(result, out, offers[chosen], prefixes=_prefixes())  # type: ignore[arg-type]
        else:
            result.serialize(out, offers[chosen])  # type: ignore[arg-type]
    except _TooLarge:
        return Answer.text(
            500,
            f"The result is larger than this server's limit of {max_bytes // 1_000_000} MB; "
            "add a LIMIT or narrow the query",
        )
    except (OSError, ValueError, SyntaxError) as exc:
        return Answer.text(500, f"Query failed: {exc}")
    return Answer(200, chosen.content_type, out.getvalue())


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the server process dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def _worker_main(conn: Connection, store_path: str, max_bytes: int) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = ox.Store.read_only(store_path)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_query(store, job, max_bytes))


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes that answer queries, each bounded by a time limit; and the updates.

    Callers hold :meth:`reading` around :meth:`run` and around anything else that reads
    the store, so that :meth:`update` can wait until nothing reads it.

    :param lock: the store's lock, held by this process.
    :param workers: how many queries may run at once; 0 runs them in the calling thread,
        unbounded in time (for one-shot use such as ``kg serve --get``).
    :param timeout: seconds a query may run (queueing for a free worker included).
    :param max_bytes: the largest serialised result a query may return.
    :raises StoreError: if a worker cannot open the store.
    """

    def __init__(self, lock: StoreLock, *, workers: int, timeout: float, max_bytes: int) -> None:
        self.lock = lock
        self.store_path = lock.path
        self.workers = workers
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.generation = 0  # bumped by every update
        self._gate = Gate()
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._inline: ox.Store | None = None
        # Workers are started from this one long-lived thread: Linux sends the
        # parent-death signal when the *thread* that started a child ends.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-serve-spawner")
        self._start()

    def reading(self) -> AbstractContextManager[None]:
        return self._gate.reading()

    def close(self) -> None:
        self._stop()
        self._spawner.shutdown(wait=False, cancel_futures=True)

    def _start(self) -> None:
        if self.workers == 0:
            self._inline = ox.Store.read_only(str(self.store_path))
            return
        started = [self._spawner.submit(self._spawn).result() for _ in range(self.workers)]
        for worker in started:
            self._await_ready(worker)

    def _stop(self) -> None:
        self._inline = None
        with self._lock:
            workers, self._all = self._all, set()
        while True:
            try:
                self._idle.get_nowait()
            except queue.Empty:
                break
        for worker in workers:
            worker.stop()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main,
            args=(child, str(self.store_path), self.max_bytes),
            daemon=True,
            name="kg-serve-query",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        try:
            if worker.conn.poll(60) and worker.conn.recv() == "ready":
                self._idle.put(worker)
                return
        except (EOFError, OSError):
            pass
        worker.stop()
        raise StoreError(f"{self.store_path}: a query worker could not open the store")

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start another in the background (unless an update restarted them all)."""
        with self._lock:
            known = worker in self._all
            self._all.discard(worker)
        worker.stop()
        if not known:
            return
        generation = self.generation

        def respawn() -> None:
            with self._gate.reading():  # never open the store beside an update's writer
                if generation != self.generation:
                    return
                try:
                    self._await_ready(self._spawn())
                except StoreError as exc:
                    print(f"kg serve: {exc}", file=sys.stderr)

        self._spawner.submit(respawn)

    def run(self, job: QueryJob) -> Answer:
        """Answer one query; 503 if it passes the time limit (its worker is then killed)."""
        if self._inline is not None:
            return run_query(self._inline, job, self.max_bytes)
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return self._timed_out("waited for a free query worker")
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer: Answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            self._replace(worker)
            return Answer.text(500, "The query worker died (out of memory?); the query was not answered")
        self._replace(worker)
        return self._timed_out("ran")

    def _timed_out(self, what: str) -> Answer:
        return Answer.text(
            503, f"Query timed out: it {what} longer than this server's limit of {self.timeout:g} s"
        )

    def update(self, sparql: str) -> None:
        """Apply a SPARQL update once the queries in flight are done; queries wait meanwhile.

        :raises QueryError: for a malformed or failing update.
        """
        with self._gate.writing():
            self._stop()
            try:
                _apply_update(self.lock, sparql)
            finally:
                self.generation += 1
                self._start()


def _apply_update(lock: StoreLock, sparql: str) -> None:
    """Apply a SPARQL update with the store opened for writing in this process.

    Every reader must be stopped. While the store is open for writing, RocksDB
    holds the lock too; closing the store drops this process's record lock,
    which is then taken back at once.
    """
    if uses_service(sparql):
        raise QueryError("SERVICE (federated query) is disabled on this endpoint")
    writer: ox.Store | None = None
    try:
        writer = ox.Store(str(lock.path))
        writer.update(sparql)
        writer.flush()
    except SyntaxError as exc:
        raise QueryError(f"Bad SPARQL update: {exc}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"Update failed: {exc}") from None
    finally:
        writer = None  # closes the store before the lock is taken back
        lock.acquire()
