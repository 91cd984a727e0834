"""The entity extractor on short handwritten sentences: spelling variants, clitics, homonyms, new names."""

from __future__ import annotations

from datetime import date

import pytest

from kg.article import Article
from kg.extract import Document, run_extractors

ID = "https://w3id.org/conflict-kg/id/"


def extract(text: str) -> Document:
    return run_extractors(Article(id="t", text=text, source="test", published=date(2024, 2, 7)))


def iris(text: str) -> set[str]:
    return {m.iri for m in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("استهدفت مسيرة حقل كونيكو للغاز.", "place/conoco-gas-field"),
        ("استهدفت مسيرة حقل كونوكو للغاز.", "place/conoco-gas-field"),
        ("سقطت قذائف قرب لقاعدة «كونيكو» شرق دير الزور.", "place/conoco-gas-field"),
        ("قصف الطيران مواقع في البوكمال.", "place/albu-kamal"),
        ("قصف الطيران مواقع في البو كمال.", "place/albu-kamal"),
        ("قالت قسد إن الهجوم فشل.", "actor/sdf"),
        ("قالت قوات سوريا الديمقراطية إن الهجوم فشل.", "actor/sdf"),
        ("اتهمت واشنطن الحرس الثوري الإيراني بالوقوف وراء الهجوم.", "actor/irgc"),
        ("اتهمت واشنطن حرس الثورة بالوقوف وراء الهجوم.", "actor/irgc"),
        ("اتّهمت واشنطنُ الحَرَسَ الثَّوْرِيَّ بالوقوف وراء الهجوم.", "actor/irgc"),
        ("استهدفت الميليشيات التابعة لإيران قاعدة التنف.", "actor/iran-backed-militias"),
        ("استهدفت فصائل موالية لإيران قاعدة التنف.", "actor/iran-backed-militias"),
        ("نفّذت القوات الجوية الفضائية الروسية ضربات على مخابئ المسلحين.", "actor/russian-forces"),
        ("شنّ سلاح الجو الروسي غارات على مواقع في البادية.", "actor/russian-forces"),
        ("حيّدت المخابرات التركية قيادياً في التنظيم.", "actor/turkish-intelligence"),
        ("أسقطت مقاتلات تابعة لسلاح الجو الملكي البريطاني طائرات مسيرة.", "actor/uk-forces"),
        ("قصفت الميليشيات الموالية للنظام قرية الحوايج.", "actor/syrian-regime-forces"),
        # Kurdish outlets' spelling
        ("هجوم نسبته أنقرة إلى حزب العمال الكوردستاني.", "actor/pkk"),
        ("سقطت مسيّرة في إقليم كوردستان.", "place/kurdistan-region"),
    ],
)
def test_names_are_found_through_variants_clitics_and_diacritics(text: str, iri: str) -> None:
    assert ID + iri in iris(text)


@pytest.mark.parametrize(
    "text",
    # the movement of traffic, convoys or the displaced after «حركة»
    [f"ولم تتأثر {traffic} بعد سقوط المسيرة." for traffic in ("حركة الملاحة", "حركة السير", "حركة الطيران", "حركة نزوح", "حركة الأرتال")]
    # the kind of an outlet after «وكالة», «قناة»
    + [f"ونشرت {outlet} بياناً عن الهجوم." for outlet in ("وكالة مقرّبة منها", "قناة تلفزيونية", "وكالة رسمية", "وكالة كردية")]
    # the kind of a camp, and a preposition with a common noun («حقل للنفط»: a field for oil)
    + [f"وسقطت القذيفة قرب {camp}." for camp in ("معسكر تدريب", "مخيم نازحين", "حقل للنفط", "مخيم للنازحين")],
)
def test_a_word_after_a_head_that_names_nothing_mints_nothing(text: str) -> None:
    assert iris(text) == set()


def test_a_farmer_hurt_is_no_farms_place() -> None:
    assert [m.label for m in extract("احترق حقل في قرية الهوشان، وأُصيب مزارع بحروق في يديه.").entities] == ["الهوشان"]
    assert [m.label for m in extract("وقصفت المدفعية مزارع الطابية أمس.").entities] == ["الطابية"]


