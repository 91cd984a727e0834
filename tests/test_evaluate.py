"""kg.evaluate: gold loading, evidence location, matching, field checks and the report.

The extractor is faked: each test says which events it "finds", as ck: classes,
evidence substrings of the article, and field values, and the fake builds the quads
by hand, the way the pipeline will.
"""

from __future__ import annotations

import doctest
import itertools
import json
import random
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyoxigraph as ox
import pytest

import kg.evaluate
from kg.article import Article
from kg.errors import InputError, KgError
from kg.evaluate import (
    Entity,
    EvaluationReport,
    GoldEvent,
    PredictedEvent,
    _assign,
    attacker_correct,
    count_correct,
    date_correct,
    evaluate,
    load_gold,
    locate_evidence,
    split_evidence,
)
from kg.rdf import RDF_TYPE, RDFS_LABEL, Minter, ck, date_literal, integer, quad, text

DATA = Path(__file__).parent / "data" / "evaluate"
GOLD = DATA / "gold"
ARTICLES = DATA / "articles"
M = Minter()

A1_E1 = "استهدفت طائرة مسيرة يوم الخميس"
A1_E2 = ["القوات الأمريكية ردت بغارات جوية", "وقتل في الغارات 19 مقاتلا"]
A1_E3 = "وفي أغسطس 2022 تعرضت قاعدة أخرى"
A2_E1 = "طائراتٌ مسيّرةٌ قاعدةَ خراب الجير"
A2_E2 = "وقصفت القواتُ الأميركية بالمدفعية"


# -- the fake extractor ------------------------------------------------------------------


def event_quads(article: Article, n: int, spec: dict[str, Any]) -> list[ox.Quad]:
    """Quads of one event as the pipeline writes them, from a compact spec."""
    g = M.article_graph(article.id)
    ev = M.event(article.id, n)
    out = [quad(ev, RDF_TYPE, ck(c), g) for c in spec.get("classes", [spec.get("cls", "Attack")])]
    pieces = spec.get("evidence", [])
    for piece in [pieces] if isinstance(pieces, str) else pieces:
        start = article.text.index(piece)
        end = start + len(piece)
        m = M.mention(article.id, start, end)
        out += [
            quad(ev, ck("evidence"), m, g),
            quad(m, RDF_TYPE, ck("Mention"), g),
            quad(m, ck("start"), integer(start), g),
            quad(m, ck("end"), integer(end), g),
        ]
    for prop in ("date", "earliestDate", "latestDate"):
        if prop in spec:
            out.append(quad(ev, ck(prop), date_literal(date.fromisoformat(spec[prop])), g))
    for prop in ("killed", "wounded"):
        values = spec.get(prop, [])
        for value in values if isinstance(values, list) else [values]:
            out.append(quad(ev, ck(prop), integer(value), g))
    for attacker in spec.get("attackers", []):
        # "actor/KEY" is a gazetteer entity; ("actor/KEY", {"en": ...}) also carries labels.
        key, labels = attacker if isinstance(attacker, tuple) else (attacker, {})
        node = ox.NamedNode(M.base + key)
        out.append(quad(ev, ck("attacker"), node, g))
        out += [quad(node, RDFS_LABEL, text(v, lang), g) for lang, v in labels.items()]
    return out


def fake_extractor(events: dict[str, list[dict[str, Any]]]) -> Callable[[Article], Any]:
    def extract(article: Article) -> Any:
        quads = [
            q
            for n, spec in enumerate(events.get(article.id, []), 1)
            for q in event_quads(article, n, spec)
        ]
        return SimpleNamespace(quads=quads)  # the shape of kg.pipeline.ArticleGraph

    return extract


PERFECT: dict[str, list[dict[str, Any]]] = {
    "a1": [
        {"cls": "DroneAttack", "evidence": A1_E1, "date": "2023-03-23", "killed": 1, "wounded": 6},
        {
            "cls": "Airstrike",
            "evidence": A1_E2,
            "date": "2023-03-23",
            "killed": 19,
            "attackers": ["actor/us-forces"],
        },
        {"cls": "Attack", "evidence": A1_E3},
    ],
    "a2": [
        {"cls": "DroneAttack", "evidence": A2_E1, "attackers": ["actor/iran-backed-militias"]},
        {"cls": "ArtilleryShelling", "evidence": A2_E2, "attackers": ["actor/us-forces"]},
    ],
}


