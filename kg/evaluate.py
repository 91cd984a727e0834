"""Score the extraction against hand-annotated gold events (``kg evaluate``).

The gold files are YAML, one per article (``article``, ``attack_events``,
``notes``...). For each article that has both a gold file and an input text,
the extractor is run, its quads are loaded with the gazetteer into an
in-memory Oxigraph store, and the events are read back with SPARQL, so the
evaluation sees exactly what an analyst querying the graph would see.

Matching rules (``docs/evaluation.md`` is the full reference):

* **Gold evidence** is split into pieces on ``…`` or ``...``; each piece is
  found in the article text exactly, else after collapsing whitespace, else
  after :func:`kg.arabic.normalize` (tashkeel, tatweel, letter forms), mapped
  back to original offsets. Pieces are searched in order, each after the last.
* **Predicted events** are nodes typed with one of :data:`EVENT_CLASSES` (a
  fixed list: the ontology need not be loaded). Their evidence is the union of
  their ``ck:evidence`` mentions' ``[ck:start, ck:end)`` spans.
* A prediction and a gold event **match** when their spans share characters;
  pairs are assigned one-to-one, as many as can be (non-optional gold first),
  preferring pairs of the same kind, then spans that agree best, then the
  most shared characters (an exact maximum-weight matching).
* **Optional** gold events are neutral: a prediction matched to one is neither
  a true nor a false positive, and missing one is not a false negative.
  Precision = TP / (predictions not matched to an optional event), recall =
  TP / non-optional gold events, F1 their harmonic mean.
* On each true positive: date, killed, wounded, attacker and kind are checked
  (see :func:`date_correct`, :func:`count_correct`, :func:`attacker_correct`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from kg.arabic import normalize
from kg.article import Article, read_articles
from kg.errors import InputError, KgError, RdfError
from kg.rdf import CK, RDFS, SKOS

# -- constants ---------------------------------------------------------------------------

TARGETS: dict[str, float] = {
    "precision": 0.90,
    "recall": 0.85,
    "f1": 0.85,
    "date": 0.90,
    "killed": 0.90,
    "attacker": 0.90,
}
"""The acceptance targets of the issue; ``f1`` is the figure CI fails on."""

EVENT_CLASSES: tuple[str, ...] = (
    "Attack",
    "Airstrike",
    "DroneAttack",
    "RocketAttack",
    "ArtilleryShelling",
    "Interception",
)
"""Local names of the ck: classes whose instances are events."""

GOLD_KINDS: dict[str, str] = {
    "Other": "Attack",
    "Attack": "Attack",
    "Airstrike": "Airstrike",
    "DroneAttack": "DroneAttack",
    "RocketAttack": "RocketAttack",
    "ArtilleryShelling": "ArtilleryShelling",
    "Interception": "Interception",
}
"""Gold ``kind`` values and the ck: class each stands for (``Other`` = ``ck:Attack``)."""

ATTACKER_ALIASES: dict[str, tuple[str, ...]] = {
    "us forces": ("actor/us-forces",),
    "centcom": ("actor/centcom",),
    "iran-backed militias": ("actor/iran-backed-militias", "actor/irgc"),
    "irgc-affiliated militias": ("actor/iran-backed-militias", "actor/irgc"),
    "irgc-affiliated groups": ("actor/iran-backed-militias", "actor/irgc"),
    "islamic resistance in iraq": ("actor/islamic-resistance-in-iraq",),
    "kataib hezbollah and affiliated groups": ("actor/kataib-hezbollah",),
    "us-led coalition": ("actor/cjtf-oir", "actor/us-forces"),
    "us-led international coalition": ("actor/cjtf-oir", "actor/us-forces"),
    "us-led coalition air defences": ("actor/cjtf-oir", "actor/us-forces"),
    "israel": ("actor/idf",),
    "turkey": ("actor/turkish-forces", "actor/turkish-intelligence"),
    "turkish army": ("actor/turkish-forces",),
    "turkish armed forces": ("actor/turkish-forces",),
    "israeli air force": ("actor/idf",),
    "russia": ("actor/russian-forces",),
    "russian air force": ("actor/russian-forces",),
    "royal jordanian air force": ("actor/jordanian-armed-forces",),
    "jordanian air force": ("actor/jordanian-armed-forces",),
    "isis": ("actor/isis",),
    "outlaw groups within the pmf": ("actor/outlaw-groups",),
    "pmf factions": ("actor/popular-mobilization-forces",),
    "popular mobilization forces factions": ("actor/popular-mobilization-forces",),
    "pmf-affiliated factions": ("actor/popular-mobilization-forces",),
    "arab tribal fighters": ("actor/arab-tribal-forces",),
    "tribal fighters": ("actor/arab-tribal-forces",),
    "tribal forces": ("actor/arab-tribal-forces",),
    "kurdistan region counter-terrorism forces": ("actor/kurdistan-region-security-forces",),
}
"""Gold English attacker wording → gazetteer entities (IRI path ``actor/KEY``) it accepts.

