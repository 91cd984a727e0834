"""Benchmark ``kg build`` on N synthetic articles, next to pyoxigraph's own bulk load.

The synthetic corpus is the five example articles (``examples/articles/*.txt``)
re-issued under new ids, with a seeded random publication date and seeded
random numbers (ASCII digit runs and Arabic number words), written as one JSONL
file. Article k is the same in every run and for every N, so N=1,000 is a
prefix of N=10,000.

For each N, one fresh Python process runs the real build
(``kg.pipeline.build(paths, kg.store.Store(dir), jobs=J)``, validation on) and
reports its wall time, the peak resident memory (``VmHWM``) of the build process
and of its worker processes, and where the time went, from the stage timings the
build reports (CPU seconds of extraction and validation summed over the
processes, wall seconds of store writes). Another fresh process then times
pyoxigraph alone bulk-loading an N-Quads dump of the very same store into a new
on-disk store.

Usage::

    python benchmarks/bench_build.py                  # N = 1,000 and 10,000, one job per core
    python benchmarks/bench_build.py --n 1000 --jobs 1   # everything in one process
    python benchmarks/bench_build.py --n 200 1000 --keep /tmp/bench
    python benchmarks/bench_build.py --profile 500    # cProfile one build, top costs

See benchmarks/README.md for what each column means and measured figures.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Measure the kg of this source tree, whatever kg is installed.
sys.path.insert(0, str(ROOT))
EXAMPLES = ROOT / "examples" / "articles"
DEFAULT_N = (1000, 10_000)
TARGET_N, TARGET_S = 10_000, 120.0

# --- the synthetic corpus -----------------------------------------------------------

# A number run standing alone; runs joined by separators (2023.11.13, 6:38) are
# dates and clock times and are left as they are so they stay valid.
_NUMBER = re.compile(r"(?<![\d.,:/\-])\d+(?![\d.,:/\-]\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Cardinal words, in the original orthography, that can be swapped for another of
# the same form without breaking the grammar around them. Words with other readings
# (اثنين "Monday", واحد, عشر in teens, ألف) are left alone.
_WORD_SETS = (
    ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"],
    ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    ["عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"],
)
_WORDS = {word: words for words in _WORD_SETS for word in words}
_WORD = re.compile(
    r"(?<!\w)([وبلف]?)(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?!\w)"
)


def load_examples() -> list[tuple[str, str]]:
    """The example articles as (id, text), in file order."""
    from kg.article import Article, read_articles

    examples = [(a.id, a.text) for a in read_articles([EXAMPLES]) if isinstance(a, Article)]
    if not examples:
        raise SystemExit(f"no example articles under {EXAMPLES}")
    return examples


def synthetic_article(k: int, examples: list[tuple[str, str]], seed: int) -> dict[str, str]:
    """Article k: example k mod 5 under a new id, its years shifted, its numbers redrawn."""
    source_id, text = examples[k % len(examples)]
    rng = random.Random(f"{seed}:{k}")
    shift = rng.randint(-8, 1)  # the same shift for every year keeps the article's timeline

    def year(m: re.Match[str]) -> str:
        return str(int(m.group()) + shift)

    def number(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits  # a year, already shifted
        if len(digits) <= 2:
            return str(rng.randint(1, 28))  # may be a day of the month: keep it valid
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    def word(m: re.Match[str]) -> str:
        return m.group(1) + rng.choice(_WORDS[m.group(2)])

    text = _YEAR.sub(year, text)
    text = _NUMBER.sub(number, text)
    text = _WORD.sub(word, text)
    # Published after every year the text mentions, so no dated event is dropped as "future".
    last_year = max([int(y) for y in _YEAR.findall(text)] or [2023 + shift])
    published = date(last_year + 1, 1, 1) + timedelta(days=rng.randint(0, 90))
    return {"id": f"syn{k:06d}_{source_id}", "text": text, "published": published.isoformat()}


def write_corpus(n: int, path: Path, *, seed: int) -> int:
    """Write N synthetic articles as JSONL; return the file size in bytes."""
    examples = load_examples()
    with path.open("w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps(synthetic_article(k, examples, seed), ensure_ascii=False) + "\n")
    return path.stat().st_size


# --- measurements, each in a fresh process ----------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), in MB."""
    return _status_mb("VmHWM")


def rss_mb() -> float:
    """This process's resident set size now (VmRSS), in MB."""
    return _status_mb("VmRSS")