def run(events: dict[str, list[dict[str, Any]]], **kwargs: Any) -> EvaluationReport:
    return evaluate(GOLD, [ARTICLES], extract=fake_extractor(events), **kwargs)


def with_changes(article: str, index: int, **changes: Any) -> dict[str, list[dict[str, Any]]]:
    events = {k: [dict(e) for e in v] for k, v in PERFECT.items()}
    events[article][index].update(changes)
    return events


@pytest.fixture(autouse=True)
def no_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests do not depend on the real gazetteer, which another module owns."""
    monkeypatch.setattr(kg.evaluate, "reference_quads", list)


# -- whole evaluations -------------------------------------------------------------------


def test_perfect_prediction_scores_one() -> None:
    report = run(PERFECT)
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.metrics() == dict.fromkeys(
        ["precision", "recall", "f1", "date", "killed", "wounded", "attacker", "kind"], 1.0
    )
    assert (report.tp, report.fp, report.fn) == (4, 0, 0)
    assert report.unmet_targets() == []
    assert report.false_positives == report.false_negatives == report.mismatches == []
    assert report.warnings == report.errors == []


def test_rows_per_article() -> None:
    rows = {r.article: r for r in run(PERFECT).rows}
    assert list(rows) == ["a1", "a2"]
    a1 = rows["a1"]
    assert (a1.gold, a1.optional, a1.predicted, a1.tp, a1.fp, a1.fn, a1.neutral) == (
        2,
        1,
        3,
        2,
        0,
        0,
        1,
    )
    assert (a1.date_ok, a1.killed_ok, a1.attacker_ok) == (2, 2, 2)


def test_articles_without_gold_and_gold_without_article_are_reported() -> None:
    report = run(PERFECT)
    assert report.articles_without_gold == ["nogold"]
    assert report.gold_without_article == ["missing"]
    assert "nogold" not in [r.article for r in report.rows]


def test_missing_event_lowers_recall() -> None:
    events = {"a1": PERFECT["a1"], "a2": PERFECT["a2"][:1]}
    report = run(events)
    assert report.precision == 1.0
    assert report.recall == pytest.approx(3 / 4)
    assert report.f1 == pytest.approx(2 * 0.75 / 1.75)
    [fn] = report.false_negatives
    assert (fn.article, fn.event, fn.kind) == ("a2", "e2", "ArtilleryShelling")
    assert fn.evidence.startswith("وقصفت القوات الأميركية")


def test_extra_event_lowers_precision() -> None:
    events = {
        **PERFECT,
        "a2": [*PERFECT["a2"], {"cls": "RocketAttack", "evidence": "قرب الميادين"}],
    }
    report = run(events)
    assert report.recall == 1.0
    assert report.precision == pytest.approx(4 / 5)
    [fp] = report.false_positives
    assert (fp.article, fp.kind, fp.evidence) == ("a2", "RocketAttack", "قرب الميادين")
    assert fp.event == M.event("a2", 3).value


def test_prediction_without_evidence_is_a_false_positive() -> None:
    events = {**PERFECT, "a2": [*PERFECT["a2"], {"cls": "Airstrike"}]}
    [fp] = run(events).false_positives
    assert fp.evidence == "(no evidence span)"


@pytest.mark.parametrize("found", [True, False])
def test_optional_events_are_neutral(found: bool) -> None:
    events = {**PERFECT, "a1": PERFECT["a1"] if found else PERFECT["a1"][:2]}
    report = run(events)
    assert (report.precision, report.recall) == (1.0, 1.0)
    row = report.rows[0]
    assert (row.tp, row.fp, row.fn, row.neutral) == (2, 0, 0, int(found))


def test_one_to_one_assignment() -> None:
    # Two predictions on the same gold event: the larger overlap matches, the other is a FP.
    events = with_changes("a2", 1, evidence="بالمدفعية")
    events["a2"].insert(
        1, {"cls": "ArtilleryShelling", "evidence": A2_E2, "attackers": ["actor/us-forces"]}
    )
    report = run(events)
    assert (report.tp, report.fp, report.fn) == (4, 1, 0)
    assert report.false_positives[0].evidence == "بالمدفعية"
    assert report.attacker_accuracy == 1.0


def evaluate_one(tmp_path: Path, article: str, gold_events: list[tuple[str, str]], predicted: list[dict[str, Any]]) -> EvaluationReport:
    """Score the predictions on one article against gold events given as (kind, evidence)."""
    (tmp_path / "x.txt").write_text(article, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.yaml").write_text(
        'article: "x"\nattack_events:\n'
        + "".join(f'  - {{id: e{n}, kind: {kind}, attacker: [], evidence: "{evidence}"}}\n' for n, (kind, evidence) in enumerate(gold_events, 1)),
        encoding="utf-8",
    )
    return evaluate(gold, [tmp_path / "x.txt"], extract=fake_extractor({"x": predicted}))


def test_shared_evidence_tie_goes_to_the_closest_gold(tmp_path: Path) -> None:
    # Gold e1's evidence contains e2's; a prediction on e2's sentence alone must match e2.
    strike, rockets = "قصفت طائرة أمريكية جماعة مسلحة.", "هاجمت الجماعة قاعدة أمريكية بصاروخ."
    report = evaluate_one(
        tmp_path,
        f"{strike} {rockets}",
        [("Airstrike", f"{strike} {rockets}"), ("RocketAttack", rockets)],
        [{"cls": "RocketAttack", "evidence": rockets}, {"cls": "Airstrike", "evidence": strike}],
    )
    assert (report.tp, report.fp, report.fn) == (2, 0, 0)
    assert report.kind_accuracy == 1.0


def test_an_attack_and_its_interception_in_the_same_words_match_by_kind(tmp_path: Path) -> None:
    article = "أسقطت الدفاعات الجوية طائرة مسيرة كانت متجهة نحو مطار أربيل."
    report = evaluate_one(
        tmp_path,
        article,
        [("DroneAttack", article), ("Interception", article)],
        [{"cls": "Interception", "evidence": article}, {"cls": "DroneAttack", "evidence": article}],
    )
    assert (report.tp, report.fp, report.fn) == (2, 0, 0)
    assert report.kind_accuracy == 1.0


def test_matching_takes_as_many_pairs_as_can_be(tmp_path: Path) -> None:
    # The attack's prediction also holds the interception's words, which a greedy choice of the
    # best-agreeing pair would give the interception, leaving the interception's gold unmatched.
    first = "أعلن الجهاز إسقاط طائرة مسيرة مفخخة كانت تحاول استهداف قاعدة حرير مساء أمس."
    second = "وقال إن الدفاعات الجوية أسقطت الطائرة قبل وصولها."
    third = "وأدانت الحكومة الهجوم ووصفته في بيان بأنه عمل إرهابي يستهدف أمن الإقليم واستقراره."
    report = evaluate_one(
        tmp_path,
        f"{first} {second} {third}",
        [("DroneAttack", first), ("Interception", second)],
        [{"cls": "DroneAttack", "evidence": [first, third]}, {"cls": "Interception", "evidence": [first, second]}],
    )
    assert (report.tp, report.fp, report.fn) == (2, 0, 0)
    assert report.kind_accuracy == 1.0


def test_evidence_pieces_joined_by_ellipsis_each_count() -> None:
    # Evidence on the second piece alone still matches gold a1/e2.
    report = run(with_changes("a1", 1, evidence=A1_E2[1]))
    assert (report.tp, report.fp, report.fn) == (4, 0, 0)


def test_tashkeel_insensitive_evidence() -> None:
    # Gold a2 evidence is bare; the article is vocalised. The prediction quotes the article.
    report = run({"a2": PERFECT["a2"]})
    assert report.rows[1].tp == 2


def test_list_valued_killed_accepts_any() -> None:
    assert run(with_changes("a1", 1, killed=11)).killed_accuracy == 1.0
    report = run(with_changes("a1", 1, killed=5))
    assert report.killed_accuracy == pytest.approx(3 / 4)
    [m] = report.mismatches
    assert (m.gold_event, m.field, m.expected, m.got) == ("e2", "killed", "19 or 11", "5")


def test_killed_and_wounded_mismatches() -> None:
    report = run(with_changes("a1", 0, killed=[], wounded=[6, 7]))
    assert report.killed_accuracy == pytest.approx(3 / 4)
    assert report.wounded_accuracy == pytest.approx(3 / 4)
    assert {m.field for m in report.mismatches} == {"killed", "wounded"}


def test_attacker_alias_and_unknown() -> None:
    # a1/e1 has attacker [] : predicting one is wrong. a2/e1 "Iran-backed militias (suspected)"
    # accepts the IRGC by the alias table.
    events = with_changes("a1", 0, attackers=["actor/iran-backed-militias"])
    events["a2"][0]["attackers"] = ["actor/irgc"]
    report = run(events)
    assert report.attacker_accuracy == pytest.approx(3 / 4)
    [m] = report.mismatches
    assert (m.article, m.gold_event, m.field, m.expected) == ("a1", "e1", "attacker", "none")


def test_wrong_kind_and_date_are_reported() -> None:
    report = run(with_changes("a1", 1, cls="DroneAttack", date="2023-03-24"))
    assert report.kind_accuracy == pytest.approx(3 / 4)
    assert report.date_accuracy == pytest.approx(3 / 4)
    assert report.precision == 1.0  # kind does not decide matching
    fields = {m.field: m for m in report.mismatches}
    assert fields["date"].expected == "2023-03-23" and fields["date"].got == "2023-03-24"
    assert fields["kind"].expected == "Airstrike" and fields["kind"].got == "DroneAttack"


def test_alternative_date_from_notes() -> None:
    assert run(with_changes("a2", 0, date="2023-11-14")).date_accuracy == 1.0
    assert run(with_changes("a2", 0, date="2023-11-15")).date_accuracy == pytest.approx(3 / 4)


def test_labels_from_reference_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    # "SDF" has no alias: it is compared with the @en label, which only the gazetteer holds.
    graph = M.reference_graph("gazetteer")
    sdf = ox.NamedNode(M.base + "actor/sdf")
    monkeypatch.setattr(
        kg.evaluate,
        "reference_quads",
        lambda: [
            quad(sdf, RDFS_LABEL, text("SDF", "en"), graph),
            quad(sdf, RDFS_LABEL, text("قسد", "ar"), graph),
        ],
    )
    article = Article("s", "قصفت قسد مواقع التنظيم.", "s.txt")
    gold = GoldEvent("e1", "ArtilleryShelling", "قصفت قسد مواقع التنظيم", attacker=("SDF",))
    row_events = [{"cls": "ArtilleryShelling", "evidence": "قصفت قسد", "attackers": ["actor/sdf"]}]
    report = EvaluationReport()
    gold_article = kg.evaluate.GoldArticle("s", Path("s.yaml"), (gold,))
    quads = fake_extractor({"s": row_events})(article).quads
    kg.evaluate.score_article(gold_article, article, quads, kg.evaluate.reference_quads(), report)
    assert report.attacker_accuracy == 1.0
    report = EvaluationReport()
    kg.evaluate.score_article(gold_article, article, quads, [], report)
    assert report.attacker_accuracy == 0.0


def test_plain_quad_list_and_extraction_errors() -> None:
    def extract(article: Article) -> Any:
        if article.id == "a2":
            raise KgError("cannot parse")
        return fake_extractor(PERFECT)(article).quads  # a bare list is accepted too

    report = evaluate(GOLD, [ARTICLES], extract=extract)
    assert (report.tp, report.fn) == (2, 2)
    assert report.errors == [f"{ARTICLES / 'a2.txt'}: extraction failed: cannot parse"]


def test_article_input_errors_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    report = evaluate(GOLD, [ARTICLES, tmp_path], extract=fake_extractor(PERFECT))
    assert report.f1 == 1.0
    assert len(report.errors) == 1 and "bad.txt" in report.errors[0]


def test_missing_evidence_piece_warns(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a2.yaml").write_text(
        'article: "a2"\nattack_events:\n  - {id: e1, kind: Airstrike, evidence: "نص غير موجود"}\n',
        encoding="utf-8",
    )
    report = evaluate(gold, [ARTICLES / "a2.txt"], extract=fake_extractor(PERFECT))
    assert (report.tp, report.fp, report.fn) == (0, 2, 1)
    assert len(report.warnings) == 1 and "evidence not found" in report.warnings[0]


def test_default_extractor_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kg.pipeline", None)  # makes the import fail
    with pytest.raises(KgError, match="pipeline is not available"):
        evaluate(GOLD, [ARTICLES])


def test_reference_quads_tolerates_a_missing_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real reference_quads, with data_dir failing
    import kg.resources

    def missing(kind: str) -> Path:
        raise FileNotFoundError(kind)

    monkeypatch.setattr(kg.resources, "data_dir", missing)
    assert kg.evaluate.reference_quads() == []


# -- rendering ---------------------------------------------------------------------------


def test_to_text() -> None:
    out = run(with_changes("a1", 1, killed=5)).to_text()
    lines = out.splitlines()
    assert lines[0].split() == [
        "article",
        "gold",
        "opt",
        "pred",
        "TP",
        "FP",
        "FN",
        "date",
        "killed",
        "attacker",
    ]
    assert lines[1].split() == ["a1", "2", "1", "3", "2", "0", "0", "2/2", "1/2", "2/2"]
    assert any(line.split()[:2] == ["total", "4"] for line in lines)
    assert "event precision    1.000  target >= 0.90  ok" in out
    assert "killed accuracy    0.750  target >= 0.90  BELOW" in out
    assert "wounded accuracy   1.000  (no target)" in out
    assert "articles without gold (not scored): nogold" in out
    assert "a1 e2 ~ " in out and "killed expected 19 or 11, got 5" in out


def test_to_json() -> None:
    data = json.loads(run(with_changes("a1", 1, killed=5)).to_json())
    assert data["totals"]["f1"] == 1.0
    assert data["totals"]["killed"] == 0.75
    assert data["targets"]["recall"] == 0.85
    assert data["unmet_targets"] == ["killed"]
    assert [a["article"] for a in data["articles"]] == ["a1", "a2"]
    assert data["mismatches"][0]["field"] == "killed"
    assert data["gold_without_article"] == ["missing"]


def test_to_markdown() -> None:
    out = run({"a1": PERFECT["a1"]}).to_markdown()
    assert out.startswith(
        "| article | gold | opt | pred | TP | FP | FN | date | killed | attacker |\n| --- |"
    )
    assert "| event recall | 0.500 | >= 0.85 | BELOW |" in out
    assert "### False negatives" in out


def test_empty_report() -> None:
    report = EvaluationReport()
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.date_accuracy is None
    assert "n/a" in report.to_text()
    assert report.unmet_targets() == ["date", "killed", "attacker"]


# -- units -------------------------------------------------------------------------------


def test_split_evidence() -> None:
    assert split_evidence("أ … ب...ج ... د") == ["أ", "ب", "ج", "د"]


def test_locate_evidence_in_order_and_whitespace() -> None:
    article = "هجوم أول.  هجوم   ثان. هجوم أول."
    spans, missing = locate_evidence(article, "هجوم ثان … هجوم أول")
    assert missing == []
    assert [article[s:e] for s, e in spans] == ["هجوم   ثان", "هجوم أول"]
    assert spans[1][0] > spans[0][0]  # the occurrence after the previous piece


def test_locate_evidence_maps_tashkeel_back() -> None:
    article = "واستهدفت أمسِ الثلاثاءِ طائراتٌ مسيّرةٌ قاعدةَ خراب الجير."
    [(s, e)], missing = locate_evidence(article, "طائرات مسيرة قاعدة خراب")
    assert missing == []
    assert article[s:e] == "طائراتٌ مسيّرةٌ قاعدةَ خراب"


def test_locate_evidence_reports_missing_pieces() -> None:
    assert locate_evidence("نص المقال", "نص … غير موجود") == ([(0, 2)], ["غير موجود"])


def _pred(**values: Any) -> PredictedEvent:
    p = PredictedEvent("e")
    for k, v in values.items():
        setattr(p, k, v)
    return p


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ({}, {}, True),
        ({}, {"dates": {"2023-03-23"}}, False),
        ({}, {"earliest": {"2023-03-01"}, "latest": {"2023-03-31"}}, True),
        ({"date": date(2023, 3, 23)}, {"dates": {"2023-03-23"}}, True),
        ({"date": date(2023, 3, 23)}, {"dates": {"2023-03-24"}}, False),
        ({"date": date(2023, 3, 23)}, {}, False),
        ({"date": date(2023, 3, 23)}, {"dates": {"2023-03-23", "2023-03-24"}}, False),
        ({"alternative_dates": (date(2024, 11, 12),)}, {"dates": {"2024-11-12"}}, True),
        ({"alternative_dates": (date(2024, 11, 12),)}, {}, True),
        ({"date_month": "2022-08"}, {}, True),
        ({"date_month": "2022-08"}, {"dates": {"2022-08-20"}}, True),
        ({"date_month": "2022-08"}, {"dates": {"2022-09-01"}}, False),
        ({"date_month": "2022-08"}, {"earliest": {"2022-08-01"}, "latest": {"2022-08-31"}}, True),
        ({"date_month": "2022-08"}, {"earliest": {"2022-07-01"}, "latest": {"2022-08-31"}}, False),
    ],
)
def test_date_correct(gold: dict[str, Any], pred: dict[str, Any], ok: bool) -> None:
    assert date_correct(GoldEvent("e1", "Airstrike", "x", **gold), _pred(**pred)) is ok


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        (None, set(), True),
        (None, {"0"}, False),
        ((0,), {"0"}, True),
        ((0,), set(), False),
        ((3,), {"3"}, True),
        ((19, 6), {"6"}, True),
        ((19, 6), {"7"}, False),
        ((19, 6), {"19", "6"}, False),
        ((5,), {"٥"}, False),  # Arabic-Indic digits are not numeric in the graph
    ],
)
def test_count_correct(gold: tuple[int, ...] | None, pred: set[str], ok: bool) -> None:
    assert count_correct(gold, pred) is ok


def actor(key: str, *english: str) -> Entity:
    return Entity(f"{M.base}actor/{key}", tuple((e, "en") for e in english))


@pytest.mark.parametrize(
    ("gold", "predicted", "ok"),
    [
        ([], [], True),
        ([], [actor("us-forces")], False),
        (["unknown"], [], True),
        (["unknown aircraft"], [actor("us-forces")], False),
        (["militias (unspecified)"], [], True),
        (["US forces"], [actor("us-forces")], True),
        (["US forces"], [actor("centcom")], False),
        (["US forces", "CENTCOM"], [actor("centcom")], True),
        (["us FORCES (suspected)"], [actor("us-forces")], True),
        (["US forces"], [], False),
        (["Iran-backed militias"], [actor("irgc")], True),
        (["IRGC-affiliated groups"], [actor("iran-backed-militias")], True),
        (["IRGC-affiliated militias"], [actor("irgc")], True),
        (["Iran-backed militias (suspected)"], [actor("iran-backed-militias")], True),
        (["Iran-backed militias"], [actor("kataib-hezbollah")], False),
        (["Islamic Resistance in Iraq"], [actor("islamic-resistance-in-iraq")], True),
        (["Kataib Hezbollah and affiliated groups"], [actor("kataib-hezbollah")], True),
        (["US-led coalition"], [actor("cjtf-oir")], True),
        (["US-led coalition"], [actor("us-forces")], True),
        # A force's branch or its army, as gold files name them: the state's forces.
        (["Turkish army"], [actor("turkish-forces")], True),
        (["Israeli Air Force"], [actor("idf")], True),
        (["Royal Jordanian Air Force"], [actor("jordanian-armed-forces")], True),
        (["Turkish army"], [actor("turkish-intelligence")], False),
        # The tribes' fighters, however the gold words them.
        (["Arab tribal fighters"], [actor("arab-tribal-forces")], True),
        (["tribal forces (regime-backed)"], [actor("arab-tribal-forces")], True),
        (["Arab tribal fighters"], [actor("sdf")], False),
        # No alias: the English label decides (case, apostrophes, hyphens ignored).
        (["Kataib Hezbollah"], [actor("kataib-hezbollah", "Kata'ib Hezbollah")], True),
        (["SDF"], [actor("sdf", "SDF")], True),
        (["SDF"], [Entity(f"{M.base}actor/qsd-1a2b3c", (("قسد", "ar"),))], False),
        # Two names joined by a slash: either matches.
        (["PKK/YPG"], [actor("pkk", "PKK")], True),
        (["PKK/YPG"], [actor("ypg", "YPG")], True),
        (["PKK/YPG"], [actor("sdf", "SDF")], False),
    ],
)
def test_attacker_correct(gold: list[str], predicted: list[Entity], ok: bool) -> None:
    assert attacker_correct(gold, predicted) is ok


def _gold_attacked_by(tmp_path: Path, attacker: str, name_en: str, name_ar: str) -> kg.evaluate.GoldEvent:
    """A gold event with one attacker, its entity table giving that attacker's Arabic name."""
    return kg.evaluate.gold_from_dict(
        {
            "article": "a1",
            "attack_events": [{"id": "e1", "kind": "Attack", "evidence": "x", "attacker": [attacker]}],
            "entities": [{"name_en": name_en, "name_ar": name_ar, "type": "ArmedGroup"}],
        },
        tmp_path / "a1.yaml",
    ).events[0]