def test_mentions_point_at_the_original_text() -> None:
    text = "اتّهمت واشنطنُ الحَرَسَ الثَّوْرِيَّ بالوقوف وراء الهجوم على لقاعدة «كونيكو»."
    for m in extract(text).entities:
        assert text[m.span.start : m.span.end] == m.label


def test_the_village_and_the_commander_called_mazloum_are_kept_apart() -> None:
    village = iris("قصفت القوات الأمريكية مواقع في قرى مراط ومظلوم وخشام بريف دير الزور.")
    commander = iris("قال قائد قسد مظلوم عبدي إن قواته صدت الهجوم.")
    assert ID + "place/mazloum" in village and ID + "actor/mazloum-abdi" not in village
    assert ID + "actor/mazloum-abdi" in commander and ID + "place/mazloum" not in commander


@pytest.mark.parametrize(
    ("published", "dateline", "forces", "army"),
    [
        (date(2023, 8, 9), "", "syrian-regime-forces", "syrian-arab-army"),
        (date(2026, 1, 24), "", "syrian-government-forces", "syrian-government-forces"),
        (None, "", "syrian-regime-forces", "syrian-arab-army"),
        # No metadata, but a dateline: the day it states.
        (None, "2026.01.24 | 06:43 دمشق\n", "syrian-government-forces", "syrian-government-forces"),
    ],
)
def test_the_syrian_government_forces_are_those_of_the_article_date(published: date | None, dateline: str, forces: str, army: str) -> None:
    text = dateline + "قصفت القوات الحكومية مواقع لقسد قرب قرية الحمرات. وقال الجيش السوري إن قوات الحكومة السورية ردت على مصادر النيران."
    doc = run_extractors(Article(id="t", text=text, source="t.txt", published=published))
    found = [(m.label, m.iri.removeprefix(ID + "actor/")) for m in doc.entities if m.kind == "actor"]
    assert found == [("القوات الحكومية", forces), ("قسد", "sdf"), ("الجيش السوري", army), ("قوات الحكومة السورية", forces)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("قصفت فصائل تابعة للحكومة بالمدفعية منازل المدنيين في ذيبان.", "فصائل تابعة للحكومة"),
        ("قصفت الفصائل المرتزقة التابعة لحكومة دمشق ليلة أمس قرية أم تينة.", "الفصائل المرتزقة التابعة لحكومة دمشق"),
        ("اتهمت قسد فصائل تابعة لوزارة الدفاع في الحكومة السورية بقصف ذيبان.", "فصائل تابعة لوزارة الدفاع في الحكومة السورية"),
        ("وردّت الفصائل الموالية للحكومة السورية على مصادر النيران.", "الفصائل الموالية للحكومة السورية"),
        ("قالت قسد إن القصف مصدره فصائل منضوية في وزارة الدفاع السورية.", "فصائل منضوية في وزارة الدفاع السورية"),
        ("هاجمت قوات موالية للحكومة السورية موقعاً لقسد قرب خشام.", "قوات موالية للحكومة السورية"),
    ],
)
@pytest.mark.parametrize(("published", "forces"), [(date(2025, 10, 8), "syrian-government-forces"), (date(2024, 3, 2), "syrian-regime-forces")])
def test_factions_fighting_for_the_government_are_its_forces_of_the_day(text: str, label: str, published: date, forces: str) -> None:
    doc = run_extractors(Article(id="t", text=text, source="t.txt", published=published))
    assert (label, ID + "actor/" + forces) in [(m.label, m.iri) for m in doc.entities]