Keys are lower case, without qualifiers such as ``(suspected)``. A gold name not
listed here is compared with the predicted entities' English labels instead.
"""

UNKNOWN_QUALIFIERS = ("unspecified",)
"""Parenthesised qualifiers meaning the text names no attacker (treated as ``unknown``)."""

_EVIDENCE_JOINER = re.compile(r"\s*(?:…|\.\.\.)\s*")
_QUALIFIER = re.compile(r"\s*\(([^)]*)\)")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_EVENT_REF = re.compile(r"\b(e\d+)\b")
_NEGATION = re.compile(r"\b(not|never|unacceptable)\b", re.IGNORECASE)

_Date = date  # GoldEvent has a field named ``date``

# -- gold --------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event.

    ``killed``/``wounded`` are None (no figure) or a tuple of acceptable figures;
    ``alternative_dates`` are the dates the gold notes call acceptable.
    """

    id: str
    kind: str
    evidence: str
    date: _Date | None = None
    date_month: str | None = None
    alternative_dates: tuple[_Date, ...] = ()
    killed: tuple[int, ...] | None = None
    wounded: tuple[int, ...] | None = None
    attacker: tuple[str, ...] = ()
    optional: bool = False
    attacker_arabic: tuple[str, ...] = ()  # the Arabic names the file's entities give the attackers

    @property
    def event_class(self) -> str:
        """The ck: class local name this gold kind stands for."""
        return GOLD_KINDS[self.kind]


@dataclass(frozen=True)
class GoldArticle:
    """The gold annotation of one article."""

    id: str
    path: Path
    events: tuple[GoldEvent, ...]
    notes: str = ""


def load_gold(gold_dir: Path) -> dict[str, GoldArticle]:
    """Read every ``*.yaml``/``*.yml`` gold file under ``gold_dir`` (recursively).

    :param gold_dir: a folder of gold files (sub-folders such as ``seeds/`` and ``dev/`` are read too).
    :returns: the gold articles by article id.
    :raises InputError: naming the file, for a file that is not valid gold, or
        for a missing or empty folder.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such gold folder")
    files = sorted(
        p
        for p in gold_dir.rglob("*")
        if p.is_file() and p.suffix in (".yaml", ".yml") and not _hidden(p, gold_dir)
    )
    if not files:
        raise InputError(f"{gold_dir}: no gold files (*.yaml) found")
    gold: dict[str, GoldArticle] = {}
    for path in files:
        article = parse_gold_file(path)
        if article.id in gold:
            raise InputError(
                f"{path}: article {article.id!r} already annotated in {gold[article.id].path}"
            )
        gold[article.id] = article
    return gold


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def parse_gold_file(path: Path) -> GoldArticle:
    """Read and check one gold YAML file.

    :raises InputError: naming the file and the problem.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from exc
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path}: not valid YAML: {problem}{where}") from exc
    return gold_from_dict(data, path)


def gold_from_dict(data: Any, path: Path) -> GoldArticle:
    """Build a :class:`GoldArticle` from parsed YAML, checking every field used.

    :raises InputError: naming ``path`` and the offending field.
    """

    def fail(message: str) -> InputError:
        return InputError(f"{path}: {message}", hint="See docs/evaluation.md for the gold format.")

    if not isinstance(data, dict):
        raise fail("a gold file must be a mapping with 'article' and 'attack_events'")
    article_id = data.get("article", path.stem)
    if not isinstance(article_id, str) or not article_id.strip():
        raise fail("'article' must be a non-empty string (quote ids such as \"001\")")
    notes = data.get("notes") or ""
    if not isinstance(notes, str):
        raise fail("'notes' must be a string")
    raw_events = data.get("attack_events")
    if raw_events is None:
        raw_events = []
    if not isinstance(raw_events, list):
        raise fail("'attack_events' must be a list")

    arabic = _arabic_names(data.get("entities"), fail)
    events: list[GoldEvent] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_events, start=1):
        if not isinstance(raw, dict):
            raise fail(f"attack event #{n} must be a mapping")
        ev_id = raw.get("id")
        if not isinstance(ev_id, str) or not ev_id.strip():
            raise fail(f"attack event #{n}: 'id' must be a non-empty string")
        if ev_id in seen:
            raise fail(f"duplicate event id {ev_id!r}")
        seen.add(ev_id)
        label = f"event {ev_id}"
        kind = raw.get("kind")
        if kind not in GOLD_KINDS:
            raise fail(f"{label}: unknown kind {kind!r}; expected one of {', '.join(GOLD_KINDS)}")
        evidence = raw.get("evidence")
        if not isinstance(evidence, str) or not split_evidence(evidence):
            raise fail(f"{label}: 'evidence' must be a non-empty string")
        optional = raw.get("optional", False)
        if not isinstance(optional, bool):
            raise fail(f"{label}: 'optional' must be true or false")
        try:
            event_date = _gold_date(raw.get("date"))
        except ValueError:
            raise fail(f"{label}: 'date' must be an ISO date (YYYY-MM-DD) or null") from None
        month = raw.get("date_month")
        if month is not None and not (isinstance(month, str) and _valid_month(month)):
            raise fail(f"{label}: 'date_month' must be YYYY-MM or absent")
        killed = _gold_count(raw.get("killed"), fail, f"{label}: 'killed'")
        wounded = _gold_count(raw.get("wounded"), fail, f"{label}: 'wounded'")
        attacker = raw.get("attacker")
        if attacker is None:
            attacker = []
        if not isinstance(attacker, list) or not all(isinstance(a, str) for a in attacker):
            raise fail(f"{label}: 'attacker' must be a list of names")
        events.append(
            GoldEvent(
                id=ev_id,
                kind=kind,
                evidence=evidence,
                date=event_date,
                date_month=month,
                killed=killed,
                wounded=wounded,
                attacker=tuple(attacker),
                optional=optional,
                attacker_arabic=tuple(
                    ar for a in attacker if (name := _attacker_name(a)) for ar in arabic.get(_fold(name), ())
                ),
            )
        )
    alternatives = acceptable_dates_from_notes(notes)
    events = [
        replace(e, alternative_dates=tuple(sorted(alternatives[e.id])))
        if e.id in alternatives
        else e
        for e in events
    ]
    unknown_refs = set(alternatives) - seen
    if unknown_refs:
        raise fail(f"notes accept dates for unknown event(s): {', '.join(sorted(unknown_refs))}")
    return GoldArticle(article_id.strip(), path, tuple(events), notes)


