"""The Oxigraph store: opening (missing, not a folder, locked), atomic graph replacement,
union-graph queries, dumps and counts."""

from __future__ import annotations

import ctypes
import io
import platform
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import QueryError, StoreError
from kg.store import Store, open_read_only

# rdflib's own dataset parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|Dataset.default_context).*:DeprecationWarning")

EXAMPLE = (
    Path(__file__).resolve().parent.parent / "examples" / "articles" / "000_84eb2894b6242dca.txt"
)
G1, G2, G3 = (
    ox.NamedNode(f"https://w3id.org/conflict-kg/id/graph/article/{n}")
    for n in ("one", "two", "three")
)
S, P = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")


def quads(graph: ox.NamedNode, *values: str) -> list[ox.Quad]:
    return [ox.Quad(S, P, ox.Literal(v), graph) for v in values]


def values(store: Store, graph: ox.NamedNode) -> list[str]:
    return sorted(q.object.value for q in store.quads(graph))


@pytest.fixture
def store() -> Store:
    s = Store(None)
    s.replace_graphs([(G1, quads(G1, "a", "b")), (G2, quads(G2, "c"))])
    return s


# -- opening -------------------------------------------------------------------------


def test_a_new_folder_becomes_a_store(tmp_path: Path) -> None:
    Store(tmp_path / "new" / "store").replace_graphs([(G1, quads(G1, "a"))])

    assert (tmp_path / "new" / "store" / "CURRENT").is_file()


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "none", read_only=True)

    assert info.value.message == f"{tmp_path / 'none'}: no kg store here"
    assert info.value.hint == f"Build one first with: kg build ARTICLES --store {tmp_path / 'none'}"
    assert not (tmp_path / "none").exists()


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")

    with pytest.raises(StoreError) as info:
        Store(tmp_path / "file")

    assert info.value.message == f"{tmp_path / 'file'}: not a folder, cannot hold a store"


@pytest.fixture
def locked(example_store: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the example store held open by another process."""
    path = tmp_path / "store"
    shutil.copytree(example_store, path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time, pyoxigraph
            store = pyoxigraph.Store({str(path)!r})
            print("open", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        yield path
    finally:
        holder.communicate("", timeout=30)


def test_a_store_held_by_another_process(locked: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(locked)

    assert info.value.message == f"{locked}: the store is in use by another process"


def test_build_on_a_locked_store_exits_2_and_leaves_it_intact(
    invoke, snapshot, locked: Path, tmp_path: Path
) -> None:
    before = snapshot(locked)
    article = tmp_path / "000_84eb2894b6242dca.txt"
    article.write_text("قصفت طائرات مسيّرة قاعدة التنف الأمريكية.", encoding="utf-8")

    r = invoke("build", article, "--store", locked)

    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    assert r.stderr == (
        f"Error: {locked}: the store is in use by another process\n"
        "Hint: Stop `kg serve` (or the other kg command) using it, or use another --store.\n"
    )
    assert snapshot(locked) == before


def test_a_locked_store_can_still_be_read(invoke, locked: Path) -> None:
    r = invoke("stats", "--store", locked)

    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("articles  5\n")


# -- writing ---------------------------------------------------------------------------


def test_replace_graphs_replaces_exactly_the_graphs_given(store: Store) -> None:
    store.replace_graphs([(G1, quads(G1, "x")), (G3, quads(G3, "y", "z"))])

    assert (values(store, G1), values(store, G2), values(store, G3)) == (["x"], ["c"], ["y", "z"])
    assert store.named_graphs() == sorted(g.value for g in (G1, G2, G3))
    assert len(store) == 4


def test_replace_graphs_keeps_literals_exactly(store: Store) -> None:
    awkward = 'a "quoted" \\ back\r\nslash """ ﷺ \u200f قَصْفٌ'
    store.replace_graphs([(G1, [ox.Quad(S, P, ox.Literal(awkward, language="ar"), G1)])])

    [q] = list(store.quads(G1))
    assert q.object == ox.Literal(awkward, language="ar")


def test_a_failing_replacement_changes_nothing(store: Store) -> None:
    def graphs() -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
        yield G3, quads(G3, "new")  # new graphs are added together at the end: never, here
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError):
        store.replace_graphs(graphs())

    assert (values(store, G1), values(store, G2), store.has_graph(G3)) == (["a", "b"], ["c"], False)