@pytest.mark.parametrize(
    ("text", "published", "forces"),
    [
        ("نفّذ الطيران الحربي السوري والروسي فجر اليوم غارات على مواقع في البادية.", date(2023, 9, 16), ["syrian-regime-forces", "russian-forces"]),
        ("نفّذ الطيران الحربي السوري والروسي فجر اليوم غارات على مواقع في البادية.", date(2025, 3, 1), ["syrian-government-forces", "russian-forces"]),
        ("شنّت المقاتلات الأمريكية والبريطانية غارات على مواقع في اليمن.", date(2024, 1, 12), ["us-forces", "uk-forces"]),
    ],
)
def test_a_second_states_forces_named_by_their_nationality_alone_are_found(text: str, published: date, forces: list[str]) -> None:
    doc = run_extractors(Article(id="t", text=text, source="t.txt", published=published))
    assert [m.iri.removeprefix(ID + "actor/") for m in doc.entities if m.kind == "actor"] == forces


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("قصف الطيران التركي قرى في ريف القامشلي.", ["turkish-forces"]),
        # a feminine adjective is not the aviation's: «صناعات الفضاء والطيران التركية» is a company
        ("هاجم مسلحان مقر شركة صناعات الفضاء والطيران التركية في أنقرة.", []),
    ],
)
def test_aviation_named_by_a_nationality_takes_its_masculine(text: str, forces: list[str]) -> None:
    doc = run_extractors(Article(id="t", text=text, source="t.txt", published=date(2024, 10, 24)))
    assert [m.iri.removeprefix(ID + "actor/") for m in doc.entities if m.kind == "actor"] == forces


@pytest.mark.parametrize(("text", "label", "cls"), [("سقطت مسيّرة على رادار في معسكر التاجي شمالي العاصمة.", "التاجي", "Base"), ("وفي مخيم مخمور سقطت قذيفة.", "مخمور", "Settlement")])
def test_a_camp_not_in_the_gazetteer_is_a_base_or_a_settlement(text: str, label: str, cls: str) -> None:
    minted = [(m.label, m.cls) for m in extract(text).entities if not m.known and m.kind == "place"]
    assert minted == [(label, cls)]


def test_a_place_not_in_the_gazetteer_is_minted_from_its_context() -> None:
    doc = extract("قصفت طائرة مسيرة قرية الخريطة بريف دير الزور الغربي.")
    minted = [m for m in doc.entities if not m.known and m.kind == "place"]
    assert [m.label for m in minted] == ["الخريطة"]
    assert minted[0].iri == extract("قصفت طائرة مسيرة قرية الخريطة مجدداً.").entities[0].iri


@pytest.mark.parametrize(
    ("again", "named"),
    [
        ("وبعد ساعات من ضربة العبيدي، سقطت صواريخ على قاعدة عين الأسد.", True),
        ("وشوهدت سيارات إسعاف قرب العبيدي.", True),
        # joined to another attack, the name is that attack's, not this clause's place
        ("ولم تربط الوزارة بين هذه الضربات وهجوم العبيدي.", False),
        # a word that is no cue
        ("وقال إن العبيدي مدينة هادئة.", False),
    ],
)
def test_a_place_minted_from_its_head_word_is_known_without_it_after_an_attack_or_near(again: str, named: bool) -> None:
    doc = extract("استهدف قصف جوي فجر اليوم مقراً قرب ناحية العبيدي غربي الأنبار. " + again)
    mentions = [m for m in doc.entities if m.label == "العبيدي"]
    assert len({m.iri for m in mentions}) == 1
    assert len(mentions) == (2 if named else 1)


@pytest.mark.parametrize(
    "text",
    [
        "دوت انفجارات داخل القاعدة، دون ورود معلومات عن خسائر.",  # a comma after the head word
        "سقطت إحدى القذائف داخل القاعدة وأدت إلى أضرار مادية.",  # a definite head word
        "سقطت طائرة مسيّرة في محيط بلدة الشحيل جنوبي المحافظة، دون أن تسفر عن إصابات.",
    ],
)
def test_no_name_is_minted_after_a_definite_head_word_or_across_a_comma(text: str) -> None:
    minted = [m.label for m in extract(text).entities if not m.known]
    assert "دون" not in minted and "أدت" not in minted


def test_a_generic_group_keeps_the_first_letter_of_its_noun() -> None:
    labels = [m.label for m in extract("هددت فصائل عراقية موالية لإيران بضرب المصالح الأمريكية.").entities]
    assert "فصائل عراقية موالية لإيران" in labels