def _arabic_names(entities: Any, fail: Callable[[str], InputError]) -> dict[str, tuple[str, ...]]:
    """The gold file's entity table: folded English name → its Arabic names."""
    if entities is None:
        return {}
    if not isinstance(entities, list):
        raise fail("'entities' must be a list")
    out: dict[str, tuple[str, ...]] = {}
    for n, entry in enumerate(entities, start=1):
        if not isinstance(entry, dict):
            raise fail(f"entity #{n} must be a mapping")
        en, ar = entry.get("name_en"), entry.get("name_ar")
        if isinstance(en, str) and isinstance(ar, str) and en.strip() and ar.strip():
            key = _fold(_QUALIFIER.sub(" ", en))
            out[key] = (*out.get(key, ()), ar)
    return out


def _gold_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip())
    raise ValueError(value)


def _valid_month(value: str) -> bool:
    m = _MONTH.match(value.strip())
    return m is not None and 1 <= int(m.group(2)) <= 12


def _gold_count(
    value: Any, fail: Callable[[str], InputError], label: str
) -> tuple[int, ...] | None:
    if value is None:
        return None
    values = value if isinstance(value, list) else [value]
    if not values or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values
    ):
        raise fail(f"{label} must be null, a non-negative integer or a list of them")
    return tuple(values)


def acceptable_dates_from_notes(notes: str) -> dict[str, set[date]]:
    """The alternative dates that gold notes spell out as acceptable, by event id.

    Only the mechanical form is read: in a sentence that names an event
    (``e2``), a ``;``-separated clause with an ISO date and the word
    "accept…" (and no negation) makes that date acceptable for the events the
    sentence names.

    >>> acceptable_dates_from_notes("e2: year not stated -> null; 2024-11-12 acceptable.")
    {'e2': {datetime.date(2024, 11, 12)}}
    >>> acceptable_dates_from_notes("e1: real-world 2024-01-28 (not acceptable).")
    {}
    """
    found: dict[str, set[date]] = {}
    for sentence in re.split(r"(?<=\.)\s+", notes):
        ids = _EVENT_REF.findall(sentence)
        if not ids:
            continue
        for clause in sentence.split(";"):
            if not re.search(r"\baccept", clause, re.IGNORECASE) or _NEGATION.search(clause):
                continue
            for text in _ISO_DATE.findall(clause):
                try:
                    value = date.fromisoformat(text)
                except ValueError:
                    continue
                for ev_id in ids:
                    found.setdefault(ev_id, set()).add(value)
    return found


# -- evidence location -------------------------------------------------------------------


def split_evidence(evidence: str) -> list[str]:
    """Split gold evidence into its pieces of article text.

    >>> split_evidence("first piece … second ... third")
    ['first piece', 'second', 'third']
    """
    return [p.strip() for p in _EVIDENCE_JOINER.split(evidence) if p.strip()]