def test_one_replacement_is_one_transaction(store: Store) -> None:
    # What replace_graphs relies on: an update that fails half-way is rolled back.
    with pytest.raises(RuntimeError, match="already exists"):
        store.raw.update(f"DROP GRAPH {G1} ; CREATE GRAPH {G2}")

    assert values(store, G1) == ["a", "b"]


def test_remove_graph(store: Store) -> None:
    store.remove_graph(G1)
    store.remove_graph(G3)  # absent: nothing to do

    assert store.named_graphs() == [G2.value]


# -- reading ---------------------------------------------------------------------------


def test_queries_see_the_union_of_the_graphs(store: Store) -> None:
    sparql = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"

    assert [s["o"].value for s in store.query(sparql)] == ["a", "b", "c"]  # type: ignore[index,union-attr]
    assert list(store.query(sparql, union=False)) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sparql,expected",
    [
        (
            "SELECT * WHERE { ?s ?p }",
            "bad SPARQL: error at 1:25: expected one of LATERAL, SERVICE, [_]",
        ),
        (
            "SELECT ?x WHERE {\n  ?x a ?y .\n  FILTER(?x = )\n}",
            "bad SPARQL: error at 4:2: expected one of ABS, ",
        ),
        (
            "SELECT ?x WHERE {\n  ?x a ?y }\nLIMIT x",
            "bad SPARQL: error at 3:7: expected one of HAVING, OFFSET, ",
        ),
    ],
)
def test_bad_sparql_gives_the_position(store: Store, sparql: str, expected: str) -> None:
    with pytest.raises(QueryError) as info:
        store.query(sparql)

    assert info.value.message.startswith(expected)


@pytest.mark.parametrize(
    "fmt,rdflib_format,dataset",
    [
        ("turtle", "turtle", False),
        ("ntriples", "nt", False),
        ("trig", "trig", True),
        ("nquads", "nquads", True),
        ("jsonld", "json-ld", True),
    ],
)
def test_dump(store: Store, fmt: str, rdflib_format: str, dataset: bool) -> None:
    store.replace_graphs([(G3, quads(G3, "a"))])  # the same triple in two graphs
    out = io.BytesIO()

    store.dump(out, fmt)

    if dataset:
        ds = rdflib.Dataset()
        ds.parse(data=out.getvalue(), format=rdflib_format)
        got = {(str(g), str(o)) for _, _, o, g in ds.quads((None, None, None, None))}
        assert got == {(G1.value, "a"), (G1.value, "b"), (G2.value, "c"), (G3.value, "a")}
    else:
        g = rdflib.Graph()
        g.parse(data=out.getvalue(), format=rdflib_format)
        assert sorted(str(o) for o in g.objects()) == ["a", "b", "c"]


def test_stats_of_an_empty_store() -> None:
    s = Store(None).stats()

    assert (s.articles, s.events, s.entities, s.triples, s.graphs) == (0, 0, 0, 0, 0)


def test_stats_of_the_example_store(example_store: Path) -> None:
    s = Store(example_store, read_only=True)
    stats = s.stats()

    assert (stats.articles, stats.graphs) == (5, 7)
    assert stats.triples == len(s) == len(list(s.quads()))
    events = s.query(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <https://w3id.org/conflict-kg/ontology#evidence> ?m ;"
        " a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <https://w3id.org/conflict-kg/ontology#Event> }"
    )
    assert stats.events == int(next(iter(events))["n"].value) > 0  # type: ignore[arg-type,index,call-overload]
    assert stats.entities > 0


def _nquads(store: Store) -> bytes:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return b"\n".join(sorted(out.getvalue().splitlines()))