@pytest.mark.parametrize(
    ("text", "label", "iri"),
    [
        ("قصفت كتائب حزب الله قاعدة عين الأسد. وقتل اثنان من عناصر الكتائب.", "الكتائب", "actor/kataib-hezbollah"),
        ("تبنت الميليشيات الإيرانية الهجوم. ثم أطلقت الميليشيات طائرة مسيّرة.", "الميليشيات", "actor/iran-backed-militias"),
        ("بيان صادر عن المقاومة الإسلامية في العراق: استهدف مجاهدونا قاعدة حرير.", "مجاهدونا", "actor/islamic-resistance-in-iraq"),
    ],
)
def test_a_group_once_named_is_known_by_its_head_noun_alone(text: str, label: str, iri: str) -> None:
    assert (label, ID + iri) in {(m.label, m.iri) for m in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "fighters"),
    [
        ("وقالت حركة النجباء إن مقاتليها استهدفوا قاعدة حرير.", ["مقاتليها"]),
        ("تبنت الكتائب الهجوم. وقالت كتائب حزب الله في بيانها إن مجاهديها أطلقوا صاروخين.", ["مجاهديها"]),
        # not the group's: another sentence, or an actor that is no armed group
        ("تبنت حركة النجباء الهجوم. وقال مسؤول إن عناصرها انسحبوا.", []),
        ("قالت وزارة الدفاع الأمريكية إن عناصرها لم يصابوا.", []),
        ("وقالت القيادة المركزية الأمريكية إن قواتها نفذت ضربات.", ["قواتها"]),
    ],
)
def test_a_groups_fighters_in_the_sentence_naming_it_are_the_group(text: str, fighters: list[str]) -> None:
    doc = extract(text)
    assert [m.label for m in doc.entities if m.label.startswith(("مقاتل", "مجاهد", "عناصر", "قوات"))] == fighters


def test_a_head_noun_qualified_otherwise_is_not_the_group_named_before() -> None:
    doc = extract("قصفت حركة النجباء قاعدة عين الأسد، ونفت الحركة الوطنية أي صلة لها.")
    assert "الحركة" not in {m.label for m in doc.entities}


@pytest.mark.parametrize(
    ("text", "minted"),
    [
        ("استهدفت ضربة جوية عجلة في منطقة المشتل شرقي بغداد.", ["المشتل"]),
        ("قصفت طائرة مقراً في منطقة جرف الملح شمالي بابل.", ["جرف الملح"]),
        ("أُطلقت الصواريخ من منطقة صحراوية قرب القاعدة.", []),
        ("تقع القاعدة في منطقة تعرف بالمثلث الحدودي.", []),
    ],
)
def test_an_area_is_named_after_mintaqa_but_an_adjective_or_verb_is_not(text: str, minted: list[str]) -> None:
    assert [m.label for m in extract(text).entities if not m.known and m.cls == "Region"] == minted


@pytest.mark.parametrize(
    ("text", "minted"),
    [
        ("استهدفت طائرة مسيّرة قاعدة تل بيدر في ريف الحسكة.", [("تل بيدر", "Base")]),
        ("قصفت قوات النظام قرية أم المعزة بريف دير الزور.", [("أم المعزة", "Settlement")]),
        ("سقطت قذيفة قرب قاعدة تل، دون إصابات.", []),  # «تل» alone names nothing
        ("استهدفت الغارة بلدة العريشة بريف الحسكة.", [("العريشة", "Settlement")]),  # «بريف» is the next phrase
        # in a list, after «و»
        ("قصف الجيش التركي قرى أم الكيف وتل جمعة بريف تل تمر.", [("أم الكيف", "Settlement"), ("تل جمعة", "Settlement")]),
    ],
)
def test_a_name_opening_with_tall_or_umm_is_minted_with_its_second_word(text: str, minted: list[tuple[str, str]]) -> None:
    assert [(m.label, m.cls) for m in extract(text).entities if not m.known] == minted


def test_umm_al_rashrash_is_eilat_in_israel() -> None:
    assert ID + "place/eilat" in iris("أعلنت المقاومة استهداف هدف حيوي في أم الرشراش بطائرة مسيّرة.")


def test_our_fighters_in_a_statement_are_the_speakers_not_a_group_it_names_on_the_way() -> None:
    doc = extract(
        "وقالت المقاومة الإسلامية في العراق في بيان: \"رداً على العدوان على أبناء الحشد الشعبي في القائم، "
        "استهدف مجاهدونا قاعدة الاحتلال في الشدادي بالصواريخ\"."
    )
    assert [m.iri for m in doc.entities if m.label == "مجاهدونا"] == [ID + "actor/islamic-resistance-in-iraq"]