def locate_evidence(text: str, evidence: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Find each piece of gold evidence in the article text.

    Each piece is searched for exactly, then with whitespace runs collapsed,
    then after Arabic normalisation (tashkeel, tatweel and letter forms);
    pieces are looked for in order, each after the previous one, falling back
    to anywhere in the text.

    :returns: the ``[start, end)`` code-point spans found, and the pieces not found.

    >>> article = "قالَ: قاعدةُ التنف هوجمت."
    >>> spans, missing = locate_evidence(article, "قاعدة التنف … هوجمت")
    >>> [article[s:e] for s, e in spans], missing
    (['قاعدةُ التنف', 'هوجمت'], [])
    """
    finders = (_exact_finder(text), _squeezed_finder(text), _normalised_finder(text))
    spans: list[tuple[int, int]] = []
    missing: list[str] = []
    cursor = 0
    for piece in split_evidence(evidence):
        span = None
        for find in finders:
            span = find(piece, cursor) or find(piece, 0)
            if span:
                break
        if span is None:
            missing.append(piece)
            continue
        spans.append(span)
        cursor = span[1]
    return spans, missing


_Finder = Callable[[str, int], "tuple[int, int] | None"]


def _exact_finder(text: str) -> _Finder:
    def find(piece: str, start: int) -> tuple[int, int] | None:
        i = text.find(piece, start)
        return (i, i + len(piece)) if i >= 0 else None

    return find


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space; offsets[i] is the source index of out[i]."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(ch)
            previous_space = False
        offsets.append(i)
    return "".join(out), offsets


def _squeezed_finder(text: str) -> _Finder:
    squeezed, offsets = _squeeze(text)

    def find(piece: str, start: int) -> tuple[int, int] | None:
        needle = _squeeze(piece)[0].strip()
        begin = _first_at_or_after(offsets, start)
        i = squeezed.find(needle, begin)
        if i < 0 or not needle:
            return None
        return offsets[i], offsets[i + len(needle) - 1] + 1

    return find


def _normalised_finder(text: str) -> _Finder:
    norm = normalize(text)
    squeezed, offsets = _squeeze(norm.text)
    # Original index of each squeezed character, to turn a search start into a squeezed one.
    origin = [norm.offsets[j] for j in offsets]

    def find(piece: str, start: int) -> tuple[int, int] | None:
        needle = _squeeze(normalize(piece).text)[0].strip()
        begin = _first_at_or_after(origin, start)
        i = squeezed.find(needle, begin)
        if i < 0 or not needle:
            return None
        return norm.span(offsets[i], offsets[i + len(needle) - 1] + 1)

    return find


def _first_at_or_after(offsets: Sequence[int], position: int) -> int:
    import bisect

    return bisect.bisect_left(offsets, position)


def _assign(weights: dict[tuple[int, int], float]) -> dict[int, int]:
    """The one-to-one matching of gold events to predictions with the largest total weight.

    ``weights`` holds the (gold, prediction) pairs that may match. The Hungarian method
    (with potentials, as in Kuhn and Munkres), on a square matrix padded with pairs of
    weight 0 that are not kept.
    """
    golds = sorted({g for g, _ in weights})
    preds = sorted({p for _, p in weights})
    n = max(len(golds), len(preds))
    if n == 0:
        return {}
    top = max(weights.values())
    # Costs to minimise, 1-based rows (gold) and columns (prediction).
    cost = [[0.0] * (n + 1) for _ in range(n + 1)]
    for i, g in enumerate(golds, 1):
        for j, p in enumerate(preds, 1):
            cost[i][j] = top - weights.get((g, p), 0.0)
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match = [0] * (n + 1)  # column -> row
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        least, way, used = [float("inf")] * (n + 1), [0] * (n + 1), [False] * (n + 1)
        while match[j0]:
            used[j0] = True
            i0, delta, j1 = match[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    c = cost[i0][j] - u[i0] - v[j]
                    if c < least[j]:
                        least[j], way[j] = c, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    out = {}
    for j in range(1, n + 1):
        i = match[j]
        if i <= len(golds) and j <= len(preds) and (golds[i - 1], preds[j - 1]) in weights:
            out[golds[i - 1]] = preds[j - 1]
    return out


def overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    """Number of characters two sets of spans have in common.

    >>> overlap([(0, 10), (20, 30)], [(5, 25)])
    10
    """
    total = 0
    for s1, e1 in _merge(a):
        for s2, e2 in _merge(b):
            total += max(0, min(e1, e2) - max(s1, s2))
    return total


def _union(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    """Number of characters covered by either set of spans."""
    return sum(e - s for s, e in _merge([*a, *b]))


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted((s, e) for s, e in spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


# -- predictions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """An actor or place an event points to, with its labels as ``(text, language)``."""

    iri: str
    labels: tuple[tuple[str, str], ...] = ()

    def english(self) -> list[str]:
        return [text for text, lang in self.labels if lang.startswith("en")]


@dataclass
class PredictedEvent:
    """An event as read back from the extracted graph."""

    iri: str
    classes: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)
    earliest: set[str] = field(default_factory=set)
    latest: set[str] = field(default_factory=set)
    killed: set[str] = field(default_factory=set)
    wounded: set[str] = field(default_factory=set)
    attackers: list[Entity] = field(default_factory=list)

    @property
    def kind(self) -> str | None:
        """The most specific event class asserted (``Attack`` yields to a subclass), if one."""
        specific = self.classes - {"Attack"} if len(self.classes) > 1 else self.classes
        return next(iter(specific)) if len(specific) == 1 else None


_PREFIXES = f"PREFIX ck: <{CK}>\nPREFIX rdfs: <{RDFS}>\nPREFIX skos: <{SKOS}>\n"
_EVENT_VALUES = " ".join(f"ck:{c}" for c in EVENT_CLASSES)

_Q_EVENTS = _PREFIXES + f"SELECT ?e ?cls WHERE {{ VALUES ?cls {{ {_EVENT_VALUES} }} ?e a ?cls }}"
_Q_EVIDENCE = (
    _PREFIXES
    + f"""
SELECT ?e ?start ?end WHERE {{
  VALUES ?cls {{ {_EVENT_VALUES} }}
  ?e a ?cls ; ck:evidence ?m . ?m ck:start ?start ; ck:end ?end .
}}"""
)
_Q_VALUES = (
    _PREFIXES
    + f"""
SELECT ?e ?p ?v WHERE {{
  VALUES ?cls {{ {_EVENT_VALUES} }}
  VALUES ?p {{ ck:date ck:earliestDate ck:latestDate ck:killed ck:wounded }}
  ?e a ?cls ; ?p ?v .
}}"""
)
_Q_ATTACKERS = (
    _PREFIXES
    + f"""
SELECT ?e ?x ?label WHERE {{
  VALUES ?cls {{ {_EVENT_VALUES} }}
  VALUES ?role {{ ck:attacker ck:interceptedBy }}
  ?e a ?cls ; ?role ?x .
  OPTIONAL {{ VALUES ?lp {{ rdfs:label skos:altLabel }} ?x ?lp ?label }}
}}"""
)


def read_predictions(store: ox.Store) -> list[PredictedEvent]:
    """Read the events of a store (the default graph is the union of all graphs).

    :param store: holds one article's extracted quads and, optionally, reference data.
    :returns: the events, in IRI order.
    """

    def rows(query: str) -> Iterable[Any]:
        return store.query(query, use_default_graph_as_union=True)  # type: ignore[return-value]

    events: dict[str, PredictedEvent] = {}
    for row in rows(_Q_EVENTS):
        key = _iri(row["e"])
        events.setdefault(key, PredictedEvent(key)).classes.add(row["cls"].value[len(CK) :])
    for row in rows(_Q_EVIDENCE):
        start, end = _int(row["start"]), _int(row["end"])
        if start is not None and end is not None and end > start >= 0:
            events[_iri(row["e"])].spans.append((start, end))
    slots = {
        "date": "dates",
        "earliestDate": "earliest",
        "latestDate": "latest",
        "killed": "killed",
        "wounded": "wounded",
    }
    for row in rows(_Q_VALUES):
        getattr(events[_iri(row["e"])], slots[row["p"].value[len(CK) :]]).add(
            row["v"].value.strip()
        )
    attackers: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for row in rows(_Q_ATTACKERS):
        labels = attackers.setdefault(_iri(row["e"]), {}).setdefault(_iri(row["x"]), set())
        label = row["label"]
        if isinstance(label, ox.Literal):
            labels.add((label.value, label.language or ""))
    for key, found in attackers.items():
        events[key].attackers = [
            Entity(iri, tuple(sorted(lbl))) for iri, lbl in sorted(found.items())
        ]
    return [events[k] for k in sorted(events)]


def _iri(term: Any) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _int(term: Any) -> int | None:
    try:
        return int(term.value)
    except (AttributeError, ValueError):
        return None


# -- field checks ------------------------------------------------------------------------


def date_correct(gold: GoldEvent, pred: PredictedEvent) -> bool:
    """Whether the predicted date agrees with the gold one.

    * gold ``date`` (or a date the notes accept): the prediction has exactly that ``ck:date``;
      when the gold date is null, having no ``ck:date`` is also right;
    * gold ``date_month`` YYYY-MM (with null date): no ``ck:date``, or one in that month;
      any ``ck:earliestDate``/``ck:latestDate`` must then lie inside the month;
    * otherwise (null): the prediction has no ``ck:date``.
    """
    dates = {_parse_date(v) for v in pred.dates}
    if len(dates) > 1 or None in dates:
        return False
    predicted = next(iter(dates), None)
    accepted = set(gold.alternative_dates) | ({gold.date} if gold.date else set())
    if predicted is not None and predicted in accepted:
        return True
    if gold.date is not None:
        return False
    if gold.date_month:
        month = gold.date_month.strip()
        if predicted is not None:
            return predicted.isoformat()[:7] == month
        bounds = [_parse_date(v) for v in pred.earliest | pred.latest]
        return all(b is not None and b.isoformat()[:7] == month for b in bounds)
    return predicted is None


def count_correct(gold: tuple[int, ...] | None, predicted: set[str]) -> bool:
    """Whether a predicted ``ck:killed``/``ck:wounded`` agrees with the gold figure.

    Gold null: no figure predicted. Gold figure(s): exactly one figure predicted,
    equal to one of them.

    >>> count_correct((19, 6), {"6"}), count_correct(None, {"0"}), count_correct((0,), set())
    (True, False, False)
    """
    if gold is None:
        return not predicted
    if len(predicted) != 1:
        return False
    value = next(iter(predicted))
    return value.isascii() and value.isdigit() and int(value) in gold


def attacker_correct(gold: Sequence[str], predicted: Sequence[Entity], arabic: Sequence[str] = ()) -> bool:
    """Whether the predicted attackers agree with the gold attacker names.

    A gold list that is empty, or holds only ``unknown``/``unknown …`` names or
    names qualified ``(unspecified)``, expects no ``ck:attacker``. Otherwise
    some predicted attacker must match some gold name: through
    :data:`ATTACKER_ALIASES` (by gazetteer IRI), or by an English label equal to
    the name (case, qualifiers such as ``(suspected)``, apostrophes and hyphens
    ignored; a name joining two by a slash, "PKK/YPG", matches either), or by an
    Arabic label (a gazetteer spelling, or the name of an actor found from context)
    equal to one of ``arabic``, the Arabic names the gold file's entity table gives
    the gold attackers (compared normalised, quotes aside).

    >>> attacker_correct(["US forces (suspected)"], [Entity("https://w3id.org/conflict-kg/id/actor/us-forces")])
    True
    >>> attacker_correct(["unknown aircraft"], [])
    True
    """
    names = [n for n in (_attacker_name(g) for g in gold) if n is not None]
    if not names:
        return not predicted
    # «PKK/YPG»: a name joining two by a slash names either.
    names += [part.strip() for n in names if "/" in n for part in n.split("/") if part.strip()]
    for name in names:
        keys = ATTACKER_ALIASES.get(name, ())
        for entity in predicted:
            if any(entity.iri.endswith("/" + key) for key in keys):
                return True
            if any(_fold(label) == _fold(name) for label in entity.english()):
                return True
    wanted = {_arabic_key(a) for a in arabic}
    return any(
        any(lang.startswith("ar") and _arabic_key(label) in wanted for label, lang in entity.labels)
        for entity in predicted
    )


def _arabic_key(name: str) -> str:
    """An Arabic name compared without diacritics, letter-form variants, quotes or punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(name).text).split())