def test_a_build_of_only_bad_input_leaves_the_store_byte_identical(tmp_path: Path) -> None:
    """Not just isomorphic: reference graphs are not rewritten (which would relabel blank nodes)."""
    from kg.pipeline import build

    article = tmp_path / "a.txt"
    article.write_text("شنت القوات الأمريكية غارات جوية على مواقع في البوكمال.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    store = Store(tmp_path / "store")
    build([article], store)
    before = _nquads(store)

    report = build([tmp_path / "empty.txt"], store)
    assert report.exit_code == 2
    assert _nquads(store) == before

    build([article], store)
    assert _nquads(store) == before


def test_holds_ignores_blank_node_labels_only() -> None:
    g = ox.NamedNode("http://example.com/g")
    s, p = ox.NamedNode("http://example.com/s"), ox.NamedNode("http://example.com/p")
    store = Store(None)
    store.replace_graphs([(g, [ox.Quad(s, p, ox.BlankNode("x"), g)])])
    assert store.holds(g, [ox.Quad(s, p, ox.BlankNode("y"), g)])
    assert not store.holds(g, [ox.Quad(s, p, ox.Literal("y"), g)])
    assert not store.holds(g, [])


@pytest.mark.parametrize("listed_as", ["file", "statements of earlier versions"])
def test_graphs_listed_as_loading_are_removed_when_the_store_is_opened_for_writing(
    tmp_path: Path, listed_as: str
) -> None:
    from kg.store import LOADING, LOADING_FILE, MEMBER

    store = Store(tmp_path / "store")
    store.load_graphs([(G1, ox.serialize(quads(G1, "kept"), format=ox.RdfFormat.N_QUADS) or b"")])
    raw = store.raw
    raw.extend(quads(G2, "half") + quads(G3, "half"))  # what a bulk load killed half way leaves
    if listed_as == "file":
        (tmp_path / "store" / LOADING_FILE).write_text(f"{G2.value}\n{G3.value}\n", encoding="utf-8")
    else:
        raw.extend(ox.Quad(LOADING, MEMBER, g, LOADING) for g in (G2, G3))
    raw.flush()
    del store, raw

    with pytest.raises(StoreError, match="graphs are being loaded"):
        Store(tmp_path / "store", read_only=True)
    reopened = Store(tmp_path / "store")

    assert reopened.named_graphs() == [G1.value]
    assert values(reopened, G1) == ["kept"]
    assert not (tmp_path / "store" / LOADING_FILE).exists()


def test_new_graphs_are_spooled_while_they_stream_in_and_the_spool_is_gone_after(tmp_path: Path) -> None:
    from kg.store import SPOOL_PREFIX

    folder = tmp_path / "store"
    store = Store(folder)
    seen: list[list[str]] = []

    def graphs():  # type: ignore[no-untyped-def]
        for g, value in ((G1, "one"), (G2, "two")):
            yield g, ox.serialize(quads(g, value), format=ox.RdfFormat.N_QUADS) or b""
            seen.append(sorted(p.name[: len(SPOOL_PREFIX)] for p in folder.glob(SPOOL_PREFIX + "*")))

    store.load_graphs(graphs())

    assert seen == [[SPOOL_PREFIX], [SPOOL_PREFIX]]  # read one at a time, into a file of the store folder
    assert list(folder.glob(SPOOL_PREFIX + "*")) == []
    assert store.named_graphs() == sorted([G1.value, G2.value])
    assert values(store, G2) == ["two"]


def test_a_spool_file_left_by_a_killed_build_is_removed_when_the_store_is_opened_for_writing(tmp_path: Path) -> None:
    from kg.store import SPOOL_PREFIX

    store = Store(tmp_path / "store")
    store.load_graphs([(G1, ox.serialize(quads(G1, "kept"), format=ox.RdfFormat.N_QUADS) or b"")])
    del store
    left = tmp_path / "store" / (SPOOL_PREFIX + "abc123.nq")
    left.write_bytes(b"<http://example.org/s> <http://example.org/p> \"half\" <http://example.org/g> .\n")

    reopened = Store(tmp_path / "store")

    assert not left.exists()
    assert reopened.named_graphs() == [G1.value]
    assert values(reopened, G1) == ["kept"]


def test_a_read_only_open_that_meets_a_file_just_compacted_away_opens_again(
    example_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race with a writer's compaction cannot be produced on demand, so the first two
    # opens fail the way RocksDB does then; the third reads the store.
    real = ox.Store.read_only
    failures = iter([RuntimeError("Corruption: IO error: No such file or directory: 000022.sst")] * 2)

    def flaky(path: str) -> ox.Store:
        error = next(failures, None)
        if error is not None:
            raise error
        return real(path)

    monkeypatch.setattr(ox.Store, "read_only", flaky)
    assert len(open_read_only(example_store)) > 0


def test_a_read_only_open_of_a_broken_store_still_fails(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("MANIFEST-000099\n")
    with pytest.raises((OSError, RuntimeError)):
        open_read_only(tmp_path)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_memory_freed_inside_the_heap_is_handed_back_to_the_system() -> None:
    from kg import store as store_module

    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(1000) for _ in range(150_000)]  # about 150 MB of small blocks
    for k, block in enumerate(blocks):
        if k % 64:
            libc.free(block)  # every 64th kept: the heap cannot shrink from its top
    held = _rss_mb()
    store_module._release_free_memory()
    assert held - _rss_mb() > 80
    for block in blocks[::64]:
        libc.free(block)