def test_an_attacker_named_from_context_matches_the_gold_arabic_name(tmp_path: Path) -> None:
    gold = _gold_attacked_by(tmp_path, "Saraya al-Thaar (suspected)", "Saraya al-Thaar", "«سَرايا الثأر»")
    minted = Entity(f"{M.base}actor/sraya-althar-1a2b3c", (("سرايا الثار", "ar"),))
    other = Entity(f"{M.base}actor/lwa-1a2b3c", (("لواء الثار", "ar"),))

    assert gold.attacker_arabic == ("«سَرايا الثأر»",)
    assert attacker_correct(gold.attacker, [minted], gold.attacker_arabic)
    assert not attacker_correct(gold.attacker, [other], gold.attacker_arabic)
    assert not attacker_correct(gold.attacker, [minted])


def test_a_gazetteer_attacker_matches_the_gold_arabic_name_by_any_of_its_spellings(tmp_path: Path) -> None:
    gold = _gold_attacked_by(tmp_path, "clan fighters", "clan fighters", "مقاتلي العشائر العربية")
    labels = (("قوات العشائر", "ar"), ("Arab tribal forces", "en"), ("مقاتلي العشائر العربية", "ar"))
    tribes = Entity(f"{M.base}actor/arab-tribal-forces", labels)
    sdf = Entity(f"{M.base}actor/sdf", (("قوات سوريا الديمقراطية", "ar"), ("SDF", "en")))

    assert attacker_correct(gold.attacker, [tribes], gold.attacker_arabic)
    assert not attacker_correct(gold.attacker, [sdf], gold.attacker_arabic)
    assert not attacker_correct(gold.attacker, [tribes])  # English names differ