def _attacker_name(gold: str) -> str | None:
    """A gold attacker name in alias-table form, or None when it names nobody."""
    qualifiers = [q.strip().lower() for q in _QUALIFIER.findall(gold)]
    name = " ".join(_QUALIFIER.sub(" ", gold).split()).lower()
    if not name or name == "unknown" or name.startswith("unknown "):
        return None
    if any(q in UNKNOWN_QUALIFIERS for q in qualifiers):
        return None
    return name


def _fold(name: str) -> str:
    """Compare names ignoring case, apostrophes and hyphens: "Kata'ib" = "kataib"."""
    return " ".join(re.sub(r"[-_]", " ", re.sub(r"['’`]", "", name.casefold())).split())


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- report ------------------------------------------------------------------------------


@dataclass
class ArticleRow:
    """The figures of one article."""

    article: str
    gold: int = 0
    optional: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0
    date_ok: int = 0
    killed_ok: int = 0
    wounded_ok: int = 0
    attacker_ok: int = 0
    kind_ok: int = 0


@dataclass(frozen=True)
class EventDetail:
    """A false positive or false negative, with its evidence text for debugging."""

    article: str
    status: str  # "FP" or "FN"
    event: str  # gold id or predicted IRI
    kind: str | None
    evidence: str


@dataclass(frozen=True)
class Mismatch:
    """A matched event whose field disagrees with gold."""

    article: str
    gold_event: str
    predicted_event: str
    field: str
    expected: str
    got: str


