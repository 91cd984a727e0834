"""Make the source tree importable when the tests run without an installed ``kg``."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


# -- shared fixtures for the CLI, pipeline and store tests ---------------------------------

EXAMPLES = Path(_ROOT) / "examples" / "articles"


@pytest.fixture(scope="session")
def invoke() -> Callable[..., Result]:
    """Run the ``kg`` CLI in-process: ``invoke("build", path, "--store", d)``.

    The result has ``stdout`` and ``stderr`` apart. An unexpected exception is raised
    (so pytest shows it) instead of being turned into exit code 1. After a command that
    opens the store for writing, the traceback of its ``sys.exit`` is dropped and
    collected, so the store is closed (its lock released) before the next command runs;
    read-only commands hold no lock and skip the (slow) collection.
    """
    from kg.cli import main

    runner = CliRunner()

    def run(
        *args: object, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> Result:
        result = runner.invoke(
            main,
            [str(a) for a in args],
            input=input,
            env=env,
            catch_exceptions=False,
            prog_name="kg",
        )
        exc: BaseException | None = result.exception
        while exc is not None:  # SystemExit and the KgError it was raised from
            exc.__traceback__ = None
            exc = exc.__context__
        result.exc_info = None
        if {"build", "serve"} & {str(a) for a in args}:
            gc.collect()
        return result

    return run


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory, invoke: Callable[..., Result]) -> Path:
    """A store built once from ``examples/articles``; tests must only read it."""
    store = tmp_path_factory.mktemp("example-store") / "store"
    r = invoke("build", EXAMPLES, "--store", store, "--quiet")
    assert r.exit_code == 0, r.output
    return store


@pytest.fixture(scope="session")
def snapshot() -> Callable[[Path], dict[str, frozenset[tuple[str, str, str]]]]:
    """``snapshot(store_dir)``: each graph of a store as a set of canonical triples.

    Blank nodes are relabelled canonically (rdflib.compare), so two snapshots are equal
    exactly when every graph is isomorphic: the ontology's blank nodes get new labels
    each time it is loaded.
    """
    import pyoxigraph as ox
    import rdflib
    from rdflib.compare import to_canonical_graph

    from kg.store import open_read_only
    from kg.validate import to_rdflib

    def take(store: Path) -> dict[str, frozenset[tuple[str, str, str]]]:
        raw = open_read_only(store)
        graphs: dict[str, list[ox.Quad]] = {}
        for q in raw:
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            graphs.setdefault(name, []).append(q)
        out = {}
        for name, quads in graphs.items():
            canonical = to_canonical_graph(to_rdflib(quads, rdflib.Graph()))
            out[name] = frozenset((s.n3(), p.n3(), o.n3()) for s, p, o in canonical)
        return out

    return take


@pytest.fixture
def spoiled(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Article ids to spoil: add the ids; those articles get ``ck:munitionCount "many"``
    on their first event, a shape violation, through an extra extractor (as a plugin would)."""
    import pyoxigraph as ox

    import kg.extract
    from kg.rdf import Minter, ck

    ids: set[str] = set()
    real = kg.extract.load_extractors()

    class Spoiler:
        name = "spoiler"
        order = 90

        def extract(self, doc: kg.extract.Document) -> None:
            if doc.article.id in ids:
                event = Minter().event(doc.article.id, 1)
                doc.extra_quads.append(ox.Quad(event, ck("munitionCount"), ox.Literal("many")))

    monkeypatch.setattr(kg.extract, "load_extractors", lambda names=None: (*real, Spoiler()))
    return ids