def test_a_head_word_after_a_head_word_takes_the_name() -> None:
    text = "تعرضت قرى ناحية زركان صباح اليوم لقصف تركي."
    assert [(m.label, m.cls) for m in extract(text).entities if not m.known] == [("زركان", "Region")]


@pytest.mark.parametrize("head", ["بحي", "وبحي", "فحي"])
def test_a_short_head_word_takes_its_name_after_a_clitic(head: str) -> None:
    text = f"استهدفت طائرة مسيّرة سيارة في أحد الشوارع الرئيسية {head} المشتل ليلاً."
    assert [(m.label, m.cls) for m in extract(text).entities if not m.known] == [("المشتل", "Settlement")]


@pytest.mark.parametrize("adjective", ["مقابلة", "مجاورة", "متفرقة"])
def test_an_adjective_after_a_plural_head_word_is_no_name(adjective: str) -> None:
    text = f"ردت القوات الأمريكية بقصف مدفعي على قرى {adjective} لنهر الفرات."
    assert [m.label for m in extract(text).entities if not m.known] == []


@pytest.mark.parametrize("lead", ["واصلت فصائل", "وواصلت الطائرات قصفها، وفصائل", "كما تبنّت فصائل"])
def test_the_factions_alone_are_the_group_named_after_factions_clitics_and_all(lead: str) -> None:
    doc = extract(f"{lead} «المقاومة الإسلامية في العراق» استهداف القواعد.\nوقالت الفصائل إنها أصابت أهدافها.")
    factions = [m for m in doc.entities if m.label == "الفصائل"]
    assert [m.iri for m in factions] == [ID + "actor/islamic-resistance-in-iraq"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قصفت قوات النظام بلدتي ذيبان والشحيل وقرية قرب البصيرة.", ["dhiban", "al-shuhayl", "al-busayrah"]),
        ("استهدفت مسيّرة تركية سيارة قرب سد تشرين جنوب شرقي منبج.", ["tishreen-dam", "manbij"]),
        ("سقطت صواريخ على مطار بغداد الدولي بعد قصف في جرف الصخر.", ["baghdad-airport", "jurf-al-sakhar"]),
        # names that are also words, known only with their head word
        ("أظهرت الصور حجم الدمار في الطبقة السياسية، وفتح الباب للتكهنات.", []),
        ("قصفت طائرة مسيّرة مدينة الطبقة وبلدة الصور.", ["al-tabqa", "al-sur"]),
    ],
)
def test_towns_of_the_conflict_are_known_places(text: str, place: list[str]) -> None:
    assert [m.iri.split("/")[-1] for m in extract(text).entities if "/place/" in m.iri] == place


def test_a_local_page_named_after_its_place_is_no_mention_of_the_place() -> None:
    assert not [m for m in extract("وقال مصدر محلي لـ«البصيرة الآن» إن المهاجمين فرّوا.").entities if "/place/" in m.iri]
    assert [m.iri.split("/")[-1] for m in extract("وقال مصدر محلي إن البصيرة الآن تحت حظر التجوال.").entities] == ["al-busayrah"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ما أدى إلى استشهاد رفيقينا المقاتلين جودي عفرين وآزاد كوباني.", []),
        ("نعت القوات الشهيد روني منبج.", []),
        ("قصفت مسيّرة مقاتلين في عفرين وقتلت مقاتلاً قرب منبج.", ["afrin", "manbij"]),
    ],
)
def test_a_fighter_named_after_a_town_is_no_mention_of_the_town(text: str, places: list[str]) -> None:
    assert [m.iri.split("/")[-1] for m in extract(text).entities if "/place/" in m.iri] == places


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("وبعدها الأمن العام ردّ على مصادر النيران.", ["syrian-general-security"]),
        ("مقتل عنصرين من #الأمن_العام على طريق الميادين.", ["syrian-general-security"]),
        ("وقال الأمن العام اللبناني إن الحدود مغلقة.", []),
        ("وقالت مصادر في جهاز الأمن العام السوري إن الحاجز استُهدف.", ["syrian-general-security"]),
    ],
)
def test_general_security_is_syrias_unless_another_country_is_named(text: str, actors: list[str]) -> None:
    assert [m.iri.split("/")[-1] for m in extract(text).entities if "/actor/" in m.iri] == actors