def _status_mb(field: str) -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # no /proc: the peak is all getrusage knows (kB on Linux)

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_build(corpus: Path, store_dir: Path, dump: Path, batch: int, jobs: int) -> dict[str, Any]:
    """Run the real build; take its stage timings; dump the store as N-Quads."""
    import resource

    import pyoxigraph as ox

    from kg import pipeline
    from kg.store import Store

    rss_before = peak_rss_mb()
    t0, c0, children0 = time.perf_counter(), time.process_time(), os.times()
    store = Store(store_dir)
    # Resident memory of this process after each batch written: shows whether it grows with N.
    rss_trace: list[float] = []
    write = store.load_graphs

    def load_graphs(graphs: Iterable[tuple[ox.NamedNode, bytes]]) -> None:
        write(graphs)
        rss_trace.append(rss_mb())

    store.load_graphs = load_graphs  # type: ignore[method-assign]
    report = pipeline.build([corpus], store, batch=batch, jobs=jobs)
    total, own_cpu = time.perf_counter() - t0, time.process_time() - c0
    children = os.times()
    workers_cpu = (children.children_user - children0.children_user) + (
        children.children_system - children0.children_system
    )
    peak = peak_rss_mb()
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    quads = len(store)
    with dump.open("wb") as f:
        store.raw.dump(f, ox.RdfFormat.N_QUADS)
    cpu = {stage: report.seconds[stage] for stage in ("extraction", "validation")}
    total_cpu = own_cpu + workers_cpu
    return {
        "total": total,
        "jobs": jobs,
        "articles": report.articles,
        "loaded": report.loaded,
        "rejected": len(report.rejected),
        "input_errors": len(report.input_errors),
        "events": report.events,
        "triples": report.triples,
        "store_quads": quads,
        "peak_rss_mb": peak,
        "workers_peak_rss_mb": workers_peak,
        "rss_after_import_mb": rss_before,
        "rss_trace_mb": rss_trace,
        "store": report.seconds["store"],
        "cpu": {
            **cpu,
            "build process": own_cpu,
            "workers": workers_cpu,
            "total": total_cpu,
            "other": total_cpu - sum(cpu.values()),
        },
    }


def child_load(dump: Path, store_dir: Path) -> dict[str, Any]:
    """pyoxigraph alone: bulk-load the N-Quads dump into a fresh on-disk store."""
    import pyoxigraph as ox

    t0, c0 = time.perf_counter(), time.process_time()
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    store.flush()
    total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"total": total, "cpu": total_cpu, "quads": len(store), "peak_rss_mb": peak_rss_mb()}


def child_profile(corpus: Path, store_dir: Path, batch: int, top: int) -> dict[str, Any]:
    """cProfile one build, in one process; print the top functions by own and by cumulative time."""
    from kg import pipeline
    from kg.store import Store

    profile = cProfile.Profile()
    t0 = time.perf_counter()
    profile.enable()
    report = pipeline.build([corpus], Store(store_dir), batch=batch)
    profile.disable()
    total = time.perf_counter() - t0
    for key in ("tottime", "cumulative"):
        print(
            f"\n=== top {top} by {key} (profiled build of {report.articles} articles, {total:.1f} s) ==="
        )
        pstats.Stats(profile, stream=sys.stdout).strip_dirs().sort_stats(key).print_stats(top)
    return {"total": total, "articles": report.articles, "triples": report.triples}


