"""Running SPARQL for the server: the store lock, the native query servers, updates.

``kg serve`` owns the store while it runs. It holds the store's write lock (the
``LOCK`` file Oxigraph's RocksDB storage locks with a POSIX record lock) without
opening the store for writing, so no other process (``kg build``, ``oxigraph
serve``) can write it meanwhile, and read-only handles on it are safe snapshots.

Queries run in native ``oxigraph serve-read-only`` processes (the ``oxigraph``
package), one query at a time each. A query that passes its time limit is stopped
by killing its process, which is then replaced; the others keep answering. The
native server's own ``--timeout-s`` does not bound a query on its own (measured:
a 3 s limit stopped an ORDER BY only after 112 s, answering status 200 with a
truncated body), and pyoxigraph cannot cancel a query at all.

An update (only when the server was started with an update token) waits for the
queries in flight, stops the workers, opens the store for writing in this
process, applies the update, closes the store, takes the lock back and restarts
the workers, which then see the new data.
"""

from __future__ import annotations

import ctypes
import fcntl
import http.client
import io
import math
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from urllib.parse import urlencode

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
            self._roll_back_interrupted_load()
        except (StoreError, OSError):
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

    def _roll_back_interrupted_load(self) -> None:
        """Remove the half-loaded graphs a killed ``kg build`` left, before serving anything.

        With the lock held no build is running, so a loading list left in the store is
        from one that died; opening the store for writing rolls it back (as ``kg build``
        would). Closing that store drops this process's record lock, taken back at once.
        """
        from kg.store import Store, loading_interrupted, open_read_only

        probe = open_read_only(self.path)
        interrupted = loading_interrupted(self.path, probe)
        del probe
        if interrupted:
            Store(self.path).close()
            self.acquire()

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


def _too_large(max_bytes: int) -> Answer:
    return Answer.text(
        500,
        f"The result is larger than this server's limit of {max_bytes / 1_000_000:g} MB; "
        "add a LIMIT or narrow the query",
    )


def run_query(store: ox.Store, job: QueryJob, max_bytes: int) -> Answer:
    """Evaluate one protocol query with pyoxigraph in this thread and serialise it as asked.

    The default graph is the union of all graphs unless ``default-graph-uri`` names graphs.
    Errors become answers: 400 with the parser's message and position for bad SPARQL,
    406 for an unacceptable format, 500 for a failed evaluation or a result over ``max_bytes``.
    """
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
        return _too_large(max_bytes)
    except (OSError, ValueError, SyntaxError) as exc:
        return Answer.text(500, f"Query failed: {exc}")
    return Answer(200, chosen.content_type, out.getvalue())


