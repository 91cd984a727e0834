"""Queries per second of the bundled queries: pyoxigraph in-process, `oxigraph serve`, `kg serve`.

All three answer the same mix (every bundled query, as SPARQL JSON) over the same store:
a synthetic graph of N articles that follows the vocabulary (events of every kind with
dates, attackers, targets, locations, killed counts, mentions; a gazetteer with points).
The two servers are driven over HTTP keep-alive by the same client threads; in-process
calls run in the same number of threads. Target: `kg serve` >= 0.8x the native server.

    python benchmarks/bench_serve.py --articles 10000 --clients 2 --rounds 2
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.queries import list_queries
from kg.resources import data_files

BASE = "https://w3id.org/conflict-kg/id/"
CK = "https://w3id.org/conflict-kg/ontology#"
KINDS = ["Airstrike", "DroneAttack", "RocketAttack", "ArtilleryShelling", "Attack", "Interception"]


def synthetic_quads(articles: int, seed: int = 7) -> list[ox.Quad]:
    """A graph shaped like kg's output: per article 1-3 events, each with a mention."""
    rnd = random.Random(seed)
    n, lit = ox.NamedNode, ox.Literal
    xsd, geo, dct = "http://www.w3.org/2001/XMLSchema#", "http://www.opengis.net/ont/geosparql#", "http://purl.org/dc/terms/"
    rdf_type, label = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n("http://www.w3.org/2000/01/rdf-schema#label")

    def ck(local: str) -> ox.NamedNode:
        return n(CK + local)

    gaz = n(BASE + "graph/gazetteer")
    places = [n(f"{BASE}place/p{i}") for i in range(300)]
    actors = [n(f"{BASE}actor/a{i}") for i in range(60)]
    quads: list[ox.Quad] = []
    for i, p in enumerate(places):
        quads += [ox.Quad(p, rdf_type, ck(["Base", "Settlement", "Region", "Facility"][i % 4]), gaz),
                  ox.Quad(p, label, lit(f"مكان {i}", language="ar"), gaz),
                  ox.Quad(p, label, lit(f"Place {i}", language="en"), gaz)]
        if i % 5:
            g = ox.BlankNode()
            wkt = f"POINT({38 + rnd.random() * 4:.4f} {33 + rnd.random() * 4:.4f})"
            quads += [ox.Quad(p, n(geo + "hasGeometry"), g, gaz),
                      ox.Quad(g, n(geo + "asWKT"), lit(wkt, datatype=n(geo + "wktLiteral")), gaz)]
        if i >= 4:
            quads.append(ox.Quad(p, ck("locatedIn"), places[i % 4], gaz))
    for i, a in enumerate(actors):
        quads += [ox.Quad(a, rdf_type, ck(["ArmedGroup", "StateForce", "Organization"][i % 3]), gaz),
                  ox.Quad(a, label, lit(f"فاعل {i}", language="ar"), gaz),
                  ox.Quad(a, label, lit(f"Actor {i}", language="en"), gaz)]
    text = "نص المقالة " * 40
    for k in range(articles):
        aid = f"{k:05d}"
        g, art = n(f"{BASE}graph/article/{aid}"), n(f"{BASE}article/{aid}")
        day = f"2023-{1 + k % 12:02d}-{1 + (k // 12) % 28:02d}"
        quads += [ox.Quad(art, rdf_type, ck("Article"), g), ox.Quad(art, n(dct + "identifier"), lit(aid), g),
                  ox.Quad(art, n(dct + "title"), lit(f"عنوان {k}", language="ar"), g),
                  ox.Quad(art, n(dct + "issued"), lit(day, datatype=n(xsd + "date")), g),
                  ox.Quad(art, n(dct + "publisher"), lit(f"Publisher {k % 7}"), g),
                  ox.Quad(art, ck("text"), lit(text), g), ox.Quad(art, n(dct + "language"), lit("ar"), g)]
        for e_n in range(1 + k % 3):
            e, place, actor = n(f"{BASE}event/{aid}/{e_n + 1}"), rnd.choice(places), rnd.choice(actors)
            start = 10 * e_n
            m = n(f"{BASE}mention/{aid}/{start}-{start + 5}")
            quads += [ox.Quad(e, rdf_type, ck(rnd.choice(KINDS)), g), ox.Quad(e, ck("attacker"), actor, g),
                      ox.Quad(e, ck("target"), place, g), ox.Quad(e, ck("location"), place, g),
                      ox.Quad(e, ck("killed"), lit(str(rnd.randint(0, 9)), datatype=n(xsd + "nonNegativeInteger")), g),
                      ox.Quad(e, ck("evidence"), m, g), ox.Quad(e, ck("mentionedIn"), art, g),
                      ox.Quad(m, rdf_type, ck("Mention"), g), ox.Quad(m, ck("inArticle"), art, g),
                      ox.Quad(m, ck("start"), lit(str(start), datatype=n(xsd + "integer")), g),
                      ox.Quad(m, ck("end"), lit(str(start + 5), datatype=n(xsd + "integer")), g),
                      ox.Quad(m, ck("exact"), lit(text[start:start + 5]), g),
                      ox.Quad(place, ck("mentionedIn"), art, g), ox.Quad(actor, ck("mentionedIn"), art, g)]
            if k % 9:
                quads.append(ox.Quad(e, ck("date"), lit(day, datatype=n(xsd + "date")), g))
            if k % 11 == 0:
                quads.append(ox.Quad(e, ck("inResponseTo"), n(f"{BASE}event/{k - 1:05d}/1"), g))
    return quads