_ACCURACIES = ("date", "killed", "wounded", "attacker", "kind")


@dataclass
class EvaluationReport:
    """Per-article rows, totals, and the details behind them."""

    rows: list[ArticleRow] = field(default_factory=list)
    false_positives: list[EventDetail] = field(default_factory=list)
    false_negatives: list[EventDetail] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)
    articles_without_gold: list[str] = field(default_factory=list)
    gold_without_article: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    # totals -----------------------------------------------------------------------------
    def _sum(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.rows)

    @property
    def tp(self) -> int:
        return self._sum("tp")

    @property
    def fp(self) -> int:
        return self._sum("fp")

    @property
    def fn(self) -> int:
        return self._sum("fn")

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / non-optional gold events; 1.0 when there are none."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        """Share of matched events whose ``name`` field is right (None if none matched)."""
        if name not in _ACCURACIES:
            raise ValueError(f"unknown field {name!r}; expected one of {', '.join(_ACCURACIES)}")
        return self._sum(f"{name}_ok") / self.tp if self.tp else None

    @property
    def date_accuracy(self) -> float | None:
        return self.accuracy("date")

    @property
    def killed_accuracy(self) -> float | None:
        return self.accuracy("killed")

    @property
    def wounded_accuracy(self) -> float | None:
        return self.accuracy("wounded")

    @property
    def attacker_accuracy(self) -> float | None:
        return self.accuracy("attacker")

    @property
    def kind_accuracy(self) -> float | None:
        return self.accuracy("kind")

    def metrics(self) -> dict[str, float | None]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            **{name: self.accuracy(name) for name in _ACCURACIES},
        }

    def unmet_targets(self) -> list[str]:
        """Names of the :data:`TARGETS` not reached (an accuracy with no matches is unmet)."""
        values = self.metrics()
        return [k for k, t in TARGETS.items() if (values[k] is None or values[k] < t)]  # type: ignore[operator]

    # rendering --------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        values = self.metrics()
        return {
            "totals": {
                "articles": len(self.rows),
                "gold": self._sum("gold"),
                "optional": self._sum("optional"),
                "predicted": self._sum("predicted"),
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "neutral": self._sum("neutral"),
                **values,
            },
            "targets": dict(TARGETS),
            "unmet_targets": self.unmet_targets(),
            "articles": [asdict(r) for r in self.rows],
            "false_positives": [asdict(d) for d in self.false_positives],
            "false_negatives": [asdict(d) for d in self.false_negatives],
            "mismatches": [asdict(m) for m in self.mismatches],
            "articles_without_gold": list(self.articles_without_gold),
            "gold_without_article": list(self.gold_without_article),
            "warnings": list(self.warnings),
            "errors": list(self.errors),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON (figures, targets, rows and details)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _table(self) -> tuple[list[str], list[list[str]]]:
        head = ["article", "gold", "opt", "pred", "TP", "FP", "FN", "date", "killed", "attacker"]
        body = [
            [
                r.article,
                str(r.gold),
                str(r.optional),
                str(r.predicted),
                str(r.tp),
                str(r.fp),
                str(r.fn),
                f"{r.date_ok}/{r.tp}",
                f"{r.killed_ok}/{r.tp}",
                f"{r.attacker_ok}/{r.tp}",
            ]
            for r in self.rows
        ]
        tp = self.tp
        body.append(
            [
                "total",
                str(self._sum("gold")),
                str(self._sum("optional")),
                str(self._sum("predicted")),
                str(tp),
                str(self.fp),
                str(self.fn),
                f"{self._sum('date_ok')}/{tp}",
                f"{self._sum('killed_ok')}/{tp}",
                f"{self._sum('attacker_ok')}/{tp}",
            ]
        )
        return head, body

    def _figures(self) -> list[tuple[str, str, str, str]]:
        """(label, value, target, status) for each figure."""
        labels = {
            "precision": "event precision",
            "recall": "event recall",
            "f1": "event F1",
            "date": "date accuracy",
            "killed": "killed accuracy",
            "wounded": "wounded accuracy",
            "attacker": "attacker accuracy",
            "kind": "kind accuracy",
        }
        out = []
        for key, value in self.metrics().items():
            target = TARGETS.get(key)
            shown = "n/a" if value is None else f"{value:.3f}"
            if target is None:
                out.append((labels[key], shown, "", "(no target)"))
            else:
                met = value is not None and value >= target
                out.append((labels[key], shown, f">= {target:.2f}", "ok" if met else "BELOW"))
        return out

    def _notes(self) -> list[str]:
        lines = []
        if self.articles_without_gold:
            lines.append(
                "articles without gold (not scored): " + ", ".join(self.articles_without_gold)
            )
        if self.gold_without_article:
            lines.append(
                "gold without article (not scored): " + ", ".join(self.gold_without_article)
            )
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"error: {e}" for e in self.errors]
        return lines

    def to_text(self, *, details: bool = True) -> str:
        """A plain-text table, the figures against their targets, and (optionally) FP/FN details."""
        head, body = self._table()
        widths = [max(len(row[i]) for row in [head, *body]) for i in range(len(head))]

        def line(cells: list[str]) -> str:
            return "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))
            ).rstrip()

        out = (
            [line(head)]
            + [line(r) for r in body[:-1]]
            + ["-" * len(line(head)), line(body[-1]), ""]
        )
        width = max(len(name) for name, *_ in self._figures())
        out += [
            f"{name.ljust(width)}  {value:>5}  "
            + (f"target {target}  {status}" if target else status)
            for name, value, target, status in self._figures()
        ]
        notes = self._notes()
        if notes:
            out += ["", *notes]
        if details:
            for title, items in (
                ("False positives", self.false_positives),
                ("False negatives", self.false_negatives),
            ):
                if items:
                    out += ["", f"{title}:"]
                    out += [
                        f"  {d.article} {d.event} [{d.kind or '?'}]: {d.evidence}" for d in items
                    ]
            if self.mismatches:
                out += ["", "Wrong fields on matched events:"]
                out += [
                    f"  {m.article} {m.gold_event} ~ {m.predicted_event}: {m.field} expected {m.expected}, got {m.got}"
                    for m in self.mismatches
                ]
        return "\n".join(out) + "\n"

    def to_markdown(self, *, details: bool = True) -> str:
        """The same content as :meth:`to_text`, as Markdown tables."""
        head, body = self._table()
        out = [
            "| " + " | ".join(head) + " |",
            "| " + " | ".join(["---"] + ["---:"] * (len(head) - 1)) + " |",
        ]
        for i, row in enumerate(body):
            cells = [f"**{c}**" for c in row] if i == len(body) - 1 else [_md(c) for c in row]
            out.append("| " + " | ".join(cells) + " |")
        out += ["", "| figure | value | target | status |", "| --- | ---: | --- | --- |"]
        out += [f"| {n} | {v} | {t} | {s} |" for n, v, t, s in self._figures()]
        notes = self._notes()
        if notes:
            out += [""] + [f"- {_md(n)}" for n in notes]
        if details:
            for title, items in (
                ("False positives", self.false_positives),
                ("False negatives", self.false_negatives),
            ):
                if items:
                    out += [
                        "",
                        f"### {title}",
                        "",
                        "| article | event | kind | evidence |",
                        "| --- | --- | --- | --- |",
                    ]
                    out += [
                        f"| {_md(d.article)} | {_md(d.event)} | {d.kind or '?'} | {_md(d.evidence)} |"
                        for d in items
                    ]
            if self.mismatches:
                out += [
                    "",
                    "### Wrong fields on matched events",
                    "",
                    "| article | gold | predicted | field | expected | got |",
                    "| --- | --- | --- | --- | --- | --- |",
                ]
                out += [
                    f"| {_md(m.article)} | {m.gold_event} | {_md(m.predicted_event)} | {m.field} | {_md(m.expected)} | {_md(m.got)} |"
                    for m in self.mismatches
                ]
        return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


# -- evaluation --------------------------------------------------------------------------


Extractor = Callable[[Article], Any]
"""``extract(article) -> ArticleGraph`` (anything with ``.quads``, or an iterable of quads)."""


def evaluate(
    gold_dir: Path, paths: list[Path], *, extract: Extractor | None = None
) -> EvaluationReport:
    """Run the extraction on the articles that have gold and score it.

    :param gold_dir: folder of gold YAML files (read recursively).
    :param paths: article files or folders, as for :func:`kg.article.read_articles`.
    :param extract: the extractor; defaults to ``kg.pipeline.extract``.
    :returns: the report; ``report.f1`` is the figure CI checks.
    :raises InputError: for a bad gold file or folder.
    :raises RdfError: if the gazetteer cannot be parsed.
    :raises KgError: if no extractor is given and the pipeline is unavailable.
    """
    gold = load_gold(gold_dir)
    if extract is None:
        extract = _default_extractor()
    reference = reference_quads()
    report = EvaluationReport()
    articles: dict[str, Article] = {}
    for item in read_articles(paths):
        if isinstance(item, InputError):
            report.errors.append(item.message)
        elif item.id in gold:
            articles[item.id] = item
        else:
            report.articles_without_gold.append(item.id)
    report.gold_without_article = sorted(set(gold) - set(articles))
    for article_id in sorted(articles):
        article = articles[article_id]
        result: Any
        try:
            result = extract(article)
        except KgError as exc:
            report.errors.append(f"{article.source}: extraction failed: {exc.message}")
            result = []
        quads = list(getattr(result, "quads", result))
        score_article(gold[article_id], article, quads, reference, report)
    return report


def _default_extractor() -> Extractor:
    try:
        from kg.pipeline import extract  # type: ignore[import-not-found]
    except ImportError as exc:
        raise KgError(
            f"the extraction pipeline is not available ({exc})",
            hint="Install kg with its pipeline, or pass an extractor to evaluate().",
        ) from exc
    return extract  # type: ignore[no-any-return]


def reference_quads() -> list[ox.Quad]:
    """The gazetteer as quads in its reference graph, or ``[]`` if it is not installed.

    :raises RdfError: if the gazetteer file exists but does not parse.
    """
    from kg.rdf import Minter
    from kg.resources import data_dir

    try:
        path = data_dir("gazetteer") / "gazetteer.ttl"
    except FileNotFoundError:
        return []
    if not path.is_file():
        return []
    graph = Minter().reference_graph("gazetteer")
    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        raise RdfError(f"{path}: {exc}") from exc
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]


def score_article(
    gold: GoldArticle,
    article: Article,
    quads: Iterable[ox.Quad],
    reference: Iterable[ox.Quad],
    report: EvaluationReport,
) -> ArticleRow:
    """Score one article's extracted quads against its gold and add the results to ``report``."""
    store = ox.Store()
    store.extend([*reference, *quads])
    predictions = read_predictions(store)
    text = article.text

    gold_spans: list[list[tuple[int, int]]] = []
    for event in gold.events:
        spans, missing = locate_evidence(text, event.evidence)
        for piece in missing:
            report.warnings.append(
                f"{gold.path}: {event.id}: evidence not found in the article: {piece[:80]!r}"
            )
        gold_spans.append(spans)

    # Every overlapping pair may match. As many non-optional gold events are matched as can
    # be, then as many optional ones; among matchings of as many, the pairs of the same
    # kind, whose spans agree best (shared / combined length) and share most characters win.
    # Gold events may share evidence (a strike and the attack it answers, quoted in one
    # sentence; an attack and its interception), so a greedy choice could leave one out.
    count = 4 * (len(gold.events) + 1)  # outweighs every preference of a matching of fewer pairs
    weights = {
        (g, p): (count if not gold.events[g].optional else count / 2)
        + (pred.kind == gold.events[g].event_class) + ov / _union(spans, pred.spans) + ov / (1 + ov) / 2
        for g, spans in enumerate(gold_spans)
        for p, pred in enumerate(predictions)
        if (ov := overlap(spans, pred.spans)) > 0
    }
    gold_to_pred = _assign(weights)
    used = set(gold_to_pred.values())

    row = ArticleRow(
        article=gold.id,
        gold=sum(1 for e in gold.events if not e.optional),
        optional=sum(1 for e in gold.events if e.optional),
        predicted=len(predictions),
    )
    for g, event in enumerate(gold.events):
        matched = gold_to_pred.get(g)
        if event.optional:
            row.neutral += matched is not None
            continue
        if matched is None:
            row.fn += 1
            report.false_negatives.append(
                EventDetail(gold.id, "FN", event.id, event.event_class, event.evidence)
            )
            continue
        row.tp += 1
        _check_fields(gold.id, event, predictions[matched], row, report)
    for p, pred in enumerate(predictions):
        if p not in used:
            row.fp += 1
            evidence = " … ".join(text[s:e] for s, e in _merge(pred.spans)) or "(no evidence span)"
            report.false_positives.append(
                EventDetail(gold.id, "FP", pred.iri, pred.kind or _kinds(pred), evidence)
            )
    report.rows.append(row)
    return row