def test_predicted_kind_prefers_the_subclass() -> None:
    assert _pred(classes={"Attack", "Airstrike"}).kind == "Airstrike"
    assert _pred(classes={"Attack"}).kind == "Attack"
    assert _pred(classes={"Airstrike", "DroneAttack"}).kind is None


def test_gold_other_is_attack() -> None:
    assert GoldEvent("e1", "Other", "x").event_class == "Attack"


# -- gold files --------------------------------------------------------------------------


def test_load_gold_reads_recursively() -> None:
    gold = load_gold(DATA)  # the articles folder has no YAML; gold/ is found below
    assert sorted(gold) == ["a1", "a2", "missing"]
    e2 = gold["a1"].events[1]
    assert (e2.killed, e2.attacker, e2.date) == ((19, 11), ("US forces",), date(2023, 3, 23))
    assert gold["a1"].events[2].optional and gold["a1"].events[2].date_month == "2022-08"
    assert gold["a2"].events[0].alternative_dates == (date(2023, 11, 14),)
    assert gold["a2"].events[1].alternative_dates == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("article: [unclosed", "not valid YAML"),
        ("- just a list", "must be a mapping"),
        ("article: 1\nattack_events: []", "'article' must be a non-empty string"),
        ('article: "x"\nattack_events: {}', "'attack_events' must be a list"),
        ('article: "x"\nattack_events: [{kind: Airstrike, evidence: "ن"}]', "'id' must be"),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Bombing, evidence: "ن"}]',
            "unknown kind 'Bombing'",
        ),
        ('article: "x"\nattack_events: [{id: e1, kind: Airstrike}]', "'evidence' must be"),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: " … "}]',
            "'evidence' must be",
        ),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: "ن", date: "23 March"}]',
            "'date'",
        ),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: "ن", date_month: 2022-13}]',
            "date_month",
        ),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: "ن", killed: -1}]',
            "'killed'",
        ),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: "ن", wounded: [1, "2"]}]',
            "'wounded'",
        ),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: "ن", attacker: "US"}]',
            "'attacker'",
        ),
        (
            'article: "x"\nattack_events: [{id: e1, kind: Airstrike, evidence: "ن", optional: 1}]',
            "'optional'",
        ),
        (
            'article: "x"\nattack_events:\n  - {id: e1, kind: Airstrike, evidence: "ن"}\n  - {id: e1, kind: Airstrike, evidence: "ن"}',
            "duplicate event id",
        ),
        ('article: "x"\nattack_events: []\nnotes: "e9: 2024-01-01 acceptable."', "unknown event"),
    ],
)
def test_bad_gold_file_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        load_gold(tmp_path)
    assert str(tmp_path / "bad.yaml") in info.value.message