def build_store(path: Path, articles: int) -> int:
    store = ox.Store(str(path))
    store.extend(synthetic_quads(articles))
    for ttl in data_files("ontology", ".ttl"):
        store.load(path=str(ttl), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(BASE + "graph/ontology"))
    store.flush()
    store.optimize()
    size = len(store)
    del store
    return size


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(port: int, proc: subprocess.Popen[bytes], path: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.communicate()[1].decode()[-2000:]}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", path + "?" + urlencode({"query": "ASK {}"}))
            c.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def drive(clients: int, rounds: int, call: Callable[[str], int], mix: list[str]) -> tuple[float, list[int]]:
    """Each client runs the whole mix ``rounds`` times (rotated so clients differ); returns q/s."""
    sizes: list[int] = []
    errors: list[BaseException] = []

    def client(offset: int) -> None:
        order = mix[offset % len(mix):] + mix[:offset % len(mix)]
        try:
            for _ in range(rounds):
                for q in order:
                    size = call(q)
                    if offset == 0:
                        sizes.append(size)
        except (OSError, RuntimeError, ValueError) as exc:  # reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(i * 3,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    if errors:
        raise errors[0]
    return clients * rounds * len(mix) / seconds, sizes


def http_caller(port: int, path: str) -> Callable[[str], int]:
    local = threading.local()

    def call(query: str) -> int:
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        local.conn.request("POST", path, body=urlencode({"query": query}), headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        response = local.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{response.status}: {body[:300]!r}")
        return len(json.loads(body).get("results", {}).get("bindings", []))

    return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--store", type=Path, help="reuse (or build here) a store")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    store = args.store or tmp / "store"
    try:
        if not (store / "CURRENT").exists():
            t = time.perf_counter()
            size = build_store(store, args.articles)
            print(f"built {args.articles} articles, {size} quads in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        mix = [q.text for q in list_queries()]
        print(f"mix: {len(mix)} bundled queries; {args.clients} clients x {args.rounds} rounds", file=sys.stderr)
        reader = ox.Store.read_only(str(store))

        def in_process(query: str) -> int:
            body = reader.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)  # type: ignore[union-attr]
            return len(json.loads(body).get("results", {}).get("bindings", []))

        # Both servers run side by side (kg serve holds the lock; a read-only store needs none)
        # and the modes take turns round by round, so a change in the machine's load hits all.
        servers = {
            "oxigraph serve-read-only": (
                [shutil.which("oxigraph") or "oxigraph", "serve-read-only", "--location", str(store),
                 "--union-default-graph", "--timeout-s", "600", "--bind"], "/query"),
            "kg serve": (
                [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(store),
                 "--quiet", "--timeout", "600", "--workers", str(max(2, args.clients)), "--port"], "/sparql"),
        }
        callers: dict[str, Callable[[str], int]] = {"pyoxigraph in-process": in_process}
        procs = []
        try:
            for name, (command, path) in servers.items():
                port = free_port()
                bind = f"127.0.0.1:{port}" if name.startswith("oxigraph") else str(port)
                proc = subprocess.Popen([*command, bind], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
                procs.append(proc)
                wait_http(port, proc, path)
                callers[name] = http_caller(port, path)
            for call in callers.values():  # one untimed round warms every cache
                drive(args.clients, 1, call, mix)
            seconds = dict.fromkeys(callers, 0.0)
            answers: dict[str, list[int]] = {}
            for _ in range(args.rounds):
                for name, call in callers.items():
                    qps, answers[name] = drive(args.clients, 1, call, mix)
                    seconds[name] += args.clients * len(mix) / qps
        finally:
            for proc in procs:
                proc.send_signal(signal.SIGTERM)
                proc.wait(30)
        results = {name: args.rounds * args.clients * len(mix) / s for name, s in seconds.items()}
        if len({tuple(a) for a in answers.values()}) != 1:
            print(f"warning: the row counts differ: {answers}", file=sys.stderr)
        native = results["oxigraph serve-read-only"]
        print("| mode | queries/s | vs native |\n| --- | --- | --- |")
        for name, qps in results.items():
            print(f"| {name} | {qps:.2f} | {qps / native:.2f}x |")
        ratio = results["kg serve"] / native
        print(f"kg serve / native = {ratio:.2f} (target >= 0.8): {'met' if ratio >= 0.8 else 'NOT met'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