def run_child(*args: str) -> dict[str, Any]:
    """Run this script in child mode in a new interpreter; return its JSON result."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, stdout=subprocess.PIPE, text=True
    ).stdout
    lines = out.rstrip("\n").split("\n")
    if len(lines) > 1:
        print("\n".join(lines[:-1]))  # e.g. a profile
    return json.loads(lines[-1])


# --- the report ---------------------------------------------------------------------------

WALL_COLUMNS = (
    ("N", "{:,}"),
    ("jobs", "{}"),
    ("total s", "{:.1f}"),
    ("articles/s", "{:.1f}"),
    ("triples", "{:,}"),
    ("triples/s", "{:,.0f}"),
    ("peak RSS MB", "{:.0f}"),
    ("worker peak RSS MB", "{:.0f}"),
    ("store load s", "{:.1f}"),
    ("ox bulk load s", "{:.1f}"),
)
CPU_COLUMNS = (
    ("N", "{:,}"),
    ("cpu s", "{:.1f}"),
    ("articles/cpu-s", "{:.1f}"),
    ("extraction", "{:.1f}"),
    ("validation", "{:.1f}"),
    ("other", "{:.1f}"),
    ("build process", "{:.1f}"),
    ("workers", "{:.1f}"),
    ("ox bulk load", "{:.1f}"),
    ("load avg", "{:.1f}"),
)


def machine() -> str:
    """One line naming the machine and the versions that matter."""
    import pyoxigraph

    try:
        from importlib.metadata import version

        turbo = version("pyshacl-turbo")
    except Exception:  # noqa: BLE001 - only for the banner
        turbo = "?"
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return (
        f"machine: nproc {len(os.sched_getaffinity(0))} ({cpu}); Python {platform.python_version()}, "
        f"pyoxigraph {pyoxigraph.__version__}, pyshacl-turbo {turbo}; kg {commit}; {date.today().isoformat()}"
    )


def table(columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]) -> str:
    """A Markdown table, numbers right-aligned."""
    cells = [[fmt.format(row[name]) for name, fmt in columns] for row in rows]
    widths = [max(len(name), *(len(c[i]) for c in cells)) for i, (name, _) in enumerate(columns)]
    lines = [
        "| " + " | ".join(name.rjust(w) for (name, _), w in zip(columns, widths)) + " |",
        "|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|",
    ]
    lines += ["| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    return "\n".join(lines)


def bench(n: int, work: Path, *, seed: int, batch: int, jobs: int) -> dict[str, Any]:
    """Generate N articles, build them in one child process, bulk-load the result in another."""
    corpus = work / f"articles-{n}.jsonl"
    size = write_corpus(n, corpus, seed=seed)
    print(
        f"N={n:,}: corpus {corpus} ({size / 1e6:.1f} MB); building ...", file=sys.stderr, flush=True
    )
    dump = work / f"store-{n}.nq"
    load_before = os.getloadavg()[0]
    b = run_child("build", str(corpus), str(work / f"store-{n}"), str(dump), str(batch), str(jobs))
    # The 1-minute load average, sampled at both ends: well above nproc means other
    # processes were competing for the cores and the wall times are inflated.
    load = max(load_before, os.getloadavg()[0])
    print(
        f"N={n:,}: built in {b['total']:.1f} s; pyoxigraph bulk load ...",
        file=sys.stderr,
        flush=True,
    )
    ox_load = run_child("load", str(dump), str(work / f"oxstore-{n}"))
    if ox_load["quads"] != b["store_quads"]:
        print(
            f"warning: bulk load has {ox_load['quads']} quads, the build {b['store_quads']}",
            file=sys.stderr,
        )
    cpu = b["cpu"]
    return {
        "N": n,
        "jobs": jobs,
        "total s": b["total"],
        "articles/s": b["articles"] / b["total"],
        "triples": b["triples"],
        "triples/s": b["triples"] / b["total"],
        "peak RSS MB": b["peak_rss_mb"],
        "worker peak RSS MB": b["workers_peak_rss_mb"],
        "store load s": b["store"],
        "ox bulk load s": ox_load["total"],
        "cpu s": cpu["total"],
        "articles/cpu-s": b["articles"] / cpu["total"],
        "extraction": cpu["extraction"],
        "validation": cpu["validation"],
        "other": cpu["other"],
        "build process": cpu["build process"],
        "workers": cpu["workers"],
        "ox bulk load": ox_load["cpu"],
        "load avg": load,
        "build": b,
        "ox": ox_load,
    }


def print_report(rows: list[dict[str, Any]], batch: int) -> None:
    print(
        f"\nbatch {batch} articles, validation on; each build and each bulk load in a fresh process"
    )
    print("\nWall-clock seconds (store load: the build process writing the store):\n")
    print(table(WALL_COLUMNS, rows))
    print(
        "\nCPU seconds of the build and its worker processes (all threads), the same runs;"
        " extraction and validation summed over the processes doing them:\n"
    )
    print(table(CPU_COLUMNS, rows))
    print()
    for row in rows:
        b = row["build"]
        print(
            f"N={row['N']:,}: {b['loaded']:,} loaded, {b['rejected']} rejected, {b['input_errors']} input errors, "
            f"{b['events']:,} events; {b['store_quads']:,} quads in the store (with reference data); "
            f"pyoxigraph alone {b['store_quads'] / row['ox bulk load s']:,.0f} quads/s, "
            f"peak RSS {row['ox']['peak_rss_mb']:.0f} MB"
        )
    for row in rows:
        trace = row["build"]["rss_trace_mb"]
        if trace:
            marks = sorted({max(0, round(len(trace) * f) - 1) for f in (0.1, 0.25, 0.5, 0.75, 1.0)})
            steps = ", ".join(f"{(i + 1) * 100 // len(trace)}% {trace[i]:.0f}" for i in marks)
            print(
                f"N={row['N']:,}: RSS MB after each store write, by share of the batches: {steps}"
            )
    if len(rows) > 1:
        lo, hi = min(rows, key=lambda r: r["N"]), max(rows, key=lambda r: r["N"])
        ratio = max(hi["peak RSS MB"], hi["worker peak RSS MB"]) / max(
            lo["peak RSS MB"], lo["worker peak RSS MB"]
        )
        flat = "flat" if ratio < 1.25 else "NOT flat"
        print(
            f"memory (the larger of build and worker peaks): {hi['peak RSS MB']:.0f}/{hi['worker peak RSS MB']:.0f} MB "
            f"at N={hi['N']:,} vs {lo['peak RSS MB']:.0f}/{lo['worker peak RSS MB']:.0f} MB "
            f"at N={lo['N']:,} (x{ratio:.2f} for x{hi['N'] / lo['N']:.0f} the articles): {flat}"
        )
    nproc = len(os.sched_getaffinity(0))
    for row in rows:
        if row["load avg"] > nproc + 0.5:
            print(
                f"warning: N={row['N']:,} ran with load average {row['load avg']:.1f} on {nproc} cores; compare CPU seconds"
            )
        if row["N"] == TARGET_N:
            met = "met" if row["total s"] < TARGET_S else "MISSED"
            print(
                f"target: {TARGET_N:,} articles in < {TARGET_S:.0f} s: {row['total s']:.1f} s wall, {met}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--n",
        type=int,
        nargs="+",
        default=list(DEFAULT_N),
        help="corpus sizes (default 1000 10000)",
    )
    parser.add_argument(
        "--keep", type=Path, help="work in DIR and keep corpora, stores and dumps there"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed of the synthetic corpus")
    parser.add_argument(
        "--batch", type=int, help="articles per validation/load batch (default: kg's BATCH)"
    )
    parser.add_argument(
        "--jobs", type=int, help="worker processes of the build (default: kg build's default)"
    )
    parser.add_argument(
        "--profile", type=int, metavar="N", help="instead: cProfile one build of N articles (one process)"
    )
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    parser.add_argument("--json", action="store_true", help="also print the raw results as JSON")
    args = parser.parse_args(argv)

    from kg.pipeline import BATCH, default_jobs

    batch = args.batch or BATCH
    jobs = args.jobs or default_jobs()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.profile:
            corpus = work / f"articles-{args.profile}.jsonl"
            write_corpus(args.profile, corpus, seed=args.seed)
            store = work / f"profile-store-{args.profile}"
            shutil.rmtree(store, ignore_errors=True)
            run_child("profile", str(corpus), str(store), str(batch), str(args.top))
            return 0
        rows = []
        for n in args.n:
            for name in (f"store-{n}", f"oxstore-{n}"):
                shutil.rmtree(work / name, ignore_errors=True)  # always a fresh store
            rows.append(bench(n, work, seed=args.seed, batch=batch, jobs=jobs))
        print_report(rows, batch)
        if args.json:
            print(json.dumps(rows, indent=2, default=str))
    return 0


def child_main(argv: list[str]) -> int:
    """The measuring side: one measurement, its result as JSON on the last line of stdout."""
    mode, *rest = argv
    if mode == "build":
        corpus, store, dump, batch, jobs = rest
        result = child_build(Path(corpus), Path(store), Path(dump), int(batch), int(jobs))
    elif mode == "load":
        dump, store = rest
        result = child_load(Path(dump), Path(store))
    elif mode == "profile":
        corpus, store, batch, top = rest
        result = child_profile(Path(corpus), Path(store), int(batch), int(top))
    else:
        raise SystemExit(f"unknown child mode {mode!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.exit(child_main(sys.argv[2:]))
    sys.exit(main())