def _kinds(pred: PredictedEvent) -> str:
    return "+".join(sorted(pred.classes))


def _check_fields(
    article_id: str,
    gold: GoldEvent,
    pred: PredictedEvent,
    row: ArticleRow,
    report: EvaluationReport,
) -> None:
    def record(name: str, ok: bool, expected: str, got: str) -> None:
        setattr(row, f"{name}_ok", getattr(row, f"{name}_ok") + ok)
        if not ok:
            report.mismatches.append(Mismatch(article_id, gold.id, pred.iri, name, expected, got))

    expected_date = (
        str(gold.date) if gold.date else (f"month {gold.date_month}" if gold.date_month else "none")
    )
    if gold.alternative_dates:
        expected_date += " or " + " or ".join(str(d) for d in gold.alternative_dates)
    got_date = ", ".join(sorted(pred.dates)) or "none"
    if pred.earliest or pred.latest:
        got_date += f" (range {','.join(sorted(pred.earliest)) or '?'}..{','.join(sorted(pred.latest)) or '?'})"
    record("date", date_correct(gold, pred), expected_date, got_date)
    for name, gold_count, got in (
        ("killed", gold.killed, pred.killed),
        ("wounded", gold.wounded, pred.wounded),
    ):
        expected = "none" if gold_count is None else " or ".join(map(str, gold_count))
        record(name, count_correct(gold_count, got), expected, ", ".join(sorted(got)) or "none")
    got_attackers = ", ".join((e.english() or [e.iri])[0] for e in pred.attackers) or "none"
    record(
        "attacker",
        attacker_correct(gold.attacker, pred.attackers, gold.attacker_arabic),
        ", ".join(gold.attacker) or "none",
        got_attackers,
    )
    record("kind", pred.kind == gold.event_class, gold.event_class, _kinds(pred) or "none")