def oxigraph_binary() -> str:
    """The native Oxigraph server installed with the ``oxigraph`` package (beside this Python).

    :raises StoreError: if it is not installed.
    """
    scripts = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(scripts) if scripts.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed", hint="pip install oxigraph")
    return found


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to kill it when the server dies, even by SIGKILL."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Worker:
    """One ``oxigraph serve-read-only`` process on a loopback port, answering one query at a time."""

    def __init__(self, store_path: Path, timeout: float) -> None:
        self.port = _free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                oxigraph_binary(), "serve-read-only", "--location", str(store_path),
                "--bind", f"127.0.0.1:{self.port}", "--union-default-graph",
                # Its own timeout only frees the CPU late: the pool kills it at the deadline.
                "--timeout-s", str(math.ceil(timeout) + 5),
            ],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
        )
        self.conn: http.client.HTTPConnection | None = None

    def wait_ready(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                lines = self.log.read().decode("utf-8", "replace").strip().splitlines()
                raise StoreError(f"the query server stopped: {lines[0] if lines else self.process.returncode}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise StoreError("the query server did not start in time")

    def ask(self, job: QueryJob, deadline: float, max_bytes: int) -> Answer:
        """Send the query; raise TimeoutError past the deadline, _TooLarge past max_bytes."""
        params = [("query", job.query)]
        params += [("default-graph-uri", g) for g in job.default_graphs]
        params += [("named-graph-uri", g) for g in job.named_graphs]
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if job.accept:
            headers["Accept"] = job.accept
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port)
        self.conn.timeout = max(0.01, deadline - time.monotonic())
        if self.conn.sock is not None:
            self.conn.sock.settimeout(self.conn.timeout)
        self.conn.request("POST", "/query", body=urlencode(params), headers=headers)
        response = self.conn.getresponse()
        body = bytearray()
        while chunk := response.read1(65536):
            body += chunk
            if len(body) > max_bytes:
                raise _TooLarge
            if time.monotonic() > deadline:
                raise TimeoutError
            if self.conn.sock is not None:
                self.conn.sock.settimeout(max(0.01, deadline - time.monotonic()))
        body += response.read()  # b"": marks the response done, so the connection is reused
        content_type = response.getheader("Content-Type", "application/octet-stream")
        if response.status == 400:
            return Answer.text(400, "Bad SPARQL query: " + body.decode("utf-8", "replace"))
        if response.status != 200:
            return Answer.text(response.status, body.decode("utf-8", "replace"))
        return Answer(200, content_type, bytes(body))

    def stop(self) -> None:
        if self.conn is not None:
            self.conn.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        self.log.close()


class QueryPool:
    """Native query servers that answer one query each at a time, bounded by a time limit.

    Each worker is an ``oxigraph serve-read-only`` process on a loopback port: safe
    because this process holds the store's lock (no writer can exist), and unable to
    write whatever reaches its port. A query that passes its time limit is stopped by
    killing its worker, which is then replaced; the others keep answering. Callers hold
    :meth:`reading` around :meth:`run` and around anything else that reads the store,
    so that :meth:`update` can wait until nothing reads it.

    :param lock: the store's lock, held by this process.
    :param workers: how many queries may run at once; 0 runs them with pyoxigraph in the
        calling thread, unbounded in time (for one-shot use such as ``kg serve --get``).
    :param timeout: seconds a query may run (queueing for a free worker included).
    :param max_bytes: the largest serialised result a query may return.
    :raises StoreError: if a worker cannot start.
    """

    def __init__(self, lock: StoreLock, *, workers: int, timeout: float, max_bytes: int) -> None:
        self.lock = lock
        self.store_path = lock.path
        self.workers = workers
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.generation = 0  # bumped by every update
        self._gate = Gate()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._inline: ox.Store | None = None
        # Workers are started from this one long-lived thread: Linux sends the
        # parent-death signal when the *thread* that started a child ends.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-serve-spawner")
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def reading(self) -> AbstractContextManager[None]:
        return self._gate.reading()

    def close(self) -> None:
        self._stop()
        self._spawner.shutdown(wait=False, cancel_futures=True)

    def _start(self) -> None:
        if self.workers == 0:
            from kg.store import open_read_only

            self._inline = open_read_only(self.store_path)
            return
        started = [self._spawner.submit(self._spawn).result() for _ in range(self.workers)]
        for worker in started:
            self._ready(worker)

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
        worker = _Worker(self.store_path, self.timeout)
        with self._lock:
            self._all.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        try:
            worker.wait_ready()
        except StoreError:
            with self._lock:
                self._all.discard(worker)
            worker.stop()
            raise
        self._idle.put(worker)

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
                    self._ready(self._spawn())
                except StoreError as exc:
                    print(f"kg serve: {exc}", file=sys.stderr)

        self._spawner.submit(respawn)

    def run(self, job: QueryJob) -> Answer:
        """Answer one query; 503 if it passes the time limit (its worker is then killed).

        Errors become answers: 400 with the parser's message and position for bad SPARQL
        or a SERVICE clause, 406 for an unacceptable format, 500 for a result over the limit.
        """
        if uses_service(job.query):
            return Answer.text(400, "SERVICE (federated query) is disabled on this endpoint")
        if self._inline is not None:
            return run_query(self._inline, job, self.max_bytes)
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return self._timed_out("waited for a free query worker")
        try:
            answer = worker.ask(job, deadline, self.max_bytes)
        except _TooLarge:
            self._replace(worker)
            return _too_large(self.max_bytes)
        except TimeoutError:
            self._replace(worker)
            return self._timed_out("ran")
        except (OSError, http.client.HTTPException) as exc:
            self._replace(worker)
            return Answer.text(500, f"The query server failed ({exc}); the query was not answered")
        self._idle.put(worker)
        return answer

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