def test_duplicate_article_across_gold_files(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.yaml").write_text(
            'article: "x"\nattack_events: []\n', encoding="utf-8"
        )
    with pytest.raises(InputError, match="already annotated"):
        load_gold(tmp_path)


@pytest.mark.parametrize("make", [lambda p: p / "nope", lambda p: p])
def test_gold_folder_missing_or_empty(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    with pytest.raises(InputError):
        load_gold(make(tmp_path))


def test_null_events_and_missing_article_key(tmp_path: Path) -> None:
    (tmp_path / "018.yaml").write_text("attack_events:\n", encoding="utf-8")
    assert load_gold(tmp_path)["018"].events == ()


def test_doctests() -> None:
    result = doctest.testmod(kg.evaluate)
    assert result.attempted >= 6 and result.failed == 0


def test_the_assignment_has_the_largest_total_weight() -> None:
    """Against every one-to-one matching of small random pair sets."""
    rng = random.Random(7)
    for _ in range(300):
        golds, preds = rng.randint(1, 4), rng.randint(1, 4)
        weights = {(g, p): rng.choice([1.0, 2.5, 4.0]) + rng.random() for g in range(golds) for p in range(preds) if rng.random() < 0.6}
        if not weights:
            continue
        best = 0.0
        for order in itertools.permutations(range(max(golds, preds)), golds):
            best = max(best, sum(weights.get((g, p), 0.0) for g, p in enumerate(order)))
        found = _assign(weights)
        assert len(set(found.values())) == len(found) and all(pair in weights for pair in found.items())
        assert abs(sum(weights[pair] for pair in found.items()) - best) < 1e-9
