"""The event extractor's rules, each on a short article written in the style of the reports.

Every article here is made up for the rule it tests; none is copied from the evaluation corpus.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kg.arabic import normalize
from kg.article import Article
from kg.extract import Document, Event, run_extractors

ID = "https://w3id.org/conflict-kg/id/"
US = ID + "actor/us-forces"
MILITIAS = ID + "actor/iran-backed-militias"


def extract(text: str, published: date | None = date(2024, 2, 7)) -> Document:
    return run_extractors(Article(id="t", text=text, source="test", published=published))


def events(text: str, published: date | None = date(2024, 2, 7)) -> list[Event]:
    return extract(text, published).events


def only(text: str, published: date | None = date(2024, 2, 7)) -> Event:
    found = events(text, published)
    assert len(found) == 1, [e.cls for e in found]
    return found[0]


def killed(ev: Event) -> set[int]:
    return {c.count for c in ev.claims if c.status == "Killed"}


def wounded(ev: Event) -> set[int]:
    return {c.count for c in ev.claims if c.status == "Wounded"}


# -- what counts as an attack, and its class ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("استهدفت طائرات مسيّرة أمس الثلاثاء قاعدة حقل كونيكو في ريف دير الزور.", "DroneAttack"),
        ("شنت مقاتلات أمريكية غارات جوية فجر اليوم على مواقع في البوكمال.", "Airstrike"),
        ("سقطت ثلاثة صواريخ على قاعدة حقل العمر النفطي مساء أمس.", "RocketAttack"),
        ("أفادت مصادر محلية بأن حوالي 12 هجوماً صاروخياً استهدف قاعدة الشدادي ليلة أمس.", "RocketAttack"),
        ("قصفت قوات النظام بالمدفعية الثقيلة قرية الجفرة صباح اليوم.", "ArtilleryShelling"),
        ("أشار المرصد مساء أمس إلى سقوط خمسة صواريخ في محيط قاعدة حقل العمر.", "RocketAttack"),
        ("أفاد مصدر أمني بسقوط صاروخين داخل قاعدة عين الأسد فجر اليوم.", "RocketAttack"),
        ("شنّت مقاتلات أميركية فجر اليوم سلسلة غارات على مواقع في البوكمال.", "Airstrike"),
        # the strike of a state striking here from the air
        ("وجاء الهجوم بعد أسبوعين على الضربة الأمريكية التي استهدفت في الرابع من كانون الثاني مقراً لحركة النجباء في بغداد.", "Airstrike"),
        # aircraft killing: a strike
        ("اغتالت طائرة مسيّرة أميركية مساء أمس قيادياً في «كتائب حزب الله» شرقي بغداد.", "Airstrike"),
    ],
)
def test_an_attack_report_makes_one_event_of_its_class(text: str, cls: str) -> None:
    assert only(text).cls == cls


@pytest.mark.parametrize(
    "text",
    [
        # threats and warnings
        "توعدت الميليشيات الموالية لإيران بشن هجمات جديدة على القواعد الأمريكية في سوريا.",
        "حذرت واشنطن من أنها سترد على أي هجوم يستهدف قواتها في قاعدة التنف.",
        # reinforcements and exercises
        "وصلت تعزيزات عسكرية أمريكية إلى قاعدة الشدادي بريف الحسكة أمس.",
        # cumulative tallies
        "تعرضت القوات الأمريكية لما لا يقل عن 150 هجوماً منذ 17 أكتوبر في العراق وسوريا.",
        "أعلنت وزارة الدفاع الأمريكية أن قواتها في الشرق الأوسط تعرضت لـ 206 هجمات من قبل ميليشيات تدعمها إيران.",
        # habits, not one attack
        "في عدة مناسبات، اعترف التحالف الدولي بشن ضربات في شرق سوريا ضد مقاتلين موالين لإيران.",
        # denials
        "قال البنتاغون إن القوات الأمريكية لم تشن أي ضربات في دير الزور هذا الأسبوع.",
        # attacks in general, and the parts of a tally
        "الجماعات المسلحة المدعومة من إيران شنت عدة هجمات على القوات الأمريكية في العراق وسوريا مؤخراً.",
        "قال المسؤول إن المواقع اختيرت لأن الحرس الثوري يخزن فيها الذخائر التي استخدمت في الضربات ضد القواعد الأمريكية.",
        "وقال المتحدث إن الضربات جاءت رداً على تصاعد الهجمات ضد القوات الأمريكية في سوريا.",
        "لكن خلال الأيام القليلة الماضية بدأت الولايات المتحدة في توجيه ضربات للميليشيات في دير الزور.",
        "وقع 19 هجوماً على القوات الأمريكية في العراق وسوريا منذ 17 أكتوبر، بما في ذلك ثلاث هجمات جديدة يوم الخميس.",
        "وتتعرض القواعد الأمريكية في سوريا بشكل متكرر لهجمات بالصواريخ والطائرات المسيّرة.",
        "وتتعرض قاعدة التنف لهجمات متكررة بالطائرات المسيرة.",
        "وشنت الفصائل سلسلة هجمات على قاعدة الشدادي.",
        # denials of any part in attacks
        "فيما تنفي طهران أي صلة لها بالهجمات على قاعدة حقل كونيكو.",
        # a denied attack, and a possibility in quotes
        (
            "نفى جهاز مكافحة الإرهاب في إقليم كردستان، اليوم الخميس، الأنباء التي تداولتها مواقع التواصل عن تعرض "
            "قاعدة حرير الجوية شمال أربيل لهجوم بطائرة مسيّرة مساء أمس."
        ),
        'ويرى الباحث أن الميليشيات "قد تعود إلى استهداف القواعد في أي وقت"، مرجحاً ضربات محدودة.',
        # more habits
        "ويتعرض الوجود الأمريكي في العراق وسوريا لهجمات شبه يومية تبنت معظمها فصائل عراقية.",
        "فيما تكتفي القوات الأمريكية غالباً بالرد عبر القصف المدفعي على مواقع الميليشيات.",
        "ويرجّح ناشطون أن تكون الطائرات إسرائيلية، إذ دأبت إسرائيل على استهداف شحنات الأسلحة.",
        # security campaigns, and attacks counted since long ago
        "وتشن قوات سوريا الديمقراطية بدعم من التحالف الدولي حملة أمنية في ريف دير الزور الشرقي منذ مطلع أيار.",
        "وبحسب إحصائية، قُتل 23 عنصراً من قسد في هجمات لخلايا داعش في دير الزور منذ مطلع العام الجاري.",
        # a condemned aggression, no attack told
        "وأدانت الحكومة العراقية «الاعتداء السافر» على السيادة، معتبرةً أنه تقويض للتفاهمات.",
        # reports denied, a day without attacks, a count of times, attacks planned
        "ونفى التحالف الدولي في بيان الأنباء التي تداولتها حسابات محلية عن استهداف قاعدة الشدادي بطائرة مسيّرة مساء أمس.",
        "ونفت خلية الإعلام الأمني ما تداولته مواقع التواصل عن سقوط صواريخ على قاعدة عين الأسد.",
        "الأربعاء: مرّ اليوم في ريف دير الزور دون تسجيل هجمات.",
        "ومنذ مطلع العام الجاري، استهدفت إسرائيل مواقع في الأراضي السورية أكثر من 70 مرة.",
        "وقالت القيادة إن القيادي كان مسؤولاً عن التخطيط لهجمات ضد قوات التحالف في سوريا.",
        # an attack going on as a practice, with no day
        'وقال المتحدث إن "الميليشيات تواصل استهداف قرانا في خرق واضح للهدنة".',
        # preparing to launch, an anniversary, what is not wanted, a tally of the year, strikes feared
        "وكانت المجموعة تستعد لإطلاق طائرة مسيّرة هجومية نحو قاعدة حقل العمر.",
        "تمر هذه الأيام الذكرى الأولى لهجوم أودى بحياة جنود أمريكيين في الأردن.",
        "إن المطلوب اليوم ليس ضربة انتقامية أخرى في البوكمال بل انسحاب منظم.",
        "وقتل منذ مطلع العام الجاري 45 عنصراً من قوات النظام في هجمات لخلايا التنظيم في البادية.",
        "أخلت الميليشيات مقراتها في حي الجمعيات بالميادين خشية ضربات جديدة.",
        # an aggression without its day is one told before
        "وحمّلت الوزارة المسؤولية عن العدوان الذي شنّه طيران الاحتلال الأمريكي.",
        # shelling day after day or going on, a question, a tally in words
        "وتتعرض قرى ريف تل تمر بشكل شبه يومي لقصف جيش الاحتلال التركي ومرتزقته.",
        "ويقول الأهالي إن القصف المتواصل دفع عشرات العائلات إلى النزوح نحو مدينة الحسكة.",
        "بعد عامين على «حرب القواعد»: هل طُويت صفحة هجمات الفصائل على القوات الأمريكية في سوريا",
        "وأحصت وزارة الدفاع الأمريكية ما يزيد على مئة وخمسين هجوماً على قواتها في العراق وسوريا.",
        # a warning, an attack alleged and denied in the same breath
        'بعد أيام من تحذيرات أطلقتها فصائل عراقية من "استهداف المصالح الأمريكية في المنطقة".',
        'وكانت حسابات مقربة من الفصائل قد ادّعت أمس استهداف قاعدة التنف بطائرة مسيّرة، وهو ما نفاه مسؤول أمريكي.',
        # a drill simulating an attack, the pace of attacks, what is left of a drone
        "ونفذ الجيش أمس تمريناً بالذخيرة الحية في صحراء الأنبار تضمّن محاكاة للتصدي لهجوم على منشأة حيوية.",
        "شهد الأسبوع أعلى وتيرة للهجمات على القوات الأمريكية في العراق وسوريا منذ شباط الماضي.",
        "وعثر الأهالي صباح اليوم على بقايا طائرة مسيّرة سقطت قرب بلدة الرويشد.",
        # the series of attacks a statement goes on to list
        "أصدرت وزارة الداخلية، صباح اليوم، بياناً بشأن سلسلة الهجمات بالطائرات المسيّرة التي استهدفت الإقليم خلال الساعات الماضية.",
    ],
)
def test_threats_reinforcements_tallies_habits_and_denials_are_not_events(text: str) -> None:
    assert events(text) == []


def test_an_attack_claimed_whose_toll_is_denied_is_still_an_attack() -> None:
    ev = only("زعمت الفصائل أنها استهدفت قاعدة التنف بطائرة مسيّرة أمس، ونفى مسؤول أمريكي وقوع إصابات.")
    assert ev.cls == "DroneAttack"


def test_a_possibility_about_casualties_does_not_cancel_the_attack() -> None:
    ev = only(
        "واستهدفت القوات الأمريكية ليل الاثنين مواقع للميليشيات الإيرانية في قرية مراط، "
        "ما أدى لإصابة ستة مدنيين، مع احتمال وقوع قتلى في صفوف الميليشيات."
    )
    assert ev.attackers == [US]
    assert wounded(ev) == {6}


def test_the_attack_words_own_class_beats_a_craft_named_before_it_in_the_clause() -> None:
    found = events(
        "استهدفت طائرة مسيرة، مساء الخميس، مستودعاً في قاعدة خراب الجير.\n"
        'وقال البنتاغون إن الطائرة بدون طيار "إيرانية الصنع"، وإن الوزير أذن بشن ضربات جوية ضد منشآت تستخدمها مجموعات '
        "تابعة للحرس الثوري.",
        date(2023, 3, 25),
    )
    assert [e.cls for e in found] == ["DroneAttack", "Airstrike"]


# -- several reports of one attack, and attacks kept apart -------------------------------------


def test_two_sentences_about_the_same_attack_make_one_event() -> None:
    ev = only(
        "استهدفت طائرة مسيرة أمس الثلاثاء قاعدة خراب الجير في الحسكة. "
        "وقال مصدر محلي إن الطائرة المسيرة أصابت مستودعاً داخل القاعدة."
    )
    assert ev.date == date(2024, 2, 6)


@pytest.mark.parametrize(
    ("text", "cls", "dead"),
    [
        # shells told again with only where they were fired from
        (
            (
                "سقطت قذائف هاون قرب السفارة الأمريكية في المنطقة الخضراء وسط بغداد فجر اليوم الأربعاء. "
                "وقال مصدر أمني إن سبع قذائف هاون أُطلقت من منطقة الزعفرانية، فيما تصدّت منظومة الدفاع لعدد منها، "
                "مبيناً أن القصف لم يسفر عن إصابات بشرية."
            ),
            "ArtilleryShelling",
            {0},
        ),
        # areas and quarters the gazetteer lacks are no place apart from the town
        (
            (
                "قُتل مدنيان فجر اليوم الأربعاء جراء عدوان جوي أمريكي استهدف موقعين في محيط مدينة البوكمال. "
                "وأوضح المصدر أن طيران الاحتلال الأمريكي أغار نحو الساعة الرابعة فجراً على مستودع زراعي في منطقة الحزام "
                "ومبنى سكني على أطراف حي الجمعيات."
            ),
            "Airstrike",
            {2},
        ),
    ],
)
def test_a_sources_fuller_account_of_the_attack_just_told_is_that_attack(text: str, cls: str, dead: set[int]) -> None:
    ev = only(text)
    assert (ev.cls, ev.date, killed(ev)) == (cls, date(2024, 2, 7), dead)


def test_a_toll_of_the_strikes_goes_to_the_strikes_told_last_by_that_word() -> None:
    strike, earlier = events(
        "اغتالت طائرة مسيّرة أميركية مساء أمس القيادي في «كتائب حزب الله» أبو باقر بعدما استهدفت سيارته شرقي بغداد. "
        "وجاء الاغتيال بعد خمسة أيام من الغارات الأميركية التي طالت ليل الجمعة الماضي 85 هدفاً في العراق وسوريا. "
        "وأعلنت القيادة المركزية يومها أن طائراتها استخدمت 125 ذخيرة، فيما قالت الحكومة العراقية إن الغارات خلّفت 16 شهيداً."
    )
    assert (strike.date, killed(strike)) == (date(2024, 2, 6), {1})
    assert (earlier.date, killed(earlier)) == (date(2024, 2, 2), {16})


def test_strikes_named_by_their_side_after_the_attack_they_answered_are_that_sides_strikes() -> None:
    strikes, attack = events(
        "أعلنت وزارة الدفاع التركية، الخميس، أن القوات المسلحة التركية دمّرت 32 هدفاً لتنظيم \"بي كي كي\" في محيط القامشلي، "
        "في غارات جوية نُفّذت مساء أمس الأربعاء، رداً على الهجوم الإرهابي الذي استهدف مقر شركة صناعات الفضاء والطيران التركية. "
        "وكان مسلحان قد هاجما مقر الشركة في أنقرة بعد ظهر الأربعاء، ما أسفر عن مقتل 4 أشخاص. "
        "في المقابل، زعمت وسائل إعلام مقربة من التنظيم أن الغارات التركية أسفرت عن مقتل 12 مدنياً في شمالي سوريا، "
        # what they said the strikes hit, told on with «وأنها»: the strikes, not the attack told before
        "وأنها استهدفت مخابز ومحطات كهرباء، وهي مزاعم دأب التنظيم على ترويجها.",
        date(2024, 10, 24),
    )
    assert (strikes.cls, strikes.attackers, killed(strikes)) == ("Airstrike", [TURKEY], {12})
    assert (attack.attackers, killed(attack)) == ([], {4})


def test_then_opens_another_attack_with_its_own_day_and_goes_on_with_the_same_one_without() -> None:
    drones, strikes = events(
        "وفي 26 كانون الثاني الماضي استهدفت طائرتان مسيّرتان قاعدة حقل العمر النفطي دون تسجيل إصابات، "
        "ثم ضربت طائرات أمريكية فجر 27 من الشهر نفسه منشأتين قرب البوكمال."
    )
    assert (drones.cls, drones.date, strikes.cls, strikes.date) == ("DroneAttack", date(2024, 1, 26), "Airstrike", date(2024, 1, 27))
    ev = only(
        "قُتل أربعة عناصر ليل السبت بهجوم نفذه مسلحون على حاجز للأمن العام في الميادين. "
        "وقال مصدر إن المهاجمين أطلقوا النار من أسلحة رشاشة، ثم ألقوا قنبلة يدوية على غرفة الحاجز قبل أن يلوذوا بالفرار "
        "باتجاه بلدة القورية."
    )
    assert (ev.date, killed(ev)) == (date(2024, 2, 3), {4})


def test_an_attack_answered_made_definite_by_what_it_struck_is_the_one_told_before() -> None:
    shelling, drones = events(
        "قُتل مدنيان بقصف مدفعي مصدره مواقع قسد استهدف مساء الاثنين حيّي الجورة والقصور في مدينة دير الزور. "
        "ورداً على قصف الأحياء السكنية، استهدف الجيش ليل الاثنين – الثلاثاء بطائرات مسيّرة مواقع لقسد في بلدة الحسينية."
    )
    assert (shelling.cls, drones.cls, drones.in_response_to) == ("ArtilleryShelling", "DroneAttack", [0])
    # one told in full, with its striker and target, is an attack of its own
    strikes, answered = events(
        "شنّت طائرات أمريكية فجر اليوم غارات على مواقع في البوكمال، ردّاً على استهداف الميليشيات الإيرانية لقاعدة حقل كونيكو "
        "بطائرات مسيّرة."
    )
    assert (strikes.cls, answered.cls, strikes.in_response_to) == ("Airstrike", "DroneAttack", [1])


def test_a_count_raised_before_another_raised_after_it_keeps_its_own_kind() -> None:
    ev = only(
        "هاجم مسلحان مقر شركة في أنقرة بعد ظهر الثلاثاء، ما أسفر عن مقتل 4 أشخاص وإصابة 14 آخرين. "
        "وأعلن وزير الصحة في وقت لاحق ارتفاع عدد الشهداء إلى 5 والمصابين إلى 22."
    )
    assert (killed(ev), wounded(ev)) == ({4, 5}, {14, 22})


def test_the_toll_after_an_attack_answered_told_anew_with_its_day_is_that_attacks() -> None:
    answer, attack = events(
        "ردّت وحدات الجيش فجر اليوم على مصادر إطلاق المسيّرات في محيط بلدة دير حافر، وذلك رداً على استهداف "
        "قسد نقاطاً للجيش في قرية رسم الأحمر أمس الثلاثاء بطائرات مسيّرة انتحارية، ما أدى إلى استشهاد ثلاثة جنود."
    )
    assert (answer.date, killed(answer), attack.date, killed(attack)) == (date(2024, 2, 7), set(), date(2024, 2, 6), {3})
    # an attack only pointed at («رداً على الاعتداء الذي ...») leaves the toll to the answer
    strikes = events(
        "نفّذت طائرات عراقية فجر اليوم ضربات على أوكار لداعش في وادي الشاي \"رداً على الاعتداء الذي تعرضت له قطعاتنا "
        "مساء أمس\"، مؤكدة أن الضربات أسفرت عن قتل 4 إرهابيين."
    )[0]
    assert killed(strikes) == {4}


def test_a_revised_toll_joins_the_attack_and_keeps_its_date() -> None:
    ev = only(
        "شنت طائرات أمريكية أمس الثلاثاء غارات جوية على مواقع لميليشيات موالية لإيران في البوكمال، "
        "ما أسفر عن مقتل 6 عناصر. "
        "وارتفعت اليوم الأربعاء حصيلة قتلى الغارات الأمريكية إلى 19 قتيلاً، بحسب المرصد السوري لحقوق الإنسان."
    )
    assert ev.date == date(2024, 2, 6)
    assert killed(ev) == {6, 19}


def test_more_victims_reported_in_other_words_stay_with_the_attack() -> None:
    ev = only(
        "قتل ستة مقاتلين موالين لإيران في غارات جوية أمريكية على مستودع أسلحة في مدينة دير الزور ليل الخميس. "
        "وأضاف المرصد أن خمسة مقاتلين آخرين قتلوا في قصف على مواقع قرب الميادين."
    )
    assert ev.cls == "Airstrike"
    assert killed(ev) == {6, 11}  # five others than the six: eleven in all


def test_an_attack_after_the_mentioned_ones_is_a_new_event() -> None:
    found = events(
        "قتل 11 عنصراً من الميليشيات في غارات جوية أمريكية على دير الزور يوم الخميس. "
        "وسقطت صواريخ يوم السبت على قاعدة حقل العمر النفطي. "
        "وقال المرصد إنه بعد الهجمات المذكورة، شن الطيران الأمريكي غارات جوية على نقاط عسكرية في الميادين."
    )
    assert [e.cls for e in found] == ["Airstrike", "RocketAttack", "Airstrike"]


def test_the_attack_answered_is_its_own_event_with_its_own_casualties() -> None:
    strike, drone = events(
        "قتل 11 مقاتلاً موالياً لإيران في غارات جوية أمريكية شرقي سوريا ليل الخميس، "
        "رداً على هجوم بطائرة مسيرة أسفر عن مقتل متعاقد أمريكي وإصابة خمسة جنود. "
        "وقال البنتاغون إن هجوم الطائرة المسيرة وقع ظهر الخميس ضد قاعدة قرب الحسكة."
    )
    assert (strike.cls, drone.cls) == ("Airstrike", "DroneAttack")
    assert killed(strike) == {11} and wounded(strike) == set()
    assert killed(drone) == {1} and wounded(drone) == {5}
    assert strike.in_response_to == [1]


def test_the_strikes_named_again_in_the_next_sentence_are_the_strikes_just_named() -> None:
    strike, drone = events(
        "نفّذت القوات الأمريكية فجر اليوم ضربات على ثلاث منشآت لكتائب حزب الله قرب الحلة. "
        "وأعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة الشدادي بطائرة مسيّرة فجر اليوم. "
        "وتدين الحكومة العراقية الضربات الأمريكية وتصفها بأنها عمل عدائي. "
        "وقال الناطق العسكري إن الضربات أسفرت عن مقتل منتسب في الحشد الشعبي وإصابة 18 آخرين.",
        date(2023, 12, 26),
    )
    assert (strike.cls, drone.cls) == ("Airstrike", "DroneAttack")
    assert killed(strike) == {1} and wounded(strike) == {18}  # «الضربات» = «الضربات الأمريكية»
    assert killed(drone) == set() and wounded(drone) == set()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "استهدفت الميليشيات قاعدة الشدادي في الحسكة بخمسة صواريخ. "
            "وكانت جماعة مسلحة قد قصفت قاعدة عين الأسد في العراق بصاروخ باليستي.",
            id="an attack in Iraq is not one in Syria",
        ),
        pytest.param(
            "تبنت «المقاومة الإسلامية في العراق» قصف قاعدة خراب الجير بالصواريخ. "
            "كما أعلنت «المقاومة الإسلامية في العراق» قصف قاعدة قرب مدينة الشدادي بالصواريخ.",
            id="the same group attacking another base",
        ),
        pytest.param(
            "تبنت «المقاومة الإسلامية في العراق» مساء أمس استهداف قاعدة التنف بطائرة مسيّرة. "
            "كما أعلنت مساء أمس استهداف هدف حيوي في أم الرشراش بطائرة مسيّرة.",
            id="a town of Israel under the name the axis gives it",
        ),
        pytest.param(
            "نفذت القوات الأمريكية يوم الثلاثاء ضربة جوية على موقع قرب مدينة البوكمال. "
            "وفي وقت سابق يوم الثلاثاء، استهدفت طائرة مسيّرة قاعدة تل بيدر في محافظة الحسكة.",
            id="the same day in two places, one side's strike and an attack of no known side",
        ),
    ],
)
def test_attacks_in_different_places_stay_apart(text: str) -> None:
    assert len(events(text)) == 2


def test_different_weekdays_keep_attacks_apart_without_a_publication_date() -> None:
    found = events(
        "قصفت القوات الأمريكية ليل الاثنين مواقع للميليشيات الإيرانية في قرية الجفرة. "
        "وكانت القوات الأمريكية قد قصفت خلال الأسبوع الفائت مواقع للميليشيات الإيرانية في قرية حطلة.",
        published=None,
    )
    assert len(found) == 2


def test_an_attack_first_named_in_passing_takes_its_full_report() -> None:
    strike, attack = events(
        "نفذ الجيش الأمريكي ضربات انتقامية أمس الثلاثاء في العراق بعد هجوم شنه مسلحون وأسفر عن إصابة 3 جنود أمريكيين. "
        "وقال وزير الدفاع إن الضربات جاءت رداً على سلسلة هجمات، بما في ذلك هجوم شنته كتائب حزب الله على قاعدة أربيل الجوية."
    )
    assert strike.attackers == [US]
    assert attack.attackers == [ID + "actor/kataib-hezbollah"]
    assert ID + "place/erbil-air-base" in attack.targets
    assert wounded(attack) == {3}


# -- roles -------------------------------------------------------------------------------------


def test_a_dateline_and_a_patron_country_are_not_where_it_happened() -> None:
    ev = only("(بيروت) قتل 4 مقاتلين موالين لإيران في غارات جوية أمريكية على الميادين ليل الخميس.")
    assert ID + "place/lebanon" not in ev.locations and ID + "place/beirut" not in ev.locations
    assert ID + "place/iran" not in ev.locations
    assert ID + "place/al-mayadin" in ev.locations


def test_a_capital_naming_its_government_is_not_where_it_happened() -> None:
    """«وزارة الدفاع في حكومة دمشق»: the government; the region of «حكومة إقليم كردستان» is still a place."""
    ev = only("قالت وزارة الدفاع في حكومة دمشق إن قواتها قصفت مواقع لقسد قرب قرية أم تينة مساء أمس.", date(2025, 8, 12))
    assert ID + "place/damascus" not in ev.locations
    ev = only("أعلنت حكومة إقليم كردستان أن طائرة مسيّرة مفخخة سقطت على حقل كورمور مساء أمس.")
    assert ID + "place/kurdistan-region" in ev.locations


def test_the_aircraft_nationality_names_the_attacker() -> None:
    ev = only("أكد مصدر عسكري مقتل 3 عناصر جراء غارتين نفذتهما طائرات أميركية ضد موقعين في بلدة الصالحية.")
    assert ev.attackers == [US]


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت طائرة مسيّرة تابعة لدولة الاحتلال التركي، اليوم الجمعة، سيارة قرب القامشلي.",
        "مسيّرة للاحتلال التركي تستهدف سيارة في ريف القامشلي اليوم.",
        # two of them, in the dual
        "استهدفت طائرتان مسيّرتان انتحاريتان تابعتان للجيش التركي، صباح أمس الثلاثاء، مقراً غرب قضاء كويه.",
    ],
)
def test_the_owner_of_the_aircraft_is_the_attacker(text: str) -> None:
    ev = only(text)
    assert ev.attackers == [ID + "actor/turkish-forces"]
    assert ev.targets == []


def test_the_coalition_owning_the_drone_of_a_strike_is_its_attacker() -> None:
    ev = only("قتلت غارة لطائرة مسيّرة تابعة للتحالف الدولي قيادياً في التنظيم قرب الشحيل اليوم.")
    assert ID + "actor/cjtf-oir" in ev.attackers and ev.targets == []


def test_the_men_who_laid_an_ambush_belong_to_the_attacker() -> None:
    ev = only('قُتل عشرون جندياً في كمين نصبه عناصر من تنظيم "الدولة الإسلامية" لحافلة قرب الميادين اليوم.')
    assert ev.attackers == [ID + "actor/isis"] and ev.targets == []


def test_the_group_hit_by_a_shelling_is_not_its_attacker() -> None:
    ev = only("مقتل مقاتلَين من قسد بقصف مسيّرة تركية استهدف عربتهما قرب كوباني اليوم.")
    assert ev.attackers == [ID + "actor/turkish-forces"]


def test_a_strike_by_a_command_is_a_strike_by_its_forces() -> None:
    ev = only("أعلنت القيادة المركزية الأمريكية أنها نفذت ضربات جوية على منشآت قرب البوكمال فجر اليوم.")
    assert ID + "actor/centcom" in ev.attackers and US in ev.attackers


@pytest.mark.parametrize(
    "text",
    [
        # a claim of responsibility names claimant and attacker
        "تبنت المقاومة الإسلامية في العراق استهداف قاعدة حقل كونيكو بطائرة مسيرة فجر اليوم.",
        # the group before a present-tense announcing verb
        "«المقاومة الإسلامية في العراق» تعلن استهداف قاعدة حرير بطائرة مسيّرة صباح اليوم.",
        # where the statement was made between the group and «أنها»
        "أعلنت «المقاومة الإسلامية في العراق» في بيان على «تلغرام» أنها استهدفت مساء أمس قاعدة خراب الجير بطائرة مسيّرة.",
    ],
)
def test_a_group_announcing_its_attack_claims_it(text: str) -> None:
    ev = only(text)
    assert ev.attackers == [ID + "actor/islamic-resistance-in-iraq"]
    assert ev.claimed_by == [ID + "actor/islamic-resistance-in-iraq"]


def test_the_forces_a_described_drone_struck_are_its_target_not_its_attacker() -> None:
    ev = only("قال مسؤول عسكري أمريكي إن طائرة مسيّرة انتحارية استهدفت القوات الأمريكية المتمركزة في حقل كونيكو فجر اليوم.")
    assert (ev.cls, ev.attackers) == ("DroneAttack", [])


def test_an_army_telling_its_own_raid_in_quotes_after_a_long_aside_is_its_attacker() -> None:
    ev = only(
        "أعلن الجيش الإسرائيلي، في بيان نشره المتحدث باسمه باللغة العربية، أنه «أغار فجر اليوم على شاحنات قرب "
        "معبر البوكمال – القائم»."
    )
    assert ev.attackers == [ID + "actor/idf"]


def test_a_claim_of_the_attack_told_that_began_a_wave_is_joined_to_it() -> None:
    ev = only(
        "وفي 18 تشرين الأول/أكتوبر 2023، هاجمت طائرتان مسيّرتان قاعدة التنف. وتبنّت \"المقاومة الإسلامية في العراق\" "
        "ذلك الهجوم، الذي افتتح موجة من عشرات الهجمات امتدت حتى شباط/فبراير 2024.",
        published=date(2025, 2, 3),
    )
    assert (ev.date, ev.claimed_by) == (date(2023, 10, 18), [ID + "actor/islamic-resistance-in-iraq"])


def test_two_attacks_in_one_statement_are_two_events_of_the_speaker() -> None:
    found = events(
        "أعلنت \"المقاومة الإسلامية في العراق\"، في بيان نشرته صباح اليوم الخميس، أنها استهدفت مساء أمس قاعدة حقل العمر "
        "بطائرتين مسيّرتين، وأنها استهدفت فجر اليوم قاعدة الشدادي برشقة من الصواريخ.",
        published=date(2023, 11, 16),
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2023, 11, 15)), ("RocketAttack", date(2023, 11, 16))]
    assert all(e.attackers == e.claimed_by == [ID + "actor/islamic-resistance-in-iraq"] for e in found)


def test_a_silence_kept_until_a_time_dates_no_attack() -> None:
    found = events(
        "استهدفت طائرتان مسيّرتان مساء أمس قاعدة حقل العمر. وفيما التزم البنتاغون الصمت حتى ظهر اليوم، نقلت وسائل إعلام "
        "عن مسؤول قوله إن الهجوم على حقل العمر \"لم يُسفر عن إصابات\".",
        published=date(2023, 11, 16),
    )
    assert [(e.date, killed(e)) for e in found] == [(date(2023, 11, 15), {0})]


def test_a_claim_of_both_attacks_reaches_one_known_only_from_its_interception() -> None:
    found = events(
        "أعلن جهاز مكافحة الإرهاب في إقليم كوردستان، صباح اليوم الأحد، أن منظومة الدفاع الجوي التابعة للتحالف الدولي "
        "أسقطت طائرتين مسيّرتين مفخختين كانتا تتجهان نحو القاعدة العسكرية في مطار أربيل الدولي ليل السبت-الأحد.\n"
        "وفي هجوم منفصل، انفجرت طائرة مسيّرة ثالثة فجر اليوم قرب السياج الخارجي لقاعدة حرير الجوية.\n"
        "وتبنّت \"المقاومة الإسلامية في العراق\"، في منشور على قناتها في تلغرام، الهجومين، وقالت إنهما يأتيان \"ضمن "
        "المرحلة الثانية من عمليات نصرة غزة\"، متوعدة بتصعيد عملياتها \"في الأيام المقبلة\".\n"
        "ويُعدّ هذا الاستهداف الثالث لمطار أربيل منذ 17 تشرين الأول الماضي.",
        published=date(2023, 11, 5),
    )
    attacks = [e for e in found if e.cls != "Interception"]
    assert len(attacks) == 2
    assert all(e.claimed_by == [ID + "actor/islamic-resistance-in-iraq"] for e in attacks)
    assert all(ID + "place/gaza-strip" not in e.locations for e in attacks)


BOMBING = "انفجرت عبوة ناسفة بسيارة عسكرية لقسد في بلدة الصور مساء أمس، ما أدى إلى مقتل عنصرين. "


@pytest.mark.parametrize(
    "text",
    [
        BOMBING + "وحمّلت قسد تنظيم داعش مسؤولية الهجوم، قبل أن يعلن التنظيم تبنّيه في اليوم التالي.",
        BOMBING + "وحمّلت قسد اليوم تنظيم داعش مسؤولية الهجوم.",
        # an accusation opening a paragraph
        (
            "قُتل جنديان في هجوم على حاجز قرب البوكمال مساء أمس.\n"
            "وحمّلت واشنطن تنظيم «داعش» مسؤولية الهجوم، بينما قالت وزارة الداخلية إن المنفذ كان عنصراً."
        ),
    ],
)
def test_the_attack_a_group_is_blamed_for_is_the_one_told(text: str) -> None:
    ev = only(text)
    assert (ev.date, ev.attackers) == (date(2024, 2, 6), [ID + "actor/isis"])


def test_whom_a_link_to_the_attack_is_denied_is_not_where_it_struck() -> None:
    ev = only("سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء أمس. ونفت البعثة الإيرانية أي صلة لطهران بالهجوم.")
    assert ev.locations == []


def test_the_places_an_attack_is_for_are_not_where_it_struck() -> None:
    ev = only(
        "تبنّت «المقاومة الإسلامية في العراق» الهجوم على «كونيكو» مساء أمس، قائلة إنه يأتي «نصرةً لغزة ولبنان»."
    )
    assert not {ID + "place/gaza-strip", ID + "place/lebanon"} & set(ev.locations)


def test_the_side_a_shelling_covers_is_not_its_target() -> None:
    ev = only("قصفت مدفعية الجيش السوري مساء أمس مواقع «قسد» في ذيبان «لتأمين عبور أبناء العشائر».")
    assert ev.targets == [ID + "actor/sdf"]


PMF = ID + "actor/popular-mobilization-forces"
OUTLAWS = ID + "actor/outlaw-groups"
TWO_FIELDS = "استهدفت مسيّرة مفخخة مساء أمس حقل سرسنك النفطي. وأصابت مسيّرة أخرى فجر اليوم حقل خورمالة غربي أربيل. "


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (TWO_FIELDS + 'واتهمت وزارة الداخلية في إقليم كردستان "فصائل مسلحة منضوية ضمن الحشد الشعبي" بالوقوف وراء الهجمات.', PMF),
        (TWO_FIELDS + 'واتهمت الوزارة "فصائل مسلحة منضوية في هيئة الحشد الشعبي" بالوقوف وراء هذه الهجمات، وهو ما نفته الهيئة.', PMF),
        (TWO_FIELDS + 'وقال المتحدث باسم حكومة الإقليم إن "هذه الاعتداءات تنفذها جماعات خارجة عن القانون".', OUTLAWS),
        (TWO_FIELDS + "وقالت الوزارة إن الهجمات تُنفَّذ من قِبَل مجاميع مسلّحة خارجة عن القانون.", OUTLAWS),
    ],
)
def test_the_groups_blamed_for_the_attacks_told_are_their_attacker(text: str, attacker: str) -> None:
    assert [ev.attackers for ev in events(text)] == [[attacker], [attacker]]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("في العشرين من تشرين الثاني، أطلقت فصائل عراقية صاروخاً باليستياً على قاعدة عين الأسد في الأنبار.", "iraqi-armed-factions"),
        # the tribes' men after the verb
        ("هاجم مسلحون محليون من أبناء العشائر صباح اليوم مواقع لقوات سوريا الديمقراطية في بلدة البصيرة.", "arab-tribal-forces"),
        ("وكان مسلحون من العشائر قد هاجموا صباح اليوم حاجزاً لقسد على طريق البصيرة.", "arab-tribal-forces"),
        # outlaw groups, blamed
        (
            (
                "تعرّض حقل خورمالا النفطي صباح اليوم لهجوم بطائرتين مسيّرتين. "
                "واتهمت وزارة الداخلية في الإقليم «فصائل خارجة عن القانون» بالوقوف وراء الهجوم."
            ),
            "outlaw-groups",
        ),
    ],
)
def test_groups_the_report_does_not_name_are_the_attacker(text: str, attacker: str) -> None:
    assert only(text).attackers == [ID + "actor/" + attacker]


def test_an_attack_by_the_same_group_has_the_attacker_told_before() -> None:
    found = events(
        "فجّرت عصابات داعش الإرهابية فجر اليوم عبوات ناسفة عند قواعد الأبراج في منطقة وادي الشاي جنوب غربي كركوك.\n\n"
        "وتوجّهت فرق الصيانة إلى الموقع بحماية قوة من الحشد الشعبي، إلا أن عبوة ناسفة ثانية زرعتها العصابات ذاتها على الطريق "
        "الترابي انفجرت بالعجلة الأولى للقوة عند الساعة العاشرة صباحاً، ما أسفر عن استشهاد اثنين من منتسبي الحشد."
    )
    assert [e.attackers for e in found] == [[ID + "actor/isis"], [ID + "actor/isis"]]


def test_a_states_strike_and_a_groups_attack_in_one_place_and_night_are_two() -> None:
    found = events(
        "أعلنت وزارة الدفاع التركية أن تسعة جنود أتراك قُتلوا في هجوم شنّه مسلحو حزب العمال الكردستاني على قاعدة عسكرية "
        "في منطقة متينا بشمال العراق مساء الجمعة.\n\n"
        "ولم تمضِ ساعات حتى أعلنت الوزارة أن طائرات الجيش التركي نفّذت ليل الجمعة «عملية جوية» على مواقع للحزب في منطقة متينا، "
        "قالت إنها دمّرت خلالها 29 هدفاً «رداً على الهجوم الغادر في متينا».",
        date(2024, 1, 15),
    )
    assert [e.attackers for e in found] == [[ID + "actor/pkk"], [ID + "actor/turkish-forces"]]


def test_british_strikes_are_the_uk_forces_and_no_us_ones() -> None:
    ev = only("شنّت مقاتلات بريطانية أمس غارات على مواقع لتنظيم داعش قرب البوكمال.")
    assert (ev.cls, ev.attackers) == ("Airstrike", [ID + "actor/uk-forces"])
    downing = next(
        e for e in events("أكد الوزير أن مقاتلات «تايفون» تابعة لسلاح الجو الملكي أسقطت أمس عدداً من الطائرات المسيّرة فوق الأجواء العراقية.")
        if e.cls == "Interception"
    )
    assert downing.interceptors == [ID + "actor/uk-forces"]


def test_the_air_support_of_an_operation_is_its_attacker_too() -> None:
    ev = only(
        "نفّذت وحدات مكافحة الإرهاب في قوات سوريا الديمقراطية، بمساندة جوية من قوات التحالف الدولي، عملية أمنية فجر اليوم "
        "في قرية الرجم الأبيض، استهدفت الخلية التي نفّذت الهجوم على حاجز المخيم، وأسفرت عن مقتل أحد عناصرها."
    )
    assert COALITION in ev.attackers


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "أفادت مصادر أمنية أن جهاز الاستخبارات التركي قتل يوم الثلاثاء قيادياً في التنظيم بضربة بطائرة مسيّرة استهدفت سيارته في ريف الحسكة.",
            "turkish-intelligence",
        ),
        ("وقالت مصادر محلية إن \"قسد\" قتلت عنصرين من قوات النظام بقصف مدفعي على قرية الطابية أمس.", "sdf"),
        ("وذكر المرصد أن قوات النظام قتلت شاباً برصاص قناص في بلدة الحوايج أمس.", "syrian-regime-forces"),
    ],
)
def test_the_side_that_killed_someone_in_the_attack_is_its_attacker(text: str, attacker: str) -> None:
    assert only(text).attackers == [ID + "actor/" + attacker]


def test_turkish_intelligence_is_an_attacker_of_its_own() -> None:
    ev = only("وأكدت مصادر أن طائرة مسيرة تابعة للمخابرات التركية قصفت سيارة في ريف القامشلي أمس.")
    assert ev.attackers == [ID + "actor/turkish-intelligence"]


@pytest.mark.parametrize(
    "accusation",
    [
        "واتهمت وزارة الداخلية في الإقليم «جماعات خارجة عن القانون تعمل ضمن هيئة الحشد الشعبي» بالوقوف وراء الهجمات.",
        "وقالت الوزارة إن هذه الاعتداءات تُنفَّذ من قِبَل مجاميع مسلّحة خارجة عن القانون تتبع فصائل ضمن هيئة الحشد الشعبي.",
        "وحمّلت الوزارة في بيانها «مجموعات خارجة عن القانون ضمن الحشد الشعبي» مسؤولية الهجوم.",
    ],
)
def test_the_group_those_accused_belong_to_is_accused_with_them(accusation: str) -> None:
    ev = only("تعرّض حقل خورمالا النفطي صباح اليوم لهجوم بطائرتين مسيّرتين. " + accusation)
    assert ev.attackers == [ID + "actor/outlaw-groups", ID + "actor/popular-mobilization-forces"]


def test_sides_joined_by_and_are_accused_together_and_the_accused_tells_nothing() -> None:
    ev = only(
        "طالت قذائف هاون مزرعة في بلدة الصبحة ليل السبت. واتهم مجلس دير الزور العسكري في بيان «قوات النظام والميليشيات "
        "الموالية لإيران» المتمركزة على الضفة الغربية لنهر الفرات بإطلاق القذائف.",
        date(2023, 9, 4),
    )
    assert (ev.attackers, ev.reported_by) == ([ID + "actor/syrian-regime-forces", ID + "actor/iran-backed-militias"], [])


def test_the_side_whose_positions_the_shells_came_from_is_the_attacker() -> None:
    ev = only(
        "سقطت ثلاث قذائف هاون قرب بلدة حطلة مساء الخميس. وقال رئيس الفريق: «القذائف جاءت من مواقع قوات النظام على "
        "الضفة المقابلة، والحمد لله لم يُصب أحد».",
        date(2024, 3, 31),
    )
    assert ev.attackers == [ID + "actor/syrian-regime-forces"]


def test_the_men_of_a_group_accused_after_a_statement_named_between() -> None:
    ev = only(
        'أطلق مسلحان النار على الشاعر أمام داره في بلدة الطيانة مساء الجمعة 7 مارس، فأردياه قتيلاً. واتهمت قوى الأمن '
        'الداخلي "الأسايش" في بيان مقتضب "خلايا داعش الإرهابية" بتنفيذ عملية الاغتيال.',
        date(2025, 3, 12),
    )
    assert (ev.attackers, killed(ev)) == ([ID + "actor/isis"], {1})


def test_a_claim_by_pronoun_then_what_the_claimant_says_it_struck_is_the_attack_told() -> None:
    ev = only(
        "ليل الاثنين، سقطت صواريخ باليستية على منطقة سكنية في أربيل. وأعلن الحرس الثوري الإيراني مسؤوليته، قائلاً إنه "
        "استهدف «مقراً للتجسس». وقال مجلس أمن الإقليم إن الهجوم أودى بحياة أربعة مدنيين.",
        date(2024, 1, 17),
    )
    assert (ev.cls, ev.date, ev.claimed_by, killed(ev)) == ("RocketAttack", date(2024, 1, 15), [ID + "actor/irgc"], {4})


def test_where_an_envoy_serves_is_not_where_the_attack_was() -> None:
    found = events(
        "تعرّضت أربيل ليلة الاثنين لهجوم بصواريخ باليستية. وتبنّى الحرس الثوري الضربة في بيان، "
        "واستدعت وزارة الخارجية العراقية سفيرها في طهران للتشاور.",
        date(2024, 1, 17),
    )
    assert [(e.cls, e.claimed_by) for e in found] == [("RocketAttack", [ID + "actor/irgc"])]


def test_the_group_named_before_saying_it_did_the_two_attacks_claims_both() -> None:
    found = events(
        "استهدفت طائرتان مسيرتان قاعدة التنف يوم الأربعاء. واستهدفت ثلاث طائرات مسيرة قاعدة عين الأسد أمس الخميس. "
        "مجموعة مسلحة تسمّي نفسها «المقاومة الإسلامية في العراق» نشرت بيانين على تلغرام. قالت المجموعة إنها نفّذت الهجومين.",
        date(2023, 10, 20),
    )
    group = ID + "actor/islamic-resistance-in-iraq"
    assert [(e.date, e.claimed_by) for e in found] == [(date(2023, 10, 18), [group]), (date(2023, 10, 19), [group])]


def test_a_group_saying_it_struck_claims_it_with_where_and_when_it_said_so_between() -> None:
    ev = only(
        "بدأ الأسبوع مساء الأحد الماضي بهجوم بطائرة مسيّرة على قاعدة حرير شمال أربيل. وقالت «المقاومة الإسلامية في العراق»، "
        "في بيان نشرته على قناتها في تطبيق تلغرام بعد نحو ساعتين، إنها استهدفت القاعدة «بطائرة مسيّرة أصابت هدفها بدقة».",
        date(2023, 11, 10),
    )
    assert ev.claimed_by == [ID + "actor/islamic-resistance-in-iraq"]
    # ... but the group whose men were killed in strikes «يُرجَّح أنها إسرائيلية» is not their striker.
    ev = only(
        "قُتل ما لا يقل عن اثني عشر عنصراً من الميليشيات الموالية لإيران، بينهم خمسة من جنسيات غير سورية، في غارات جوية "
        "يُرجَّح أنها إسرائيلية استهدفت فجر أمس الأحد مستودعات أسلحة في مدينة الميادين.",
        date(2024, 9, 30),
    )
    assert ID + "actor/iran-backed-militias" not in ev.attackers


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("فجر الأربعاء، عبر مقاتلو العشائر نهر الفرات وهاجموا مواقع لقسد في ذيبان.", "arab-tribal-forces"),
        ("فجر الأربعاء، تسلل عناصر من تنظيم داعش إلى البادية وهاجموا حاجزاً لقوات النظام.", "isis"),
        ("فجر الأربعاء، تقدمت قوات النظام نحو البلدة وقصفت مواقع لقسد.", "syrian-regime-forces"),
    ],
)
def test_the_subject_of_the_verb_before_is_the_one_attacking_with_the_verb_joined_to_it(text: str, attacker: str) -> None:
    assert only(text, date(2024, 8, 11)).attackers == [ID + "actor/" + attacker]


def test_a_group_reporting_what_another_said_does_not_claim_it() -> None:
    ev = only("أعلنت «المقاومة الإسلامية في العراق» في بيان أن القوات الأمريكية قالت إنها استهدفت مواقع قرب القائم.")
    assert ID + "actor/islamic-resistance-in-iraq" not in ev.attackers
    assert ev.claimed_by == []


def test_the_group_named_right_before_it_had_struck_is_the_one_that_struck() -> None:
    strike, earlier = events(
        "أعلن البنتاغون أن طائرة أمريكية هاجمت جماعة مسلحة مدعومة إيرانياً سبق وقصفت قاعدة أمريكية بصاروخ باليستي في العراق."
    )
    assert (strike.attackers, earlier.attackers) == ([US], [ID + "actor/iran-backed-militias"])
    # The one named before «سبق أن تعرّض لقصف» was the target, not the attacker.
    assert [e.attackers for e in events("قصفت المسيّرات التركية مقراً لقسد سبق أن تعرض لقصف مماثل.")] == [[ID + "actor/turkish-forces"]]


# -- dates and casualties ----------------------------------------------------------------------


def test_a_time_after_a_phrase_since_ended_by_a_comma_dates_the_attack() -> None:
    ev = only("في تصعيد هو الأخطر منذ أسابيع، اغتالت طائرة مسيّرة أميركية مساء أمس قيادياً في «كتائب حزب الله» بعدما استهدفت سيارته شرقي بغداد.")
    assert ev.date == date(2024, 2, 6)


def test_the_day_of_a_statement_is_not_the_day_of_the_attack() -> None:
    ev = only("وأكدت القيادة المركزية الأمريكية في بيان الأحد أن 3 جنود قتلوا في هجوم بطائرة مسيرة على البرج 22 في الأردن.")
    assert ev.date is None


def test_the_day_of_a_word_on_the_strikes_is_not_theirs() -> None:
    ev = only(
        "شنت مقاتلات أمريكية ليل الثلاثاء غارات على مقرات لكتائب حزب الله في القائم. أما أمس الأربعاء، فقد وصفت "
        "الحكومة العراقية الغارات بأنها «تصعيد خطير»."
    )
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 2, 6))


def test_the_day_a_toll_was_raised_is_not_the_strikes() -> None:
    ev = only(
        "استهدفت غارات جوية ليل الخميس مواقع لفصائل في مدينة البوكمال. وقال المرصد السوري إن الغارات أوقعت في حصيلة "
        "أولية خمسة قتلى، قبل أن يرفع الحصيلة صباح اليوم إلى ثمانية."
    )
    assert (ev.date, killed(ev)) == (date(2024, 2, 1), {5, 8})


def test_a_drone_coming_from_a_place_is_no_attack_to_come() -> None:
    ev = only(
        "أعلن الجيش الإسرائيلي مقتل جنديين عندما أصابت طائرة مسيّرة قادمة \"من جهة الشرق\" قاعدة عسكرية في الجولان فجر أمس."
    )
    assert (ev.cls, ev.date, killed(ev)) == ("DroneAttack", date(2024, 2, 6), {2})


def test_the_day_a_statement_was_issued_on_is_not_the_day_of_the_strike_it_speaks_of() -> None:
    """The committee's statement of Thursday evening and the strike «ظهر اليوم الخميس» it quotes:
    one strike, of that noon; the ministry's «وأنها استهدفت قيادياً» after «نفّذت الضربة» is more of it."""
    ev = only(
        "أصدرت لجنة الأمن والدفاع في مجلس النواب، مساء أمس الخميس، بياناً بشأن الضربة الجوية التي استهدفت مقراً للحشد "
        "الشعبي في بغداد. وجاء في البيان أن \"طائرة مسيّرة أمريكية أقدمت ظهر اليوم الخميس على استهداف مقر الإسناد "
        "اللوجستي التابع لهيئة الحشد الشعبي\". وكانت وزارة الدفاع الأمريكية قد أعلنت أن قواتها نفّذت الضربة \"دفاعاً عن "
        "النفس\"، وأنها استهدفت قيادياً في حركة النجباء.",
        published=date(2024, 1, 5),
    )
    assert (ev.cls, ev.date, ev.attackers) == ("Airstrike", date(2024, 1, 4), [US])
    assert ID + "actor/harakat-al-nujaba" in ev.targets


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The dead and their day, then the strike that killed them: that day.
        (
            "استُشهد ثلاثة من عناصر الحشد الشعبي، مساء أمس الثلاثاء، بعد أن استهدفت طائرة مسيّرة أمريكية عجلتهم "
            "في منطقة المشتل شرقي بغداد.",
            date(2024, 2, 6),
        ),
        # A strike following another event on the sentence's day happened before it: no day.
        ("ردّت القوات الأمريكية أمس الثلاثاء بعد أن تعرضت قاعدة التنف لهجوم بطائرة مسيّرة.", None),
        # The wounded a hospital received, then the shelling that hurt them: their day.
        (
            (
                "استقبل قسم الإسعاف في المشفى مساء أمس الثلاثاء أربعة مصابين، بينهم طفلان وامرأة، "
                "إثر سقوط ثلاث قذائف هاون على حي سكني في بلدة أبو حمام."
            ),
            date(2024, 2, 6),
        ),
        ("كان المشفى قد استقبل يوم الأحد الماضي عنصرين من قسد أُصيبا بجروح متوسطة إثر هجوم شنّه مسلحون على حاجز قرب ذيبان.", date(2024, 2, 4)),
        # those mourned, and the day they died
        ("تنعى الجامعة الطالبين اللذين ارتقيا ليلة الأربعاء 31 كانون الثاني، إثر غارة نفّذتها طائرة حربية تركية على فرن في جل آغا.", date(2024, 1, 31)),
        ("ونعت الجامعة الطالبة التي فارقت الحياة في الثامن من آب 2023 إثر قصف مدفعي تركي استهدف منزل عائلتها.", date(2023, 8, 8)),
        # the fire the shells started, on a report's day
        (
            (
                "أصدرت لجنة الزراعة، اليوم الخميس، تقريراً عن الحرائق. وبحسب التقرير، اندلع الحريق الأكبر ظهر أمس الأربعاء في حقول القمح "
                "المحيطة ببلدة الصبحة، إثر سقوط قذائف أطلقتها قوات النظام من مواقعها على الضفة المقابلة لنهر الفرات."
            ),
            date(2024, 1, 31),
        ),
    ],
)
def test_the_strike_that_killed_people_takes_the_day_of_their_death(text: str, day: date | None) -> None:
    attack = next(e for e in events(text) if e.cls in ("Airstrike", "DroneAttack", "ArtilleryShelling", "Attack"))
    assert attack.date == day


def test_no_casualties_is_a_figure_of_zero() -> None:
    ev = only("استهدف هجوم بعشرة صواريخ قاعدة القرية الخضراء أمس، ولم يسفر الهجوم عن إصابات في صفوف القوات الأمريكية.")
    assert killed(ev) == {0} and wounded(ev) == {0}
    assert ev.munitions == 10


def test_fighters_wiped_out_in_the_strike_answering_an_attack_are_the_strikes_dead() -> None:
    bus, strike = events(
        "هاجمت مجموعة إرهابية مساء الخميس حافلة عسكرية على طريق الميادين، ما أسفر عن استشهاد عشرة عسكريين. وأعلن المركز "
        "الروسي أن الطيران الحربي الروسي نفّذ يوم أمس الجمعة سلسلة غارات على مخابئ المسلحين في جبل البشري، \"رداً على "
        "الهجوم الإرهابي الذي استهدف الحافلة العسكرية\"، مؤكداً القضاء على أكثر من 20 مسلحاً.",
        date(2023, 8, 12),
    )
    assert (killed(bus), killed(strike)) == ({10}, {20})


def test_a_headline_telling_two_attacks_tells_each_in_its_own_words() -> None:
    text = (
        "هجوم على حافلة عسكرية في بادية الميادين وغارات روسية على مخابئ داعش\n\n"
        "هاجم مسلحون حافلة عسكرية مساء الخميس على طريق الميادين، ما أسفر عن مقتل عشرة عسكريين."
    )
    bus = only(text, date(2023, 8, 12))
    # the headline's first attack, without the second's class and hands, is the bus attack told
    assert "هجوم على حافلة عسكرية في بادية الميادين" in [text[s.start : s.end] for s in bus.evidence]
    assert (bus.cls, bus.attackers) == ("Attack", [])


def test_no_material_or_human_damage_is_no_casualties() -> None:
    ev = only("استهدفت طائرة مسيّرة مطار أربيل فجر الثلاثاء، من دون تسجيل أي أضرار مادية أو بشرية.")
    assert killed(ev) == {0} and wounded(ev) == {0}


def test_a_base_of_the_coalition_is_not_a_base_named_coalition() -> None:
    doc = extract("أفادت أنباء عن هجوم صاروخي فاشل قرب قاعدة للتحالف في سوريا.")
    assert all(m.known for m in doc.entities), [m.label for m in doc.entities if not m.known]


def test_a_casualty_word_followed_by_punctuation_still_counts() -> None:
    ev = only(
        "ارتفع اليوم عدد قتلى الضربات الجوية التي شنتها أمريكا على مواقع في الميادين، ووصل إلى 19 قتيلاً، "
        "وذلك في وقت تبادلت فيه القوات الأمريكية والميليشيات القصف."
    )
    assert killed(ev) == {19}


def test_a_group_named_after_a_description_takes_its_role() -> None:
    ev = only(
        "أعلنت ميليشيا عراقية مدعومة من إيران تطلق على نفسها «المقاومة الإسلامية في العراق» "
        "استهداف قاعدة الشدادي بريف الحسكة بالصواريخ الليلة الماضية."
    )
    assert ev.attackers == [ID + "actor/islamic-resistance-in-iraq"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day a source reported it
        ("وكالة الأناضول نقلت السبت عن مصادر قولها إن 20 صاروخاً استهدفت حقل كونيكو منذ ساعات المساء.", None),
        # a day named after the source is the report's; the night named later is the attack's
        ("أفاد مصدر أمني في محافظة الأنبار، اليوم الأربعاء، بسقوط ثلاثة صواريخ داخل قاعدة عين الأسد ليل الاثنين.", date(2024, 2, 5)),
        # also with the full date after «اليوم»
        (
            (
                "أعلن جهاز مكافحة الإرهاب في إقليم كردستان، اليوم الأربعاء (7 شباط 2024)، أن طائرة مسيّرة حاولت "
                "ليل الاثنين-الثلاثاء استهداف قاعدة حرير."
            ),
            date(2024, 2, 5),
        ),
        # a day after what the source said dates the attack
        ("قالت القيادة المركزية إن مقاتلاتها قصفت أمس مواقع للميليشيات في البوكمال.", date(2024, 2, 6)),
    ],
)
def test_the_day_of_a_report_is_not_the_day_of_the_attack(text: str, day: date | None) -> None:
    assert only(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("أفاد مصدر أمني في محافظة الأنبار، اليوم الأربعاء، بسقوط ثلاثة صواريخ داخل قاعدة عين الأسد.", date(2024, 2, 7)),
        ("أعلنت خلية الإعلام الأمني، مساء أمس الثلاثاء، تعرّض قاعدة عين الأسد إلى قصف بعدد من الصواريخ.", date(2024, 2, 6)),
        ("أعلنت المقاومة الإسلامية في العراق، مساء الاثنين، أنها استهدفت قاعدة عين الأسد بصاروخ باليستي.", date(2024, 2, 5)),
        # not a whole date: a wire may relay the night before
        ("أفادت وكالة الأناضول، السبت 3 شباط 2024، بسقوط صواريخ على حقل كونيكو.", None),
    ],
)
def test_an_attack_with_no_day_of_its_own_is_of_the_day_its_news_was_reported(text: str, day: date | None) -> None:
    assert only(text).date == day


def test_a_day_counted_back_in_a_sentence_told_as_of_then_is_counted_from_the_day_told_before() -> None:
    strikes, missile = events(
        "وفي 22 تشرين الثاني/نوفمبر، شنّت الولايات المتحدة ضربات على موقعين لكتائب حزب الله في منطقة جرف النصر. "
        "وأوضح البنتاغون حينها أن الضربات جاءت رداً على هجوم بصاروخ باليستي استهدف قبل يوم قاعدة عين الأسد.",
        date(2023, 12, 4),
    )
    assert (strikes.date, missile.cls, missile.date) == (date(2023, 11, 22), "RocketAttack", date(2023, 11, 21))


@pytest.mark.parametrize(
    ("answer", "day", "span"),
    [
        # struck at once: the launcher, or an answer told as immediate
        ("وقال المسؤول إن طائرة حربية أمريكية دمّرت منصة الإطلاق رداً على الهجوم.", date(2024, 4, 21), None),
        ("وقال المسؤول إن طائرة أمريكية قصفت في رد فوري على الهجوم مواقع قرب البلدة.", date(2024, 4, 21), None),
        # otherwise between the attack answered and the report
        ("وقال المسؤول إن طائرة حربية أمريكية قصفت مواقع قرب البلدة رداً على الهجوم.", None, (date(2024, 4, 21), date(2024, 4, 23))),
    ],
)
def test_a_strike_answering_an_attack_at_once_is_of_its_day(answer: str, day: date | None, span: tuple[date, date] | None) -> None:
    rockets, strike = events("أُطلقت خمسة صواريخ مساء الأحد 21 نيسان من بلدة زمار باتجاه قاعدة أمريكية في رميلان. " + answer, date(2024, 4, 23))
    assert rockets.date == date(2024, 4, 21)
    assert (strike.cls, strike.date) == ("Airstrike", day)
    assert span is None or (strike.earliest, strike.latest) == span


def test_an_aircraft_downed_with_no_day_of_its_own_is_of_the_day_it_was_reported() -> None:
    found = events("أفاد جهاز مكافحة الإرهاب، فجر اليوم الأربعاء، بأن دفاعات التحالف الدولي أسقطت طائرة مسيّرة مفخخة قبل وصولها إلى مطار أربيل.")
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2024, 2, 7)), ("Interception", date(2024, 2, 7))]


@pytest.mark.parametrize(
    "headline",
    [
        "بعد ساعات من استهداف حقل العمر.. مسيّرات تستهدف قاعدة «كونيكو»",
        "غارات أميركية على مواقع لـ«فاطميون» في البوكمال والميادين رداً على هجوم «كونيكو» بالطائرات المسيرة",
    ],
)
def test_a_headline_of_more_than_one_sentence_or_clause_adds_no_event_of_its_own(headline: str) -> None:
    body = "\n\nقصفت القوات الأمريكية صباح اليوم بـ 12 قذيفة مدفعية مواقع للميليشيات في بلدة خشام."
    assert [e.cls for e in events(headline + body)] == ["ArtilleryShelling"]


def test_an_attack_compared_after_a_comma_with_the_months_before_is_still_told() -> None:
    ev = only(
        "أصيب خمسة عسكريين أمريكيين في هجوم صاروخي استهدف قاعدة عين الأسد الجوية مساء أمس، "
        "في أخطر هجوم تتعرض له القاعدة منذ أشهر."
    )
    assert (ev.cls, ev.date, wounded(ev)) == ("RocketAttack", date(2024, 2, 6), {5})


@pytest.mark.parametrize(
    ("tail", "zero"),
    [("من دون خسائر.", True), ("دون خسائر تذكر.", True), ("دون خسائر مادية.", False)],
)
def test_without_losses_is_no_casualties_unless_the_losses_are_material(tail: str, zero: bool) -> None:
    ev = only(f"وكانت قاعدة عين الأسد قد تعرضت في 16 كانون الثاني الماضي لهجوم بصاروخين سقطا في أرض خالية {tail}")
    assert (killed(ev), wounded(ev)) == (({0}, {0}) if zero else (set(), set()))


def test_an_interception_at_a_named_base_downs_the_attack_on_that_base() -> None:
    found = events(
        "استهدف مجاهدونا فجر اليوم قاعدة الاحتلال الأمريكي في حرير بمحافظة أربيل بطائرة مسيّرة. "
        "واستهدف مجاهدونا موقع الاحتلال الأمريكي في الركبان على الحدود السورية الأردنية بطائرتين مسيّرتين. "
        "وقال جهاز مكافحة الإرهاب إن طائرة مسيّرة مفخخة أُسقطت فجر اليوم قرب قاعدة حرير."
    )
    interception = next(e for e in found if e.cls == "Interception")
    assert ID + "place/erbil-governorate" in found[interception.in_response_to[0]].locations


def test_no_one_claiming_an_attack_names_the_attack_told() -> None:
    found = events(
        "أسقطت الدفاعات الجوية فجر اليوم طائرتين مسيّرتين فوق قاعدة فيكتوريا قرب مطار بغداد. "
        "ولم تعلن أي جهة مسؤوليتها عن محاولة استهداف قاعدة فيكتوريا."
    )
    assert _kinds(found) == ["DroneAttack", "Interception"]


def test_the_attacks_since_which_nothing_happened_are_no_new_attack() -> None:
    assert events("ومنذ ضربات الجمعة، لم تُسجَّل هجمات جديدة على القواعد الأمريكية في العراق.") == []


def test_an_attack_since_which_things_changed_told_in_full_is_an_attack() -> None:
    ev = only(
        "منذ الهجوم الذي شنّه مسلحو العشائر القادمون من الضفة الغربية على بلدتنا في ٧/٨/٢٠٢٤ لم نستطع الوصول إلى أراضينا.",
        published=date(2024, 8, 26),
    )
    assert (ev.cls, ev.date) == ("Attack", date(2024, 8, 7))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a place defines the attack: the one told before
        (
            (
                "قُتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيّرة على موقع عسكري في شمال شرق الأردن فجر الأحد. "
                "ويرى متابعون أن قرار الكتائب تعليق عملياتها جاء بعد هجوم الأردن."
            ),
            [("DroneAttack", date(2024, 2, 4))],
        ),
        # so does a weekday
        (
            (
                "قصفت طائرات أمريكية ليل الثلاثاء – الأربعاء مقراً لكتائب حزب الله في جرف الصخر. "
                "وقال مسؤول حكومي إن بغداد ستستأنف اجتماعات اللجنة العسكرية مع واشنطن، بعد تعليقها مؤقتاً عقب ضربة الأربعاء."
            ),
            [("Airstrike", date(2024, 2, 6))],
        ),
        # but an attack so named and told in full is an attack
        (
            "ووقع هجوم تدمر في 13 ديسمبر كانون الأول 2023 عندما فتح مسلح النار على دورية مشتركة، ما أدى إلى مقتل جنديين.",
            [("Attack", date(2023, 12, 13))],
        ),
    ],
)
def test_an_attack_known_by_its_place_or_day_is_the_one_told(text: str, told: list[tuple[str, date]]) -> None:
    assert [(e.cls, e.date) for e in events(text)] == told


def test_an_attack_named_by_its_day_and_told_with_its_target_is_an_attack() -> None:
    ev = only("وتراجعت الليرة بعد هجوم الأحد الماضي على قاعدة التنف، الذي قُتل فيه ثلاثة جنود أمريكيين.")
    assert (ev.date, killed(ev)) == (date(2024, 2, 4), {3})


@pytest.mark.parametrize("named", ["الضربة المذكورة في الفقرة (2) أعلاه", "الضربة المشار إليها"])
def test_the_attack_named_as_mentioned_is_the_one_told(named: str) -> None:
    found = events(
        "1- استهدفت طائرة مسيّرة تركية يوم 15/6/2024 سيارة مدنية قرب قرية بيباد في قضاء العمادية.\n\n"
        f"2- أعلنت وزارة الدفاع التركية في بيانها الصادر بتاريخ 16/6/2024 أن {named} جاءت في إطار عملياتها ضد حزب العمال.",
        published=date(2024, 6, 20),
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 6, 15))]


def test_an_answer_after_an_attack_named_by_its_place_is_an_attack() -> None:
    found = events("وردّت واشنطن بعد خمسة أيام من هجوم الأردن بضربات جوية واسعة على مواقع للفصائل في القائم.")
    assert [e.cls for e in found] == ["Airstrike"]


def test_a_drone_downed_on_its_way_to_another_field_is_another_attack() -> None:
    found = events(
        "قالت وزارة الثروات الطبيعية إن طائرة مسيّرة مفخخة استهدفت مساء أمس الثلاثاء أحد خزانات المكثفات في حقل خورمور. "
        "من جهته، أعلن جهاز مكافحة الإرهاب أن قواته أسقطت طائرة مسيّرة محمّلة بالمتفجرات قبل وصولها إلى حقل خورمالة.",
        date(2025, 7, 16),
    )
    attacks = [e for e in found if e.cls == "DroneAttack"]
    (interception,) = [e for e in found if e.cls == "Interception"]
    assert len(attacks) == 2
    assert found[interception.in_response_to[0]] is not attacks[0]


def test_a_downing_on_another_night_is_another_interception() -> None:
    found = events(
        "أسقطت الدفاعات الجوية فجر اليوم طائرة مسيّرة حاولت استهداف مطار أربيل الدولي. "
        "ويُعدّ الهجوم الثاني خلال أيام، إذ كانت الدفاعات الجوية قد أسقطت ليل الأحد – الاثنين مسيّرة مماثلة اقتربت من محيط المطار."
    )
    interceptions = [e for e in found if e.cls == "Interception"]
    assert sorted(e.date for e in interceptions) == [date(2024, 2, 4), date(2024, 2, 7)]


COALITION = ID + "actor/cjtf-oir"


def test_an_aircraft_belonging_to_a_force_makes_it_the_attacker() -> None:
    ev = only("قال مسؤول عسكري إن مقاتلة تابعة للتحالف دمرت منصة إطلاق صواريخ قرب القائم فجر اليوم.")
    assert ev.cls == "Airstrike" and COALITION in ev.attackers and COALITION not in ev.targets


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت طائرة مسيّرة تابعة لقوات الاحتلال التركي محطة لضخ النفط في ريف القامشلي أمس.",
        "قصفت مسيّرةٌ من مسيّراتِ الجيش التركي حاجزاً لقوات الأسايش عند المدخل الشمالي لمدينة الحسكة أمس.",
    ],
)
def test_a_drone_of_a_force_or_one_of_its_drones_makes_it_the_attacker(text: str) -> None:
    assert only(text).attackers == [ID + "actor/turkish-forces"]


@pytest.mark.parametrize(
    "text",
    [
        "مدفعية التحالف الدولي في كونيكو تقصف مواقع للميليشيات في بلدة مراط مساء اليوم.",
        "مقتل ثلاثة عناصر من الميليشيات بقصف التحالف على مراط مساء اليوم.",
        # the shelling of a kind by a force
        "احترق يوم السبت نحو 40 دونماً من الشعير في قرية الهوشان جراء قصف مدفعي لقوات التحالف الدولي ومرتزقته.",
    ],
)
def test_the_owner_of_the_guns_or_the_doer_of_the_shelling_is_the_attacker(text: str) -> None:
    ev = only(text)
    assert (COALITION in ev.attackers, ID + "place/conoco-gas-field" in ev.targets) == (True, False)


def test_an_aircraft_hit_by_the_attack_does_not_make_its_owner_the_attacker() -> None:
    ev = only("استهدفت مسيرة طائرة تابعة للتحالف في مطار الشدادي فجر اليوم.")
    assert COALITION not in ev.attackers


def test_another_coalition_is_not_the_us_led_one() -> None:
    names = {m.iri for m in extract("قال المتحدث إن التحالف العربي قصف مواقع قرب صنعاء.").entities}
    assert COALITION not in names
    assert COALITION in {m.iri for m in extract("قصفت طائرات التحالف الأمريكي مواقع قرب البوكمال.").entities}


@pytest.mark.parametrize("text", ["دفاعات التحالف الجوية تُسقط طائرتين مسيّرتين قرب حقل العمر.", "قصفت طائرات التحالف الحربية مواقع قرب البوكمال."])
def test_a_feminine_adjective_after_the_coalition_qualifies_the_noun_before_it(text: str) -> None:
    assert COALITION in {m.iri for m in extract(text).entities}


def test_an_attack_named_in_passing_after_a_strike_is_the_one_already_reported() -> None:
    found = events(
        "أطلقت أربعة صواريخ من بلدة زمار العراقية باتجاه قاعدة أمريكية في سوريا صباح اليوم. "
        "وقال مسؤول إن مقاتلة تابعة للتحالف دمرت منصة الإطلاق بعد أنباء عن هجوم صاروخي على قاعدة للتحالف في سوريا، "
        "مضيفاً أنه لم يصب أي جندي."
    )
    assert [e.cls for e in found] == ["RocketAttack", "Airstrike"]
    rockets, strike = found
    assert killed(rockets) == {0} and not strike.claims
    assert COALITION in strike.attackers


def test_the_place_an_attack_was_launched_from_is_not_where_it_struck() -> None:
    ev = only("أطلقت صواريخ من بلدة زمار العراقية على قاعدة أمريكية في سوريا صباح اليوم.")
    assert ev.locations == [ID + "place/zummar", ID + "place/syria"]


@pytest.mark.parametrize(
    "text",
    [
        "تبنت ميليشيات «المقاومة الإسلامية في العراق» قصف قاعدة الشدادي بطائرة مسيرة فجر اليوم.",
        "بعد إعلان جماعة تطلق على نفسها اسم «المقاومة الإسلامية في العراق» مهاجمة قاعدة الشدادي بالطيران المسير فجر اليوم.",
    ],
)
def test_a_claim_reaches_the_group_past_its_description(text: str) -> None:
    ev = only(text)
    assert ID + "actor/islamic-resistance-in-iraq" in ev.attackers


def test_a_claim_of_this_bombing_in_the_next_sentence_names_its_attacker() -> None:
    ev = only(
        "انفجرت عبوة ناسفة بسيارة عسكرية في بلدة الطيانة أمس، ما أدى إلى مقتل مقاتلين اثنين. "
        "وقد تبنّى تنظيم «داعش» الإرهابي هذا التفجير عبر معرّفاته."
    )
    assert (ev.attackers, ev.claimed_by) == ([ID + "actor/isis"], [ID + "actor/isis"])


def test_an_accusation_of_shelling_the_town_names_the_attacker_of_the_shelling_told() -> None:
    ev = only(
        "سقطت قذيفة هاون على باحة مدرسة في بلدة دير حافر صباح أمس، ما أدى إلى إصابة تلميذين. واتهمت مديرية التربية في "
        "حلب \"قوات سوريا الديمقراطية (قسد)\" بقصف البلدة من مواقعها شرقها."
    )
    assert ev.attackers == [ID + "actor/sdf"]


def test_attacks_counted_since_the_start_of_a_period_are_a_tally_not_an_attack() -> None:
    tally = "في حين تجاوز عدد ضحايا موسم الكمأة الحالي 60 شخصاً منذ مطلع شباط، بين هجمات وانفجار ألغام."
    assert events("وبلغ سعر كيلو الكمأة في سوق الهال هذا الأسبوع نحو 150 ألف ليرة، " + tally, date(2024, 3, 9)) == []
    assert len(events("وأفادت مصادر بأن الطيران الحربي الروسي ينفّذ منذ صباح اليوم غارات مكثفة على مخابئ في بادية الميادين.")) == 1


def test_blame_laid_on_a_groups_cells_names_the_group() -> None:
    ev = only(
        "هاجم مسلحون جامعي الكمأة في بادية السخنة يوم الأربعاء، وأطلقوا النار عليهم. ووجّه المصدر الاتهام إلى "
        "\"خلايا داعش الإرهابية\" التي تتخذ من عمق البادية ملاذاً لها."
    )
    assert ev.attackers == [ID + "actor/isis"]


def test_a_quantity_per_day_in_the_clause_is_a_rate_not_a_practice() -> None:
    ev = only(
        "وفجر الأحد، استهدفت مسيّرة تركية معملاً للأعلاف قرب عامودا، ما أسفر عن مقتل عامل، وتوقّف خط الإنتاج الذي "
        "يزوّد مربّي المواشي بنحو 40 طناً يومياً.",
        date(2024, 1, 16),
    )
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 1, 14))
    assert events("تستهدف المسيّرات التركية قرى ريف عامودا يومياً.", date(2024, 1, 16)) == []  # a practice


def test_the_attack_whose_responsibility_is_laid_by_a_pronoun_has_that_attacker() -> None:
    ev = only(
        "قُتل تسعة جنود أتراك في هجوم استهدف قاعدة عسكرية شمالي العراق يوم الجمعة 12 كانون الثاني، وهو الهجوم الذي "
        "حمّلت أنقرة مسؤوليته لحزب العمال الكردستاني.",
        date(2024, 1, 16),
    )
    assert ev.attackers == [ID + "actor/pkk"]


def test_a_count_of_whom_then_the_verb_of_their_death_is_the_dead() -> None:
    ev = only(
        "تنعى الشبكة خمسة من خَدَمة المواكب الحسينية وأبناء الحشد المقدّس، ارتقوا شهداء مساء يوم الأحد ١٩ جمادى الأولى، "
        "إثر استهداف غادر نفّذته طائرة مسيّرة أمريكية لعجلتهم قرب قضاء الدبس.",
        date(2023, 12, 5),
    )
    assert (killed(ev), ev.date) == ({5}, date(2023, 12, 3))


@pytest.mark.parametrize(
    "text",
    [
        "تعرّضت قرية أم الكيف في ريف تل تمر فجر الجمعة لقصف مدفعي من قبل الفصائل المسلحة الموالية لتركيا، ولم يُصب أحد.",
        "أُصيب مقاتل قرب قرية الطويلة فجر اليوم برصاص قناص من جهة مواقع الفصائل الموالية لتركيا.",
    ],
)
def test_the_factions_loyal_to_turkey_are_the_syrian_national_army(text: str) -> None:
    assert only(text).attackers == [ID + "actor/syrian-national-army"]


def test_the_places_where_strikes_fall_are_no_strike() -> None:
    assert events("ونكرر دعوتنا لأهلنا في البوكمال إلى الابتعاد عن مقرات الميليشيات وعدم التجمع قرب أماكن الاستهداف.") == []


def test_the_attack_on_a_place_named_again_is_the_attack_on_that_place_not_the_last_told() -> None:
    omar, shaddadi, _ = events(
        "أعلنت المقاومة الإسلامية في العراق أنها استهدفت فجر اليوم قاعدة حقل العمر بطائرة مسيّرة. وفي بيان ثانٍ، "
        "قالت المقاومة إن مجاهديها «استهدفوا قاعدة الاحتلال في الشدادي برشقة من الصواريخ». أما البيان الثالث فأشار "
        "إلى أن مجاهديها «استهدفوا، مساء أمس، قاعدة الاحتلال في مطار خراب الجير بطائرة مسيّرة». في المقابل، نقلت "
        "وكالة رويترز عن مسؤول عسكري أمريكي قوله إن الهجوم على حقل العمر «لم يسفر عن إصابات»."
    )
    assert (killed(omar), killed(shaddadi)) == ({0}, set())


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            (
                "وفجر اليوم، استهدفت مسيّرة تركية نقطة لقوى الأمن الداخلي على طريق عامودا. وبالتزامن مع ذلك، قصفت مدفعية "
                "الجيش التركي قرى في ريف تل تمر."
            ),
            date(2023, 12, 25),
            date(2023, 12, 25),
        ),
        (
            (
                "تعرّضت قاعدة عين الأسد، مساء أمس السبت، لهجوم بعدد من الصواريخ الباليستية. وفي الساعات ذاتها، قال مسؤول "
                "عسكري أمريكي إن طائرة مسيّرة انتحارية استهدفت القوات الأمريكية المتمركزة في حقل كونيكو."
            ),
            date(2024, 1, 21),
            date(2024, 1, 20),
        ),
        # less than an hour after it
        (
            (
                "ضربت طائرة مسيّرة منظومة رادار في معسكر التاجي مساء الاثنين. "
                "وبعد أقل من ساعة، أصابت مسيّرة ثانية رادار قاعدة الإمام علي الجوية في ذي قار."
            ),
            date(2025, 7, 3),
            date(2025, 6, 30),
        ),
    ],
)
def test_an_attack_told_as_at_the_same_time_as_the_last_is_of_its_day(text: str, published: date, day: date) -> None:
    assert [e.date for e in events(text, published)] == [day] * 2


def test_the_rounds_counted_and_a_school_named_for_a_martyr_are_no_toll() -> None:
    ev = only(
        "سقطت قذيفة هاون واحدة على باحة مدرسة الشهيد عبد القادر الحلبي في بلدة دير حافر صباح أمس، ما أدى إلى إصابة "
        "تلميذين ومعلّمة بشظايا، من دون وقوع وفيات."
    )
    assert (killed(ev), wounded(ev)) == ({0}, {3})


def test_a_drone_laden_with_explosives_seen_approaching_is_the_attack_its_downing_answers() -> None:
    drone, interception = events(
        "توقفت حركة الطيران في مطار أربيل الدولي نحو ساعتين فجر الثلاثاء، بعد رصد طائرة مسيّرة مفخخة تقترب من "
        "محيط المطار. وقالت السلطات إن الطائرة المسيّرة أُسقطت من قبل منظومة الدفاع الجوي التابعة للتحالف الدولي.",
        date(2025, 7, 3),
    )
    assert (drone.cls, drone.date, interception.cls, interception.date) == ("DroneAttack", date(2025, 7, 1), "Interception", date(2025, 7, 1))
    assert events("رصدت طائرة مسيّرة تحلق فوق قاعدة حرير مساء الثلاثاء.", date(2025, 7, 3)) == []  # it may only watch


def test_a_strike_told_as_minutes_after_the_attack_is_of_its_day() -> None:
    attack, strike = events(
        "سقط صاروخان مساء الثلاثاء على قاعدة عين الأسد. وأضاف البيان أنه في ردٍّ فوري، استهدفت طائرة أمريكية "
        "بعد دقائق من الهجوم العجلة التي أُطلق منها الصاروخان.",
        date(2023, 11, 23),
    )
    assert (attack.date, strike.cls, strike.date) == (date(2023, 11, 21), "Airstrike", date(2023, 11, 21))


def test_a_claim_of_the_operation_named_by_its_deed_past_where_it_was_posted_names_the_attacker() -> None:
    ev = only(
        "قُتل المدرّس خالد العبد الله برصاص مسلحين مجهولين أمام منزله في الميادين مساء الخميس. وتبنّى تنظيم \"داعش\" "
        "عبر معرّفات تابعة له على تطبيق تلغرام عملية الاغتيال، زاعماً أن المدرّس كان متعاوناً مع النظام.",
        date(2026, 1, 10),
    )
    assert (ev.attackers, ev.claimed_by) == ([ID + "actor/isis"], [ID + "actor/isis"])


def test_the_group_by_its_head_noun_alone_claims_what_it_did() -> None:
    ev = only('وكالة "أعماق" التابعة لتنظيم "داعش" تنشر بياناً يتبنّى فيه التنظيم التفجير الذي استهدف أمس حاجزاً لقسد في بلدة الطيانة.')
    assert (ev.attackers, ev.claimed_by) == ([ID + "actor/isis"], [ID + "actor/isis"])


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_where_the_attack_was() -> None:
    ev = only("هاجمت مجموعة مسلحة أمس نقطة عسكرية في بلدة القورية، وأُصيب ثلاثة جنود نُقلوا إلى المشفى الوطني في الميادين.")
    assert ID + "place/al-mayadin" not in ev.locations + ev.targets


@pytest.mark.parametrize("toll", ["قتل وإصابة 20 عنصراً", "مقتل وجرح 20 عنصراً"])
def test_the_dead_and_wounded_counted_together_are_no_count_of_either(toll: str) -> None:
    ev = only(f"تبنى تنظيم داعش الهجوم على نقطة عسكرية قرب القورية ليل الخميس، زاعماً أنه أسفر عن {toll}.")
    assert (killed(ev), wounded(ev)) == (set(), set())


IRI = ID + "actor/islamic-resistance-in-iraq"


def test_a_quoted_response_phrase_is_its_own_clause() -> None:
    ev = only(
        'قال قائد القيادة المركزية: "رداً على الاستفزازات المستمرة من قبل الحرس الثوري، '
        'نفذت القيادة المركزية الأمريكية ضربات جوية ضد منشآت قرب البوكمال" فجر اليوم.'
    )
    assert ID + "actor/irgc" not in ev.attackers and ID + "actor/centcom" in ev.attackers


def test_the_two_strikes_refer_back_to_the_strike_reported() -> None:
    ev = only(
        "شنت القوات الأمريكية فجر اليوم ضربتين جويتين على مواقع قرب الميادين. "
        "وقال المتحدث إن الجيش يراجع ما إذا كانت الضربتان تسببتا في مقتل أي عنصر من الميليشيات الموالية لإيران."
    )
    assert ev.cls == "Airstrike" and len(ev.evidence) == 2


def test_the_nationality_of_the_strikes_after_the_verb_names_the_attacker() -> None:
    ev = only("واستهدفت الغارات الأميركية مستودعات أسلحة في منطقة حسرات بريف البوكمال فجر اليوم.")
    assert ev.attackers == [US]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("تعرضت قاعدة التنف لهجوم بمسيّرات يعتقد أنها تابعة لميليشيات موالية لإيران فجر اليوم.", MILITIAS),
        ("سقطت قذائف صاروخية يرجح أنها من جانب «المقاومة الإسلامية في العراق» قرب قاعدة خراب الجير فجر اليوم.", IRI),
        # who supposes it, between the verb and «أنها»
        (
            "نفّذت طائرات حربية غارات على بلدة عرمان فجر اليوم، ويرجّح الأهالي أنها تابعة لسلاح الجو الأردني.",
            ID + "actor/jordanian-armed-forces",
        ),
        ("سقطت قذائف صاروخية قرب قاعدة خراب الجير فجر اليوم، ورجحت مصادر بأن «المقاومة الإسلامية في العراق» أطلقتها من العراق.", IRI),
        ("قُتل ثلاثة عناصر فجر اليوم إثر كمين نصبته خلية يُعتقد أنها تتبع لتنظيم «داعش» لدورية في بادية الميادين.", ID + "actor/isis"),
        # the men's suspected allegiance
        ("قُتل عنصران مساء أمس في هجوم نفّذه مسلحون يُرجَّح انتماؤهم لتنظيم «داعش» على حاجز قرب القورية.", ID + "actor/isis"),
        ("قُتل جنديان فجر اليوم بهجوم شنه مسلحون يُشتبه بانتمائهم إلى تنظيم داعش على حاجز قرب الميادين.", ID + "actor/isis"),
        # the side said to be behind it
        ("سقطت صواريخ فجر اليوم داخل قاعدة حرير، مرجحاً أن تكون «فصائل مدعومة من إيران» وراء الهجوم.", MILITIAS),
        ("استهدف هجوم بطائرة مسيّرة أمس قاعدة التنف، وقال مسؤول إن «المقاومة الإسلامية في العراق» تقف خلفه.", IRI),
        # the side supposed to have planted it (for attacks to come: no attack of its own)
        (
            (
                "قُتل راعٍ أمس بانفجار لغم أرضي قرب معدان. وتشير المعاينة إلى أن اللغم زُرع حديثاً، إذ لم يكن موجوداً حين "
                "مُسحت المنطقة في كانون الثاني، وترجّح المنظمة أن تكون خلايا تنظيم داعش قد زرعته لاستهداف الدوريات."
            ),
            ID + "actor/isis",
        ),
    ],
)
def test_a_suspected_attacker_is_the_attacker(text: str, attacker: str) -> None:
    assert attacker in only(text).attackers


@pytest.mark.parametrize(
    "text",
    [
        "قُتل 4 عناصر من قوات النظام في كمين نصبته خلية لتنظيم \"داعش\" لرتل عسكري في بادية الميادين مساء أمس.",
        "هاجمت خلية من داعش حاجزاً للجيش السوري قرب بلدة العشارة مساء أمس.",
        "قُتل جنديان جراء انفجار عبوة ناسفة زرعها مرتزقة داعش على طريق عسكري قرب بلدة الشحيل مساء أمس.",
        'قُتل 12 عنصراً مساء أمس في كمين نصبه مقاتلون من تنظيم "داعش" لحافلة عسكرية في البادية السورية.',
        # the cell «of» the group's men
        "أقدمت خلية تابعة لمرتزقة داعش أمس على مهاجمة حاجز لقواتنا قرب مخيم الهول، ما أدى إلى استشهاد رفيقنا شيار حسن.",
    ],
)
def test_a_cell_or_men_of_a_group_carrying_out_the_attack_make_it_the_attacker(text: str) -> None:
    assert only(text).attackers == [ID + "actor/isis"]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("استهدفت طائرة مسيرة خلية لتنظيم داعش قرب بلدة الشحيل مساء أمس.", []),
        ("قصفت القوات الأمريكية خلايا لداعش قرب بلدة الشحيل مساء أمس.", [US]),
        ("قصفت طائرات حربية عناصر من داعش قرب بلدة الشحيل مساء أمس.", []),
    ],
)
def test_a_cell_of_a_group_struck_is_the_target(text: str, attacker: list[str]) -> None:
    ev = only(text)
    assert (ev.attackers, ev.targets) == (attacker, [ID + "actor/isis"])


def test_an_attacker_named_outright_stands_over_one_only_accused() -> None:
    ev = only(
        "وشنّ مقاتلو العشائر، فجر اليوم، هجوماً على حواجز لـ«قسد» في بلدة ذيبان. "
        "في المقابل، أقرّت «قسد» بمقتل ثلاثة من مقاتليها في الهجوم، متهمة «الحرس الثوري الإيراني» بالوقوف خلفه."
    )
    assert ev.attackers == [ID + "actor/arab-tribal-forces"]


def test_the_base_an_attack_came_from_is_not_its_target() -> None:
    ev = only("قال المركز الاستشاري الإيراني إن الهجوم الأميركي من قاعدة التنف فجر اليوم طاول أهدافاً مدنية قرب البوكمال.")
    assert ID + "place/al-tanf-garrison" not in ev.targets


@pytest.mark.parametrize(
    "text",
    [
        "ففي 15 آب/أغسطس 2022 استهدفت خمس طائرات مسيّرة مفخخة مجمّع القاعدة، وقالت القيادة المركزية "
        "الأمريكية إن الهجوم لم يسفر عن إصابات.",
        "وقال المركز الإعلامي لقسد إن قذائف سقطت على منازل في بلدة الشحيل مساء أمس.",
        "وقال المتحدث باسم «قسد» إن قذائف سقطت على منازل في بلدة الشحيل مساء أمس.",
        "وأفاد المكتب الإعلامي للحشد الشعبي بأن طائرة مسيّرة قصفت سيارة قرب القائم مساء أمس.",
    ],
)
def test_a_force_speaking_of_the_attack_is_not_its_target(text: str) -> None:
    assert only(text).targets == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a base a statement left out
        ("تبنت المقاومة الإسلامية في العراق الهجوم على قاعدة عين الأسد مساء أمس، ولم تشر في بيانها إلى قاعدة حرير.", "ain-al-asad-airbase"),
        # a headline naming two bases lends the report of one only its own
        (
            (
                "هجوم بالمسيّرات على مطار أربيل وانفجار قرب قاعدة حرير\n\n"
                "استهدفت طائرة مسيّرة محيط قاعدة حرير مساء أمس دون تسجيل إصابات."
            ),
            "harir-base",
        ),
    ],
)
def test_a_base_named_but_not_struck_is_no_target(text: str, target: str) -> None:
    assert only(text).targets == [ID + "place/" + target]


def test_drones_downed_before_the_attack_is_told_by_reference_are_that_attacks() -> None:
    attack, interception = events(
        "أسقطت الدفاعات الجوية للتحالف الدولي طائرتين مسيّرتين كانتا تتجهان نحو القاعدة العسكرية في مطار أربيل مساء أمس. "
        "وتبنّت جماعة تطلق على نفسها اسم «سرايا أولياء الدم» الهجوم على القاعدة في مطار أربيل."
    )
    assert (attack.cls, attack.date, len(attack.attackers), interception.in_response_to) == ("DroneAttack", date(2024, 2, 6), 1, [0])


def test_a_quoted_relative_day_is_the_speakers_and_not_resolved() -> None:
    ev = only('وقال وزير الدفاع في بيان: "أمرت القوات الأمريكية بشن ضربات جوية الليلة على منشآت قرب البوكمال".')
    assert ev.date is None


def test_the_same_day_is_the_day_just_named() -> None:
    found = events(
        "نفذ الجيش الأمريكي ضربات جوية أمس الثلاثاء على منشآت لكتائب حزب الله في العراق، "
        "بعد هجوم شنه مسلحون في وقت سابق من اليوم نفسه على قاعدة أربيل."
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 6)), ("Attack", date(2024, 2, 6))]


def test_the_full_report_of_an_attack_named_in_passing_joins_it() -> None:
    found = events(
        "نفذ الجيش الأمريكي ضربات جوية أمس الثلاثاء على منشآت في العراق، بعد هجوم شنه مسلحون على قاعدة أربيل "
        "وأسفر عن إصابة 3 جنود. وقال البيان إن الضربات رد على هجوم شنته كتائب حزب الله على قاعدة أربيل."
    )
    assert len(found) == 2
    assert found[1].attackers == [ID + "actor/kataib-hezbollah"] and wounded(found[1]) == {3}


@pytest.mark.parametrize(
    ("published", "day", "bounds"),
    [
        (date(2024, 2, 7), date(2024, 2, 7), (None, None)),  # reported the day of the attack it followed
        (date(2024, 2, 9), None, (date(2024, 2, 7), date(2024, 2, 9))),
    ],
)
def test_an_undated_strike_after_an_attack_is_dated_between_that_attack_and_the_report(
    published: date, day: date | None, bounds: tuple[date | None, date | None]
) -> None:
    found = events(
        "قالت مصادر أمنية إن خمسة صواريخ أطلقت باتجاه قاعدة حقل العمر يوم 7 فبراير 2024. "
        "وقال مسؤول أمريكي إن طائرة تابعة للتحالف نفذت غارة جوية دمرت منصة إطلاق "
        "بعد أنباء عن هجوم صاروخي فاشل قرب القاعدة.",
        published,
    )
    assert [e.cls for e in found] == ["RocketAttack", "Airstrike"]
    assert found[0].date == date(2024, 2, 7)
    assert (found[1].date, (found[1].earliest, found[1].latest)) == (day, bounds)


def test_an_undated_strike_is_not_bounded_by_a_publication_day_read_from_the_text() -> None:
    found = events(
        "قالت مصادر أمنية إن خمسة صواريخ أطلقت باتجاه قاعدة حقل العمر يوم 7 فبراير 2024. "
        "وقال مسؤول أمريكي إن طائرة تابعة للتحالف نفذت غارة جوية دمرت منصة إطلاق "
        "بعد أنباء عن هجوم صاروخي فاشل قرب القاعدة.",
        None,
    )
    assert (found[1].date, found[1].earliest, found[1].latest) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("قصفت القوات الأمريكية فجر اليوم مواقع لكتائب حزب الله في البوكمال.", "Airstrike"),
        ("قصفت القوات الأمريكية بالمدفعية فجر اليوم مواقع لكتائب حزب الله في البوكمال.", "ArtilleryShelling"),
    ],
)
def test_shelling_by_a_state_air_force_without_other_means_is_an_airstrike(text: str, cls: str) -> None:
    assert only(text).cls == cls


def test_an_aside_between_dashes_is_a_clause_of_its_own_and_not_the_end_of_the_sentence() -> None:
    found = events(
        "شن الجيش الأمريكي غارات جوية أمس الثلاثاء على مواقع قرب البوكمال. "
        "واستهدفت الميليشيات التابعة لإيران فجر اليوم - بعد ساعات من الغارات الأميركية- "
        "قاعدة حقل العمر بريف دير الزور بأكثر من 10 صواريخ."
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 6)), ("RocketAttack", date(2024, 2, 7))]
    assert found[1].attackers == [MILITIAS] and found[1].munitions == 10
    assert ID + "place/al-omar-oil-field" in found[1].targets


def test_an_aside_naming_the_day_dates_its_clause() -> None:
    ev = only("قالت وزارة الدفاع إن الجيش الأمريكي نفذ ضربات جوية -أمس الاثنين- على منشآت في البوكمال.")
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 2, 5))


def test_an_attack_added_with_kama_is_another_attack_on_the_same_day() -> None:
    found = events(
        "استهدفت الميليشيات التابعة لإيران فجر اليوم قاعدة حقل كونيكو بالصواريخ، "
        "كما طالت الهجمات بالطيران المسير قاعدة حقل العمر."
    )
    assert [(e.cls, e.date) for e in found] == [("RocketAttack", date(2024, 2, 7)), ("DroneAttack", date(2024, 2, 7))]
    assert ID + "place/al-omar-oil-field" in found[1].targets and ID + "place/al-omar-oil-field" not in found[0].targets


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("استهدفت مسيرة قاعدة التنف فجر اليوم، دون وقوع أي خسائر بشرية.", lambda ev: killed(ev) == {0}),
        (
            "أعلنت كتائب حزب الله مسؤوليتها عن استهداف قاعدة عين الأسد بالصواريخ فجر اليوم.",
            lambda ev: ev.claimed_by == [ID + "actor/kataib-hezbollah"],
        ),
        ("شنت طائرات حربية إسرائيلية غارات على مواقع قرب البوكمال فجر اليوم.", lambda ev: ev.attackers == [ID + "actor/idf"]),
    ],
)
def test_words_with_hamza_forms_are_matched(text: str, check: Callable[[Event], bool]) -> None:
    assert check(only(text))


@pytest.mark.parametrize("module", ["kg/extract/events.py", "kg/extract/entities.py", "kg/numbers.py", "kg/temporal.py"])
def test_lexicons_are_written_in_normalised_form(module: str) -> None:
    """The rules match normalised text, so a word written «خسائر» or «مسؤولية» could never match."""
    tree = ast.parse((Path(__file__).parent.parent / module).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body and isinstance(node.body[0], ast.Expr)
    }
    unnormalised = {
        (node.lineno, word)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        for word in re.findall(r"[\u0621-\u064a]+", node.value)
        if normalize(word).text != word
    }
    assert not unnormalised


# -- interceptions ---------------------------------------------------------------------------


def _kinds(found: list[Event]) -> list[str]:
    return [e.cls for e in found]


def test_a_drone_entirely_shot_down_is_an_attack_and_an_interception_of_it() -> None:
    found = events("أسقطت الدفاعات الجوية للتحالف الدولي طائرة مسيّرة كانت متجهة نحو قاعدة التنف فجر اليوم.")
    assert _kinds(found) == ["DroneAttack", "Interception"]
    attack, interception = found
    assert attack.targets == [ID + "place/al-tanf-garrison"]
    assert interception.in_response_to == [0]
    assert attack.date == interception.date == date(2024, 2, 7)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("وكانت الدفاعات الجوية قد أسقطت طائرة مسيّرة فوق قاعدة التنف أمس.", ["DroneAttack", "Interception"]),
        ("قال مسؤول إن الدفاعات الجوية قد تعترض أي طائرة مسيّرة تقترب من قاعدة التنف.", []),
    ],
)
def test_qad_before_a_past_downing_affirms_it_and_before_a_present_one_makes_it_possible(text: str, kinds: list[str]) -> None:
    assert _kinds(events(text)) == kinds


def test_the_interception_of_an_attack_already_reported_answers_that_attack() -> None:
    found = events(
        "استهدفت ثلاث طائرات مسيّرة قاعدة حقل كونيكو فجر اليوم. "
        "وتمكنت المضادات الأرضية في القاعدة من إسقاط المسيّرات الثلاث قبل وصولها إلى أهدافها. "
        "وقال مسؤول إن المسيّرات أُسقطت فوق الحقل."
    )
    assert _kinds(found) == ["DroneAttack", "Interception"]
    assert found[1].in_response_to == [0]
    assert len(found[1].evidence) == 2  # the second report of the downing joins it


def test_the_aircraft_downed_right_after_a_drone_attack_are_its_drones() -> None:
    found = events(
        "قالت المقاومة إن مجاهديها استهدفوا فجر الاثنين قاعدة عين الأسد بطائرتين مسيّرتين. "
        "غير أن البنتاغون زعم أن قواته أسقطت الطائرتين قبل وصولهما إلى القاعدة."
    )
    assert _kinds(found) == ["DroneAttack", "Interception"]
    assert (found[1].in_response_to, found[1].date) == ([0], date(2024, 2, 5))
    assert found[1].interceptors == [US]  # the forces of the ministry saying so
    # after an air strike, «the» aircraft are its planes: none downed
    assert _kinds(events("شنت طائرات أمريكية غارات على البوكمال فجر اليوم. وقال مصدر إن الطائرات عادت إلى قواعدها.")) == ["Airstrike"]


@pytest.mark.parametrize(
    "text",
    [
        "استهدف صاروخ باليستي قاعدة عين الأسد أمس، بعدما فشلت الدفاعات الجوية في اعتراضه.",
        "شنت طائرات حربية أمس غارات على مواقع قرب البوكمال، وتصدت الدفاعات الجوية للصواريخ وأسقطت بعضها.",
        "استهدفت ثلاث مسيّرات قاعدة التنف أمس، وأسقطت المضادات الجوية مسيّرتين، وأن المسيّرة الثالثة وصلت إلى داخل القاعدة.",
    ],
)
def test_a_failed_or_partial_interception_is_part_of_the_attack(text: str) -> None:
    assert "Interception" not in _kinds(events(text))


# -- casualty counts -------------------------------------------------------------------------


def test_a_date_between_the_casualty_verb_and_the_count_is_read_past() -> None:
    ev = only("قُتل في ٢٠ تشرين الثاني ٢٠٢٣ أربعة عناصر من الميليشيات بغارة جوية استهدفت مقراً لهم بالبوكمال.")
    assert killed(ev) == {4}
    assert ev.date == date(2023, 11, 20)


@pytest.mark.parametrize(
    ("victims", "count"), [("طفل", 1), ("طفل وسيدة", 2), ("مدني وطفل وامرأة", 3), ("جنديين", 2), ("حارسين", 2), ("موظف ومهندس", 2), ("امرأة وطفلين", 3),
     # each maybe of a nation or kind
     ("جنديين أمريكيين ومترجم مدني", 3), ("جندي سوري وطفلين", 3)]
)
def test_victims_named_one_by_one_are_counted(victims: str, count: int) -> None:
    ev = only(f"قصفت قوات النظام بلدة ذيبان أمس، ما أدى إلى مقتل {victims}.")
    assert killed(ev) == {count}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a leader and the companions told after him, the leader first in a passive sentence
        ("قُتل قيادي بارز في حركة النجباء واثنان من مرافقيه مساء أمس في ضربة بطائرة مسيّرة استهدفت سيارتهم قرب القائم.", 3),
        # the victim as an active verb's object, after its subject
        ("قتلت غارة لطائرة مسيّرة تابعة للتحالف الدولي فجر اليوم قيادياً في تنظيم داعش ومرافقه قرب الشدادي.", 2),
        ("اغتال مسلحان مجهولان يستقلان دراجة نارية مساء أمس عنصراً في قسد أمام منزله في بلدة الشحيل.", 1),
        ("قتلت غارة لطائرة مسيّرة تركية أمس عنصرين من الأسايش على طريق عامودا.", 2),
        # a victim told before, by a pronoun
        ("استهدفت طائرة مسيّرة أمس سيارة تقل قيادياً في الحشد قرب القائم، ما أدى إلى مقتله مع مرافقه.", 2),
        ("استهدفت طائرة أمريكية أمس سيارة تقل عناصر من الكتائب قرب القائم، ما أدى إلى مقتل أحدهم.", 1),
        # «أحد عشر» is eleven, not one
        ("قصفت قوات النظام بلدة ذيبان أمس، ما أدى إلى مقتل أحد عشر مدنياً.", 11),
        # the victim told before, killed with companions
        ("وكان القيادي قد استُشهد مع أحد مرافقيه بضربة نفذتها مسيّرة أمريكية على مقر للحشد شرقي بغداد أمس.", 2),
        ("وقُتل القيادي مع اثنين من مرافقيه في غارة لطائرة مسيّرة أمريكية على سيارته قرب القائم أمس.", 3),
        ("ولقي أبو علي حتفه برفقة ثلاثة من عناصره في غارة جوية أمريكية على موقعهم قرب البوكمال أمس.", 4),
    ],
)
def test_victims_without_a_number_are_counted(text: str, count: int) -> None:
    assert killed(only(text)) == {count}


@pytest.mark.parametrize(
    ("more", "count"), [("إضافة إلى جندي عراقي", 5), ("فضلاً عن جنديَّين عراقيَّين", 6), ("علاوة على مترجم", 5), ("بالإضافة إلى 3 جنود عراقيين", 7)]
)
def test_victims_added_to_a_count_are_counted(more: str, count: int) -> None:
    ev = only(
        "استهدفت المقاومة الإسلامية قاعدة عين الأسد بالصواريخ مساء أمس. وأقرّ مسؤول أمريكي بإصابة أربعة عسكريين "
        f"أمريكيين بارتجاجات دماغية، {more}، مؤكداً عدم تسجيل أي وفيات."
    )
    assert (killed(ev), wounded(ev)) == ({0}, {count})


@pytest.mark.parametrize(
    "text",
    [
        "وفي 18 تشرين الأول/أكتوبر 2023، بعد أيام من اندلاع الحرب في غزة، هاجمت طائرتان مسيّرتان قاعدة التنف.",
        "وفي 18 أكتوبر 2023، بعد ساعات من تهديد الفصائل، قصفت طائرة مسيّرة قاعدة التنف.",
    ],
)
def test_an_aside_after_a_fronted_day_keeps_the_day_and_names_no_place(text: str) -> None:
    ev = only(text)
    assert (ev.date, ev.locations) == (date(2023, 10, 18), [])


def test_a_distance_is_no_time_after() -> None:
    attack, interception = events(
        "أسقطت الدفاعات الجوية طائرتين مسيّرتين على بعد نحو 4 كيلومترات من مطار أربيل ليل السبت، \"من دون أن تتسببا "
        "بأي خسائر بشرية\".",
        published=date(2023, 11, 5),
    )
    assert (attack.cls, attack.date, killed(attack), interception.cls) == ("DroneAttack", date(2023, 11, 4), {0}, "Interception")


@pytest.mark.parametrize(
    "text",
    [
        (
            "أسقطت الدفاعات الجوية للتحالف طائرة مسيّرة مفخخة قرب مطار أربيل ليل السبت.\n"
            "وقال مسؤول أمني إن الدفاعات أسقطت المسيّرة فوق أرض زراعية غربي المطار، دون وقوع إصابات."
        ),
        # a sentence of its own after the interception, the attack told before it or with it
        (
            "أُطلقت ثلاثة صواريخ كاتيوشا ليل السبت باتجاه مطار أربيل. اعترضت منظومة سي-رام أحدها، "
            "وسقط الآخران في أرض خالية. لا إصابات ولا أضرار وفق مصادر أمنية."
        ),
        (
            "اقتربت طائرة مسيّرة ليل السبت من مطار أربيل، وأسقطتها الدفاعات الجوية قبل بلوغ هدفها. لا إصابات، "
            "واستمرت الرحلات بشكل طبيعي."
        ),
        # the craft told again as aircraft, downed in the dual («أُسقطتا»)
        (
            "أسقطت الدفاعات الجوية للتحالف طائرتين مسيّرتين مفخختين كانتا تتجهان نحو مطار أربيل ليل السبت.\n"
            "وذكر الجهاز أن الطائرتين أُسقطتا على بعد نحو ٤ كيلومترات من المدرج، \"من دون أن تتسببا بأي خسائر بشرية أو مادية\"."
        ),
    ],
)
def test_no_one_harmed_told_with_the_interception_again_is_the_attacks_toll(text: str) -> None:
    attack, interception = events(text, published=date(2023, 11, 5))
    assert (interception.cls, killed(attack), wounded(attack)) == ("Interception", {0}, {0})


def test_attacks_on_two_bases_summed_up_then_told_each_are_two_attacks() -> None:
    found = events(
        "تعرّض معسكر التاجي شمالي بغداد وقاعدة الإمام علي الجوية في ذي قار، فجر اليوم الثلاثاء، لهجمات بطائرات مسيّرة. "
        "وقالت خلية الإعلام الأمني إن طائرة مسيّرة استهدفت منظومة الرادار في معسكر التاجي، مضيفة أن هجوماً مماثلاً "
        "بطائرتين مسيّرتين طال منظومة رادار قاعدة الإمام علي الجوية بعد نحو ساعة.",
        published=date(2025, 6, 24),
    )
    assert [e.cls for e in found] == ["DroneAttack", "DroneAttack"]
    assert [len(e.targets) for e in found] == [1, 1] and found[0].targets != found[1].targets


def test_a_headlines_other_base_named_as_a_camp_is_another_attacks_dated_by_the_lapse_after_the_first() -> None:
    found = events(
        "مسيّرات تستهدف معسكر التاجي وعين الأسد\n\n"
        "أصيب اثنا عشر جندياً عراقياً بجروح جراء سقوط طائرة مسيّرة على منظومة رادار في معسكر التاجي ليلة أمس.\n\n"
        "وبعد ذلك بنحو ساعة، رصدت منظومة \"سي-رام\" في قاعدة عين الأسد الجوية ثلاث طائرات مسيّرة كانت تقترب من القاعدة، "
        "وأسقطتها جميعاً قبل بلوغها أهدافها.",
        published=date(2025, 6, 14),
    )
    assert [(e.cls, e.date) for e in found] == [
        ("DroneAttack", date(2025, 6, 13)), ("DroneAttack", date(2025, 6, 13)), ("Interception", date(2025, 6, 13)),
    ]


def test_what_a_strike_followed_set_between_its_verb_and_object_is_a_clause_of_its_own() -> None:
    found = events(
        "أطلقت كتائب حزب الله مساء أمس الثلاثاء صاروخاً باليستياً على قاعدة عين الأسد. "
        "وقال المصدر إن طائرة أمريكية من طراز AC-130 استهدفت في أعقاب الهجوم مباشرة عجلة تقل عناصر من الكتائب "
        "قرب منطقة أبو غريب غربي بغداد، كانوا قد شاركوا في إطلاق الصاروخ.",
        published=date(2023, 11, 22),
    )
    assert [(e.cls, e.date) for e in found] == [("RocketAttack", date(2023, 11, 21)), ("Airstrike", date(2023, 11, 21))]
    assert US in found[1].attackers


def test_a_speaker_going_on_to_tell_another_attack_of_the_same_night_is_its_attacker() -> None:
    found = events(
        "أعلن الحرس الثوري الإيراني فجر اليوم أنه استهدف بصواريخ باليستية مقراً في أربيل، وقال في البيان نفسه إنه أطلق "
        "في الليلة ذاتها صواريخ على مواقع قال إنها لتنظيم داعش في محافظة إدلب.",
        published=date(2024, 1, 16),
    )
    assert [(e.cls, e.attackers) for e in found] == [("RocketAttack", [ID + "actor/irgc"])] * 2
    assert found[1].date == date(2024, 1, 15)


def test_a_toll_told_from_the_town_a_struck_site_is_named_after_is_that_strikes() -> None:
    ev = only(
        "استهدفت غارات جوية فجر أمس رتلاً من الشاحنات في ساحة قريبة من معبر البوكمال القائم. "
        "وقالت مصادر محلية في البوكمال إن ما بين أربعة وستة أشخاص قُتلوا."
    )
    assert killed(ev) == {4, 6}


@pytest.mark.parametrize(
    ("told", "toll"),
    [
        ("تقلّ خمسة من منتسبي الهيئة قرب الحويجة، ما أدى إلى استشهادهم جميعاً", {"Killed": 5}),
        ("تقل ثلاثة جنود قرب القائم، ما أدى إلى إصابتهم جميعاً", {"Wounded": 3}),
    ],
)
def test_all_of_them_killed_counts_the_people_counted_before(told: str, toll: dict[str, int]) -> None:
    ev = only(f"استهدفت طائرة مسيّرة أمريكية مساء أمس عجلة {told}.")
    assert {c.status: c.count for c in ev.claims} == toll


def test_one_of_the_dead_named_again_is_no_toll() -> None:
    found = events(
        "قصفت طائرات أمريكية مواقع في جرف الصخر يوم 22 تشرين الثاني 2023.\n\n"
        "وتقول عائلة أحد الشهيدين إنه التحق بالحشد عام 2017.",
        published=date(2023, 12, 4),
    )
    assert [killed(e) for e in found] == [set()]


def test_one_of_the_wounded_dead_is_no_count_of_the_wounded() -> None:
    ev = only("قصفت طائرة مسيّرة أمس سيارة قرب القائم، ما أدى إلى مقتل ثلاثة. وأعلنت المصادر لاحقاً وفاة أحد الجرحى.")
    assert (killed(ev), wounded(ev)) == ({3}, set())
    assert killed(only("قصفت طائرة مسيّرة أمس سيارة قرب القائم، ما أدى إلى مقتل أحد العناصر.")) == {1}


def test_a_passive_kill_verb_takes_no_object_from_the_next_clause() -> None:
    ev = only("قُتلت طفلة وأُصيب نحو عشرة مدنيين أمس جراء قصف مدفعي لقوات النظام على بلدة ذيبان.")
    assert (killed(ev), wounded(ev)) == ({1}, {10})


def test_a_day_a_tally_starts_from_dates_no_attack() -> None:
    found = events(
        "ومنذ بدء الهدنة الإنسانية في غزة في 24 تشرين الثاني، تراجعت وتيرة الهجمات، إذ سُجّلت هجمات محدودة على "
        "قاعدة التنف لم تُحدَّد مواعيدها.",
        published=date(2023, 12, 1),
    )
    assert [e.date for e in found if e.date is not None] == []


def test_attacks_going_on_since_a_past_day_are_no_attack() -> None:
    assert events(
        "ويأتي هذا التصعيد في إطار هجمات متواصلة تشنها دولة الاحتلال التركي على مناطق شمال وشرق سوريا منذ الخميس "
        "الماضي، طالت محطات الكهرباء والنفط، وأسفرت حتى الآن عن استشهاد 18 مدنياً."
    ) == []


def test_an_attack_told_with_also_is_one_more_of_that_day() -> None:
    found = events(
        "استشهد ثلاثة مدنيين جراء قصف مدفعي شنّه الجيش التركي صباح اليوم على قرية أم الكيف في ريف تل تمر. "
        "كما تعرضت قرى ناحية زركان صباح اليوم لقصف تركي بعشرات القذائف المدفعية، ولم تُسجَّل إصابات بشرية."
    )
    assert [(e.cls, killed(e)) for e in found] == [("ArtilleryShelling", {3}), ("ArtilleryShelling", {0})]


def test_a_lapse_of_time_between_commas_is_when_not_after_what() -> None:
    rockets, shelling = events(
        "استهدفت الميليشيات مساء أمس قاعدة حقل العمر بخمسة صواريخ. "
        "ورداً على الهجوم، قصفت القوات الأمريكية بالمدفعية، بعد نحو ساعة، مواقع استُخدمت في إطلاق الصواريخ "
        "قرب بلدة محكان، ما أسفر عن مقتل عنصرين من الميليشيات."
    )
    assert (rockets.cls, shelling.cls) == ("RocketAttack", "ArtilleryShelling")
    assert killed(shelling) == {2} and killed(rockets) == set()


def test_a_strike_answering_with_the_verb_is_not_the_attack_it_answers() -> None:
    drone, strike = events(
        "ضربت طائرة مسيّرة قاعدة للتحالف قرب الحسكة أمس، فقتلت متعاقداً أمريكياً. "
        "وردّت واشنطن في الليلة نفسها بغارات على موقعين قرب دير الزور."
    )
    assert (drone.cls, strike.cls) == ("DroneAttack", "Airstrike")
    assert strike.attackers == [US] and drone.attackers == [] and strike.in_response_to == [0]


def test_the_group_after_a_launching_verb_and_a_demonstrative_is_the_attacker() -> None:
    ev = only(
        "تنشط الفصائل الموالية لإيران في المنطقة منذ سنوات. "
        "وضربت أمس طائرة مسيّرة أطلقتها تلك الفصائل منشأة في قاعدة للتحالف قرب الحسكة."
    )
    assert ev.attackers == [MILITIAS]


def test_a_night_between_two_days_written_with_a_dash_stays_in_its_sentence() -> None:
    ev = only(
        "وكانت قاعدة حقل كونيكو قد تعرضت ليل الخميس - الجمعة لاستهداف بثلاث قذائف صاروخية.",
        date(2023, 10, 20),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2023, 10, 19))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("وكانت قاعدة الشدادي قد تعرضت أمس لهجوم بطائرة مسيّرة.", 1),  # past perfect: it happened
        ("وكانت الفصائل قد استهدفت أمس قاعدة حقل العمر بطائرة مسيّرة.", 1),
        # a long subject between «كان» and «قد»
        ("وكان مقر تابع للواء 12 في الحشد الشعبي قرب قضاء القائم غربي محافظة الأنبار قد تعرض أمس لقصف من طائرة مسيّرة.", 1),
        ("وقال المصدر إن الفصائل قد تستهدف قاعدة حقل العمر بطائرة مسيّرة.", 0),  # «قد» + imperfect: may
    ],
)
def test_qad_with_the_past_reports_an_attack_and_with_the_present_a_possibility(text: str, n: int) -> None:
    assert len(events(text)) == n


def test_the_same_night_a_few_paragraphs_on_is_the_day_named_before() -> None:
    text = (
        "استهدفت الميليشيات مساء أمس الثلاثاء قاعدة حقل كونيكو بأربع قذائف صاروخية سقطت في محيط القاعدة.\n\n"
        + "وقال المراسل إن صافرات الإنذار دوت داخل القاعدة لأكثر من نصف ساعة، وإن الدخان شوهد من القرى المجاورة. " * 4
        + "\n\nوفي وقت لاحق من الليلة ذاتها، قصفت القوات الأمريكية بالمدفعية مواقع للميليشيات في قرية مراط."
    )
    assert [e.date for e in events(text)] == [date(2024, 2, 6), date(2024, 2, 6)]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("سقطت ثلاثة صواريخ على قاعدة حقل العمر أمس، أُطلقت من مناطق نفوذ الميليشيات التابعة لـ«الحرس الثوري».", MILITIAS),
        ("قصف بقذائف الهاون من مواقع «قسد» على بلدة الحوايج مساء أمس.", ID + "actor/sdf"),
        # a hedge between the verb and «من», the verb in quotes
        (
            (
                "استهدفت طائرة مسيّرة قاعدة التنف ليل السبت، ما أدى إلى إصابة جنديين. ونقلت شبكة محلية عن قيادي أن المسيّرة "
                "«أُطلقت على الأرجح من مناطق انتشار الميليشيات الإيرانية في ريف حمص الشرقي»."
            ),
            MILITIAS,
        ),
        # the shelling of a force, from its positions, on a town
        (
            "قُتل مدني مساء أمس جراء قصف مدفعي لقوات النظام والميليشيات الموالية لإيران من مواقعها غربي النهر على بلدة ذيبان.",
            ID + "actor/syrian-regime-forces",
        ),
    ],
)
def test_the_side_an_attack_was_launched_from_is_its_attacker(text: str, attacker: str) -> None:
    ev = only(text)
    assert ev.attackers[:1] == [attacker] and attacker not in ev.targets


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("استهدفت غارة نُسبت إلى التحالف الدولي سيارة عند مدخل مدينة الميادين مساء أمس.", [COALITION, US]),
        ("قُتل شخصان مساء أمس بغارات تُنسب لإسرائيل استهدفت منطقة المزارع قرب البوكمال.", [ID + "actor/idf"]),
        # a word or more between the verb and its «إلى»
        ("قُتل خمسة عناصر أمس في ضربات نُسبت أيضاً إلى إسرائيل استهدفت مقرات في مدينة الميادين.", [ID + "actor/idf"]),
    ],
)
def test_the_side_an_attack_is_ascribed_to_is_its_attacker(text: str, attackers: list[str]) -> None:
    assert only(text).attackers == attackers


def test_the_side_controlling_a_named_launch_site_is_the_attacker_not_a_target() -> None:
    ev = only(
        "أصيب ثلاثة من عناصر قسد جراء هجوم بصواريخ شنته الميليشيات الموالية لإيران على قاعدة حقل العمر أمس. "
        'وقالت مصادر إن الصواريخ أطلقت من بلدة "الحريجي" الخاضعة لسيطرة الميليشيات، وسقط اثنان منها داخل الحقل.'
    )
    assert ev.attackers == [MILITIAS] and MILITIAS not in ev.targets


def test_the_force_owning_a_struck_base_is_a_target_not_the_attacker() -> None:
    ev = only("رصد المرصد فجر اليوم هجوماً بطائرتين مسيّرتين استهدف قاعدة التحالف الدولي في حقل العمر.")
    assert (ev.cls, ev.attackers) == ("DroneAttack", [])
    assert ID + "actor/cjtf-oir" in ev.targets


def test_the_actor_after_a_bare_verb_in_a_relative_clause_is_its_object() -> None:
    found = events(
        "قالت واشنطن إن ضرباتها جاءت رداً على الهجوم الصاروخي الذي استهدف القوات الأمريكية في قاعدة الشدادي. "
        "وكانت ميليشيات موالية لإيران قد أطلقت يوم الأحد أربعة صواريخ على قاعدة الشدادي."
    )
    rockets = [e for e in found if e.cls == "RocketAttack"]
    assert len(rockets) == 1 and rockets[0].attackers == [MILITIAS]
    assert US in rockets[0].targets


def test_the_actor_after_a_verb_with_an_object_pronoun_in_a_relative_clause_is_the_attacker() -> None:
    ev = only("أدانت الحكومة الهجوم الذي شنته القوات الأمريكية فجر اليوم على مواقع في البوكمال.")
    assert ev.attackers == [US]


@pytest.mark.parametrize(
    "phrase",
    [
        "دون أن تسفر عن إصابات",
        "دون تسجيل إصابات",
        "ولم يسفر عن إصابات",
        # any harm, and harm to property only
        "ولم يسفر الهجوم عن أي خسائر",
        "دون وقوع أي أضرار",
        "دون أن تتسبب بخسائر",
        "اقتصرت أضرارها على الماديات",
        "من دون أن تتسببا بأضرار أو إصابات",
        # colloquial
        "وماكو إصابات",
        "بس الحمد لله ما في إصابات",
        "ومفيش إصابات",
        "والحمد لله ما حدا انصاب",
        "ومحد انصاب",
        # no one
        "وأكد مصدر أن أحداً لم يُصب بأذى",
        "دون أن يصاب أحد",
        # another verb before the one of harm
        "من دون أن تنفجر أو توقع إصابات",
        # no damage at all, in a quote too, or none to a place nor harm to its people
        "من دون أن تُسجَّل أي أضرار",
        "وأكد المتحدث أن الهجوم «لم يُلحق أي أضرار»",
        "ولم تُسجَّل أي أضرار في منشآت القاعدة أو إصابات بين العاملين",
    ],
)
def test_no_casualties_said_in_several_ways_is_zero(phrase: str) -> None:
    ev = only(f"سقطت طائرة مسيّرة مفخخة ظهر أمس في محيط قاعدة الشدادي، {phrase}.")
    assert (killed(ev), wounded(ev)) == ({0}, {0})


@pytest.mark.parametrize(
    ("toll", "dead", "hurt"),
    [
        ("ما أسفر عن مقتل 3 وإصابة 5", {3}, {5}),
        ("وقُتل ستة مدنيين على الأقل وأُصيب أكثر من عشرين", {6}, {20}),
        ("وأُصيب ثلاثة وقُتل اثنان", {2}, {3}),
    ],
)
def test_a_count_is_of_the_verb_before_it_not_of_the_next_count_joined_by_and(toll: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(f"قصفت مسيّرة تركية أمس تجمعاً قرب السد، {toll}.")
    assert (killed(ev), wounded(ev)) == (dead, hurt)


@pytest.mark.parametrize("toll", ['"ثمانية قتلى ومصابين"', "عشرين بين قتيل وجريح", "12 قتيلاً وجريحاً"])
def test_one_count_of_dead_and_wounded_together_is_neither(toll: str) -> None:
    ev = only(f"هاجم مسلحون حاجزاً للأمن العام في الميادين أمس، وتبنى التنظيم الهجوم زاعماً أنه أوقع {toll}.")
    assert (killed(ev), wounded(ev)) == (set(), set())


@pytest.mark.parametrize("phrase", ["التي لم تشر إلى وقوع ضحايا", "ولم يُشِر البيان إلى إصابات"])
def test_a_report_silent_on_casualties_gives_no_figure(phrase: str) -> None:
    ev = only(f"سقطت طائرة مسيّرة مفخخة ظهر أمس في محيط قاعدة الشدادي، بحسب وزارة الداخلية {phrase}.")
    assert (killed(ev), wounded(ev)) == (set(), set())


@pytest.mark.parametrize(
    "phrase",
    ["دون وقوع وفيات", "ولم تُسجَّل أي وفيات", "دون تسجيل وفيات", "ولم يُقتل أحد", "مؤكداً عدم تسجيل أي وفيات", "دون تسجيل أي حالة وفاة"],
)
def test_no_dead_says_nothing_of_the_wounded(phrase: str) -> None:
    ev = only(f"سقطت طائرة مسيّرة مفخخة ظهر أمس في محيط قاعدة الشدادي، {phrase}.")
    assert (killed(ev), wounded(ev)) == ({0}, set())


def test_any_material_damage_is_not_casualties() -> None:
    ev = only("سقطت طائرة مسيّرة مفخخة ظهر أمس في محيط قاعدة الشدادي، دون وقوع أي أضرار مادية.")
    assert (killed(ev), wounded(ev)) == (set(), set())


def test_a_craft_told_approaching_then_downed_by_a_pronoun_is_the_attack_of_that_sentence() -> None:
    found = events(
        "سمع الأهالي صباح الخميس الماضي صوتاً قوياً.\n\n"
        "في ذلك الصباح، اقتربت طائرة مسيّرة من مطار أربيل الدولي. الطائرة المسيّرة هي طائرة صغيرة لا يقودها طيار. "
        "لكن الدفاعات الجوية للتحالف الدولي أسقطتها قبل أن تصل إلى المطار. سقطت قطع منها في أرض فارغة، ولم يُصب أحد بأذى.",
        published=date(2025, 7, 6),
    )
    attack, interception = found
    assert (attack.cls, attack.date, interception.cls, interception.in_response_to) == ("DroneAttack", date(2025, 7, 3), "Interception", [0])
    assert (killed(attack), wounded(attack)) == ({0}, {0})


def test_no_one_harmed_in_the_sentence_after_a_downing_at_another_place_is_not_the_downed_attacks() -> None:
    found = events(
        "أسقطت الدفاعات الجوية طائرتين مسيّرتين استهدفتا قاعدة حرير مساء أمس. "
        "أما في حقل العمر، فقد انفجرت طائرة مسيّرة قرب القاعدة من دون إصابات بين العسكريين."
    )
    harir = next(e for e in found if e.cls == "DroneAttack" and e.evidence[0].start == 0)
    assert killed(harir) == set()


def test_a_downing_of_the_drone_named_by_a_pronoun_is_an_interception() -> None:
    found = events(
        "أطلقت الميليشيات مساء أمس طائرة مسيّرة انتحارية باتجاه قاعدة حقل العمر. "
        "وتمكّنت الدفاعات الجوية للتحالف من إسقاطها قبل وصولها إلى هدفها."
    )
    assert [e.cls for e in found] == ["DroneAttack", "Interception"]
    assert found[1].in_response_to == [0]


def test_the_subject_before_a_launch_verb_set_off_by_a_comma_is_the_attacker() -> None:
    ev = only(
        "أعلنت القيادة المركزية الأميركية أن ميليشيات مدعومة من إيران أطلقت، مساء أمس، "
        "عدة صواريخ باليستية على قاعدة عين الأسد الجوية."
    )
    assert (ev.cls, ev.attackers, ev.date) == ("RocketAttack", [MILITIAS], date(2024, 2, 6))


def test_the_subject_of_a_past_perfect_strike_is_the_attacker() -> None:
    ev = only("وكانت الولايات المتحدة قد نفّذت في 4 يناير الجاري ضربة بطائرة مسيرة على مقر للحشد الشعبي ببغداد.", date(2024, 1, 21))
    assert (ev.cls, ev.attackers, ev.date) == ("Airstrike", [US], date(2024, 1, 4))


def test_a_groups_own_statement_names_its_fighters_in_the_first_person() -> None:
    found = events(
        "بيان صادر عن المقاومة الإسلامية في العراق\n\n"
        "ضرب مجاهدو المقاومة صباح اليوم قاعدة الاحتلال الأمريكي في حقل العمر بطائرة مسيّرة.\n\n"
        "وفي عملية ثانية، استهدف مجاهدونا ظهر اليوم قاعدة خراب الجير برشقة صاروخية."
    )
    assert [(e.cls, e.attackers) for e in found] == [
        ("DroneAttack", [ID + "actor/islamic-resistance-in-iraq"]),
        ("RocketAttack", [ID + "actor/islamic-resistance-in-iraq"]),
    ]


def test_first_attack_since_after_a_comma_only_comments_on_the_report() -> None:
    ev = only(
        "قُتل ثلاثة جنود أميركيين في هجوم بطائرة مسيّرة استهدف أمس الأحد قاعدة البرج 22 في الأردن، "
        "في أول هجوم يوقع قتلى في صفوف القوات الأميركية منذ اندلاع الحرب.",
        date(2024, 1, 29),
    )
    assert (ev.cls, killed(ev)) == ("DroneAttack", {3})


def test_a_claim_without_mention_of_deaths_is_no_figure() -> None:
    ev = only("أعلنت الفصائل تبنيها هجوماً بطائرات مسيّرة أمس على قاعدة التنف، من دون أن تشير إلى سقوط قتلى.")
    assert ev.claims == []


def test_the_countries_a_group_is_active_in_are_not_where_the_attack_was() -> None:
    found = events(
        "قتل ثلاثة جنود أميركيين في هجوم بطائرة مسيّرة استهدف أمس قاعدة البرج 22 في الأردن. "
        "وقال بايدن إن الهجوم نفذته «مجموعات مسلحة متطرفة مدعومة من إيران تنشط في سوريا والعراق»."
    )
    assert len(found) == 1
    assert found[0].attackers == [MILITIAS]
    assert ID + "place/syria" not in found[0].locations


def test_a_toll_revised_in_a_sentence_of_its_own_revises_the_attack_before_it() -> None:
    ev = only(
        "أصيب 34 جندياً في هجوم بطائرة مسيّرة استهدف أمس قاعدة البرج 22. "
        "وأوضحت سنتكوم أن المسيّرة أصابت موقعاً لوجستياً، فيما رفع مسؤولون لاحقاً عدد المصابين إلى «أكثر من 40»."
    )
    assert wounded(ev) == {34, 40}


def test_a_group_saying_its_fighters_struck_is_the_attacker() -> None:
    ev = only("وفي بيان آخر، قالت حركة النجباء إن مقاتليها استهدفوا فجر اليوم قاعدة حرير بطائرة مسيّرة.")
    assert ev.attackers == [ID + "actor/harakat-al-nujaba"]


def test_casualties_told_in_a_later_sentence_go_to_the_attack_they_name() -> None:
    first, second = events(
        "استهدفت طائرة مسيّرة فجر اليوم قاعدة حقل العمر. "
        "وسقطت ثلاثة صواريخ مساء أمس على قاعدة الشدادي. "
        "ونقلت وكالة عن مسؤول أميركي أن «الهجوم على الشدادي لم يسفر عن إصابات»، "
        "مشيراً إلى أن تقييم الأضرار في حقل العمر لا يزال جارياً."
    )
    assert (killed(first), wounded(first)) == (set(), set())
    assert (killed(second), wounded(second)) == ({0}, {0})


def test_a_toll_after_a_sentence_naming_the_strikes_is_theirs_and_a_part_of_it_counts_the_same() -> None:
    """«ولم يتضمن البيان أي حصيلة للضربات، في حين أفاد المرصد بمقتل أربعة»: the strikes' toll,
    a paragraph after their report; «بينهم اثنان ... وإصابة آخرين»: two of the dead, not wounded."""
    ev = only(
        "أعلن البنتاغون أن مقاتلتين أمريكيتين نفّذتا فجر اليوم ضربات على منشأتين قرب مدينة البوكمال.\n"
        "وقال الوزير إن الضربات جاءت \"رداً على سلسلة من الهجمات\" التي تعرضت لها القوات الأمريكية منذ السابع عشر من أكتوبر.\n"
        "ولم يتضمن البيان أي حصيلة للضربات، في حين أفاد المرصد السوري لحقوق الإنسان بمقتل أربعة عناصر من الميليشيات "
        "الموالية لإيران، بينهم اثنان من الجنسية العراقية، وإصابة آخرين.",
        published=date(2023, 10, 27),
    )
    assert (killed(ev), wounded(ev)) == ({4, 2}, set())


def test_a_mourning_statement_dates_kills_and_claims_the_bombing_it_mourns() -> None:
    """«الذي ارتقى مساء يوم الأحد ... إثر انفجار عبوة»: the day of the death is the bombing's; «استشهاده
    على الفور مع ابن أخيه»: two dead; «تبنّى التنظيم هذه العملية عبر معرّفاته يوم أمس»: a claim, of another day."""
    ev = only(
        "ينعى مجلس عشيرة البوسرايا في بلدة ذيبان ابنه البار الشيخ حمود العلي، الذي ارتقى مساء يوم الأحد الموافق 15 آذار 2026 "
        "إثر انفجار عبوة ناسفة زُرعت تحت سيارته أمام منزله، ما أدى إلى استشهاده على الفور مع ابن أخيه الشاب سامر.\n"
        "وقد تبنّى تنظيم داعش الإرهابي هذه العملية الجبانة عبر معرّفاته يوم أمس.",
        published=date(2026, 3, 17),
    )
    assert (ev.date, killed(ev), ev.claimed_by) == (date(2026, 3, 15), {2}, [ID + "actor/isis"])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day a group mourns its dead on is not the day of the strike that killed them
        (
            "زفّت هيئة الحشد الشعبي، اليوم الأربعاء، أربعةً من مجاهديها الذين ارتقوا إثر عدوان أمريكي غادر استهدف مقراً "
            "للحشد في ناحية جرف النصر مساء أمس الثلاثاء.",
            date(2024, 7, 30),
        ),
        # the day the one mourned was killed on
        (
            "نعى النادي حارس مرماه السابق الذي قُتل مساء أمس الثلاثاء برصاص مسلحين مجهولين في بلدة البصيرة.",
            date(2024, 7, 30),
        ),
        # a source named in the sentence before does not make the next day a statement's
        (
            "وقُتل عنصران من الأسايش أمس، بحسب بيان للقوى التي نعت «شهيديها».\n\nوصباح اليوم، قصفت القوات التركية بالمدفعية "
            "قرية أم الكيف في ريف تل تمر.",
            date(2024, 7, 31),
        ),
    ],
)
def test_the_day_of_a_mourning_statement_is_not_the_attacks(text: str, day: date) -> None:
    assert [e.date for e in events(text, published=date(2024, 7, 31))] == [day]


def test_casualties_told_after_an_attack_named_again_are_its_own() -> None:
    ev = only(
        "استهدفت طائرتان مسيّرتان قاعدة حرير الليلة الماضية. "
        "وأوضح البيان أن «المسيّرتين سقطتا قرب السياج، ولم تسفرا عن أي إصابات»."
    )
    assert (killed(ev), wounded(ev)) == ({0}, {0})


def test_a_group_quoted_pounding_a_base_is_its_attacker() -> None:
    found = events(
        'وجاء في البيان: "استهدف مجاهدو المقاومة الإسلامية في العراق، فجر اليوم، قاعدة حقل كونيكو بطائرة مسيّرة". '
        'وأعلنت المقاومة أن مجاهديها "دكّوا صباح اليوم قاعدة خراب الجير برشقة من الصواريخ".'
    )
    assert [(e.cls, e.attackers) for e in found] == [
        ("DroneAttack", [ID + "actor/islamic-resistance-in-iraq"]),
        ("RocketAttack", [ID + "actor/islamic-resistance-in-iraq"]),
    ]


def test_a_helicopter_raid_is_an_attack() -> None:
    ev = only("أعلنت القيادة المركزية الأمريكية أن قواتها نفّذت فجر أمس عملية إنزال جوي بالمروحيات في ريف دير الزور الشرقي.")
    assert (ev.cls, ev.attackers[-1], ev.date) == ("Attack", US, date(2024, 2, 6))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a named person killed counts one, with the companions told after the name
        ("شنت طائرة أمريكية فجر اليوم ضربة في بغداد أسفرت عن مقتل القيادي في الحركة أبو تقوى ومرافقه.", {2}),
        ("شنت طائرة أمريكية فجر اليوم غارة في البوكمال أسفرت عن مقتل القيادي في التنظيم أبو يوسف واثنين من مرافقيه.", {3}),
        ("شنت طائرة أمريكية فجر اليوم غارة في البوكمال أسفرت عن مقتل القيادي في الميليشيا أبو علي.", {1}),
        # victims named by rank, each joined after the name before it
        (
            (
                "أدى هجوم بطائرة مسيّرة على قاعدة التنف أمس إلى مقتل الرقيب جون ميلر والاختصاصية سارة كوبر "
                "والاختصاصية إيما لويس، وإلى إصابة أكثر من 30 عسكرياً آخر."
            ),
            {3},
        ),
        ("قصفت مسيّرة تركية سيارة عسكرية قرب القامشلي أمس، ما أدى إلى مقتل العقيد أحمد الحسن، والمساعد أول محمود علي.", {2}),
        ("نفذت القوات الأمريكية ضربة قرب البوكمال أمس أسفرت عن مقتل القيادي المكنّى \"أبو خديجة\" ومسلّح آخر كان برفقته.", {2}),
        # a year of birth is no count; two named, then the dual verb after «قد»
        (
            (
                "أشهد بأن المرحوم صالح الخلف (مواليد ١٩٧١) ونجله المرحوم محمد (مواليد ٢٠٠٥) قد فارقا الحياة مساء الخميس "
                "جراء قصف جوي استهدف مستودعاً قرب منزلهما في قرية القورية."
            ),
            {2},
        ),
        # the death told before «إثر» the attack that caused it, a dual verb of the past after «قد»
        (
            (
                "ثبت لدى المحكمة أن المتوفى حسن العلي ووالده أحمد العلي قد توفيا معاً بتاريخ ١٢/٣/٢٠٢٤ إثر غارة جوية "
                "استهدفت منزلهما في بلدة السويعية."
            ),
            {2},
        ),
        ("توفي رجل وزوجته فجر أمس إثر غارة جوية استهدفت منزلهما في بلدة السويعية.", {2}),
        # the companions after a description and a comma, «إلى جانب»
        (
            (
                "أعلنت سنتكوم أن قواتها نفّذت أمس ضربة جوية أسفرت عن مقتل قيادي في التنظيم مسؤول عن التخطيط لهجمات خارجية، "
                "إلى جانب اثنين من مرافقيه."
            ),
            {3},
        ),
        # the one profiled, who «ارتقى» with his companion
        ("الشهيد القائد أبو حيدر: ارتقى مع رفيقه الشهيد عباس كاظم بغارة طائرة مسيّرة أمريكية استهدفت سيارتهما في بغداد أمس.", {2}),
        # the one mourned and one killed with him
        ("تنعى النقابة الزميل الطبيب البيطري، الذي استشهد مع سائق الفريق إثر انفجار عبوة ناسفة استهدفت سيارتهما أمس.", {2}),
        # one named after «ف» and the verb, and one killed with her
        ("انفجرت عبوة ناسفة بسيارة الإسعاف التي كان فيها على طريق الشدادي أمس، فاستُشهد دلشاد وأُصيب اثنان من رفاقه.", {1}),
        ("استهدفت مسيّرةٌ تركية سيارةَ الإسعاف التي كانت تقلّها قرب تل بيدر أمس، فاستُشهدت مع السائق.", {2}),
        # a count after «ف» and the verb is read as a count
        ("انفجرت عبوة ناسفة بسيارة إسعاف أمس قرب الشدادي، فقُتل ثلاثة.", {3}),
        # one who died on the spot, with no «ف» before the verb
        ("انفجرت عبوة على سيارة راعٍ قرب الرطبة قبل ثلاثة أيام، الله يرحمه توفى بمكانه، وابنه انجرح.", {1}),
        # the one shot, then the singular verb with «ف»
        ("أطلق مسلحان مجهولان النار على رئيس مجلس البلدة أمام منزله في بلدة الجرذي مساء أمس، فاستُشهد على الفور.", {1}),
        # the victim in quotes; those arrested are no casualties
        (
            (
                "نفّذت قوات التحالف الدولي عملية إنزال جوي أمس قرب بلدة الصور، أعلنت القيادة المركزية أنها أسفرت عن مقتل "
                "«قيادي بارز» في التنظيم واعتقال اثنين من مساعديه."
            ),
            {1},
        ),
        # the toll of the victims, named after its figure or before it
        ("ارتفع إلى عشرة عدد ضحايا الغارات الجوية التي استهدفت فجر أمس منزلين في بلدة عرمان.", {10}),
        ("قصفت طائرات حربية فجر أمس منزلين في بلدة عرمان. وارتفع عدد ضحايا الغارات إلى عشرة.", {10}),
        # the one killed and those killed with him
        (
            "نفذت القوات الأمريكية غارة قرب الشحيل أمس، وقالت إن القيادي في التنظيم قُتل مع عنصرين آخرين، فيما اعتُقل عنصر رابع.",
            {3},
        ),
        ("قصفت مسيّرة سيارة قرب القامشلي أمس، وقال مصدر إن القيادي استُشهد مع ثلاثة من رفاقه.", {4}),
        # the verb's object and another joined to it
        ("كمين لخلايا داعش في صحراء الرطبة فجر أمس يقتل ضابطاً وجنديين من الجيش العراقي.", {3}),
        # «أحد» a count, and one companion after it
        ("استهدفت ضربة أمريكية أمس مقراً للحركة في بغداد، وأسفرت عن مقتل أحد قادة الحركة ومرافقه.", {2}),
        ("قصفت مسيّرة تركية سيارة قرب القامشلي، ما أدى إلى مقتل أحد عناصر قسد.", {1}),
        # a number ending an outlet's quoted name is the name's
        ("استهدفت طائرة مسيّرة مجهولة عصر اليوم سيارة عند مدخل الميادين، وأفادت شبكة \"ميادين 24\" المحلية بمقتل خمسة عناصر.", {5}),
        # casualties right after the attack's sentence, but of another time
        ("شنت مقاتلات أمريكية فجر اليوم غارات على مواقع في البوكمال. وقتل العام الماضي أكثر من 40 عنصراً من الميليشيات في المنطقة.", set()),
        # the verb agrees with a feminine victim
        ("قُتلت طفلة أمس جراء قصف مدفعي على بلدة ذيبان.", {1}),
        # the verb after a breakdown set off by commas
        (
            (
                "شنت مقاتلات أمريكية فجر اليوم غارات على البوكمال، وقال المرصد إن أحد عشر مقاتلاً من الميليشيات، "
                "بينهم ستة عراقيين، قُتلوا في الغارات."
            ),
            {11, 6},
        ),
        # where the wounded were taken is not another attack's place
        (
            (
                "شنت مقاتلات أمريكية فجر اليوم غارات على مواقع قرب البوكمال. وأكدت مصادر محلية مقتل خمسة عناصر، "
                "نُقلت جثثهم إلى مستشفى القائم."
            ),
            {5},
        ),
    ],
)
def test_killed_figures_of_one_attack(text: str, figures: set[int]) -> None:
    assert killed(only(text)) == figures


def test_a_drone_picking_off_a_car_is_an_airstrike() -> None:
    assert only("استهدفت طائرة مسيّرة مجهولة عصر اليوم سيارة عسكرية عند مدخل مدينة الميادين.").cls == "Airstrike"


def test_where_what_was_hit_came_from_is_not_where_the_strike_was() -> None:
    ev = only("شنت طائرات إسرائيلية ليل الجمعة غارات على مستودعات قرب البوكمال، ودمرت شاحنات دخلت من العراق قبل ساعات.")
    assert ID + "place/iraq" not in ev.locations


def test_casualties_told_right_after_an_attack_are_its_own() -> None:
    strike, _answered = events(
        "شنت مقاتلات أمريكية فجر اليوم غارات على مواقع في البوكمال، في رد على هجوم استهدف قاعدة حقل كونيكو أمس. "
        "وأفاد المرصد السوري بمقتل سبعة عناصر من الميليشيات."
    )
    assert killed(strike) == {7}


@pytest.mark.parametrize(
    "after",
    [
        # after a word on the attack with no figure of its own
        "وقال وزير الدفاع الأمريكي إن الضربات دقيقة. وأفاد المرصد السوري بمقتل سبعة أشخاص.",
        # the people counted, whose they are, then the verb
        "وذكر المرصد السوري أن سبعة مقاتلين من الفصائل الموالية لإيران قُتلوا في الغارة.",
        # after the speaker went on with what they said
        "وأضاف البيان أن المقاتلات عادت إلى قواعدها بسلام. وأفاد المرصد السوري بمقتل سبعة أشخاص.",
    ],
)
def test_casualties_told_a_sentence_on_are_the_attacks(after: str) -> None:
    ev = only("نفذت مقاتلتان أمريكيتان فجر اليوم ضربات على منشأتين قرب البوكمال. " + after)
    assert killed(ev) == {7}


def test_the_strike_named_again_is_the_strike_not_the_attack_it_answered() -> None:
    strike, answered = events(
        "قُتل قيادي في كتائب حزب الله بضربة أميركية أمس قرب القائم، في رد على الهجوم الذي استهدف قاعدة حرير. "
        "وأفادت مصادر أمنية بأن الضربة أسفرت عن مقتل 5 أشخاص."
    )
    assert (5 in killed(strike), killed(answered)) == (True, set())


def test_the_side_accused_of_an_attack_is_its_attacker() -> None:
    ev = only(
        "قُتل ثلاثة من مقاتلي قسد في هجوم على حاجز في بلدة ذيبان فجر اليوم، "
        "متهمة «خلايا مرتبطة بالحرس الثوري الإيراني» بالوقوف خلفه."
    )
    assert ID + "actor/irgc" in ev.attackers


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("اتهمت قسد قوات النظام بقصف قرية الصعوة في ريف دير الزور مساء أمس.", "syrian-regime-forces"),
        ("اتهمت قوات سوريا الديمقراطية (قسد) قوات النظام بـ\"قصف\" قرية الصعوة مساء أمس.", "syrian-regime-forces"),
        ("وتتهم قسد فصائل موالية لإيران باستهداف قرية الصعوة مساء أمس.", "iran-backed-militias"),
    ],
)
def test_the_side_a_verb_accuses_of_the_attack_is_its_attacker_and_not_the_accuser(text: str, accused: str) -> None:
    ev = only(text)
    assert (ev.attackers, ev.targets) == ([ID + "actor/" + accused], [])


def test_a_force_saying_its_forces_struck_is_the_attacker() -> None:
    ev = only("وقالت القيادة المركزية الأمريكية إن قواتها نفذت فجر اليوم ضربات دقيقة على مواقع في البوكمال.")
    assert US in ev.attackers


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام قرية الصعوة مساء أمس. وأضاف البيان أن وحدات قسد ردّت على مصادر القصف بالأسلحة المناسبة.",
        "قصفت قوات النظام قرية الصعوة مساء أمس، وردّت قسد على مصادر النيران.",
    ],
)
def test_fire_returned_at_its_sources_is_an_attack_answering_the_one_told(text: str) -> None:
    shelling, answer = events(text)
    assert (shelling.attackers, answer.attackers, answer.in_response_to) == (
        [ID + "actor/syrian-regime-forces"],
        [ID + "actor/sdf"],
        [0],
    )


def test_a_wave_answering_an_attack_and_told_on_each_side_of_the_border() -> None:
    tower, iraq, syria = events(
        "قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيّرة على موقع البرج 22 في الأردن في 28 كانون الثاني الماضي. "
        "وفي الثاني من شباط/فبراير الجاري، شنّت الولايات المتحدة موجة أولى من الرد على هجوم البرج 22. "
        "وقالت الحكومة العراقية إن الغارات على منطقة القائم أوقعت 16 قتيلاً. "
        "وفي الجانب السوري، أحصى المرصد السوري لحقوق الإنسان مقتل 23 عنصراً في غارات على مواقع في الميادين.",
        date(2024, 2, 8),
    )
    assert (iraq.targets, iraq.locations, iraq.in_response_to, killed(iraq)) == ([], [ID + "place/al-qaim"], [0], {16})
    assert (syria.date, syria.attackers, killed(syria)) == (date(2024, 2, 2), [US], {23})


@pytest.mark.parametrize("answer", ["رداً مباشراً على", "في رد سريع على"])
def test_a_qualified_response_opens_a_clause_of_its_own(answer: str) -> None:
    strike, answered = events(
        f"شنت مقاتلات أمريكية فجر اليوم غارات على مواقع في البوكمال، {answer} الهجوم الصاروخي الذي استهدف قاعدة عين الأسد أمس."
    )
    assert (strike.cls, answered.cls, strike.in_response_to) == ("Airstrike", "RocketAttack", [1])


def test_weapons_stored_where_a_strike_hit_do_not_make_its_class() -> None:
    ev = only("نفذت القوات الأمريكية فجر اليوم ضربات جوية على منشأتين لتخزين الصواريخ والطائرات المسيرة في البوكمال.")
    assert ev.cls == "Airstrike"


def test_a_drone_strike_told_as_an_airstrike_and_as_a_drone_firing_is_one_event() -> None:
    ev = only(
        "كشف مصدر أمني، اليوم الخميس، تفاصيل الضربة الجوية التي استهدفت عجلة في منطقة المشتل ببغداد، مساء أمس الأربعاء. "
        "وقال المصدر إن طائرة مسيّرة أطلقت ثلاثة صواريخ على العجلة. "
        "من جهتها، أعلنت القيادة المركزية الأمريكية مسؤوليتها عن الضربة.",
        date(2024, 2, 8),
    )
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 2, 7))
    assert US in ev.attackers


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        # the bombers between the verb and the bombs
        ("إذ فجّرت عصابات داعش الإرهابية فجر اليوم عبوات ناسفة عند قواعد الأبراج في وادي الشاي.", [ID + "actor/isis"]),
        # what was blown up between the blast and the device (a dash between names in parentheses ends no sentence)
        ("وكانت خلية قد نفذت أمس تفجير برج على خط (بيجي – كركوك) بعبوة ناسفة في قضاء الدبس.", []),
        # the device first, its verb at the end of a long clause
        ("وانفجرت أمس عبوة ناسفة ثانية زرعها تنظيم داعش على الطريق الترابي المؤدي إلى الموقع بعجلة للحشد.", [ID + "actor/isis"]),
        ("وأمس، عبوة ناسفة ثانية زرعتها العصابات ذاتها على الطريق الترابي المؤدي إلى الموقع انفجرت بالعجلة الأولى للقوة.", []),
        # two words between the blast and the device
        ("وكانت سيارة تقل خمسة من جامعي الكمأة قد انفجر بها أمس لغم أرضي قرب بلدة السخنة.", []),
    ],
)
def test_a_bombing_told_by_its_device_and_blast_in_any_order_is_an_attack(text: str, attackers: list[str]) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers) == ("Attack", attackers)


def test_a_bomb_going_off_after_the_casualties_it_caused_is_an_attack_of_that_day() -> None:
    ev = only(
        "قُتل عنصران من قوات سوريا الديمقراطية وأُصيب ثلاثة آخرون، مساء الأحد الماضي، إثر انفجار عبوة ناسفة "
        "بسيارة عسكرية على الطريق بين بلدتي الشحيل والبصيرة.",
        date(2024, 5, 14),
    )
    assert (ev.cls, ev.date, killed(ev), wounded(ev)) == ("Attack", date(2024, 5, 12), {2}, {3})


def test_gunfire_at_a_patrol_is_an_attack() -> None:
    ev = only("تعرضت دورية مشتركة لقسد والتحالف الدولي أمس لإطلاق نار من مسلحين مجهولين قرب بلدة الصور، دون تسجيل إصابات.")
    assert (ev.cls, killed(ev)) == ("Attack", {0})


def test_an_attack_said_to_be_separate_is_another_event() -> None:
    found = events(
        "هاجم مسلحون أمس نقطة لقسد في بلدة ذيبان بالأسلحة الرشاشة. "
        "وفي هجوم منفصل، هاجم مسلحون أمس نقطة أخرى لقسد في بلدة ذيبان."
    )
    assert len(found) == 2


def test_a_suspected_cell_of_a_group_named_before_is_the_attacker() -> None:
    found = events(
        "تبنى تنظيم داعش الهجوم. وفي هجوم منفصل، هاجم مسلحون يُعتقد أنهم من خلايا التنظيم أمس نقطة عسكرية لقسد."
    )
    assert found[-1].attackers == [ID + "actor/isis"]


def test_what_an_attack_destroyed_is_not_another_attack() -> None:
    ev = only(
        "استهدفت طائرات حربية مجهولة ليل الثلاثاء - الأربعاء رتلاً من الشاحنات بعد دخوله من معبر القائم، "
        "ما أدى إلى تدمير ثلاث شاحنات ومقتل 6 أو 7 عناصر من الميليشيات.",
        date(2024, 7, 10),
    )
    assert (ev.cls, ev.date, killed(ev)) == ("Airstrike", date(2024, 7, 9), {6, 7})


def test_a_similar_strike_the_same_night_is_another_event() -> None:
    found = events(
        "استهدفت طائرات حربية مجهولة الليلة الماضية رتلاً من الشاحنات قرب البوكمال. "
        "وفي الليلة ذاتها، طال قصف جوي مماثل مستودعاً للذخيرة في مدينة الميادين."
    )
    assert [e.cls for e in found] == ["Airstrike", "Airstrike"]


def test_more_strikes_of_the_same_wave_are_that_wave_and_a_strike_the_same_night_is_another() -> None:
    found = events(
        "استهدفت غارات أميركية ليل الخميس – الجمعة مواقع في مدينة البوكمال. "
        "كما طالت غارتان أخريان مقراً لـ\"لواء فاطميون\" قرب قرية الهري ضمن الموجة ذاتها. "
        "وفي الليلة نفسها، استهدفت غارة جوية أميركية سيارة على الطريق بين الميادين ومحكان.",
        date(2024, 9, 13),
    )
    assert [(e.cls, e.date, len(e.evidence)) for e in found] == [
        ("Airstrike", date(2024, 9, 12), 2),
        ("Airstrike", date(2024, 9, 12), 1),
    ]


def test_shells_falling_an_hour_after_the_shelling_told_are_another_attack() -> None:
    found = events(
        "قُتل طفل فجر اليوم جراء قصف مدفعي نفذته قوات النظام على قرية الجنينة في ريف دير الزور. "
        "وأفاد سكان بأن قذائف هاون سقطت على أطراف قرية الجنينة بعد نحو ساعة من القصف الأول."
    )
    assert [e.cls for e in found] == ["ArtilleryShelling", "ArtilleryShelling"]


def test_martyrdom_words_count_the_killed_and_the_aggression_is_the_strike_told_before() -> None:
    ev = only(
        "اسْتُشْهِدَ معاون قائد عمليات بغداد في الحشد الشعبي، إثر استهداف طائرة مسيّرة أمريكية مقراً للحشد "
        "في شارع فلسطين ببغداد، ظهر اليوم الخميس.\n\n"
        "وأفاد المراسل بأنّ العدوان أدّى إلى استشهاد القيادي ومرافقه، فيما تحدّثت مصادر عن ارتفاع عدد الشهداء إلى ثلاثة.",
        date(2024, 1, 4),
    )
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 1, 4))
    assert max(killed(ev)) == 3


def test_a_wave_of_strikes_answering_an_attack_and_its_part_in_another_country() -> None:
    found = events(
        "شنّت القوات الأميركية، مساء أمس (الجمعة)، ضربات جوية واسعة على مواقع للميليشيات في منطقة القائم بالعراق، "
        "وذلك في أول ردّ على الهجوم الذي أودى بحياة ثلاثة جنود أميركيين في الأردن.\n\n"
        "وفي سوريا، أفاد المرصد السوري بأن الضربات استهدفت مواقع في مدينة البوكمال، وأسفرت عن مقتل 23 عنصراً.\n\n"
        "وكان ثلاثة جنود أميركيين قد قتلوا في 28 كانون الثاني الماضي بهجوم بطائرة مسيّرة على موقع البرج 22 في الأردن.",
        date(2024, 2, 3),
    )
    strikes = [e for e in found if e.cls == "Airstrike"]
    answered = [e for e in found if e.cls != "Airstrike"]
    assert len(strikes) == 2 and len(answered) == 1
    assert all(e.attackers == [US] and e.date == date(2024, 2, 2) for e in strikes)
    assert killed(answered[0]) == {3} and killed(strikes[1]) == {23}
    assert found.index(answered[0]) in strikes[0].in_response_to


def test_a_comment_after_a_comma_on_attacks_since_long_ago_leaves_the_report() -> None:
    ev = only(
        "وفي الخامس من أغسطس آب، أصيب عدد من العسكريين الأمريكيين في هجوم صاروخي على قاعدة عين الأسد الجوية، "
        "في واحد من أكبر الهجمات منذ أن علقت الفصائل هجماتها في فبراير شباط.",
        date(2024, 9, 10),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2024, 8, 5))


def test_a_strike_minutes_after_an_attack_is_on_its_day() -> None:
    found = events(
        "رصد المرصد، ليل الأحد – الإثنين، سقوط 5 قذائف صاروخية في محيط قاعدة خراب الجير.\n\n"
        "وأفادت المصادر بأن القذائف أُطلقت من شاحنة قرب بلدة زمّار العراقية، وبعد دقائق استهدفت طائرة حربية "
        "تابعة للتحالف الدولي الشاحنة ودمرتها.",
        date(2024, 4, 22),
    )
    assert [(e.cls, e.date) for e in found] == [("RocketAttack", date(2024, 4, 21)), ("Airstrike", date(2024, 4, 21))]
    # an hour later, fronted before its clause; the rockets fell a distance «لا تتجاوز» (a measure, no stance) away
    found = events(
        "عاشت بلدة بعشيقة ليلة قلقة، بعد أن سقطت ثلاثة صواريخ مساء أمس الأحد في محيط معسكر زليكان، "
        "سقط أحدها في بستان زيتون على مسافة لا تتجاوز كيلومتراً واحداً من أقرب المنازل.\n\n"
        "وبعد نحو ساعة، ردّت المدفعية التركية على مصادر إطلاق الصواريخ بقصف التلال، ما أدى إلى إصابة راعٍ بجروح طفيفة.",
        date(2024, 2, 5),
    )
    assert [(e.cls, e.date, wounded(e)) for e in found] == [
        ("RocketAttack", date(2024, 2, 4), set()),
        ("ArtilleryShelling", date(2024, 2, 4), {1}),
    ]


def test_an_attack_days_before_or_after_the_one_told_is_dated_from_it() -> None:
    found = events(
        "وفي ريف الرقة، احترق يوم السبت حقل في قرية الهوشان جراء قصف مدفعي تركي. "
        "وقبل ذلك بيومين، استهدفت طائرة مسيّرة تركية حصّادة زراعية في القرية ذاتها. "
        "وبعد ذلك بثلاثة أيام، قصفت المدفعية التركية قرية مجاورة.",
        date(2024, 2, 7),
    )
    assert [e.date for e in found] == [date(2024, 2, 3), date(2024, 2, 1), date(2024, 2, 4)]  # each from the one before


def test_an_attack_days_before_it_told_by_a_pronoun_is_dated_from_the_one_before() -> None:
    found = events(
        "سقطت قذائف هاون على قاعدة الشدادي في الخامس من شباط. وقبلها بثمانية أيام، استهدفت طائرة مسيّرة قاعدة التنف. "
        "وبعده بيومين قصفت المدفعية التركية قرية مجاورة لتل تمر.",
        date(2024, 2, 10),
    )
    assert [e.date for e in found] == [date(2024, 2, 5), date(2024, 1, 28), date(2024, 1, 30)]


def test_a_day_after_a_time_since_is_an_attack_of_its_own_day() -> None:
    # «منذ مطلع العام» bounds the count; the day after its comma dates the earlier strike
    found = events(
        "قصفت طائرة مسيّرة أمريكية مساء أمس سيارة في بغداد. وهذه ثاني ضربة أمريكية داخل العاصمة منذ مطلع العام، "
        "بعد ضربة الـ٤ من كانون الثاني الماضي التي استهدفت مقراً للفصائل في شارع فلسطين.",
        date(2024, 2, 8),
    )
    assert [e.date for e in found] == [date(2024, 2, 7), date(2024, 1, 4)]


def test_days_after_the_strikes_named_count_from_the_strikes_not_the_attack_told_last() -> None:
    found = events(
        "وكانت الولايات المتحدة قد شنّت مساء الجمعة 2 فبراير غارات واسعة على مواقع في الميادين والبوكمال. "
        "وجاءت الغارات رداً على الهجوم بطائرة مسيّرة على موقع البرج 22 في الأردن يوم الأحد 28 يناير. "
        "وبعد يومين من الغارات الأمريكية، استهدفت طائرة مسيّرة قاعدة حقل العمر النفطي.",
        date(2024, 2, 7),
    )
    assert [(e.cls, e.date) for e in found] == [
        ("Airstrike", date(2024, 2, 2)),
        ("DroneAttack", date(2024, 1, 28)),
        ("DroneAttack", date(2024, 2, 4)),
    ]


def test_a_statement_quoted_after_a_colon_tells_its_own_time() -> None:
    ev = only(
        "المذيع: موضوعنا اليوم كان المفروض عن الطرق، بس خلّونا نقرا بيان خلية الإعلام الأمني: \"تعرّض مقر للحشد الشعبي "
        "في منطقة عكاشات، بعد منتصف ليلة الاثنين على الثلاثاء، إلى قصف بطائرة مسيّرة مجهولة\".",
        date(2026, 2, 10),
    )
    assert ev.date == date(2026, 2, 9)


def test_the_same_month_is_the_one_the_days_from_the_attack_before_fall_in() -> None:
    # the last month named is the wave's, not the attack's: the eight days before it tell which
    found = events(
        "كان الهجوم على «البرج 22» في 28 كانون الثاني 2024 ذروة موجة بدأت في تشرين الأول 2023. "
        "وقبله بثمانية أيام، في 20 من الشهر نفسه، أطلقت فصائل عراقية صواريخ على قاعدة عين الأسد.",
        date(2026, 1, 26),
    )
    assert [e.date for e in found] == [date(2024, 1, 28), date(2024, 1, 20)]


def test_a_downing_on_its_day_answers_no_undated_attack_spoken_of_again() -> None:
    found = events(
        "استهدف هجوم بطائرة مسيّرة فجر الأحد الماضي موقع البرج 22 العسكري في منطقة الركبان. "
        "وكان الناطق باسم الحكومة قد قال إن الهجوم الذي أودى بحياة الجنود الأمريكيين استهدف قاعدة التنف داخل الأراضي السورية. "
        "ومساء الثلاثاء، أسقط سلاح الجو الملكي الأردني طائرة مسيّرة محمّلة بالمتفجرات في أجواء منطقة الرويشد.",
        date(2024, 2, 1),
    )
    downing = next(e for e in found if e.cls == "Interception")
    downed = found[downing.in_response_to[0]]
    assert (downed.cls, downed.date) == ("DroneAttack", date(2024, 1, 30))


def test_rockets_falling_then_named_in_no_claim_are_an_attack_of_their_own() -> None:
    found = events(
        "استهدفت طائرتان مسيّرتان قاعدة الشدادي فجر أمس الاثنين. "
        "وفي مساء اليوم نفسه، سقطت عدة صواريخ في محيط قاعدة حقل كونيكو للغاز، ولم تعلن أي جهة مسؤوليتها عن القصف.",
        date(2023, 11, 21),
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2023, 11, 20)), ("RocketAttack", date(2023, 11, 20))]


def test_what_an_air_defence_gun_is_for_is_no_attack_nor_interception() -> None:
    text = (
        "والمنظومة مدفع رشاش يطلق آلاف الطلقات في الدقيقة، ويعمل برادار يرصد المقذوف القادم. "
        "ولا تهدف الطلقات إلى إصابة الصاروخ مباشرة بقدر ما تهدف إلى تفجيره في الجو بعيداً عن الهدف، ولذلك تُزوَّد "
        "بقذائف تنفجر ذاتياً إذا أخطأت، حتى لا تسقط على المناطق المأهولة."
    )
    assert events(text) == []


@pytest.mark.parametrize(
    "after",
    [
        "وأفادت قيادة الشرطة بأن العبوة زرعتها \"بقايا عصابات داعش الإرهابية\" على الطريق.",
        "وقالت قوى الأمن الداخلي إن المنفذين من خلايا تنظيم داعش.",
    ],
)
def test_who_laid_the_device_or_who_the_doers_are_told_after_is_the_attacker(after: str) -> None:
    ev = only(f"استشهد طبيب بيطري إثر انفجار عبوة ناسفة استهدفت سيارة فريق التلقيح يوم الأحد. {after}", date(2024, 5, 16))
    assert ev.attackers == [ID + "actor/isis"]


def test_what_a_campaign_aims_at_is_no_attack() -> None:
    text = "وكان الفريق ينفّذ حملة التلقيح الموسمية ضد مرض الحمى القلاعية التي تستهدف أكثر من ٤٠ ألف رأس من الأغنام في البادية."
    assert events(text) == []


def test_two_rockets_in_the_dual_are_a_rocket_attack() -> None:
    assert only("سقطت قذيفتان صاروخيتان، مساء أمس، في محيط قاعدة الشدادي، لم تسفرا عن إصابات.").cls == "RocketAttack"


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("أطلقت الميليشيات أمس طائرة مسيّرة باتجاه قاعدة حقل العمر، وتمكّنت الدفاعات الجوية للتحالف من إسقاطها.", "actor/cjtf-oir"),
        ("أعلن التحالف الدولي، الإثنين، أن قواته أسقطت طائرة مسيّرة كانت تحلّق باتجاه قاعدة التنف.", "actor/cjtf-oir"),
        # the coalition by its full name, whose enemy is no interceptor
        ("أعلن التحالف الدولي لمحاربة تنظيم \"داعش\" أن دفاعاته الجوية اعترضت مساء أمس ثلاث طائرات مسيّرة قرب قاعدة التنف.", "actor/cjtf-oir"),
        ("أسقطت القوات الأمريكية فجر اليوم طائرة مسيّرة قرب قاعدة حقل العمر.", "actor/us-forces"),
        ("حاولت طائرة مسيّرة أمس استهداف قاعدة التنف، واعترضتها الدفاعات الجوية الأميركية قبل بلوغ هدفها.", "actor/us-forces"),
        # the system's name in quotes before its nation
        ('أعلن مصدر أمني أن منظومة "سي-رام" الأمريكية في مركز الدعم الدبلوماسي أسقطت مساء أمس طائرة مسيّرة.', "actor/us-forces"),
        # the Kurdistan Region's forces,
        ("أعلن جهاز مكافحة الإرهاب في إقليم كوردستان أن قواته تمكنت فجر اليوم من إسقاط طائرة مسيّرة مفخخة قرب أربيل.",
         "actor/kurdistan-region-security-forces"),
        # ...«الإقليم» alone being the Kurdistan Region in Iraqi reports
        ("وفجر السبت، أعلنت قوات مكافحة الإرهاب في الإقليم أنها أسقطت طائرة مسيّرة كانت متجهة نحو حقل كورمور.",
         "actor/kurdistan-region-security-forces"),
        # a unit without its nation, the subject of what its state's forces say, past the dash of their name
        ("صرّح مصدر عسكري في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي، بأن المنطقة العسكرية الشرقية، "
         "وبالتنسيق مع الأجهزة الأمنية، أسقطت طائرة مسيّرة فجر اليوم حاولت اجتياز الحدود من الأراضي السورية.", "actor/jordanian-armed-forces"),
        ("أعلن الجيش الأردني أن قوات حرس الحدود أسقطت فجر اليوم طائرة مسيّرة قادمة من الأراضي السورية.", "actor/jordanian-armed-forces"),
        # «قواتنا» in quoted words: the speaker's, named before the colon or on the line above it
        ("عاجل | التحالف الدولي: دفاعاتنا الجوية اعترضت فجر اليوم طائرة مسيّرة وأسقطتها قبل وصولها إلى قاعدة حقل العمر.", "actor/cjtf-oir"),
        ("وبعد ساعات، قال الجيش الإسرائيلي في بيان:\n\"اعترضت قواتنا الجوية فجر اليوم طائرة مسيّرة أُطلقت من جهة الشرق قبل أن تدخل الأجواء الإسرائيلية\".",
         "actor/idf"),
        # ...but the defences at a base are its garrison's, whoever speaks of them
        ("وأوضحت «سنتكوم» في بيان أن منظومات الدفاع الجوي في القاعدة اعترضت فجر اليوم طائرة مسيّرة قرب قاعدة حقل العمر.", "actor/us-forces"),
        ("قال مصدر في «قسد» إن الدفاعات الجوية أسقطت فجر اليوم طائرة مسيّرة قرب قاعدة حقل العمر.", "actor/us-forces"),
    ],
)
def test_an_interception_names_whose_defences_downed_it(text: str, by: str) -> None:
    interception = next(e for e in events(text) if e.cls == "Interception")
    assert interception.interceptors == [ID + by]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت وزارة الدفاع الأمريكية أن طائرة عسكرية أمريكية هاجمت أمس جماعة مسلحة قرب بغداد.",
        "استهدفت ضربة جوية أمس مقراً لكتائب حزب الله في منطقة جرف النصر.",
        "نفذ الطيران الروسي أمس غارات على مواقع لخلايا داعش في البادية.",
    ],
)
def test_strikes_by_manned_aircraft_are_airstrikes(text: str) -> None:
    assert only(text).cls == "Airstrike"


def test_a_sniper_killing_is_an_attack() -> None:
    ev = only("وثّق المرصد في الـ 26 من الشهر الماضي مقتل عنصر من قسد برصاص قناص من قوات النظام على أطراف بلدة ذيبان.")
    assert (ev.cls, killed(ev)) == ("Attack", {1})


def test_no_one_claiming_the_attack_is_no_new_attack() -> None:
    found = events(
        "أسقطت الدفاعات الجوية أمس طائرة مسيّرة قرب قاعدة التنف. "
        "ولم تعلن أي جهة مسؤوليتها عن محاولة الهجوم، وهي الأولى التي تستهدف التنف منذ عدة أشهر."
    )
    assert sorted(e.cls for e in found) == ["DroneAttack", "Interception"]


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("قصفت مسيرة تركية أمس سيارة لقسد قرب القامشلي.", "actor/turkish-forces"),
        ("استهدفت طائرة مسيّرة تابعة للاحتلال التركي أمس سيارة في قامشلو.", "actor/turkish-forces"),
        ("شن الطيران الروسي أمس غارات على مواقع لداعش في البادية.", "actor/russian-forces"),
        ("أغارت مقاتلات روسية أمس على مواقع في البادية.", "actor/russian-forces"),
        ("شنت طائرات إسرائيلية أمس غارات على البوكمال.", "actor/idf"),
    ],
)
def test_russian_turkish_and_israeli_aircraft_strike_for_their_forces(text: str, by: str) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers) == ("Airstrike", [ID + by])


def test_the_aircraft_of_a_strike_told_before_is_that_strike() -> None:
    found = events(
        "قصفت طائرات حربية مجهولة فجر اليوم رتلاً للميليشيات قرب مدينة البوكمال، ما أدى إلى مقتل ستة عناصر.\n\n"
        "وأفاد المراسل بأن الطيران استهدف رتلاً مكوناً من ثماني شاحنات للحرس الثوري قرب الحدود السورية العراقية."
    )
    assert [e.cls for e in found] == ["Airstrike"]


def test_an_attack_on_a_base_given_no_name_is_reported() -> None:
    found = events(
        "أعلنت وزارة الدفاع الأمريكية أن طائرة عسكرية أمريكية هاجمت جماعة مسلحة مدعومة إيرانيا "
        "سبق وقصفت قاعدة أمريكية بصاروخ باليستي بالعراق."
    )
    assert sorted(e.cls for e in found) == ["Airstrike", "RocketAttack"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("السبت اللي فات، وقت العصر، نزلت صواريخ باليستية على قاعدة عين الأسد بالأنبار.", "RocketAttack"),
        ("وأمس الخميس، سمعنا إن مسيّرة انضربت على قاعدة حرير بأربيل.", "DroneAttack"),
    ],
)
def test_rockets_or_drones_falling_in_iraqi_colloquial_are_an_attack(text: str, cls: str) -> None:
    assert only(text).cls == cls


@pytest.mark.parametrize(
    "text",
    [
        "ضربت طائرات حربية أمريكية مقراً للحشد في القائم فجر اليوم.",
        "وضربت الطائرات الأمريكية مقراً للحشد في القائم فجر اليوم.",
        # colloquial «الطيارات»
        "وگال الأهالي إن الطيارات الأمريكية قصفت مقراً للحشد بالقائم فجر اليوم.",
    ],
)
def test_aircraft_that_struck_are_an_airstrike_by_their_nation(text: str) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers) == ("Airstrike", [US])


@pytest.mark.parametrize(
    ("tail", "dead", "hurt"),
    [
        ("وانصابوا أربع جنود أمريكان، والحمد لله ماكو قتلى", {0}, {4}),
        ("وانقتلوا ثلاثة من الحرس", {3}, set()),
    ],
)
def test_casualties_told_in_colloquial_are_counted(tail: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(f"نزلت صواريخ على قاعدة عين الأسد أمس، {tail}.")
    assert (killed(ev), wounded(ev)) == (dead, hurt)


def test_rockets_told_by_a_verb_in_the_dual_are_an_attack() -> None:
    ev = only("أفاد مصدر أمني بأن صاروخين من نوع كاتيوشا سقطا مساء أمس داخل قاعدة الحبانية، ما أسفر عن إصابة جنديين.")
    assert (ev.cls, ev.date, wounded(ev)) == ("RocketAttack", date(2024, 2, 6), {2})


def test_the_aggression_named_by_a_nationality_in_quotes_is_that_nations_strike() -> None:
    ev = only("شنت طائرات حربية فجر اليوم غارات على مواقع قرب البوكمال. ودانت دمشق «العدوان الأميركي» على البوكمال.")
    assert ev.attackers == [US]


def test_a_comment_after_a_comma_on_a_wave_of_attacks_leaves_the_report_before_it() -> None:
    ev = only(
        "وأفادت مصادر بأن هجوماً صاروخياً استهدف قاعدة حرير في 3 آب، في تصعيد أعاد إلى الأذهان موجة الهجمات "
        "التي تجاوز عددها 150 هجوماً.",
        date(2024, 8, 20),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2024, 8, 3))


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("قُتل مدني صباح اليوم جراء قصف مدفعي لقوات النظام على بلدة الشحيل.", "actor/syrian-regime-forces"),
        ("قُتل ثلاثة جنود أمس في هجوم لداعش استهدف حافلة عسكرية قرب الميادين.", "actor/isis"),
    ],
)
def test_the_actor_after_li_between_an_attack_and_what_it_struck_is_the_attacker(text: str, attacker: str) -> None:
    assert only(text).attackers == [ID + attacker]


@pytest.mark.parametrize(
    "text",
    [
        "أُصيب عنصران من قسد مساء أمس برصاص قناص من قوات النظام في قرية الصبحة.",
        "قُتل راعي أغنام أمس برصاص قناص متمركز في نقطة عسكرية لقوات النظام قرب بلدة الحوايج.",
    ],
)
def test_whose_sniper_fired_or_where_it_was_posted_names_the_attacker(text: str) -> None:
    assert only(text).attackers == [ID + "actor/syrian-regime-forces"]


def test_the_sniper_named_again_is_the_shooting_told_before() -> None:
    found = events(
        "أُصيب عنصران من قسد مساء أمس برصاص قناص في قرية الصبحة. "
        "وقالت مصادر محلية إن القناص كان متمركزاً قرب قرية البوليل، واستهدف العنصرين أثناء الحراسة."
    )
    assert len(found) == 1


def test_an_attack_told_after_idh_is_reported_unless_idh_explains_an_attack_just_named() -> None:
    ev = only("ولا تعد هذه الحادثة الأولى من نوعها، إذ قُتل راعي أغنام في 2024/1/3 برصاص قناص قرب بلدة ذيبان.")
    assert (ev.cls, ev.date, killed(ev)) == ("Attack", date(2024, 1, 3), {1})
    found = events(
        "استهدفت غارة مجهولة فجر اليوم مستودعاً في الميادين. وتأتي الغارة بعد أسبوعين من ضربة مماثلة، "
        "إذ قُتل في 20 كانون الثاني أربعة عناصر بغارة جوية قرب البوكمال."
    )
    assert [(e.date, killed(e)) for e in found] == [(date(2024, 2, 7), set()), (date(2024, 1, 20), {4})]


def test_an_operation_with_a_drone_by_a_states_intelligence_is_its_airstrike() -> None:
    ev = only("حيّدت الاستخبارات التركية أمس عنصرين من «وحدات حماية الشعب» في عملية نفذتها بطائرة مسيّرة قرب بلدة عامودا.")
    assert (ev.cls, ev.attackers, ev.date) == ("Airstrike", [ID + "actor/turkish-intelligence"], date(2024, 2, 6))


def test_an_attack_going_on_since_a_day_named_is_still_an_event() -> None:
    ev = only("وتواصل قوات النظام قصف بلدة الجفرة بالمدفعية منذ فجر اليوم.")
    assert ev.cls == "ArtilleryShelling"


def test_an_attack_named_only_as_one_of_those_answered_is_not_an_event() -> None:
    text = "شنت مقاتلات أمريكية أمس غارات على مواقع للميليشيات في البوكمال، في رد على الهجمات على قواتها، بما في ذلك {}."
    assert [e.cls for e in events(text.format("هجوم الرطبة"))] == ["Airstrike"]
    told = events(text.format("هجوم بطائرة مسيرة على قاعدة الشدادي الأحد"))
    assert [(e.cls, e.date) for e in told] == [("Airstrike", date(2024, 2, 6)), ("DroneAttack", date(2024, 2, 4))]


def test_a_word_for_habit_inside_another_word_does_not_make_the_attack_habitual() -> None:
    ev = only(
        "تبنت «المقاومة الإسلامية في العراق» استهداف قاعدة حرير بطائرة مسيّرة أمس، مؤكدة أن العملية تأتي "
        "استمراراً في نهج مقاومة الاحتلال."
    )
    assert ev.attackers == [IRI]
    assert events("تستهدف الفصائل مراراً قاعدة حرير بطائرات مسيّرة.") == []


def test_blasts_heard_then_the_attack_behind_them_are_one_report_of_that_moment() -> None:
    ev = only(
        "عاجل | دوي انفجارات عنيفة يهز حقل العمر النفطي قبل قليل، إثر استهداف القاعدة الأمريكية داخله بقذائف صاروخية "
        "مصدرها مناطق سيطرة الميليشيات الإيرانية في بلدة الصالحية، ولا أنباء عن إصابات حتى اللحظة."
    )
    assert (ev.cls, ev.date, ev.attackers) == ("RocketAttack", date(2024, 2, 7), [MILITIAS])
    assert ID + "place/al-omar-oil-field" in ev.targets
    assert killed(ev) == wounded(ev) == set()  # no news of casualties is no figure


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        # the names Kurdish-aligned media give the regime's forces and Iran's militias (a state's
        # forces do not make the generic militias beside them redundant, as a named militia would)
        ("قصفت قوات حكومة دمشق ومرتزقة الاحتلال الإيراني، ليل أمس، قرية الجنينة بقذائف الهاون.", {ID + "actor/syrian-regime-forces", MILITIAS}),
        ("قصفت كتائب حزب الله والميليشيات الموالية لإيران أمس قاعدة حرير.", {ID + "actor/kataib-hezbollah"}),
        # forces loyal to the regime are under its umbrella
        ("هاجمت قوات موالية للنظام السوري، مدعومة بمقاتلين روس، مقراً لقسد قرب حقل العمر أمس.", {ID + "actor/syrian-regime-forces"}),
        ("استهدفت طائرة مسيّرة انتحارية تابعة لمرتزقة الاحتلال الإيراني، ظهر اليوم، نقطة لقسد في بلدة الطيانة.", {MILITIAS}),
        # an actor joined by «و» to the attacker named after the verb
        ("قصفت قوات النظام وحزب الله أمس بلدة ذيبان بالمدفعية.", {ID + "actor/syrian-regime-forces", ID + "actor/hezbollah"}),
        # two states' aircraft before a present-tense verb
        (
            "أفادت مصادر بأن الطيران الحربي السوري والروسي ينفّذ منذ صباح اليوم غارات على مخابئ في بادية الميادين.",
            {ID + "actor/syrian-regime-forces", ID + "actor/russian-forces"},
        ),
        # the side named as the shelling's source
        ("تعرّضت قرية أم الكيف في ريف تل تمر أمس لقصف مدفعي مصدره الجيش التركي وفصائل «الجيش الوطني».", {ID + "actor/turkish-forces", ID + "actor/syrian-national-army"}),
        # the positions «of» factions enrolled in the ministry of defence
        (
            'تعرّضت بلدة ذيبان أمس لقصف مدفعي، قالت "قسد" إن مصدره مواقع لفصائل منضوية في وزارة الدفاع السورية غربي النهر.',
            {ID + "actor/syrian-regime-forces"},
        ),
    ],
)
def test_attackers_named_after_the_verb_joined_by_and_or_owning_a_described_drone(text: str, attackers: set[str]) -> None:
    assert set(only(text).attackers) == attackers


def test_an_air_aggression_by_the_enemy_from_a_direction_is_the_airstrike_told_before() -> None:
    ev = only(
        "شنت طائرات حربية إسرائيلية فجر اليوم غارات على مواقع قرب البوكمال.\n\n"
        "ونقلت سانا عن مصدر عسكري أن \"العدو الإسرائيلي نفذ عدواناً جوياً من اتجاه منطقة التنف مستهدفاً "
        "نقاطاً في منطقة البوكمال، وأدى العدوان إلى ارتقاء ثلاثة شهداء\"."
    )
    assert (ev.cls, ev.attackers, killed(ev)) == ("Airstrike", [ID + "actor/idf"], {3})
    assert ID + "place/al-tanf-garrison" not in ev.targets


def test_an_attack_at_the_same_time_as_one_told_before_is_on_its_day() -> None:
    found = events(
        "تعرضت قاعدة حقل العمر الليلة الماضية لهجوم بطائرتين مسيّرتين. "
        "كما أشارت المصادر إلى سقوط قذائف صاروخية في محيط حقل كونيكو في وقت متزامن."
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2024, 2, 6)), ("RocketAttack", date(2024, 2, 6))]


# -- attacks told in the words of their foes ------------------------------------------------------

SDF = ID + "actor/sdf"


@pytest.mark.parametrize(
    ("text", "day", "dead"),
    [
        (
            (
                "استشهد أربعة مدنيين جراء عدوان جوي شنته طائرات تابعة لقوات الاحتلال الأمريكي فجر اليوم "
                "على منازل في بلدة الهري بريف البوكمال."
            ),
            date(2024, 2, 7),
            {4},
        ),
        # the aircraft that carried it out, and their owner right after them
        (
            "استشهد مدنيان جراء عدوان شنّه طيران الاحتلال الأمريكي مساء أمس الثلاثاء على منزل في قرية السويعية بريف البوكمال.",
            date(2024, 2, 6),
            {2},
        ),
    ],
)
def test_an_indefinite_aggression_with_its_day_and_means_is_an_attack_report(text: str, day: date, dead: set[int]) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers, ev.date, killed(ev)) == ("Airstrike", [US], day, dead)


def test_the_aggressor_after_an_aggression_is_the_attacker_and_its_patron_is_no_target() -> None:
    ev = only(
        "أصيب طفلان بجروح أمس الثلاثاء جراء اعتداء ميليشيا \"قسد\" المرتبطة بقوات الاحتلال الأمريكي "
        "بقذائف الهاون على قرية الجنينة."
    )
    assert (ev.cls, ev.attackers, ev.date) == ("ArtilleryShelling", [SDF], date(2024, 2, 6))
    assert US not in ev.targets


def test_the_definite_aggression_of_one_force_points_at_its_own_attack() -> None:
    found = events(
        "شنت طائرات حربية أمريكية فجر اليوم غارات على مواقع في بلدة الهري. "
        "وفي ريف دير الزور، قصفت قسد بقذائف الهاون قرية الجنينة ظهر اليوم. "
        "ودانت الخارجية العدوان الأمريكي الجديد على الأراضي السورية."
    )
    assert [(e.cls, e.attackers, len(e.evidence)) for e in found] == [("Airstrike", [US], 2), ("ArtilleryShelling", [SDF], 1)]


def test_missiles_fired_by_aircraft_make_an_airstrike() -> None:
    assert only("أفاد مصدر محلي بأن طائرات الاحتلال استهدفت بعدة صواريخ منزلين في بلدة الهري فجر اليوم.").cls == "Airstrike"


def test_a_bomb_on_the_evening_of_a_shelling_is_another_attack() -> None:
    found = events(
        "قصفت قوات النظام بقذائف الهاون مساء أمس قرية الجنينة. "
        "كما قتل جنديان مساء أمس بانفجار عبوة ناسفة على طريق دير الزور - تدمر."
    )
    assert [(e.cls, e.date) for e in found] == [("ArtilleryShelling", date(2024, 2, 6)), ("Attack", date(2024, 2, 6))]


@pytest.mark.parametrize(("first", "second"), [("18:45\n", "11:05\n"), ("18:45 | ", "11:05 | ")])
def test_an_undated_attack_in_a_live_blog_entry_is_of_the_coverage_day(first: str, second: str) -> None:
    found = events(
        "تغطية مستمرة لتطورات التصعيد\n\n"
        f"{first}مصادر محلية: غارات جوية مجهولة تستهدف مواقع لفصائل موالية لإيران في بلدة الهري.\n\n"
        f"{second}عاجل: سقوط صاروخين داخل قاعدة عين الأسد الجوية غربي الأنبار.\n"
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 7)), ("RocketAttack", date(2024, 2, 7))]


def test_an_undated_attack_outside_a_live_blog_gets_no_day() -> None:
    assert only("مصادر محلية: غارات جوية مجهولة تستهدف مواقع لفصائل موالية لإيران في بلدة الهري.").date is None


ROUND_UP = (
    "حصاد الأسبوع في شرق سوريا (٢ – ٨ كانون الأول ٢٠٢٣): هجمات على قواعد التحالف وكمين في البادية\n\n"
    "السبت ٢ كانون الأول:\nقُتل ٤ عناصر من قوات النظام في كمين لخلية في بادية الميادين.\n\n"
    "الاثنين ٤ كانون الأول:\nتعرّضت قاعدة حقل كونيكو لهجوم بثلاث طائرات مسيّرة.\n\n"
    "الخميس ٧ كانون الأول: قُتل عنصر من «قسد» بانفجار عبوة ناسفة في بلدة الطيانة.\n\n"
    "إحصائية الأسبوع:\nتعرضت القواعد الأمريكية لهجوم واحد على الأقل في أسبوع آخر.\n"
)


def test_an_undated_attack_under_a_day_heading_happened_that_day() -> None:
    found = events(ROUND_UP, date(2023, 12, 9))
    assert [(e.cls, e.date) for e in found][:3] == [
        ("Attack", date(2023, 12, 2)),
        ("DroneAttack", date(2023, 12, 4)),
        ("Attack", date(2023, 12, 7)),
    ]


def test_a_day_heading_may_follow_a_bullet_and_the_place_of_its_section() -> None:
    text = (
        "الحصاد الأمني الأسبوعي\n\n"
        "■ أربيل – الاثنين ١٥ كانون الثاني\n"
        "قرابة الساعة ١١:٣٠ ليلاً، سقطت صواريخ على منزل قرب القنصلية الأمريكية في أربيل، ما أدى إلى مقتل ٤ مدنيين.\n\n"
        "■ صلاح الدين – الجمعة ١٩ كانون الثاني\n"
        "هاجم عناصر من تنظيم «داعش» نقطة للجيش العراقي في منطقة مطيبيجة، ما أسفر عن مقتل جنديين.\n"
    )
    rockets, raid = events(text, date(2024, 1, 21))
    assert (rockets.date, raid.date, raid.attackers) == (date(2024, 1, 15), date(2024, 1, 19), [ID + "actor/isis"])


def test_a_day_heading_may_follow_an_entry_title_and_its_place() -> None:
    text = (
        "أبرز الأعمال\n"
        "• «الصوامع» – الدرباسية، 25 كانون الأول 2023\n"
        "قصة مصوّرة عن آثار الغارات التركية التي ضربت صوامع الحبوب في الدرباسية، وقُتل فيها ستة مدنيين.\n\n"
        "• «الدورية» – الحسكة، 12 كانون الأول 2025\n"
        "تغطية لانفجار عبوة ناسفة استهدفت سيارة دورية للأسايش قرب دوار الصباغ، أُصيب فيه أربعة عناصر.\n"
    )
    assert [(e.cls, e.date) for e in events(text, date(2026, 1, 20))] == [
        ("Airstrike", date(2023, 12, 25)),
        ("Attack", date(2025, 12, 12)),
    ]


def test_a_reviews_stamp_with_its_author_place_and_rating_heads_the_review() -> None:
    text = (
        "آراء النزلاء\n\n"
        "خالد – الرقة – 04/02/2024 – ★★★★★\n"
        "أفضل مكان بالشدادي. الأكل طيب والخدمة ممتازة.\n\n"
        "أبو فراس – دمشق – 08/11/2023 – ★★★★\n"
        "الاستراحة قريبة من القاعدة الأمريكية. ليلة الاثنين على الثلاثاء بنص الليل صحينا على صوت صواريخ نزلت على القاعدة.\n"
    )
    assert [(e.cls, e.date) for e in events(text, date(2024, 2, 4))] == [("RocketAttack", date(2023, 11, 6))]


def test_the_day_separators_of_a_live_page_head_its_posts() -> None:
    text = (
        "عاجل | هجوم صاروخي على قاعدة عين الأسد – تغطية القناة على تلغرام\n— الاثنين 5 أغسطس 2024 —\n\n"
        "[19:48] عاجل | مصدر أمني: سقوط صاروخين من نوع كاتيوشا داخل قاعدة عين الأسد الجوية في محافظة الأنبار.\n\n"
        "— الثلاثاء 6 أغسطس 2024 —\n\n"
        "[01:16] عاجل | «قسد»: الدفاعات الجوية لقوات التحالف الدولي أسقطت فجر اليوم طائرة مسيّرة مفخخة كانت متجهة نحو حقل العمر.\n"
    )
    found = events(text, None)
    assert [(e.cls, e.date) for e in found] == [
        ("RocketAttack", date(2024, 8, 5)),
        ("DroneAttack", date(2024, 8, 6)),
        ("Interception", date(2024, 8, 6)),
    ]


def test_a_day_heading_holds_until_another_section_opens() -> None:
    found = events(ROUND_UP, date(2023, 12, 9))
    assert all(e.date != date(2023, 12, 7) for e in found[3:])


def test_a_single_dated_line_is_no_page_of_day_headings() -> None:
    text = "السبت ٢ كانون الأول:\nتعرّضت قاعدة حقل كونيكو لهجوم بثلاث طائرات مسيّرة.\n"
    assert only(text, date(2023, 12, 9)).date is None


def test_a_headline_summing_up_the_attacks_of_several_days_is_no_event() -> None:
    found = events(ROUND_UP, date(2023, 12, 9))
    assert not any(e.evidence[0].start < ROUND_UP.index("\n") for e in found)


@pytest.mark.parametrize(
    ("headline", "first"),
    [
        ("غارات تركية على ريف الحسكة.. مقتل مدنيين اثنين وثلاثة عناصر من الأسايش", {2}),
        ("غارات تركية على ريف الحسكة.. مقتل مدنيين اثنين", {2}),
        ("غارات تركية على ريف الحسكة.. مقتل سبعة أشخاص", {2, 7}),
    ],
)
def test_a_headline_toll_adding_up_the_tolls_of_two_attacks_is_not_the_first_ones(headline: str, first: set[int]) -> None:
    found = events(
        headline + "\n\n"
        "قُتل مدنيان جراء غارة لطائرة مسيّرة تركية استهدفت سيارة قرب بلدة تل تمر مساء أمس الاثنين. "
        "وفي وقت لاحق، قُتل ثلاثة عناصر من الأسايش بقصف مدفعي تركي على قرية أم الكيف فجر اليوم.",
    )
    assert [killed(ev) for ev in found] == [first, {3}]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المصدر إن \"طائرة حربية يُرجَّح أنها أمريكية استهدفت بصاروخين مقراً للحشد الشعبي في جرف الصخر فجر اليوم\".",
        "استهدفت غارة جوية يُرجَّح أنها أمريكية موقعاً لحركة النجباء في قرية محكان فجر اليوم.",
    ],
)
def test_the_suspected_nationality_of_a_strike_or_its_aircraft_names_the_attacker(text: str) -> None:
    assert only(text).attackers == [US]


@pytest.mark.parametrize(
    "claim",
    [
        "وتبنت جماعة تطلق على نفسها \"كتائب الغضب الشعبي\" الهجوم في بيان على تليغرام.",
        "وأعلنت جماعةٌ اسمُها «كتائب الغضب الشعبي» مسؤوليتها عن الهجوم.",
        "وتبنّت جماعة تُدعى «كتائب الغضب الشعبي» الهجوم.",
        "وتبنّى فصيل يُعرف باسم «كتائب الغضب الشعبي» الهجوم.",
    ],
)
def test_a_group_by_the_name_it_gives_itself_claiming_the_attack_is_its_attacker(claim: str) -> None:
    doc = extract("سقطت صواريخ على قاعدة عين الأسد فجر اليوم. " + claim)
    group = next(e for e in doc.entities if e.label == "كتائب الغضب الشعبي")
    [ev] = doc.events
    assert (group.cls, ev.attackers, ev.claimed_by) == ("ArmedGroup", [group.iri], [group.iri])


def test_a_group_claiming_the_attack_after_its_name() -> None:
    [ev] = events(
        "سقطت صواريخ على قاعدة عين الأسد فجر اليوم. "
        "وفصيل يطلق على نفسه \"سرايا الفجر\" يتبنى الهجوم على عين الأسد."
    )
    assert [a.rsplit("/", 1)[1].split("-")[0] for a in ev.claimed_by] == ["sraya"]


def test_a_revised_toll_named_before_the_attack_it_counts() -> None:
    ev = only(
        "سقطت صواريخ على قاعدة عين الأسد فجر اليوم. "
        "وقال مسؤول أمريكي: ارتفاع عدد المصابين الأمريكيين في هجوم عين الأسد إلى تسعة."
    )
    assert wounded(ev) == {9}


def test_what_a_strike_caused_after_the_attack_it_answered_is_its_own_toll() -> None:
    found = events(
        "استهدفت طائرة مسيّرة قاعدة حقل العمر مساء أمس. "
        "وفجر اليوم قصفت القوات الأمريكية بالمدفعية مواقع للميليشيات في قرية مراط، رداً على الهجوم، "
        "ما أسفر عن سقوط قتيلين من عناصر الميليشيات."
    )
    assert [(e.cls, killed(e)) for e in found] == [("DroneAttack", set()), ("ArtilleryShelling", {2})]


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("سقطت قذائف هاون على بلدة ذيبان فجر اليوم، ما أوقع قتيلاً وجريحين.", {1}, {2}),
        ("سقطت قذائف هاون على بلدة ذيبان فجر اليوم، ما أسفر عن سقوط قتيلين.", {2}, set()),
        # casualties falling are no shells falling
        ("قصفت قوات النظام بلدة ذيبان بالمدفعية فجر اليوم، ما أدى إلى سقوط جريح.", set(), {1}),
        # the toll a count settled on or rose to
        ("سقطت قذائف هاون على بلدة ذيبان فجر اليوم، ليستقر عدد الضحايا على قتيل وثلاثة جرحى.", {1}, {3}),
        ("سقطت قذائف هاون على بلدة ذيبان فجر اليوم، وارتفعت الحصيلة إلى قتيلين.", {2}, set()),
        # a shepherd in the genitive, and his son
        ("قُتل راعٍ أمس وأُصيب ابنه بانفجار لغم أرضي قرب معدان.", {1}, {1}),
        ("احترق يوم السبت حقل في قرية الهوشان جراء قصف مدفعي تركي، وأُصيب مزارع بحروق في يديه.", set(), {1}),
    ],
)
def test_casualties_by_a_noun_alone(text: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(text)
    assert (killed(ev), wounded(ev)) == (dead, hurt)


def test_an_attack_downed_by_the_defences_of_its_base_harmed_no_one() -> None:
    found = events(
        "تعرضت القاعدة الأمريكية في حقل كونيكو ليل أمس لهجوم بطائرة مسيّرة. "
        "وقال مصدر إن المضادات الأرضية في القاعدة تصدت للطائرة وأسقطتها، دون وقوع خسائر بشرية."
    )
    attack, interception = found
    assert (attack.cls, killed(attack), wounded(attack)) == ("DroneAttack", {0}, {0})
    assert (interception.cls, interception.interceptors) == ("Interception", [US])


COALITION = ID + "actor/cjtf-oir"


@pytest.mark.parametrize(
    ("text", "interceptors"),
    [
        # Defences named by no one: those of the forces holding the base attacked (ck:heldBy).
        ("تعرضت قاعدة عين الأسد الجوية فجر اليوم لهجوم بطائرة مسيّرة، أسقطتها الدفاعات الجوية قبل وصولها.", [US]),
        ("أسقطت الدفاعات الجوية في قاعدة خراب الجير فجر اليوم طائرة مسيّرة حاولت استهداف القاعدة.", [US]),
        ("استهدفت طائرة مسيّرة قاعدة أربيل الجوية فجر اليوم، وأسقطتها منظومة الدفاع الجوي قبل وصولها.", [COALITION]),
        # ...but a base the report calls the coalition's is the coalition's,
        ("تعرضت قاعدة التحالف في الشدادي فجر اليوم لهجوم بطائرة مسيّرة، أسقطتها الدفاعات الجوية قبل وصولها.", [COALITION]),
        # the forces of theirs the report says use it are the more precise,
        (
            "أسقطت الدفاعات الجوية طائرة مسيرة حاولت استهداف قاعدة خراب الجير التي يستخدمها التحالف الدولي فجر اليوم.",
            [COALITION],
        ),
        # and defences another nation's forces own are theirs, not the garrison's.
        (
            "أعلنت خلية الإعلام الأمني أن الدفاعات الجوية التابعة لقيادة الدفاع الجوي العراقي أسقطت فجر اليوم "
            "طائرة مسيّرة في أجواء قاعدة عين الأسد الجوية.",
            [ID + "actor/iraqi-security-forces"],
        ),
    ],
)
def test_unnamed_air_defences_at_a_base_are_its_garrisons(text: str, interceptors: list[str]) -> None:
    interception = next(e for e in events(text) if e.cls == "Interception")
    assert interception.interceptors == interceptors


def test_a_command_downing_a_drone_downs_it_with_the_us_forces_it_commands() -> None:
    text = "وأعلنت القيادة المركزية الأمريكية أن قواتها أسقطت في اليوم نفسه طائرة مسيّرة هجومية كانت متجهة نحو حقل كونيكو."
    interception = next(e for e in events(text) if e.cls == "Interception")
    assert interception.interceptors == [ID + "actor/centcom", US]


# -- ambushes and ground assaults ------------------------------------------------------------------

ISIS = ID + "actor/isis"


def test_an_ambush_is_an_attack_by_whoever_set_it_on_its_own_day() -> None:
    ev = only(
        "ارتفعت حصيلة القتلى في صفوف قوات النظام، جراء الكمين الذي نصبته خلايا تنظيم «داعش» "
        "مساء أمس الثلاثاء في بادية الميادين، إلى تسعة قتلى."
    )
    assert (ev.cls, ev.attackers, ev.date, killed(ev)) == ("Attack", [ISIS], date(2024, 2, 6), {9})


def test_rpgs_in_a_ground_assault_make_no_rocket_attack() -> None:
    ev = only("هاجم مسلحون دورية للأمن العام فجر اليوم بالأسلحة الرشاشة والقذائف الصاروخية قرب بلدة الشعيطات.")
    assert ev.cls == "Attack"


def test_an_ambush_is_not_the_airstrike_that_followed_it() -> None:
    found = events(
        "قتل سبعة جنود مساء أمس في كمين نصبه مسلحون لحافلة عسكرية في بادية الميادين. "
        "وفي أعقاب الكمين، شنت الطائرات الحربية الروسية صباح اليوم غارات على مواقع في بادية الميادين."
    )
    assert [(e.cls, e.date) for e in found] == [("Attack", date(2024, 2, 6)), ("Airstrike", date(2024, 2, 7))]


def test_a_strike_answering_attacks_in_general_makes_no_event_of_them() -> None:
    ev = only(
        "نفذت القوات الأمريكية غارة على سيارة في البوكمال فجر اليوم، رداً على الهجمات على القوات الأمريكية في المنطقة."
    )
    assert (ev.cls, ev.in_response_to) == ("Airstrike", [])


def test_the_attack_answered_in_the_frame_of_a_response_is_its_own_event() -> None:
    found = events(
        "وقالت القيادة المركزية إن مقاتلات أمريكية شنت غارات على 40 هدفاً في سوريا فجر اليوم، في إطار الرد على الهجوم "
        "بطائرة مسيّرة الذي استهدف قاعدة البرج 22 في 28 كانون الثاني الماضي."
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 7)), ("DroneAttack", date(2024, 1, 28))]


def test_an_attack_told_after_a_fronted_and_after_is_of_its_own_kind() -> None:
    found = events(
        "شنت طائرات أمريكية فجر اليوم غارات على مواقع للميليشيات في مدينة الميادين. "
        "وعقب الغارات بساعات، قصفت الميليشيات الموالية لإيران بقذائف الهاون مواقع لقسد في بلدة ذيبان."
    )
    assert [(e.cls, e.attackers) for e in found] == [("Airstrike", [US]), ("ArtilleryShelling", [MILITIAS])]


# -- artillery's nationality, «any attack», rumours, counts and headings ------------------------

TURKEY = ID + "actor/turkish-forces"


@pytest.mark.parametrize(
    "text",
    [
        "وبعد منتصف الليل أطلقت المدفعية التركية المتمركزة قرب الحدود أكثر من عشرين قذيفة على قرى شمال بلدة عين عيسى.",
        "تعرضت قرى في ريف بلدة تل تمر أمس الأربعاء لقصف مدفعي تركي متقطع.",
    ],
)
def test_artillery_named_by_its_nationality_is_the_attacker(text: str) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers) == ("ArtilleryShelling", [TURKEY])


def test_the_artillery_that_answered_is_the_shelling_first_told_in_passing() -> None:
    found = events(
        "تعرضت قاعدة حقل كونيكو مساء أمس لهجوم بعدة صواريخ، فيما ردت القوات الأمريكية بقصف مدفعي على قرى مقابلة. "
        "وبعد نحو ساعة، أطلقت المدفعية الأمريكية قذائف على محيط بلدة خشام."
    )
    assert [(e.cls, e.attackers) for e in found] == [("RocketAttack", []), ("ArtilleryShelling", [US])]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول أمريكي إنه ليس على علم بأي هجوم على قاعدة التنف خلال الساعات الماضية.",
        "وتقول الفصائل إن أي تصعيد جديد سيُقابَل بتوسيع دائرة الاستهداف لتشمل قاعدة حرير.",
        "ويرى مراقبون أن الفصائل قادرة على استئناف الهجمات على قاعدة عين الأسد في أي لحظة.",
        "وأكد المتحدث أن «أي عمل يستهدف البعثات أو القوات الأجنبية يُعدّ خرقاً للقانون».",
        "وقال المسؤول إن كل هجوم على القواعد سيُقابَل برد حاسم.",
    ],
)
def test_any_attack_at_any_moment_is_no_attack_told(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a rumour denied in the next sentence
        "أنباء غير مؤكدة عن غارات جوية قرب مدينة القائم. مصدر في الحشد الشعبي ينفي تعرض أي من مقاره للقصف.",
        # a denial of what pages said, the attack in quotation marks
        "نفت خلية الإعلام الأمني ما تداولته صفحات عن \"استهداف رتل للتحالف بعبوة ناسفة قرب الرمادي\".",
    ],
)
def test_a_denied_rumour_is_no_attack(text: str) -> None:
    assert events(text) == []


def test_a_rumour_not_denied_is_still_reported() -> None:
    ev = only("أنباء عن غارات جوية على مواقع للميليشيات قرب مدينة البوكمال فجر اليوم.")
    assert ev.cls == "Airstrike"


@pytest.mark.parametrize(
    "text",
    [
        "التقرير الشهري: 23 هجوماً في شمال شرق سوريا خلال كانون الثاني 2024",
        "ويرصد المركز في تقريره الهجمات التي شهدتها محافظة دير الزور خلال شهر كانون الثاني الماضي.",
        "ويلاحظ المركز ارتفاعاً في عمليات الاغتيال مقابل تراجع نسبي في الهجمات التركية.",
        "ويأتي ذلك فيما تشنّ تركيا منذ أيام حملة ضربات بالمسيّرات على مواقع في ريف الحسكة.",
        "وكانت الغارات الأمريكية طوال السنوات الماضية الأداة الأكثر فاعلية في ملاحقة قادة التنظيم.",
        # a campaign waged over a month
        "وكانت أنقرة قد شنّت حملة جوية مماثلة في أكتوبر 2023 على مواقع الحزب في شمال العراق.",
        # a series of strikes after which attacks stopped, in passing
        "وبلغت الهجمات أكثر من 170 هجوماً بين تشرين الأول 2023 وشباط 2024، قبل أن تتوقف إثر سلسلة ضربات أمريكية انتقامية.",
        "وكانت الفصائل قد أوقفت هجماتها على القوات الأمريكية، بعد سلسلة ضربات أمريكية طالت مقراتها.",
    ],
)
def test_attacks_summed_up_over_weeks_or_years_are_no_event(text: str) -> None:
    assert events(text) == []


def test_a_similar_attack_named_in_passing_before_it_is_told_in_full_is_that_attack() -> None:
    ambush, earlier = events(
        "قُتل 23 جندياً في كمين نصبه تنظيم «داعش» لحافلة عسكرية في بادية الميادين أمس. "
        "ويأتي الكمين بعد أيام من هجوم مماثل، ففي الثاني من الشهر الجاري قُتل 10 عناصر بهجوم لخلايا التنظيم قرب الشولا."
    )
    assert (killed(ambush), earlier.date, killed(earlier)) == ({23}, date(2024, 2, 2), {10})


def test_deaths_in_the_period_of_a_tally_are_no_attacks_toll() -> None:
    ev = only(
        "قُتل 23 جندياً في كمين نصبه تنظيم «داعش» لحافلة عسكرية في بادية الميادين أمس. "
        "وبحسب إحصاءات المرصد، ارتفع عدد قتلى قوات النظام منذ مطلع العام إلى 187، في حين قُتل 21 عنصراً من التنظيم "
        "في الفترة ذاتها، إلى جانب 137 مدنياً قضى معظمهم بانفجار ألغام."
    )
    assert killed(ev) == {23}


def test_a_campaign_waged_on_a_day_is_that_days_attack() -> None:
    assert only("وشنّت تركيا مساء أمس حملة جوية على مواقع في جبال قنديل.").date == date(2024, 2, 6)


def test_plural_strikes_in_part_of_a_month_on_one_target_are_an_event() -> None:
    ev = only("وكانت غارات مجهولة قد استهدفت منتصف الشهر الماضي مستودعاً للذخيرة في بادية الميادين.")
    assert (ev.cls, ev.date, ev.earliest, ev.latest) == ("Airstrike", None, date(2024, 1, 11), date(2024, 1, 20))


def test_the_heading_of_a_list_of_attacks_is_no_attack() -> None:
    found = events(
        "هجمات خلايا التنظيم:\n"
        "في 3 شباط، انفجرت عبوة ناسفة بسيارة عسكرية لقسد قرب بلدة ذيبان، ما أدى إلى مقتل مقاتلين اثنين."
    )
    assert [(e.cls, e.date) for e in found] == [("Attack", date(2024, 2, 3))]


def test_the_same_attack_counted_is_not_another() -> None:
    found = events(
        "قُتل ثلاثة مقاتلين ظهر أمس الثلاثاء بضربة طائرة مسيّرة تركية استهدفت سيارتهم قرب بلدة سنوني. "
        "وهذه ثالث ضربة تركية تطال المنطقة منذ مطلع الشهر الجاري."
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 6))]


# -- times that bound a silence or a tally ---------------------------------------------------------


def test_a_time_until_which_nothing_was_said_dates_no_attack() -> None:
    ev = only(
        "قتل عنصران من قسد مساء الأحد في هجوم على حاجز في بلدة ذيبان. "
        "ولم يتبنَّ التنظيم الهجوم على الحاجز حتى صباح اليوم الأربعاء."
    )
    assert ev.date == date(2024, 2, 4)


def test_the_time_a_tally_starts_from_dates_no_attack() -> None:
    ev = only(
        "قتل عنصران من قسد مساء الأحد في هجوم على حاجز في بلدة ذيبان. "
        "ويأتي الهجوم في سياق تصاعد لنشاط خلايا التنظيم منذ سقوط نظام الأسد في كانون الأول الماضي."
    )
    assert ev.date == date(2024, 2, 4)


def test_shelling_since_the_morning_is_dated_by_that_morning() -> None:
    ev = only("تتعرض قرى في محيط بلدة تل تمر لقصف مدفعي منذ صباح الاثنين.")
    assert ev.date == date(2024, 2, 5)


def test_a_suicide_bombing_answered_is_not_the_shelling_that_answers_it() -> None:
    found = events(
        "تعرضت قرى في محيط بلدة تل تمر لقصف مدفعي تركي. "
        "وتقول أنقرة إن عملياتها تأتي رداً على الهجوم الانتحاري الذي استهدف صباح الأحد الماضي مدخل وزارة الداخلية في أنقرة."
    )
    assert [(e.cls, e.date) for e in found] == [("ArtilleryShelling", None), ("Attack", date(2024, 2, 4))]


# -- interceptions and «the base» -----------------------------------------------------------------


def test_a_drone_downed_while_flying_near_troops_is_an_interception_of_no_attack() -> None:
    ev = only(
        "أسقطت مقاتلة أميركية من طراز إف-16 أمس طائرة مسيّرة تركية مسلحة كانت تحلّق قرب موقع تتمركز فيه قوات أميركية "
        "في محافظة الحسكة."
    )
    assert (ev.cls, ev.in_response_to, ev.interceptors) == ("Interception", [], [US])


def test_a_drone_downed_while_flying_toward_a_base_is_an_attack_too() -> None:
    found = events("أسقطت القوات الأمريكية أمس طائرة مسيّرة كانت تحلّق باتجاه قاعدة التنف.")
    assert [e.cls for e in found] == ["DroneAttack", "Interception"]


def test_a_drone_a_bases_air_defences_downed_as_it_hovered_near_the_base_is_an_attack_too() -> None:
    found = events("أسقطت الدفاعات الجوية للتحالف فجر أمس طائرة مسيّرة كانت تحلّق قرب قاعدة حرير.")
    assert [e.cls for e in found] == ["DroneAttack", "Interception"]
    # A fighter downing a drone near a base, or the defences downing one that watched: no attack.
    assert [e.cls for e in events("أسقطت مقاتلة أميركية أمس طائرة مسيّرة تركية كانت تحلّق قرب قاعدة حرير.")] == ["Interception"]
    assert [e.cls for e in events("أسقطت الدفاعات الجوية أمس طائرة استطلاع كانت تحلّق قرب قاعدة حرير.")] == ["Interception"]


def test_a_downing_after_the_headline_tells_the_attack_the_headline_and_a_later_claim_name() -> None:
    text = (
        "فوز أربيل في مباراة توقّفت 40 دقيقة بسبب هجوم بمسيّرة\n\n"
        "فاز فريقنا على ضيفه زاخو مساء أمس الأربعاء.\n"
        "وفي الدقيقة 63، دوّت صفارات الإنذار في سماء المدينة، بعدما تصدّت دفاعات التحالف الدولي الجوية لطائرة مسيّرة "
        "كانت تتجه نحو قاعدته في مطار أربيل الدولي، وأسقطتها.\n"
        "وفي وقت متأخر من الليلة نفسها، تبنّت «المقاومة الإسلامية في العراق» الهجوم في بيان قالت فيه إنها استهدفت "
        "«قاعدة الاحتلال الأمريكي في مطار أربيل»."
    )
    attack, interception = events(text, date(2023, 10, 26))
    assert (attack.cls, interception.cls, interception.in_response_to) == ("DroneAttack", "Interception", [0])
    assert any("كانت تتجه نحو قاعدته" in text[s.start : s.end] for s in attack.evidence)


def test_the_base_is_the_base_named_before() -> None:
    found = events(
        "هجوم صاروخي على قاعدة عين الأسد\n\n"
        "مصدر أمني عراقي: صاروخا كاتيوشا سقطا داخل القاعدة، والإطلاق جرى من منطقة زراعية شرقها."
    )
    assert [(e.cls, e.targets) for e in found] == [("RocketAttack", [ID + "place/ain-al-asad-airbase"])]


def test_that_attack_is_the_one_just_told() -> None:
    ev = only(
        "قتل أربعة من مقاتلي قسد قبل ثلاثة أيام في كمين نصبه مسلحو داعش لسيارتهم على طريق الكسرة – الرقة، "
        "وهو هجوم تبنّاه التنظيم لاحقاً."
    )
    assert (ev.cls, ev.attackers) == ("Attack", [ISIS])


def test_a_force_of_a_group_is_the_group_attacking() -> None:
    ev = only("وفجر الاثنين، نفذت قوة خاصة من قسد عملية إنزال في بلدة الحوايج، قُتل خلالها قيادي في التنظيم.")
    assert ev.attackers == [SDF]


def test_aircraft_striking_make_an_airstrike_and_each_side_of_a_border_its_own() -> None:
    found = events(
        "غارات أمريكية على القائم والبوكمال\n\n"
        "في الجانب العراقي، طاولت الغارات فجر اليوم مقرات للحشد في قضاء القائم. "
        "أما في الجانب السوري، فقد استهدفت الطائرات مستودعات في مدينة الميادين."
    )
    assert [e.cls for e in found] == ["Airstrike", "Airstrike"]


# -- victims without numbers, the strike's owner, ISIS against both sides ----------------------

CJTF = ID + "actor/cjtf-oir"


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("قصفت المدفعية الأمريكية بلدة خشام مساء أمس. وأفادت مصادر محلية بمقتل عنصرين من الميليشيا وإصابة ثالث.", {2}, {1}),
        ("نفذت قسد فجر أمس عملية إنزال في بلدة ذيبان، قُتل خلالها قيادي في التنظيم.", {1}, set()),
        ("استهدفت مسيّرة تركية ظهر أمس سيارة مدنية على طريق المالكية، فقُتل سائقها.", {1}, set()),
        # one more count of others joined to the first: the counts and their sum
        ("فتح مسلح النار أمس على اجتماع قرب تدمر، ما أدى إلى إصابة ثلاثة جنود أمريكيين واثنين من عناصر الأمن السوري.", set(), {3, 5}),
        ("سقطت قذائف على البلدة أمس، ما أدى إلى إصابة 3 جنود و4 مدنيين.", set(), {3, 4, 7}),
        # a trade named for the victim
        ("قُتل تاجر محروقات من أبناء الشحيل أمس برصاص مسلحين مجهولين كانوا يستقلون دراجة نارية.", {1}, set()),
        # «ل» for «إلى» before the toll's noun
        ("استهدفت طائرة مسيّرة فجر اليوم سيارة بيك آب قرب بلدة محكان، ما أدى لمقتل عنصرين وإصابة ثالث.", {2}, {1}),
    ],
)
def test_victims_told_without_a_number(text: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(text)
    assert (killed(ev), wounded(ev)) == (dead, hurt)


def test_a_nationality_before_a_comma_names_the_attacker() -> None:
    ev = only("تعرضت قرى في ريف عين عيسى الشمالي مساء أمس لقصف مدفعي تركي، لم يسفر عن إصابات بشرية.")
    assert ev.attackers == [TURKEY]


def test_a_quoted_response_is_a_clause_of_its_own_and_the_attack_after_it_hit_the_forces() -> None:
    strikes, rockets = events(
        "شنت القوات الأمريكية ليل الاثنين ضربات على مواقع في محيط مدينة الميادين. "
        "وقالت القيادة المركزية إن الضربات طالت مستودعاً للأسلحة في الميادين، وجاءت \"رداً مباشراً\" على هجوم صاروخي "
        "استهدف القوات الأمريكية في حقل العمر يوم الأحد 4 شباط."
    )
    assert (strikes.cls, strikes.attackers) == ("Airstrike", [US])
    assert (rockets.cls, rockets.attackers, rockets.date) == ("RocketAttack", [], date(2024, 2, 4))
    assert US in rockets.targets and strikes.in_response_to == [1]


def test_the_strike_of_an_actor_before_what_it_hit() -> None:
    ev = only("استهدفت غارةٌ جويّة للتحالف الدولي، نُفِّذت فجر أمس، مخبأً لخلية من التنظيم في بادية الشولا.")
    assert ev.attackers[0] == CJTF


def test_gunmen_of_a_group_attacking_make_the_group_the_attacker() -> None:
    ev = only("قُتل جنديان فجر أمس في هجوم شنّه مسلّحون من تنظيم \"داعش\" على حاجز عند مدخل بلدة القورية.")
    assert ev.attackers == [ISIS]


def test_an_isis_attack_and_a_coalition_strike_on_the_same_day_are_two() -> None:
    found = events(
        "قُتل جنديان فجر أمس الثلاثاء في هجوم شنّه مسلّحون من تنظيم \"داعش\" على حاجز قرب بلدة القورية. "
        "وفي وقت متأخر من ليل أمس، استهدفت غارة للتحالف الدولي مخبأً للتنظيم في بادية الشولا."
    )
    assert [(e.cls, e.attackers[:1]) for e in found] == [("Attack", [ISIS]), ("Airstrike", [CJTF])]


def test_an_aggression_with_its_day_and_attacker_is_an_attack_told() -> None:
    ev = only("استشهد خمسة عسكريين فجر اليوم جراء اعتداء إرهابي نفذته فلول تنظيم \"داعش\" على حافلة قرب منطقة الشولا.")
    assert (ev.attackers, ev.date, killed(ev)) == ([ISIS], date(2024, 2, 7), {5})


def test_the_bus_struck_is_the_bus_of_the_attack_told() -> None:
    ev = only(
        "استشهد خمسة عسكريين فجر اليوم جراء اعتداء نفذته فلول تنظيم \"داعش\" على حافلة قرب منطقة الشولا. "
        "وأوضح مصدر عسكري أن مجموعة إرهابية استهدفت الحافلة بعبوة ناسفة ثم بالأسلحة الرشاشة."
    )
    assert ev.attackers == [ISIS]


def test_today_and_yesterday_differ_without_a_publication_date() -> None:
    found = events(
        "قُتل عنصران من قسد مساء أمس الثلاثاء إثر هجوم نفذه مسلحون من داعش على حاجز في بلدة الشحيل. "
        "وفي سياق متصل، انفجرت عبوة ناسفة، فجر اليوم، بسيارة عسكرية تابعة لقسد على طريق هجين.",
        published=None,
    )
    assert len(found) == 2


def test_a_downing_at_another_base_is_another_attack() -> None:
    found = events(
        "ضربت طائرة مسيّرة ليل الأربعاء خزاناً في حقل كورمور للغاز. "
        "ويأتي الهجوم بعد نحو أسبوعين من إسقاط الدفاعات الجوية للتحالف الدولي مسيّرتين كانتا متجهتين نحو مطار أربيل."
    )
    assert [e.cls for e in found] == ["DroneAttack", "DroneAttack", "Interception"]
    assert found[2].in_response_to == [1]


def test_the_base_the_artillery_stands_in_is_not_its_target() -> None:
    found = events(
        "تعرضت قاعدة حقل كونيكو مساء أمس لهجوم بعدة صواريخ، فيما ردت القوات الأمريكية بقصف مدفعي على قرى مقابلة. "
        "وبعد نحو ساعة، أطلقت المدفعية الأمريكية المتمركزة في القاعدة قذائف على محيط بلدتي خشام ومراط."
    )
    assert [(e.cls, e.targets) for e in found][1] == ("ArtilleryShelling", [])
    assert len(found) == 2


# -- threats to come, denials, flashes, earlier attacks and hours apart ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال قيادي في الفصائل إن \"المقاومة ستعود إلى استهداف قواعد الاحتلال إذا لم يلتزم بموعد الانسحاب في أيلول المقبل\".",
        "نفى جهاز مكافحة الإرهاب، اليوم الأحد، الأنباء التي تداولتها منصات بشأن إسقاط طائرة مسيّرة مفخخة في أجواء مطار أربيل.",
        "وقال الجهاز إن \"لا صحة لما يُشاع عن هجوم على مطار أربيل\".",
        "شنّت قسد صباح اليوم حملة دهم واعتقال في بلدة الشحيل طالت 12 شخصاً.",
        "وتشهد المنطقة تصعيداً، إذ تعرضت القواعد الأمريكية في سوريا لأكثر من 15 هجوماً بالصواريخ والمسيّرات.",
        "وتأتي هذه الهجمات ضمن سلسلة تجاوزت 40 هجوماً على القوات الأمريكية في العراق وسوريا.",
        # earlier times, a need, indefinite news denied
        "وليست هذه المرة الأولى التي تُستهدف فيها القاعدة خلال الشهر الجاري.",
        "ويقول الباحث إن «الفصائل اليوم أقل حاجة إلى استهداف الأمريكيين».",
        "نفت مديرية أمن أربيل أنباء تداولتها مواقع التواصل مساء أمس عن سقوط صاروخ قرب مطار أربيل الدولي.",
        # a capability, strikes of the kind before
        "ولا يزال التنظيم يحتفظ بقدرة على شن هجمات خاطفة في البادية.",
        "كما استهدفت غارات أمريكية سابقة مواقع للفصائل قرب الميادين.",
        # a threat waved, a resolve to go on, an escalation, an end called for
        "وكانت فصائل عراقية مسلحة قد لوّحت، في بيانات متفرقة خلال الأيام الماضية، باستهداف المصالح الأمريكية "
        "في حال انخراط واشنطن عسكرياً.",
        "أكد المتحدث باسم «حركة النجباء»، في تصريح لـ«المدار» أن الحركة «لن تعلّق عملياتها»، وأنها «ماضية في "
        "استهداف قواعد الاحتلال حتى خروجه من العراق».",
        "تتواصل المعارك في محيط سد تشرين، وسط تصعيد ملحوظ في القصف والغارات خلال الساعات الأخيرة.",
        "وطالبت الإدارة الذاتية بموقف حازم يضع حداً للهجمات التي تستهدف المدنيين.",
        "وأكد أن الحركة لن تعلّق عملياتها حتى خروج الاحتلال ووقف العدوان على غزة.",
    ],
)
def test_threats_denials_raids_and_counts_are_no_attack(text: str) -> None:
    assert events(text) == []


def test_after_midnight_is_a_time_not_a_clause_of_its_own() -> None:
    ev = only(
        "وقال مراسل إن الميليشيات الإيرانية أطلقت مساء أمس، قرابة الساعة الواحدة بعد منتصف الليل، ثلاث طائرات "
        "مسيّرة من محيط بلدة مراط باتجاه قاعدة حقل كونيكو."
    )
    assert (ev.cls, ev.date, ev.attackers) == ("DroneAttack", date(2024, 2, 6), [MILITIAS])


def test_unknown_aircraft_striking_elsewhere_is_not_the_artillery_of_that_day() -> None:
    found = events(
        "قصفت المدفعية الأمريكية صباح أمس مواقع للميليشيات في قرية مراط. "
        "وأكد المراسل مقتل سبعة عناصر من الميليشيات جراء القصف الأمريكي. "
        "وفي مدينة البوكمال، استهدف طيران مجهول الهوية مساء أمس مستودعاً للأسلحة في حي الهجانة."
    )
    assert [(e.cls, killed(e)) for e in found] == [("ArtilleryShelling", {7}), ("Airstrike", set())]


def test_breaking_news_flashes_after_the_headline_are_reports() -> None:
    found = events(
        "عاجل | هجمات بمسيّرات على قاعدة أمريكية في سوريا\n\n"
        "عاجل | مصدر عسكري لـ\"الرائد 24\": طائرتان مسيّرتان مفخختان انطلقتا باتجاه قاعدة التنف ليل الخميس\n\n"
        "عاجل | المصدر: الدفاعات الجوية في القاعدة اعترضت المسيّرتين وأسقطتهما قبل بلوغ الهدف\n\n"
        "عاجل | البنتاغون: نحتفظ بحق الرد في الزمان والمكان اللذين نختارهما ولن نتسامح مع الاعتداءات على قواتنا\n\n"
        "وفي التفاصيل، أفادت مصادر بأن القوات في المنطقة رفعت حالة التأهب، وأن تعزيزات من منظومات الدفاع الجوي وصلت.\n\n"
        "وكانت قاعدة التنف قد تعرضت يوم الخميس 19 تشرين الأول 2023 لهجوم بطائرة مسيّرة.",
        published=None,
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", None), ("DroneAttack", date(2023, 10, 19)), ("Interception", None)]
    assert found[2].in_response_to == [0]


def test_a_number_ending_a_quoted_name_is_no_casualty_figure() -> None:
    ev = only(
        "عاجل | هجوم صاروخي على قاعدة عين الأسد\n\n"
        "عاجل | مسؤول أمريكي لـ\"الرائد 24\": إصابة جنديين أمريكيين جراء الهجوم الصاروخي على قاعدة عين الأسد أمس"
    )
    assert wounded(ev) == {2}


def test_a_drone_smuggling_drugs_downed_is_no_attack() -> None:
    found = events(
        "قتل مقاتلان ليل السبت بهجوم بطائرة مسيّرة على نقطة قرب قاعدة التنف. "
        "ومن جهة أخرى، قالت القوات الأردنية إن حرس الحدود أسقطوا طائرة مسيّرة قادمة من سوريا كانت محمّلة بالمواد المخدّرة."
    )
    assert [(e.cls, e.in_response_to) for e in found] == [("DroneAttack", []), ("Interception", [])]


def test_strikes_at_night_and_at_noon_of_one_day_are_two() -> None:
    found = events(
        "شنت طائرات حربية تركية ليلة أمس غارتين على محطة الكهرباء في قرية السويدية. "
        "وأفاد مراسل بأن طائرة مسيّرة تركية استهدفت ظهر أمس سيارة في مدينة عامودا."
    )
    assert [e.cls for e in found] == ["Airstrike", "Airstrike"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("السبت: قتل مسلحان مجهولان يستقلان دراجة نارية عنصراً في قسد أمام منزله في بلدة أبو حمام.", "Attack"),
        ("فجر اليوم الثلاثاء، أصابت مسيّرة أخرى حقل خورمالة غربي أربيل، وألحقت أضراراً بالأنابيب.", "DroneAttack"),
        # came under fire
        ("وقال المتحدث إن سيارة إسعاف \"تعرّضت لإطلاق نار يوم الجمعة قرب بلدة مسكنة، ما أدى إلى إصابة أحد المسعفين\".", "Attack"),
        # a grenade thrown
        ("3- إلقاء قنبلة يدوية على محل للصرافة في سوق بلدة الشحيل فجر أمس، ما أدى إلى أضرار مادية.", "Attack"),
        ("ألقى مجهولون قنبلة على منزل مختار بلدة ذيبان فجر أمس.", "Attack"),
    ],
)
def test_gunmen_killing_and_a_drone_hitting_are_attacks(text: str, cls: str) -> None:
    assert only(text).cls == cls


def test_a_round_up_headline_naming_several_kinds_of_attack_is_none_of_them() -> None:
    found = events(
        "الحصاد الأمني الأسبوعي: اغتيال وعبوة وإنزال جوي ومسيّرة مجهولة في دير الزور\n\n"
        "السبت 3 شباط: قتل مسلحان مجهولان عنصراً في قسد في بلدة أبو حمام."
    )
    assert [e.cls for e in found] == ["Attack"]


# -- interviews, fact-checks, datelines and more verbs ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "س: شهدت بلدة البصيرة هجوماً دامياً هذا الأسبوع، ماذا جرى بالتحديد؟",
        (
            "تداولت حسابات على منصات التواصل مقطعاً قالت إنه يوثّق هجوماً صاروخياً دمّر قاعدة حرير أمس. "
            "وتبيّن أن المقطع مضلل ويعود إلى عام 2020."
        ),
        "ولم نعثر على أي بيان بشأن قاعدة حرير، كما لم يصدر عن التحالف أي إعلان عن هجوم.",
        "كما تداولت مجموعات واتساب محلية خبراً عن انفجار عبوة ناسفة قرب دوار المعامل في الحسكة، وقد تحققنا من عدم صحته.",
        "كما نفت قسد ما تداولته صفحات محلية عن مقتل أحد قادتها بكمين قرب بلدة الشحيل.",
        "فقد سبقهم إخوة ارتقوا في غارات أمريكية على البوكمال والقائم في سنوات مضت.",
    ],
)
def test_questions_debunked_claims_and_old_strikes_are_no_attack(text: str) -> None:
    assert events(text) == []


def test_a_claim_spread_but_not_found_false_is_still_reported() -> None:
    assert [e.cls for e in events("تداولت حسابات مقطعاً قالت إنه يوثّق هجوماً صاروخياً على قاعدة حرير أمس.")] == ["RocketAttack"]


def test_attacks_answered_in_general_are_no_attack_of_their_own() -> None:
    ev = only("نفذت القوات الأمريكية فجر اليوم ضربات على مواقع في البوكمال، رداً على هجمات على قواتها.")
    assert ev.cls == "Airstrike"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("وكانت مقاتلتان أمريكيتان قد قصفتا، فجر أمس، مستودعاً للأسلحة قرب مدينة البوكمال.", "Airstrike"),
        ("مسلح فتح النار يوم السبت على اجتماع لعسكريين قرب مدينة تدمر، ما أسفر عن مقتل جنديين.", "Attack"),
        # the day set off by commas between the fire and its target
        ("وكان مسلح قد فتح النار، يوم السبت 3 شباط، على اجتماع مشترك لقوات أمريكية قرب تدمر.", "Attack"),
        ("28 كانون الثاني: مسيّرة تضرب «البرج 22» في شمال شرقي الأردن، فتقتل ثلاثة جنود أمريكيين.", "DroneAttack"),
    ],
)
def test_more_verbs_of_attack(text: str, cls: str) -> None:
    assert only(text).cls == cls


@pytest.mark.parametrize(
    "text",
    [
        "دمشق 12 مارس 2023 (شينخوا) قتل 16 شخصا في هجوم شنه مسلحو تنظيم داعش في بادية دير الزور مساء أمس (السبت).",
        # a comma after the place, no year
        "دمشق، 12 مارس (هانبيت) -- قتل 16 شخصا في هجوم شنه مسلحو تنظيم داعش في بادية دير الزور مساء أمس السبت.",
        # the agency between slashes
        "عواصم في 12 مارس /خانا/ قتل 16 شخصا في هجوم شنه مسلحو تنظيم داعش في بادية دير الزور مساء أمس السبت.",
    ],
)
def test_a_dateline_dates_the_report_not_the_attack(text: str) -> None:
    ev = only(text, published=date(2023, 3, 12))
    assert ev.date == date(2023, 3, 11)


def test_an_attack_of_a_group_named_after_its_noun() -> None:
    ev = only("تكبّدت قوات النظام خسائر بشرية فجر اليوم في هجوم لتنظيم «الدولة» في البادية.")
    assert ev.attackers == [ISIS]


def test_perished_is_killed_and_a_rank_between_two_victims_keeps_both() -> None:
    ev = only(
        "هاجم عناصر من التنظيم مساء السبت نقطة تفتيش لقسد قرب بلدة الصبحة. وأعلنت «قسد» مقتل اثنين من عناصرها، "
        "في حين زعمت وكالة «أعماق» أن الهجوم أسفر عن «هلاك خمسة مرتدين».",
        date(2025, 3, 13),
    )
    assert killed(ev) == {2, 5}
    ev = only(
        "انفجرت عبوة ناسفة بعجلة عسكرية للجيش العراقي في منطقة المطيبيجة صباح الأحد، ما أدى إلى استشهاد ضابط برتبة "
        "ملازم أول وجندي، وإصابة ثلاثة آخرين.",
        date(2025, 3, 13),
    )
    assert (killed(ev), wounded(ev)) == ({2}, {3})


def test_strikes_days_after_the_blast_they_answer_and_what_they_caused_after_the_answer() -> None:
    blast, strikes = events(
        "انفجرت عبوة ناسفة بعجلة عسكرية للجيش العراقي في منطقة المطيبيجة صباح الأحد 9 مارس، ما أدى إلى استشهاد جندي.\n"
        "وبعد يومين من التفجير، نفّذت طائرات F-16 العراقية ضربات جوية على أوكار للتنظيم في حوض المطيبيجة، وقالت خلية "
        "الإعلام الأمني إن الضربات جاءت «رداً على تفجير المطيبيجة الغادر»، وأسفرت عن مقتل خمسة إرهابيين.",
        date(2025, 3, 13),
    )
    assert (killed(blast), strikes.cls, strikes.date, killed(strikes)) == ({1}, "Airstrike", date(2025, 3, 11), {5})


def test_the_aggression_named_with_its_place_and_whole_date_is_an_attack_of_its_own() -> None:
    found = events(
        "استشهد بغارة أمريكية في شارع فلسطين ببغداد يوم الخميس 4/1/2024 مع رفيقه.\n"
        "وارتقى الشهيد علي في العدوان الأمريكي على قضاء القائم ليلة الجمعة 2/2/2024 عن عمر ناهز 23 عاماً.",
        date(2024, 3, 10),
    )
    assert [(e.date, e.attackers) for e in found] == [(date(2024, 1, 4), [US]), (date(2024, 2, 2), [US])]


def test_a_timelines_next_day_and_the_shelling_it_tells_keep_their_own_day_and_toll() -> None:
    found = events(
        "الإثنين 5 أوت: سقط صاروخان من نوع «كاتيوشا» داخل قاعدة عين الأسد الجوية. وأعلن البنتاغون إصابة خمسة عسكريين "
        "أمريكيين ومتعاقدَين اثنين، مؤكداً أنه «لم يُقتل أحد».\n\n"
        "الأربعاء 7 أوت: عند الفجر، هاجم مسلحون مواقع لـ«قوات سوريا الديمقراطية» في بلدة ذيبان بريف دير الزور الشرقي.\n\n"
        "وفي اليوم الموالي، قصفت «قسد» بالمدفعية بلدة الشميطية، وقالت إن القصف جاء «رداً على هجوم ذيبان». وأفاد المرصد "
        "بمقتل طفلين وامرأة في القصف.",
        date(2024, 8, 11),
    )
    rockets, raid, shelling = found
    assert (killed(rockets), wounded(rockets)) == ({0}, {7})
    assert (raid.date, killed(raid)) == (date(2024, 8, 7), set())
    assert (shelling.cls, shelling.date, killed(shelling)) == ("ArtilleryShelling", date(2024, 8, 8), {3})


def test_a_count_is_not_read_with_a_kill_verb_past_a_negation() -> None:
    ev = only(
        "مساء السبت أُطلقت صواريخ باليستية على قاعدة عين الأسد. وقالت سنتكوم إن بعضها سقط داخل القاعدة، ما أدى إلى "
        "إصابة أربعة عسكريين أمريكيين بإصابات دماغية خضعوا للتقييم الطبي، وجندي عراقي واحد، مؤكدة أنه لم يُقتل أحد.",
        date(2024, 1, 24),
    )
    assert killed(ev) == {0}


def test_a_toll_one_short_line_after_the_attack_is_its_toll() -> None:
    ev = only(
        "يومَ السبت 13 كانون الأول، أطلقَ مسلّحٌ النارَ على جنودٍ أمريكيين قرب مدينة تدمر.\n"
        "الجنودُ كانوا في اجتماعٍ مع قوات الحكومة السورية.\n"
        "قُتل جنديّان أمريكيّان ومترجمٌ مدنيٌّ أمريكيّ.\n",
        date(2025, 12, 20),
    )
    assert killed(ev) == {3}


# -- the preferred figure ----------------------------------------------------------------------------


def preferred(text: str, status: str = "Killed") -> int | None:
    from kg.graph import preferred_figure

    return preferred_figure([c for c in only(text).claims if c.status == status])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the largest figure: a toll revised upwards, another source's higher count
        ("قُتل خمسة عناصر في غارة على البوكمال فجر اليوم بحسب المرصد، فيما تحدثت مصادر محلية عن سبعة قتلى.", 7),
        # a count in numbers beats «tens»
        ("قُتل قرابة عشرة عناصر في هجوم على حاجز قرب تدمر فجر اليوم، فيما تحدثت مصادر أخرى عن عشرات القتلى.", 10),
        # other sources beat what the attackers claim they inflicted
        ("قُتل جنديان فجر اليوم في هجوم شنه مسلحون من داعش على حاجز قرب الميادين، وتبنى التنظيم الهجوم زاعماً مقتل ستة جنود.", 2),
        # a range counts as its lower end, unless another source gives more
        ("أدت غارة جوية فجر اليوم على مستودع قرب البوكمال إلى مقتل 6 أو 7 عناصر من الميليشيات.", 6),
        ("قُتل ما بين 4 و6 عناصر في غارة على موقع قرب الميادين فجر اليوم، فيما أحصى المرصد 8 قتلى.", 8),
    ],
)
def test_the_preferred_killed_figure(text: str, figure: int) -> None:
    assert preferred(text) == figure


def test_a_range_is_kept_as_its_two_ends() -> None:
    ev = only("أدت غارة جوية فجر اليوم على مستودع قرب البوكمال إلى مقتل 6 أو 7 عناصر من الميليشيات.")
    assert sorted((c.count, c.qualifier) for c in ev.claims) == [(6, "AtLeast"), (7, "AtMost")]


def test_one_of_the_works_hit_is_no_casualty() -> None:
    ev = only("تعرّض حقل خورمالة لهجوم بطائرة مسيّرة ليل الاثنين ألحق أضراراً بأحد خطوط الأنابيب، ولم تُسجَّل إصابات.")
    assert (killed(ev), wounded(ev)) == ({0}, {0})


def test_one_of_the_workers_wounded_is_one_claim() -> None:
    ev = only("تعرّض حقل خورمالة لهجوم بطائرة مسيّرة ليل الاثنين أدى إلى إصابة أحد العمال.")
    assert [(c.status, c.count) for c in ev.claims] == [("Wounded", 1)]


def test_the_one_mourned_killed_on_a_day_and_his_two_sons_wounded() -> None:
    ev = only(
        "فقدت أسرة النحّالين أحد أبنائها، النحّال خليل حمو، الذي قُتل مساء الأحد 9 حزيران جراء قصف مدفعي للجيش التركي "
        "على قرية الأسدية، فيما أُصيب ولداه بجروح نُقلا على إثرها إلى مشفى الحسكة.",
        date(2024, 6, 12),
    )
    assert (killed(ev), wounded(ev)) == ({1}, {2})


def test_the_toll_of_the_attack_a_claim_answers_is_not_the_claimed_attacks() -> None:
    ev = only(
        "قصف الحرس الثوري الإيراني أربيل بالصواريخ ليلة الاثنين، ما أدى إلى مقتل أربعة مدنيين. وتبنّى الحرس الثوري القصف "
        "في بيان، زاعماً أنه جاء «رداً على» تفجيرَي مدينة كرمان اللذين أوقعا في الثالث من الشهر الجاري 95 قتيلاً، "
        "وتبناهما تنظيم «داعش».",
        date(2024, 1, 16),
    )
    assert killed(ev) == {4}


def test_the_answer_to_an_interviewers_toll_question_is_the_attacks_toll() -> None:
    text = (
        "ماهر: الحدث الأبرز كان يوم الثلاثاء بالليل، لما هاجمت مجموعة من خلايا داعش حاجزاً لقسد عند مدخل بلدة الشحيل. "
        "الاشتباك استمر شي نص ساعة.\n\n"
        "ريم: والحصيلة؟ لأنه الأرقام اللي وصلتنا متضاربة.\n\n"
        "ماهر: قسد ببيانها الرسمي قالت «استشهاد مقاتلَين اثنين»."
    )
    assert killed(only(text, date(2025, 5, 15))) == {2}


def test_the_toll_of_attacks_counted_over_days_is_no_attacks_toll() -> None:
    ev = only(
        "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء أمس دون أن تسفر عن إصابات. وبحسب البنتاغون، ارتفع عدد الهجمات "
        "على القوات الأمريكية في البلدين إلى 19 هجوماً خلال عشرة أيام، أسفرت عن إصابة 21 عسكرياً بجروح طفيفة."
    )
    assert (killed(ev), wounded(ev)) == ({0}, {0})


@pytest.mark.parametrize("answered", ["«رداً على مجزرة الهري»", "رداً على مجزرة الهري"])
def test_the_toll_after_the_phrase_an_attack_answered_is_the_attacks(answered: str) -> None:
    ev = only(f"أعلنت مجموعة مسلحة أمس أنها قصفت قاعدة حقل كونيكو بثلاثة صواريخ {answered}، ولم تُسجَّل إصابات بحسب قسد.")
    assert (killed(ev), wounded(ev)) == ({0}, {0})


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("سقطت قذيفة هاون أمس على منزل مربي حمام في الميادين دون إصابات، وقال إنه فقد أكثر من 60 طيراً.", {0}),
        ("استهدفت طائرة مسيّرة تركية أمس سيارة مدنية كانت تسير أمامنا بنحو مئتي متر قرب تل تمر، فقُتل شخص كان على متنها.", {1}),
    ],
)
def test_birds_lost_and_a_distance_are_no_toll(text: str, figures: set[int]) -> None:
    assert killed(only(text)) == figures


def test_livestock_counted_are_no_casualties() -> None:
    ev = only(
        "هاجم مسلّحون صباح الأحد رعاةً في بادية الميادين وأطلقوا النار عليهم وهم يسوقون قطيعاً يضم أكثر من 150 ناقة، "
        "فقُتل ستة منهم، ونفق 40 رأس غنم."
    )
    assert killed(ev) == {6}


def test_a_word_for_many_is_a_claim_but_no_figure() -> None:
    text = "سقط عشرات القتلى في غارات على مواقع قرب البوكمال فجر اليوم."
    assert [(c.count, c.qualifier, c.vague) for c in only(text).claims] == [(20, "AtLeast", True)]
    assert preferred(text) is None


def test_a_word_for_a_few_is_a_claim_but_no_figure() -> None:
    text = "انفجرت عبوة ناسفة بدورية للجيش قرب الرطبة أمس، ما أدى إلى إصابة بضعة جنود دون وقوع قتلى."
    assert all(c.vague for c in only(text).claims if c.status == "Wounded")
    assert (preferred(text, "Wounded"), preferred(text)) == (None, 0)


def test_a_toll_the_attackers_claim_in_quotes_is_their_boast() -> None:
    text = (
        "قُتل عنصران من الأمن العام بهجوم على حاجز قرب الميادين أمس. وتبنّى تنظيم داعش الهجوم، "
        "وزعم أنه أوقع \"خمسة قتلى\" في صفوف العناصر."
    )
    assert preferred(text) == 2


def test_a_toll_revised_by_its_noun_is_the_attack_told_before() -> None:
    ev = only(
        "خفّضت شركتان إنتاجهما بعد هجوم بطائرة مسيّرة استهدف حقل كورمور مساء الجمعة 26 نيسان.\n\n"
        "وقالت إحدى الشركتين إنها ستعطي الأولوية لعقود المشاريع الحكومية خلال الأيام المقبلة.\n\n"
        "وكانت الوزارة قد أعلنت في بيان أولي مقتل أربعة عمال، قبل أن تعلن صباح السبت ارتفاع عدد القتلى إلى خمسة.",
        date(2024, 4, 29),
    )
    assert killed(ev) == {4, 5}


def test_the_count_just_told_raised_is_the_attack_told_before() -> None:
    ev = only(
        "استهدف هجوم بطائرة مسيّرة فجر الأحد الماضي موقع البرج 22 العسكري في منطقة الركبان. "
        "وأسفر الهجوم عن مقتل ثلاثة جنود أمريكيين. وأعلنت وزارة الدفاع الأمريكية في البداية إصابة 34 عسكرياً، "
        "قبل أن ترفع العدد لاحقاً إلى أكثر من 40 مصاباً.",
        date(2024, 2, 1),
    )
    assert (killed(ev), wounded(ev)) == ({3}, {34, 40})


def test_a_revised_toll_opening_a_paragraph_is_the_attack_told_before() -> None:
    ev = only(
        "قُتل ثلاثة عناصر من قسد بهجوم بطائرة مسيّرة على حاجز قرب بلدة ذيبان فجر اليوم. "
        "وتشهد المنطقة توتراً متزايداً.\n"
        "ارتفع عدد القتلى إلى خمسة بحسب مصادر محلية."
    )
    assert killed(ev) == {3, 5}


# -- accidents, speculation, raids from the air, shells and fire returned ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت اللجنة أن انفجار مخزن العتاد «عرضي»، نافيةً وجود «أي استهداف جوي أو عمل تخريبي».",
        "وكان الانفجار قد وقع ظهر الأربعاء الماضي، وأثار تكهنات واسعة بشأن ضربة إسرائيلية أو أمريكية، وهو ما نفته اللجنة.",
        "«تنفي الكتائب ما تداولته بعض وسائل الإعلام عن استهداف مطار أربيل، ولا علاقة لمجاهدينا بذلك».",
        "بعد أن تعرضت منشآت نفطية في الإقليم لهجمات مماثلة خلال الأسابيع الماضية، تراجع الإنتاج.",
        "أعلنت قسد القبض على خلية قالت إن أفرادها كانوا يعدّون لتفجير سيارة مفخخة في بلدة البصيرة.",
        # an aircraft that fell, and a blast reclassified as an accident
        "سقطت طائرة حربية سورية قرب مطار حماة فجر اليوم.",
        "• HS-2512-063 | 2024-02-01 | الحسكة | انفجار في مستودع للمحروقات: أُعيد تصنيفه من «هجوم» إلى «حادث عرضي» بعد الاطلاع على تقرير فوج الإطفاء",
        # a rumour denied, a blast that was no shelling, the strikes of a week counted
        "ولا صحة لما تداولته بعض الصفحات على مواقع التواصل الاجتماعي عن سقوط صواريخ أو طائرات مسيّرة قرب قاعدة حرير أمس.",
        "وتطمئن الإدارة الأهالي إلى أن الانفجار الذي سُمع دويّه في قامشلو صباح أمس لم يكن قصفاً كما أشيع، بل تفجيراً لمخلّفات حربية.",
        "ووفق إحصاءات المرصد السوري، بلغ عدد الضربات التركية على مناطق شمال شرق سوريا خلال هذا الأسبوع أكثر من 40 ضربة.",
        "المسيّرات وأمن الإقليم: دراسة في أنماط الاستهداف وخطاب التبنّي",
        "تنفي الغرفة، بعد التواصل مع الجهات الأمنية، صحة ما تداولته صفحات أمس عن «استهداف قافلة شاحنات بطائرة مسيّرة».",
        "ونفت «قسد» في بيان مقتضب أن تكون قواتها قد قصفت الأحياء السكنية في ذيبان أمس.",
        "تتناول الرسالة تحوّل الطائرات المسيّرة إلى الأداة الأكثر استخداماً في استهداف إقليم كردستان.",
    ],
)
def test_accidents_denials_counts_speculation_and_plots_are_no_attack(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("قال الجيش الإسرائيلي إن مقاتلاته أغارت ليلة الجمعة على بنى تحتية عسكرية في منطقة البوكمال.", "Airstrike"),
        ("وجاء في البيان: استهدفنا ظهر اليوم قاعدة عين الأسد الجوية برشقة من الصواريخ.", "RocketAttack"),
        ("وردّت وحدات من الجيش أمس على مصادر إطلاق القذائف في محيط بلدة الكسرة.", "Attack"),
        # shells of no named kind, and no rockets or mortars told: shelling
        ("قُتلت امرأة وأصيب طفلان، مساء أمس، جراء قذائف أطلقتها الميليشيات الإيرانية على قرية الطيانة.", "ArtilleryShelling"),
        ("مساء أمس، سقطت قذيفة مجهولة المصدر على الطرف الشمالي من تل الحريري.", "ArtilleryShelling"),
    ],
)
def test_raids_from_the_air_claims_fire_returned_and_shells(text: str, cls: str) -> None:
    assert only(text).cls == cls


def test_another_drone_is_another_attack() -> None:
    found = events(
        "استهدفت طائرة مسيّرة مفخخة فجر اليوم حقل سرسنك النفطي في محافظة دهوك. "
        "وبعد ساعات، استهدفت طائرة مسيّرة أخرى حقل خورمالة النفطي غربي أربيل."
    )
    assert [e.cls for e in found] == ["DroneAttack", "DroneAttack"]


def test_shells_of_no_kind_in_a_quotation_are_the_shelling_told() -> None:
    ev = only(
        "قصفت قوات النظام بالمدفعية قرية الجديد عكيدات صباح اليوم. "
        "وقال مصدر طبي إن \"قذيفتين على الأقل سقطتا على منزل سكني في الحي الغربي من القرية\"."
    )
    assert ev.cls == "ArtilleryShelling"


def test_an_assassination_is_not_the_shelling_of_that_town_that_day() -> None:
    found = events(
        "قصفت قوات الحكومة بالمدفعية صباح اليوم أطراف بلدة ذيبان. "
        "وفي بلدة ذيبان، اغتال مجهولون يستقلون دراجة نارية، فجر اليوم، عنصراً في قسد."
    )
    assert [e.cls for e in found] == ["ArtilleryShelling", "Attack"]


def test_one_side_of_an_exchange_told_after_it_is_an_attack() -> None:
    ev = only(
        "شهدت ضفتا نهر الفرات مساء الجمعة قصفاً متبادلاً، إذ استهدفت قسد بقذائف الهاون نقطة لقوات الحكومة "
        "في محيط بلدة الشميطية، من دون تسجيل إصابات."
    )
    assert (ev.cls, ev.date) == ("ArtilleryShelling", date(2024, 2, 2))


def test_these_attacks_spoken_of_together_are_none_of_their_own() -> None:
    found = events(
        "استهدفت طائرة مسيّرة مفخخة فجر اليوم حقل سرسنك النفطي في محافظة دهوك. "
        "وقالت الوزارة إن هذه الاعتداءات الإرهابية تُنفَّذ من قبل مجاميع خارجة عن القانون."
    )
    assert [e.cls for e in found] == ["DroneAttack"]


def test_a_separate_incident_is_another_attack() -> None:
    found = events(
        "هاجم مسلحون مساء أمس حاجزاً للجيش عند مدخل بلدة الشحيل، ما أسفر عن مقتل عنصرين. "
        "وفي حادثة منفصلة، قُتل مختار قرية في بلدة الكسرة مساء أمس برصاص مسلحَين مجهولَين."
    )
    assert len(found) == 2
    assert found[1].claims and found[1].claims[0].count == 1


def test_a_second_drone_is_another_attack() -> None:
    found = events(
        "استهدفت طائرة مسيّرة مفخخة فجر اليوم حقل بيشخابور النفطي في محافظة دهوك. "
        "كما استهدفت طائرة مسيّرة ثانية حقل خورمور في محافظة السليمانية."
    )
    assert [e.cls for e in found] == ["DroneAttack", "DroneAttack"]


def test_the_reports_that_spread_and_were_denied_tell_no_attack() -> None:
    found = events(
        "قصفت طائرة مسيّرة أمريكية فجر اليوم سيارة على طريق مطار بغداد. "
        "أما الأنباء التي راجت الأسبوع الماضي عن هجوم بالصواريخ على قاعدة فكتوريا، فقد نفتها قيادة العمليات المشتركة."
    )
    assert [e.cls for e in found] == ["Airstrike"]


@pytest.mark.parametrize(
    "text",
    [
        "فيما تراجعت هجمات الفصائل المدعومة من إيران إلى حدٍّ شبه معدوم بعد انسحابها من البوكمال.",
        "وتصاعدت هجمات خلايا التنظيم على حواجز قسد في ريف دير الزور الشرقي.",
        "عاش الجنود أسبوعاً آخر من التوتر، مع تواصل الهجمات بالطائرات المسيّرة والصواريخ على قواعد التحالف في العراق وسوريا.",
        "لقي عنصران من ميليشيا محلية حتفهما مساء أمس إثر انفجار عرضي لقذيفة أثناء نقل ذخائر في بلدة القورية.",
    ],
)
def test_a_trend_told_by_its_verb_and_an_accident_are_not_attacks(text: str) -> None:
    assert events(text) == []


def test_shells_falling_days_after_the_attack_told_are_an_attack_of_that_later_day() -> None:
    drone, rockets = events(
        "تعرّض حقل كورمور الغازي لهجوم بطائرة مسيّرة مساء يوم الجمعة ٢٦/٤/٢٠٢٤. وبعد يومين من الهجوم، سقطت ثلاث قذائف "
        "صاروخية قرب السور الخارجي للحقل دون تسجيل إصابات.",
        date(2024, 11, 20),
    )
    assert (drone.cls, drone.date) == ("DroneAttack", date(2024, 4, 26))
    assert (rockets.cls, rockets.date, killed(rockets)) == ("RocketAttack", date(2024, 4, 28), {0})


def test_a_memorial_page_one_killed_with_sixteen_and_a_span_of_years_is_no_toll() -> None:
    gatherers, shelling = events(
        "● محمد (1975 – 2024): راعٍ وجامع كمأة. قُتل في 11 آذار 2024 مع ستة عشر من جامعي الكمأة في بادية الميادين، في هجوم "
        "مسلح نسبه الأهالي إلى خلايا تنظيم داعش.\n"
        "● حسين (1960 – 2024): توفي في تموز 2024 متأثراً بجروح أُصيب بها في قصف مدفعي على قريته.",
        date(2024, 11, 1),
    )
    assert (gatherers.date, gatherers.attackers, killed(gatherers)) == (date(2024, 3, 11), [ID + "actor/isis"], {17})
    assert not any(c.count >= 1900 for c in shelling.claims)


def test_a_report_prepared_on_an_ambush_tells_the_ambush() -> None:
    ev = only(
        "- آب/أغسطس 2025: إعداد تقرير عن كمين نصبه تنظيم داعش لدورية لقسد قرب بلدة الصور يوم 14 آب/أغسطس 2025، قُتل "
        "فيه أربعة من عناصر الدورية.",
        date(2025, 10, 1),
    )
    assert (ev.date, ev.attackers, killed(ev)) == (date(2025, 8, 14), [ID + "actor/isis"], {4})


def test_a_deed_of_attorney_the_writers_wound_and_the_whole_date_beside_in_the_back() -> None:
    ev = only(
        "إنه في يوم الاثنين الواقع في ١٠/٢/٢٠٢٥، حضر أمامي السيد أحمد.\n"
        "ثانياً: أصرّح بأن سبب هذا التوكيل سفري للعلاج، إثر إصابتي بشظايا في الظهر والساق اليمنى جراء غارة بطائرة "
        "مسيّرة تركية استهدفت محيط سد تشرين بتاريخ ١٩/١/٢٠٢٥ أثناء وجودي هناك.",
        None,
    )
    assert (ev.cls, ev.date, wounded(ev)) == ("Airstrike", date(2025, 1, 19), {1})


def test_a_missile_a_drone_fired_is_an_air_strike() -> None:
    ev = only(
        "قُتل منتسبان في الحشد الشعبي ليلة الجمعة ١٢ تموز ٢٠٢٤ جراء ضربة بصاروخ أطلقته طائرة مسيّرة مجهولة الهوية على "
        "عجلة على طريق القائم – عكاشات.",
        date(2024, 7, 14),
    )
    assert (ev.cls, ev.date, killed(ev)) == ("Airstrike", date(2024, 7, 12), {2})


@pytest.mark.parametrize(
    "text",
    ["وشوهدت صباح اليوم صواريخ متجهة نحو قاعدة عين الأسد.", "واليوم الصبح شفنا صواريخ طالعة من جهة البادية رايحة على حقل العمر."],
)
def test_rockets_seen_on_their_way_to_a_base_are_an_attack(text: str) -> None:
    assert only(text).cls == "RocketAttack"


def test_rockets_fired_then_counted_as_the_first_attack_of_their_kind_are_an_attack() -> None:
    ev = only(
        "في 21 أبريل أُطلق خمسة صواريخ على الأقل من بلدة زمار باتجاه قاعدة أمريكية في رميلان، في أول هجوم من نوعه "
        "منذ أوائل فبراير.",
        date(2024, 8, 6),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2024, 4, 21))


def test_they_attacked_in_its_short_form_is_an_attack() -> None:
    ev = only("يوم الأربعاء العصر إجو جماعة من الشامية قاطعين النهر بالزوارق، وهجموا على نقاط قسد بذيبان والطيانة.", date(2024, 8, 12))
    assert (ev.cls, ev.date) == ("Attack", date(2024, 8, 7))


def test_a_man_opening_fire_some_words_before_the_fire_is_an_attack() -> None:
    ev = only("أطلق عنصر في قوات الأمن الحكومية النار على دورية مشتركة قرب مدينة تدمر مساء أمس، فقتل جنديين.")
    assert (ev.cls, ev.date, killed(ev)) == ("Attack", date(2024, 2, 6), {2})


def test_bodies_received_count_the_dead() -> None:
    ev = only(
        "هاجم مسلحون مساء أمس حاجزاً للجيش عند مدخل بلدة الشحيل. "
        "وأكد مصدر طبي في مشفى الميادين استقبال خمس جثث وأربعة جرحى."
    )
    assert (killed(ev), wounded(ev)) == ({5}, {4})
    # the two bodies of the dual, and the wounded received
    ev = only("وصلت إلى المشفى صباح اليوم جثتا الشابين أحمد وفراس، وقد قضيا بانفجار عبوة ناسفة استهدفت سيارتهما.")
    assert (ev.date, killed(ev)) == (date(2024, 2, 7), {2})
    ev = only("استقبل المشفى مساء أمس أربعة مصابين إثر سقوط ثلاث قذائف هاون على بلدة أبو حمام.")
    assert wounded(ev) == {4}


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("كان المشفى قد استقبل يوم الأحد عنصرين من قوات سوريا الديمقراطية أُصيبا بجروح إثر هجوم على حاجز قرب ذيبان.", set(), {2}),
        ("وأفاد المرصد بأن جنديين من قوات النظام قُتلا وأصيب ثالث في هجوم على حاجز قرب ذيبان أمس.", {2}, {1}),
    ],
)
def test_two_people_then_their_verb_in_the_dual_count_two(text: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(text)
    assert (killed(ev), wounded(ev)) == (dead, hurt)


def test_the_toll_of_the_strike_risen_since_joins_it_and_a_brigade_number_counts_no_one() -> None:
    ev = only(
        "شنّت طائرات حربية أمريكية، ليل الجمعة، غارات على مقرّ اللواء 13 التابع للحشد الشعبي قرب مدينة القائم، "
        "ما أدى إلى مقتل ستة عناصر. "
        "وفي وقت لاحق من فجر اليوم السبت، أفادت مصادر طبية أن عدد شهداء الغارة على المقرّ ارتفع إلى 11 شهيداً، إضافةً إلى 14 جريحاً. "
        "وأعلنت هيئة الحشد أن حصيلة العدوان على مقرّ اللواء 13 بلغت 17 شهيداً.",
        published=date(2024, 2, 3),
    )
    assert (ev.date, killed(ev), wounded(ev)) == (date(2024, 2, 2), {6, 11, 17}, {14})


def test_other_strikes_in_the_same_hour_are_another_event_by_the_same_hands() -> None:
    found = events(
        "شنّت طائرات حربية أمريكية، ليل الجمعة، غارات على مقرّ للحشد الشعبي قرب مدينة القائم. "
        "وطالت غاراتٌ أخرى في الساعة نفسها مواقع في محيط مدينة الميادين السورية. "
        "وقال البنتاغون إن الضربات جاءت رداً على الهجوم الذي استهدف بطائرة مسيّرة البرج 22 يوم الأحد الماضي، "
        "وهو هجوم تبنّته المقاومة الإسلامية في العراق.",
        published=date(2024, 2, 3),
    )
    strikes = [e for e in found if e.cls == "Airstrike"]
    drone = next(e for e in found if e.cls == "DroneAttack")
    assert [e.date for e in strikes] == [date(2024, 2, 2), date(2024, 2, 2)]
    assert strikes[0].attackers == strikes[1].attackers and strikes[0].attackers
    assert drone.date == date(2024, 1, 28) and drone.claimed_by == drone.attackers and drone.attackers


def test_an_aggression_told_in_full_in_passing_is_an_event_when_no_report_of_it_follows() -> None:
    found = events(
        "ثأراً لدماء الشهيد القائد اللذين ارتقيا بالعدوان الأمريكي الغادر الذي استهدف بطائرة مسيّرة مقرّ اللواء 12 "
        "في شارع فلسطين ببغداد ظهر يوم الخميس الماضي، نعلن ما يلي:\n"
        "أولاً: استهدف مجاهدو المقاومة الإسلامية في العراق مساء أمس الأحد قاعدة الاحتلال الأمريكي في حقل خراب الجير بطائرة مسيّرة.",
        published=date(2024, 1, 8),
    )
    assert [e.date for e in found] == [date(2024, 1, 4), date(2024, 1, 7)]


def test_a_claim_told_by_its_masdar_with_the_doers_pronoun_names_the_attacker() -> None:
    ev = only(
        "بعد ساعات من إعلان «المقاومة الإسلامية في العراق» تبنّيها هجوماً بطائرة مسيّرة على قاعدة التنف صباح الأحد، "
        "قال مسؤول أمريكي إنه لم يسفر عن أي إصابات."
    )
    assert (ev.attackers, ev.claimed_by) == ([IRI], [IRI])


def test_a_claim_of_the_operation_in_the_egyptian_spelling_names_the_attacker() -> None:
    ev = only(
        "تعرضت قاعدة عين الأسد الجوية لهجوم بصواريخ باليستية مساء أمس السبت.\n"
        "في المقابل، أعلنت «المقاومة الإسلامية في العراق»، في بيان مقتضب عبر قناتها على «تليجرام»، مسئوليتها عن العملية.",
        published=date(2024, 1, 21),
    )
    assert ev.claimed_by == ["https://w3id.org/conflict-kg/id/actor/islamic-resistance-in-iraq"]
    assert ev.claimed_by[0] in ev.attackers


def test_a_headline_asking_a_question_names_the_strike_reported_below() -> None:
    ev = only(
        "ضربة المشتل: هل تعيد واشنطن رسم قواعد الاشتباك مع وكلاء طهران؟\n\n"
        "لم تكن الطائرة المسيّرة الأمريكية التي أصابت سيارةً في حي المشتل شرقي بغداد مساء الأربعاء الماضي مجرد عملية اغتيال عابرة؛ "
        "فقد قُتل فيها القيادي في «كتائب حزب الله» المعروف بأبي حيدر الكناني واثنان من مرافقيه.",
        published=date(2024, 2, 11),
    )
    assert (ev.cls, ev.date, killed(ev)) == ("Airstrike", date(2024, 2, 7), {3})
    assert ev.attackers == ["https://w3id.org/conflict-kg/id/actor/us-forces"]


def test_a_verb_opening_the_clause_counts_the_people_it_struck() -> None:
    ev = only(
        "في الثامن والعشرين من يناير الماضي قتلت مسيّرة انطلقت من الأراضي العراقية ثلاثة جنود أمريكيين "
        "وأصابت أكثر من أربعين آخرين في موقع البرج 22 شمال شرقي الأردن.",
        published=date(2024, 2, 11),
    )
    assert (killed(ev), wounded(ev)) == ({3}, {40})


def test_the_groups_men_attack_for_it_and_iraqi_jets_named_by_model_strike_back() -> None:
    found = events(
        "عاد تنظيم \"داعش\" ليطل برأسه في صحراء الأنبار، بعدما هاجم مسلحوه، مساء الأحد، ثكنة للجيش العراقي قرب قضاء الرطبة.\n"
        "ورداً على الهجوم، نفذت طائرات \"إف-16\" التابعة للقوة الجوية العراقية، فجر الاثنين، سلسلة ضربات على أوكار للتنظيم.",
        published=date(2026, 5, 12),
    )
    actor = "https://w3id.org/conflict-kg/id/actor/"
    assert [(e.cls, e.date, e.attackers) for e in found] == [
        ("Attack", date(2026, 5, 10), [actor + "isis"]),
        ("Airstrike", date(2026, 5, 11), [actor + "iraqi-security-forces"]),
    ]


def test_a_claim_of_both_attacks_claims_the_two_told_before_and_helper_verbs_keep_the_interceptor() -> None:
    found = events(
        "استهدفت طائرتان مسيّرتان، مساء أمس الخميس، قاعدة التنف. "
        "وقال مسؤول في البنتاغون إن القوات الأمريكية تمكنت من إسقاط إحدى المسيّرتين، فيما انفجرت الثانية قرب مهجع للجنود.\n"
        "وكانت قاعدة عين الأسد الجوية قد تعرضت فجر الأربعاء لهجوم بثلاث طائرات مسيّرة.\n"
        "وتبنّت جماعة تطلق على نفسها «المقاومة الإسلامية في العراق» الهجومين، في بيانات نشرتها عبر تطبيق «تلغرام».",
        published=date(2023, 10, 20),
    )
    actor = "https://w3id.org/conflict-kg/id/actor/"
    attacks = [e for e in found if e.cls == "DroneAttack"]
    assert [e.date for e in attacks] == [date(2023, 10, 19), date(2023, 10, 18)]
    assert all(e.claimed_by == [actor + "islamic-resistance-in-iraq"] for e in attacks)
    downing = next(e for e in found if e.cls == "Interception")
    assert downing.interceptors == [actor + "us-forces"]


def test_no_one_harmed_in_both_attacks_is_said_of_the_two_on_the_places_named() -> None:
    found = events(
        "أعلنت «المقاومة الإسلامية في العراق» أنها استهدفت مساء أمس قاعدة خراب الجير برشقة صواريخ.\n"
        "وفي بيان ثانٍ، أعلنت المقاومة أنها استهدفت فجر اليوم قاعدة الشدادي بطائرتين مسيّرتين.\n"
        "وكان خمسة من مجاهدي المقاومة قد ارتقوا شهداء مساء الأحد في غارة نفذتها طائرة مسيّرة أمريكية قرب مدينة كركوك.\n"
        "في المقابل، قال مسؤول في البنتاغون إن الهجومين على خراب الجير والشدادي «لم يُسفرا عن أي إصابات».",
        published=date(2023, 12, 5),
    )
    assert [(e.cls, killed(e)) for e in found] == [("RocketAttack", {0}), ("DroneAttack", {0}), ("Airstrike", {5})]


def test_a_round_up_by_weekday_reports_attacks_without_a_verb_and_the_factions_are_the_group_named() -> None:
    found = events(
        "واصلت فصائل «المقاومة الإسلامية في العراق» هذا الأسبوع استهداف القواعد الأمريكية، فيما ردّت واشنطن بغارةٍ جديدة "
        "في ريف دير الزور. وهذه حصيلة الأسبوع:\n\n"
        "الاثنين: رشقة صاروخية على قاعدة الشدادي في ريف الحسكة، تبنّتها الفصائل.\n\n"
        "الثلاثاء: مسيّرة انقضاضية على قاعدة حقل العمر النفطي، قالت الفصائل إنها «أصابت هدفها».\n\n"
        "الأربعاء: مقاتلتان أمريكيتان تقصفان مستودعاً للأسلحة قرب الميادين.\n\n"
        "وبذلك يرتفع عدد الهجمات منذ 17 تشرين الأول إلى 46 هجوماً، فيما يدرس البنتاغون «خياراتٍ إضافية» للرد، "
        "من بينها استهداف قيادات الفصائل داخل العراق.",
        published=date(2023, 11, 11),
    )
    actor = "https://w3id.org/conflict-kg/id/actor/"
    assert [(e.cls, e.date) for e in found] == [
        ("Airstrike", date(2023, 11, 8)),  # the lead's «غارة جديدة» is Wednesday's strike
        ("RocketAttack", date(2023, 11, 6)),
        ("DroneAttack", date(2023, 11, 7)),
    ]
    assert found[0].attackers == [actor + "us-forces"]
    assert all(e.attackers == [actor + "islamic-resistance-in-iraq"] for e in found[1:])


@pytest.mark.parametrize(
    "text",
    [
        "صواريخ على قاعدة عين الأسد: ماذا تعني الرسائل الإيرانية؟",  # a headline alone names no report
        "تخشى واشنطن صواريخ على قواعدها في العراق إن اندلعت الحرب.",
        "ومنذ منتصف تشرين الأول، تبنّت الفصائل أكثر من مئة هجوم، فيما ردّت واشنطن بسلسلة غارات على مقار لها.",
    ],
)
def test_means_aimed_at_a_place_without_a_report_are_not_attacks(text: str) -> None:
    assert events(text) == []


def test_a_page_of_clock_stamped_entries_is_of_the_day_its_lead_names_when_only_its_text_dates_it() -> None:
    found = events(
        "حصاد عمليات المقاومة ليوم الثلاثاء ٢١ تشرين الثاني ٢٠٢٣\n"
        "نُشر: الأربعاء ٢٢-١١-٢٠٢٣\n\n"
        "واصل المجاهدون يوم أمس عملياتهم، وإليكم الحصيلة:\n\n"
        "🔻 الساعة ٠٦:١٥ – صلية صواريخ على قاعدة حقل العمر النفطي بريف دير الزور.\n\n"
        "🔻 الساعة ١٣:٤٠ – مسيّرتان انقضاضيتان على قاعدة التنف عند المثلث الحدودي.\n\n"
        "▪️ نفي: لا صحة لما تتداوله صفحات مشبوهة عن استهداف مطار أربيل الدولي مساء أمس.",
        published=None,
    )
    assert [(e.cls, e.date) for e in found] == [("RocketAttack", date(2023, 11, 21)), ("DroneAttack", date(2023, 11, 21))]


def test_the_numbered_entries_of_a_days_log_stamped_by_clock_time_are_of_its_day() -> None:
    found = events(
        "منظومة الإسعاف – مركز تل تمر\n"
        "سجل البلاغات اليومي – الخميس 9 كانون الثاني 2025\n\n"
        "البلاغ 1 | 00:35 | إصابات حرب\n"
        "سقوط قذائف مدفعية على أطراف قرية أم الكيف، مصدرها مواقع الجيش التركي. نُقل جريحان إلى مشفى تل تمر.\n\n"
        "البلاغ 2 | 11:45 | إصابات حرب\n"
        "استهداف سيارة مدنية بطائرة مسيّرة تركية قرب قرية الدردارة.",
        published=None,
    )
    assert [(e.cls, e.date) for e in found] == [("ArtilleryShelling", date(2025, 1, 9)), ("Airstrike", date(2025, 1, 9))]


def test_a_groups_statement_listing_its_operations_claims_them_in_answer_to_the_aggression_it_names() -> None:
    found = events(
        "بيان صادر عن المقاومة الإسلامية في العراق\n\n"
        "لقد أقدمت قوات الاحتلال الأمريكي، فجر يوم الثلاثاء، على عدوان غاشم استهدف مقرات للحشد الشعبي في القائم.\n\n"
        "ورداً على هذا العدوان، نفّذ مجاهدو المقاومة الإسلامية في العراق العمليات الآتية:\n\n"
        "أولاً: استهداف قاعدة الاحتلال في حقل كونيكو بريف دير الزور، مساء أمس الخميس، برشقة من الصواريخ.\n\n"
        "ثانياً: استهداف قاعدة الاحتلال في الشدادي بريف الحسكة، فجر هذا اليوم، بالطيران المسيّر.",
        published=date(2024, 1, 26),
    )
    actor = "https://w3id.org/conflict-kg/id/actor/"
    assert [(e.cls, e.date, e.attackers) for e in found] == [
        ("Attack", date(2024, 1, 23), [actor + "us-forces"]),
        ("RocketAttack", date(2024, 1, 25), [actor + "islamic-resistance-in-iraq"]),
        ("DroneAttack", date(2024, 1, 26), [actor + "islamic-resistance-in-iraq"]),
    ]
    assert all(e.claimed_by == [actor + "islamic-resistance-in-iraq"] and e.in_response_to == [0] for e in found[1:])


def test_a_quoted_day_with_its_weekday_is_resolved_and_a_second_statement_is_a_clause_of_its_own() -> None:
    found = events(
        "وجاء في بيان المقاومة: «استهدف مجاهدو المقاومة الإسلامية في العراق، صباح اليوم الأربعاء، قاعدة الاحتلال "
        "الأمريكي في حقل العمر النفطي بواسطة الطيران المسيّر». وختمت البيان بالقول: «إن عملياتنا مستمرة في دكّ معاقل الأعداء».\n"
        "في المقابل، نقلت وكالة «رويترز» عن مسؤول أمريكي قوله إن الهجوم على حقل العمر «لم يسفر عن إصابات»، "
        "مضيفاً أن المسيّرة التي أُطلقت مساء أمس باتجاه رميلان «أُسقطت».",
        published=date(2024, 1, 17),
    )
    attacks = [e for e in found if e.cls != "Interception"]
    assert [(e.cls, e.date) for e in attacks] == [("DroneAttack", date(2024, 1, 17)), ("DroneAttack", date(2024, 1, 16))]
    assert killed(attacks[0]) == {0}


def test_a_group_of_terrorists_carries_out_the_aggression_and_forces_stationed_where_they_came_from_do_not() -> None:
    ev = only(
        "استشهد ثمانية عسكريين، مساء أمس الأحد، جراء اعتداء نفذته مجموعة من إرهابيي تنظيم \"داعش\" على حافلة مبيت "
        "على طريق دير الزور – تدمر.\n"
        "وذكر مصدر عسكري أن المجموعة الإرهابية المتسللة من منطقة التنف، حيث تنتشر قوات الاحتلال الأمريكي، "
        "استهدفت الحافلة بالأسلحة الرشاشة.",
        published=date(2023, 9, 18),
    )
    assert (ev.date, ev.attackers) == (date(2023, 9, 17), ["https://w3id.org/conflict-kg/id/actor/isis"])


def test_flares_in_a_drill_scenario_are_no_attack() -> None:
    assert events(
        "أجرت قوات التحالف تمريناً في محيط قاعدة الشدادي، مضيفاً أن طائرات التحالف أطلقت قنابل ضوئية في سماء المنطقة "
        "مساءً ضمن سيناريو «صدّ هجوم بالطائرات المسيّرة»."
    ) == []


def test_a_monitors_table_reports_one_incident_a_row_dated_by_its_first_cell() -> None:
    found = events(
        "التقرير الشهري لشهر نيسان 2024\n\n"
        "| التاريخ | المكان | الحادثة | الحصيلة |\n"
        "| 03-04-2024 | الطيانة – ريف دير الزور الشرقي | هجوم مسلح على نقطة لـ«قسد» | قتيل وجريحان |\n"
        "| 07-04-2024 | ذيبان | قصف بقذائف الهاون مصدره مواقع قوات النظام غرب الفرات | إصابة طفلين |\n"
        "| 13-04-2024 | ريف دير الزور | اعتراض الدفاعات الأمريكية في قاعدة حقل العمر طائرات مسيّرة عابرة | لا إصابات |\n"
        "| 26-04-2024 | البوكمال | غارة جوية مجهولة على شاحنات قرب المعبر، يُرجَّح أنها إسرائيلية | ستة قتلى |\n",
        published=date(2024, 5, 2),
    )
    actor = "https://w3id.org/conflict-kg/id/actor/"
    by_date = {e.date: e for e in found}
    assert set(by_date) == {date(2024, 4, d) for d in (3, 7, 13, 26)}
    assert (by_date[date(2024, 4, 3)].cls, killed(by_date[date(2024, 4, 3)]), wounded(by_date[date(2024, 4, 3)])) == ("Attack", {1}, {2})
    assert by_date[date(2024, 4, 7)].cls == "ArtilleryShelling"
    assert by_date[date(2024, 4, 26)].attackers == [actor + "idf"]
    downing = next(e for e in found if e.cls == "Interception")
    assert downing.interceptors == [actor + "us-forces"]
    assert not downing.in_response_to or found[downing.in_response_to[0]].date == date(2024, 4, 13)


def test_one_more_wounded_told_with_his_nationality_and_one_is_added_and_no_count_of_the_dead() -> None:
    ev = only(
        "تعرّضت قاعدة عين الأسد مساء أمس لهجوم صاروخي. وأوضح البيان أن الهجوم أسفر عن إصابة أربعة عسكريين أمريكيين "
        "بجروح طفيفة، إضافة إلى جندي عراقي واحد، ولم يسفر عن قتلى."
    )
    assert (killed(ev), wounded(ev)) == ({0}, {5})


@pytest.mark.parametrize(
    ("heading", "dead"),
    [
        # an age in its cell counts no one
        ("| الاسم | العمر | سبب الوفاة |", set()),
        # a column of the dead does
        ("| المكان | القتلى | الحادثة |", {17}),
    ],
)
def test_a_number_alone_in_a_table_cell_counts_what_its_column_heading_names(heading: str, dead: set[int]) -> None:
    ev = only(
        "سجل الحوادث الأسبوعي\n\n" + heading + "\n"
        "| محمد خليل | 17 | مقتل بشظايا قذيفة هاون سقطت على منزل العائلة في بلدة هجين مساء أمس |\n",
    )
    assert killed(ev) == dead


def test_a_timeline_entry_without_a_verb_after_its_dash_and_date_is_the_attack_its_interception_downed() -> None:
    found = events(
        "- 2023-11-21: ضرب صاروخ باليستي قاعدة عين الأسد، فأصيب ثمانية أشخاص.\n\n"
        "- 20.1.2024: وابل من الصواريخ الباليستية على عين الأسد؛ اعترضت الدفاعات الجوية معظمها.\n",
        published=date(2024, 2, 10),
    )
    rockets = [e for e in found if e.cls == "RocketAttack"]
    assert [e.date for e in rockets] == [date(2023, 11, 21), date(2024, 1, 20)]


@pytest.mark.parametrize(
    ("accusation", "evidence"),
    [
        (
            "وقالت وزارة الداخلية في بيان إن السيارة انفجرت لحظة تبديل المناوبة، متهمةً «خلايا تنظيم داعش» بالوقوف وراء التفجير.",
            "متهمةً «خلايا تنظيم داعش» بالوقوف وراء التفجير",
        ),
        (
            "وكانت وزارة الداخلية قد حمّلت، في بيان مساء أمس، «خلايا تنظيم داعش الإرهابي» مسؤولية التفجير.",
            "حمّلت، في بيان مساء أمس، «خلايا تنظيم داعش الإرهابي» مسؤولية التفجير",
        ),
    ],
)
def test_an_accusation_after_the_report_names_the_attacker_of_the_attack_it_calls_by_a_definite_noun(
    accusation: str, evidence: str
) -> None:
    text = "قُتل أربعة عناصر من الأمن العام مساء أمس الأحد جراء انفجار سيارة مفخخة قرب حاجز في مدينة البوكمال.\n" + accusation
    ev = only(text, published=date(2025, 3, 10))
    assert ev.attackers == [ID + "actor/isis"]
    assert evidence in [text[s.start : s.end] for s in ev.evidence]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("قُتل المهندس خالد الفرحان صباح أمس إثر انفجار عبوة ناسفة على طريق دير الزور.", {1}),
        (
            "تنعى الرابطة الزميل المهندس خالد الفرحان، الذي ارتقى صباح أمس إثر انفجار عبوة ناسفة على طريق دير الزور.\n\n"
            "وقد ارتقى معه سائق السيارة، فيما أُصيب ثلاثة من زملائه.",
            {1, 2},
        ),
        ("قُتل قيادي في الحشد بضربة مسيّرة على سيارته صباح أمس، وقُتل معه ثلاثة من مرافقيه.", {1, 4}),
        # two mourned, then others killed with them; one who «فارقت الحياة»
        (
            (
                "تنعى الجامعة الطالبين سيبان وروناهي، اللذين ارتقيا ليلة الأربعاء 23 تشرين الأول 2024، إثر غارة نفّذتها طائرة حربية "
                "تركية على فرن في بلدة جل آغا. وقد أسفرت الغارة ذاتها عن استشهاد ثلاثة مدنيين آخرين."
            ),
            {2, 5},
        ),
        ("ونعت الجامعة الطالبة بيريفان، التي فارقت الحياة في 8 آب 2023 إثر قصف مدفعي تركي استهدف منزل عائلتها.", {1}),
        ("أقدمت خلية أمس على مهاجمة حاجز لقواتنا قرب مخيم الهول، ما أدى إلى استشهاد رفيقنا شيار حسن.", {1}),
        # one mourned, «killed by» what: not «الهجوم الذي قتل ثلاثة»
        ("نعت مديرية التربية المدرّس خالد العبد الله، الذي قُتل برصاص مسلحين مجهولين أمام منزله في الميادين مساء أمس.", {1}),
    ],
)
def test_a_victim_told_by_name_or_mourned_counts_one_and_those_killed_with_him_add_up(text: str, counts: set[int]) -> None:
    assert killed(only(text)) == counts


def test_an_accusation_of_the_attacks_names_the_attacker_of_each_attack_told_without_one() -> None:
    found = events(
        "استهدفت طائرة مسيّرة مساء أمس حقل كورمور للغاز في السليمانية، فيما سقط صاروخان قرب مطار أربيل فجر اليوم.\n"
        "واتهمت حكومة الإقليم «كتائب حزب الله» بالوقوف وراء الهجمات.",
        published=date(2025, 7, 15),
    )
    assert len(found) == 2
    assert all(e.attackers == [ID + "actor/kataib-hezbollah"] for e in found)


def test_blame_for_the_attacks_pointed_at_a_side_names_the_attacker_of_each() -> None:
    found = events(
        "تعرّض حقل سرسنك النفطي صباح اليوم لهجوم بطائرة مسيّرة مفخخة، وأُصيب حارسان بجروح طفيفة.\n"
        "وجاء الهجوم بعد ساعات من استهداف حقل خورمالة ليل الاثنين بطائرتين مسيّرتين.\n"
        "ووجّهت وزارة الداخلية في حكومة الإقليم أصابع الاتهام في الهجمات الأخيرة إلى \"فصائل مسلحة موالية لإيران\".",
        published=date(2025, 7, 15),
    )
    assert len(found) == 2
    assert all(e.attackers == [MILITIAS] and MILITIAS not in e.targets for e in found)


def test_blame_reaches_an_attack_known_only_from_its_interception() -> None:
    found = events(
        "تعرّض حقل سرسنك النفطي في محافظة دهوك، صباح اليوم، لهجوم بطائرة مسيّرة مفخخة. وكانت دفاعات التحالف الدولي "
        "قد أسقطت أمس الأول طائرة مسيّرة مفخخة قرب مطار أربيل الدولي، حيث تتمركز قوات أمريكية، دون أن تسفر عن إصابات.\n"
        "ووجّهت وزارة الداخلية أصابع الاتهام في الهجومين إلى \"فصائل مسلحة موالية لإيران تعمل تحت غطاء هيئة الحشد الشعبي\".",
        published=date(2025, 7, 15),
    )
    attacks = [e for e in found if e.cls != "Interception"]
    assert len(attacks) == 2
    assert all(e.attackers == [MILITIAS] and ID + "actor/popular-mobilization-forces" not in e.targets for e in attacks)
    assert (killed(attacks[1]), wounded(attacks[1])) == ({0}, {0})


def test_a_group_working_under_the_cover_of_another_makes_that_one_no_target() -> None:
    ev = only(
        "قصفت \"فصائل مسلحة موالية لإيران تعمل تحت غطاء هيئة الحشد الشعبي\" حقل خورمالة ليل الاثنين بطائرتين مسيّرتين.",
        published=date(2025, 7, 15),
    )
    assert ID + "actor/popular-mobilization-forces" not in ev.targets


def test_an_accusation_of_another_deed_or_of_an_attack_already_named_changes_nothing() -> None:
    ev = only(
        "قصفت قوات النظام بالمدفعية قرية ذيبان صباح اليوم.\n"
        "واتهمت «قسد» فصائل موالية لإيران بالوقوف وراء تهريب الأسلحة.",
        published=date(2024, 3, 2),
    )
    assert ev.attackers == [ID + "actor/syrian-regime-forces"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قُتل سائقا صهريجين لنقل النفط مساء أمس بهجوم لخلايا تنظيم «داعش» في بادية السخنة شرقي حمص.", set()),
        ("قُتل جنديان مساء أمس في هجوم لعناصر تنظيم داعش على حاجز قرب بلدة هجين.", {2}),
        (
            "استشهد عشرة عسكريين مساء أمس إثر الهجوم الذي شنّته مجموعات إرهابية من تنظيم داعش على حافلة في بادية الميادين.",
            {10},
        ),
        ("كمين لخلايا «داعش» في صحراء الرطبة مساء أمس يقتل ضابطاً وجنديين من الجيش العراقي.", {3}),
        # an adjective between the attack and its doers, and one victim told by a singular noun
        (
            "وجاء الهجوم بعد شهرين من هجوم مماثل لعناصر تنظيم داعش استهدف، مساء أمس، حاجزاً قرب ناحية تازة، وأسفر عن "
            "استشهاد منتسب في الحشد الشعبي.",
            {1},
        ),
    ],
)
def test_an_attack_of_a_groups_cells_has_the_group_for_attacker(text: str, dead: set[int]) -> None:
    ev = only(text, published=date(2025, 3, 12))
    assert ev.attackers == [ID + "actor/isis"] and ID + "actor/isis" not in ev.targets
    assert killed(ev) == dead


def test_the_toll_a_speaker_gives_after_the_attack_its_strike_answered_is_the_strikes() -> None:
    found = events(
        "استشهد جنديان من الجيش العراقي مساء أمس الأحد في هجوم شنّه عناصر من تنظيم داعش على نقطة مراقبة قرب داقوق.\n"
        "وأعلنت خلية الإعلام الأمني أن طائرات تابعة للقوة الجوية نفّذت، فجر اليوم الاثنين، ضربات جوية على أوكار لعصابات داعش "
        "في وادي الشاي \"رداً على الاعتداء الذي تعرضت له قطعاتنا مساء أمس\"، مؤكدة أن الضربات أسفرت عن \"قتل ٤ إرهابيين\".",
        published=date(2025, 11, 3),
    )
    assert [(e.cls, killed(e)) for e in found] == [("Attack", {2}), ("Airstrike", {4})]


@pytest.mark.parametrize(
    "text",
    [
        "سقط صاروخان قرب قاعدة عين الأسد فجر اليوم.",
        "أفاد مصدر أمني بأن الصاروخان سقطا داخل قاعدة حرير فجر اليوم.",
        "وكانت «المقاومة الإسلامية في العراق» قد تبنّت إطلاق ستة صواريخ على قاعدة عين الأسد فجر اليوم.",
    ],
)
def test_two_rockets_in_the_nominative_and_the_launching_of_rockets_are_rocket_attacks(text: str) -> None:
    assert only(text).cls == "RocketAttack"


def test_a_group_that_had_claimed_an_attack_is_its_attacker_and_a_rocket_launcher_is_no_attack() -> None:
    ev = only(
        "وكانت «المقاومة الإسلامية في العراق» قد تبنّت إطلاق ستة صواريخ على قاعدة عين الأسد فجر اليوم.\n"
        "وفي سياق متصل، ضبطت القوات الأمنية منصة إطلاق صواريخ في منطقة أبو غريب."
    )
    assert ev.claimed_by == [ID + "actor/islamic-resistance-in-iraq"]


def test_the_same_groups_attacks_on_two_foes_are_two_events() -> None:
    found = events(
        "قُتل عنصران بهجوم شنّه مسلحون يُعتقد أنهم من خلايا تنظيم «داعش» على نقطة حراسة لـ«قسد» قرب مخيم الهول.\n"
        "وكان التنظيم قد تبنّى منتصف الشهر الجاري هجوماً على دورية للجيش السوري قرب بلدة السخنة في ريف حمص الشرقي.",
        published=date(2025, 8, 22),
    )
    assert len(found) == 2


def test_a_claim_of_the_three_attacks_claims_each_of_the_three_told_before() -> None:
    found = events(
        "تعرّضت قاعدة حرير يوم الأربعاء لهجوم بطائرة مسيّرة.\nوفي اليوم نفسه، استهدفت طائرتان مسيّرتان قاعدة عين الأسد.\n"
        "كما سقطت صواريخ عدة قرب قاعدة فكتوريا فجر الخميس.\n"
        "وتبنّت «المقاومة الإسلامية في العراق» الهجمات الثلاثة في بيانات نشرتها عبر «تلغرام».",
        published=date(2023, 10, 20),
    )
    assert len(found) == 3
    assert all(e.claimed_by == [ID + "actor/islamic-resistance-in-iraq"] for e in found)


def test_the_side_held_responsible_is_the_attacker() -> None:
    ev = only(
        "وقال البنتاغون إن هجوماً بصاروخ باليستي استهدف قاعدة عين الأسد مساء الثلاثاء، محمّلاً «كتائب حزب الله» المسؤولية.",
        published=date(2023, 11, 23),
    )
    assert (ev.attackers, ev.targets) == ([ID + "actor/kataib-hezbollah"], [ID + "place/ain-al-asad-airbase"])


def test_the_pkk_is_known_by_the_names_turkish_reports_give_it() -> None:
    ev = only(
        "أعلنت وزارة الدفاع التركية أن طائرات تركية دمّرت ليل السبت 29 هدفاً لتنظيم «بي كا كا» الإرهابي شمالي العراق.",
        published=date(2023, 12, 24),
    )
    assert ID + "actor/pkk" in ev.targets


@pytest.mark.parametrize(
    "text",
    [
        "في حين زعمت وزارة الدفاع التركية «تحييد 17 إرهابياً»، بذريعة الرد على هجمات حزب العمال الكردستاني.",
        "وأدانت الحكومة هجمات «حزب العمال الكردستاني» على المخافر الحدودية.",
        "في المقابل، تؤكد تركيا أنها تستهدف مواقع حزب العمال الكردستاني وحلفائه دفاعاً عن أمنها القومي.",
    ],
)
def test_a_groups_attacks_in_general_and_a_practice_a_side_states_are_no_attack(text: str) -> None:
    assert events(text) == []


def test_the_terrorists_who_struck_are_those_of_the_attack_just_told() -> None:
    found = events(
        "أعلنت وزارة الدفاع التركية استشهاد جندي في هجوم شنه إرهابيو «بي كي كي» على منطقة «نبع السلام» شمالي سوريا.\n"
        "وأفادت الوزارة بأن الإرهابيين استهدفوا مساء الأحد نقطة عسكرية تركية قرب رأس العين بقذائف الهاون.",
        published=date(2024, 4, 15),
    )
    assert [(e.cls, e.date, e.attackers) for e in found] == [("ArtilleryShelling", date(2024, 4, 14), [ID + "actor/pkk"])]


def test_a_groups_listed_operations_take_the_day_its_lead_names_and_revenge_answers_a_strike() -> None:
    found = events(
        "نفّذ مجاهدو المقاومة الإسلامية في العراق يوم الأحد ٧ كانون الثاني ٢٠٢٤م العمليات الآتية:\n"
        "١- استهداف قاعدة الاحتلال الأمريكي في الشدادي في سوريا برشقة صاروخية.\n"
        "٢- استهداف قاعدة الاحتلال الأمريكي في حرير بأربيل بطائرتين مسيّرتين، ثأراً لدماء القائد الشهيد "
        "اللذي ارتقى بضربة غادرة لطائرة أمريكية مسيّرة استهدفت مقرّه في بغداد يوم الخميس الماضي.\n",
        published=date(2024, 1, 8),
    )
    by_cls = {e.cls: e for e in found}
    assert [(e.cls, e.date) for e in found] == [
        ("RocketAttack", date(2024, 1, 7)),
        ("DroneAttack", date(2024, 1, 7)),
        ("Airstrike", date(2024, 1, 4)),
    ]
    assert [found[k].cls for k in by_cls["DroneAttack"].in_response_to] == ["Airstrike"]
    assert by_cls["DroneAttack"].attackers == [ID + "actor/islamic-resistance-in-iraq"]


def test_no_damage_or_casualties_recorded_is_a_toll_of_none() -> None:
    ev = only("سقط صاروخان فجر اليوم قرب قاعدة عين الأسد، من دون تسجيل أضرار أو إصابات، بحسب مصدر أمني.")
    assert (killed(ev), wounded(ev)) == ({0}, {0})


def test_alternatives_are_split_at_the_top_level_only() -> None:
    from kg.extract.events import _alternatives

    assert _alternatives(r"a[|]b|(c|d)|[]|x]|\|y|[^]|]z|[a^]|e") == ["a[|]b", "(c|d)", "[]|x]", r"\|y", "[^]|]z", "[a^]", "e"]



def test_a_pattern_compiled_with_one_word_opening_finds_what_it_did() -> None:
    from kg.extract.events import _compile_words

    source = (
        r"(?:^|\s)لم\s+(?:ي|ت)(?:نفذ|شن)\S*|(?:^|\s)[وبل]?اي\s+(?:هجوم|ضربات)(?:\s|$)"
        r"|انفجار\s+عبوه|(?:^|\s)(?:عمليه|عمليات)\s+قنص|(?:^|\s)ب?رصاص\s+قناص"
    )
    factored = _compile_words(source)
    assert factored.pattern.count(r"(?:^|\s)") == 2  # two runs of word openings, one each
    plain = re.compile(source)
    text = normalize(
        "لم تنفذ القوات أي هجوم، وقتل مدني برصاص قناص بعد انفجار عبوة، ولم يشن الطيران اي ضربات "
        "في عمليات قنص وبأي هجوم اخر; لمي اي هجومي"
    ).text
    for i in range(len(text)):
        found, expected = factored.search(text, i), plain.search(text, i)
        assert (found and found.start()) == (expected and expected.start()), text[i:]


def test_the_shooting_told_in_detail_is_the_killing_of_the_lead_and_its_supposed_attacker_is_named() -> None:
    ev = only(
        "نعى النادي حارس مرماه السابق الذي قُتل مساء أمس الاثنين برصاص مسلحين مجهولين في بلدة البصيرة.\n"
        "وقال مصدر محلي إن مسلحَين كانا يستقلان دراجة نارية أطلقا النار عليه أمام محله وسط البلدة ثم لاذا بالفرار.\n"
        "ورجّحت مصادر أمنية أن تكون خلايا تنظيم «داعش» وراء عملية الاغتيال.",
        published=date(2025, 2, 18),
    )
    assert (ev.date, ev.attackers, len(ev.evidence)) == (date(2025, 2, 17), [ID + "actor/isis"], 3)


def test_an_aerospace_company_hit_is_no_airstrike() -> None:
    ev = only(
        "قُتل خمسة أشخاص في الهجوم الذي استهدف مقر شركة صناعات الفضاء والطيران التركية في أنقرة عصر الأربعاء.",
        published=date(2024, 10, 25),
    )
    assert ev.cls == "Attack"


def test_a_flash_standing_alone_reports_its_attack() -> None:
    ev = only(
        "عاجل | دوي انفجارات في قاعدة حقل العمر شرقي دير الزور إثر استهدافها بطائرة مسيّرة قبل قليل\n"
        "مصادر محلية: طيران التحالف الدولي يحلّق بكثافة في أجواء المنطقة",
        published=None,
    )
    assert ev.cls == "DroneAttack"



@pytest.mark.parametrize(
    "supposition",
    ["ورجّح المصدر وقوف خلايا تنظيم «داعش» وراء التفجير.", "ورجّح المصدر أن تكون خلايا تنظيم «داعش» وراءه."],
)
def test_the_side_supposed_behind_the_blast_in_a_later_sentence_is_its_attacker(supposition: str) -> None:
    ev = only(
        "انفجرت عبوة ناسفة بدورية عسكرية أمريكية مساء الأحد على الطريق بين الحسكة والشدادي، دون تسجيل إصابات، "
        "بحسب مصدر في قوات سوريا الديمقراطية (قسد).\nولم تتبنَّ أي جهة الهجوم. " + supposition,
        published=date(2025, 2, 17),
    )
    assert (ev.date, ev.attackers) == (date(2025, 2, 16), [ID + "actor/isis"])


def test_earlier_attacks_of_the_kind_are_no_attack_told() -> None:
    assert events("قالت مصادر محلية إن أسلوب التنفيذ مشابه لهجمات سابقة نفذها التنظيم في ريف دير الزور.") == []


def test_attacks_of_the_kind_with_a_day_are_told() -> None:
    found = events("وشنّت الفصائل هجمات مماثلة فجر اليوم على قاعدة التنف.", published=date(2024, 1, 30))
    assert [e.date for e in found] == [date(2024, 1, 30)]


def test_the_attacks_of_an_exchange_of_fire_told_next_are_of_its_day() -> None:
    found = events(
        "شهدت ضفتا نهر الفرات في ريف دير الزور الشرقي، مساء أمس الأربعاء، قصفاً متبادلاً بين قوات النظام "
        "وقوات سوريا الديمقراطية (قسد).\n"
        "وقال المراسل إن القصف بدأ نحو الساعة الثامنة مساءً، حين استهدفت قوات النظام المتمركزة في الميادين "
        "بلدة ذيبان بعدة قذائف هاون.\n"
        "وأضاف أن «قسد» ردّت على مصادر النيران، بقصف مواقع قوات النظام في بلدة القورية بقذائف الهاون.",
        published=date(2023, 12, 14),
    )
    assert [(e.cls, e.date) for e in found] == [("ArtilleryShelling", date(2023, 12, 13))] * 2


def test_a_quoted_date_naming_its_month_is_resolved() -> None:
    ev = only(
        "واستذكر البيان العمليات التي نفذتها الكتائب، ومنها «عملية قاعدة حرير في أربيل في 25 كانون الأول»، "
        "حين استهدفت الكتائب القاعدة بطائرة مسيّرة.",
        published=date(2024, 1, 30),
    )
    assert ev.date == date(2023, 12, 25)


def test_since_a_day_when_rockets_fell_dates_the_rockets() -> None:
    ev = only(
        "فمنذ الثلاثاء 5 ديسمبر، حين سقطت خمسة صواريخ في محيط مهبط رميلان بريف الحسكة من دون أن تسفر عن أي إصابات، "
        "بدا أن الفصائل باتت توسّع بنك أهدافها.",
        published=date(2024, 2, 6),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2023, 12, 5))


def test_a_quoted_today_in_a_statement_of_the_report_day_is_that_day() -> None:
    found = events(
        "وقالت الوزارة، في بيان صدر صباح اليوم الأربعاء، إن «طائرة مسيّرة مفخخة استهدفت مساء أمس الثلاثاء أحد "
        "الخزانات في حقل خورمور». وأضاف البيان أن «طائرتين مسيّرتين هاجمتا فجر اليوم منشآت حقل سرسنك».",
        published=date(2025, 7, 16),
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2025, 7, 15)), ("DroneAttack", date(2025, 7, 16))]


def test_a_quoted_today_of_a_statement_of_another_day_stays_the_speakers() -> None:
    ev = only(
        "وقالت الفصائل في بيان أمس إن «مجاهدينا استهدفوا فجر اليوم قاعدة حرير بطائرة مسيّرة».",
        published=date(2025, 7, 16),
    )
    assert ev.date is None


def test_a_smuggling_drone_downed_at_the_border_and_a_tally_of_downings_make_one_interception() -> None:
    found = events(
        "صرّح مصدر عسكري بأن المنطقة العسكرية الشرقية أسقطت طائرة مسيرة فجر اليوم الخميس، حاولت اجتياز الحدود "
        "بطريقة غير مشروعة من الأراضي السورية إلى الأراضي الأردنية.\n"
        "وبحسب أرقام نشرتها القوات المسلحة، جرى منذ مطلع العام الجاري إسقاط 11 طائرة مسيّرة على الحدود الشمالية.",
        published=date(2025, 3, 20),
    )
    assert [(e.cls, e.date) for e in found] == [("Interception", date(2025, 3, 20))]


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # a death
        ("قصفت طائرة مسيّرة سيارة قرب البوكمال أمس، ما أدى إلى وفاة السائق وإصابة اثنين آخرين.", {1}, {2}),
        ("قصفت طائرة مسيّرة سيارة قرب البوكمال أمس، وأسفرت عن وفاة السائق، وإصابة اثنين آخرين.", {1}, {2}),
        ("تعرّضت بلدة الطيانة مساء أمس لقصف مدفعي أصاب منزل المعلّمة فاطمة، ما أدى إلى وفاتها على الفور.", {1}, set()),
        # lives taken
        ("قصفت مسيّرة أمريكية سيارة في بغداد أمس، وأودت بحياة قيادي بارز في كتائب حزب الله واثنين من مرافقيه.", {3}, set()),
        ("انفجرت عبوة ناسفة في بغداد أمس أودت بحياة شخصين.", {2}, set()),
    ],
)
def test_deaths_and_lives_taken_count_the_dead(text: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(text)
    assert (killed(ev), wounded(ev)) == (dead, hurt)


@pytest.mark.parametrize("taken", ["", " نُقلوا على إثرها إلى مستشفى جمجمال العام"])
def test_workers_counted_and_a_general_hospital_are_not_years(taken: str) -> None:
    ev = only(f"قُتل أربعة عمال جراء هجوم بطائرة مسيّرة على حقل كورمور مساء أمس. كما أُصيب ثلاثة عاملين آخرين بجروح{taken}.")
    assert (killed(ev), wounded(ev)) == ({4}, {3})


def test_a_similar_attack_is_of_the_kind_of_the_one_told_before() -> None:
    found = events(
        "سقطت قذيفتا هاون صباح اليوم في باحة مدرسة ذيبان. "
        "وكانت بلدة الطيانة قد تعرّضت مساء أمس لقصف مماثل أصاب منزلاً."
    )
    assert [(e.cls, e.date) for e in found] == [("ArtilleryShelling", date(2024, 2, 7)), ("ArtilleryShelling", date(2024, 2, 6))]


def test_a_second_drone_downed_is_another_attack_on_the_day_of_the_first() -> None:
    found = events(
        "قُتل أربعة عمال جراء هجوم بطائرة مسيّرة على حقل كورمور مساء أمس الثلاثاء. "
        "وبعد قرابة ساعة من الهجوم الأول، رصدت الدفاعات الجوية طائرة مسيّرة ثانية تقترب من الحقل، وتمكّنت من إسقاطها."
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2024, 2, 6))] * 2 + [("Interception", date(2024, 2, 6))]
    assert found[2].in_response_to == [1]


def test_the_day_of_a_separate_statement_is_not_the_attacks() -> None:
    found = events(
        "قُتل أربعة عمال جراء هجوم بطائرة مسيّرة على حقل كورمور مساء أمس. "
        'وأعلنت وزارة الداخلية في حكومة إقليم كردستان، في بيان منفصل صدر صباح اليوم، أن الهجوم أسفر عن "استشهاد خمسة عمال".'
    )
    assert [(e.date, killed(e)) for e in found] == [(date(2024, 2, 6), {4, 5})]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("أُغلق المنفذ لمدة يومين في 28 كانون الثاني الماضي بعد سقوط طائرة مسيّرة مفخّخة قرب البوابة.", date(2024, 1, 28)),
        ("وكان البرج قد خرج عن الخدمة في الثالث من كانون الثاني الماضي، بعد غارة نفّذتها طائرة مسيّرة تركية على موقع قريب.", date(2024, 1, 3)),
    ],
)
def test_an_attack_after_which_something_happened_on_a_day_is_of_that_day(text: str, day: date) -> None:
    assert only(text).date == day


def test_an_attack_answered_on_a_day_is_not_of_that_day() -> None:
    found = events("قصفت القوات الأمريكية مواقع للحشد في القائم في 5 شباط، بعد هجوم بطائرة مسيّرة على البرج 22.")
    assert [e.date for e in found] == [date(2024, 2, 5), None]


def test_the_first_hours_of_a_day_are_no_comparison_with_the_past() -> None:
    ev = only(
        "انقطعت الخدمة منذ ساعات الصباح الأولى من اليوم الأحد، بسبب تضرّر البرج جراء قصف مدفعي تركي طال سفح التلة فجر اليوم."
    )
    assert (ev.cls, ev.date) == ("ArtilleryShelling", date(2024, 2, 7))


def test_an_attack_days_after_that_told_after_it_is_another_of_that_later_day() -> None:
    found = events(
        "ردّت الولايات المتحدة في الثاني من شباط بضربات جوية طالت 85 هدفاً في العراق وسوريا. "
        "ثم تنتقل الكاتبة إلى الضربة التي نفّذتها مسيّرة أمريكية في شرق بغداد بعد خمسة أيام من ذلك."
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 2)), ("Airstrike", date(2024, 2, 7))]


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث إن الجنود الأمريكيين قصفوا مساء أمس بقذائف الهاون مواقع قرب الميادين.",
        "ردّت القوات الأمريكية مساء أمس بالمدفعية على مكان الإطلاق بمحيط الميادين.",
        # colloquial: «the Americans answered with artillery»
        "والأمريكان ردّوا مساء أمس بالمدفعية على مكان الإطلاق بمحيط الميادين.",
    ],
)
def test_shelling_by_those_who_shelled_or_answered_with_artillery(text: str) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers, ev.date) == ("ArtilleryShelling", [US], date(2024, 2, 6))


def test_rockets_that_went_out_in_levantine_colloquial_are_an_attack() -> None:
    ev = only("صواريخ يا غالي، طلعت مساء أمس من الضفة التانية من جهة الميادين عالقاعدة الأمريكية بحقل العمر.")
    assert (ev.cls, ev.date) == ("RocketAttack", date(2024, 2, 6))


def test_an_attack_in_a_forum_post_is_of_the_posts_day() -> None:
    text = (
        "شو هالأصوات بحقل العمر الليلة؟\n\n"
        "أبو_عمر | 05-02-2024، 09:41 مساءً\nشباب حدا بيعرف شو صاير؟ سمعنا أصوات انفجارات.\n\n"
        "فراتي_حر | 05-02-2024، 09:48 مساءً\nصواريخ يا غالي، طلعت من جهة الميادين عالقاعدة الأمريكية بالحقل.\n\n"
        "ابن_البلد | 06-02-2024، 08:15 صباحاً\nوالأمريكان ردّوا بالمدفعية على مكان الإطلاق بمحيط الميادين."
    )
    assert [(e.cls, e.date) for e in events(text)] == [
        ("RocketAttack", date(2024, 2, 5)),
        ("ArtilleryShelling", date(2024, 2, 6)),
    ]


def test_a_dash_between_the_ends_of_a_road_ends_no_sentence() -> None:
    ev = only(
        "انفجرت عبوة ناسفة زرعها مجهولون بشاحنة محمّلة بالقمح على طريق الميادين – دير الزور "
        "في الثالث من الشهر الجاري، ما أدى إلى إصابة سائقها بجروح بليغة."
    )
    assert (ev.date, wounded(ev)) == (date(2024, 2, 3), {1})


@pytest.mark.parametrize(
    ("toll", "dead", "hurt"),
    [
        ("وأصيب خلاله حارس الموقع وزوجته بجروح", set(), {2}),
        ("ما أدى إلى مقتل مختار القرية وابنه", {2}, set()),
        ("ما أدى إلى مقتل مختار القرية", {1}, set()),
        ("وأصيبت امرأة وطفلها بجروح", set(), {2}),
        # a neighbour by her kunya, and her son
        ("وأصيبت جارتنا أم محمد وابنها الصغير بجروح", set(), {2}),
        # feminine duals
        ("ما أدى إلى مقتل صحفيتين وإصابة ستة من زملائهما", {2}, {6}),
        ("ما أدى إلى مقتل امرأتين وطفل", {3}, set()),
        # a driver and his assistant; the speaker's colleague
        ("ما أدى إلى إصابة سائقها ومساعده", set(), {2}),
        ("وقُتل زميلي ياسر", {1}, set()),
    ],
)
def test_a_victim_named_by_what_he_kept_and_his_kin_count(toll: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(f"قصفت مسيّرة منزلاً في القرية أمس، {toll}.")
    assert (killed(ev), wounded(ev)) == (dead, hurt)


def test_shelling_from_a_groups_positions_is_by_that_group() -> None:
    ev = only(
        "وفي ليلة 14-15 كانون الثاني، تعرّضت القلعة لقصف مدفعي قال السكان إن مصدره مواقع فصائل «الجيش الوطني السوري» غربي المنطقة.",
        published=date(2025, 2, 3),
    )
    assert (ev.cls, ev.date, ev.attackers) == ("ArtilleryShelling", date(2025, 1, 14), [ID + "actor/syrian-national-army"])


def test_the_perpetrator_field_of_a_record_names_the_attacker() -> None:
    ev = only(
        "• DZ-2512-004 | 2024-02-03 | الميادين | عبوة ناسفة انفجرت بسيارة تابعة لجهاز الأمن العام على الطريق العام "
        "| قتلى: 2 | جرحى: غير معروف | الفاعل: تنظيم الدولة"
    )
    assert (ev.date, ev.attackers, killed(ev)) == (date(2024, 2, 3), [ID + "actor/isis"], {2})


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ('أعلنت وزارة الدفاع التركية، أمس، أن مقاتلاتها دمّرت 32 هدفاً تابعاً لتنظيم "بي كا كا" في شمالي سوريا.', "turkish-forces"),
        ("أعلنت وزارة الدفاع الأمريكية أن قواتها قصفت مواقع في ريف القامشلي أمس.", "us-forces"),
        ("أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مواقع للمسلحين في البادية أمس.", "russian-forces"),
    ],
)
def test_a_ministry_telling_what_its_forces_did_names_them_the_attacker(text: str, forces: str) -> None:
    ev = only(text)
    assert (ev.cls, ev.attackers) == ("Airstrike", [ID + "actor/" + forces])


@pytest.mark.parametrize(
    ("text", "cls", "day", "attackers"),
    [
        # the aggression told with its day and its blast
        (
            (
                "تدين المديرية الاعتداءَ الإجرامي الذي طال مسجداً في حي الجورة بمدينة الميادين فجر أمس، "
                "حين انفجرت عبوة ناسفة زُرعت قرب الباب الشمالي للمسجد، ما أدى إلى ارتقاء مؤذّن المسجد."
            ),
            "Attack", date(2024, 2, 6), [],
        ),
        # ... with its means and what they struck
        (
            (
                "ارتقى شهيداً مع سبعة من إخوته، إثر العدوان الأمريكي الغاشم بطائرة حربية استهدفت عجلتهم غرب بغداد، "
                "ليلة الثلاثاء على الأربعاء."
            ),
            "Airstrike", date(2024, 2, 6), [US],
        ),
        # ... by the men of a gang
        (
            "إثر الاعتداء الإرهابي الذي نفّذته عناصر من عصابات داعش على نقطة تفتيش للجيش العراقي ليلة السبت على الأحد.",
            "Attack", date(2024, 2, 3), [ID + "actor/isis"],
        ),
    ],
)
def test_an_aggression_told_in_full_is_an_attack(text: str, cls: str, day: date, attackers: list[str]) -> None:
    ev = only(text)
    assert (ev.cls, ev.date, ev.attackers) == (cls, day, attackers)


def test_the_men_of_a_gang_after_the_verb_are_its_attackers() -> None:
    ev = only("نفّذت عناصر من عصابات داعش هجوماً على نقطة تفتيش للجيش العراقي في وادي حوران أمس.")
    assert ev.attackers == [ID + "actor/isis"]


def test_attacks_that_preceded_one_or_came_besides_it_are_attacks_of_their_own() -> None:
    text = (
        "ويرى المجلس أن هذا الاعتداء ليس الأول من نوعه، إذ سبقه في 12 كانون الثاني الماضي استهداف عجلة مدنية "
        "بطائرة مسيّرة تركية قرب مجمع خانصور، فضلاً عن القصف الذي طال أطراف مخيم مخمور بطائرة مسيّرة في 26 كانون الثاني الماضي."
    )
    # «فضلاً عن»: one more of the list, by the same hands (a state's drone: an air strike)
    assert [(e.cls, e.date, e.attackers) for e in events(text)] == [
        ("Airstrike", date(2024, 1, 12), [ID + "actor/turkish-forces"]),
        ("Airstrike", date(2024, 1, 26), [ID + "actor/turkish-forces"]),
    ]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the attack told, counted
        ("قصفت مسيّرة قاعدة عين الأسد أمس. وبحسب المصدر، فإن الهجوم هو الثاني من نوعه خلال الشهر الجاري.", 1),
        # one told here, with its count
        ("تعرضت قاعدة كونيكو مساء أمس لقصف صاروخي هو الثاني من نوعه خلال أقل من أسبوع.", 1),
    ],
)
def test_the_second_of_its_kind_counts_the_attack_told(text: str, told: int) -> None:
    assert len(events(text)) == told


def test_those_who_answered_by_air_struck() -> None:
    ev = only("والأمريكان ردّوا بالطيارات على مكان الإطلاق ليلة أمس.")
    assert (ev.cls, ev.attackers) == ("Airstrike", [US])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a weekday and a whole date that disagree: the whole date
        ("ومن ذلك الهجوم بطائرتين مسيّرتين على قاعدة فكتوريا صباح يوم الأربعاء 18/10/2023، دون إصابات.", date(2023, 10, 18)),
        # ... that agree: that day
        ("وكان هجوم بطائرة مسيّرة قد استهدف قاعدة التنف يوم الثلاثاء 2024/2/6، ما أدى إلى إصابة جندي.", date(2024, 2, 6)),
    ],
)
def test_a_whole_date_beside_a_weekday_dates_the_attack(text: str, day: date) -> None:
    assert only(text).date == day


def test_a_side_answering_by_air_after_a_comma_is_another_attack() -> None:
    found = events(
        "والجمعة بالليل انضربت القاعدة الأمريكية بحقل العمر بثلاث صواريخ، "
        "والأمريكان ردّوا بالطيارات على مكان الإطلاق بنفس الليلة."
    )
    assert [(e.cls, e.attackers) for e in found] == [("RocketAttack", []), ("Airstrike", [US])]
    assert found[1].in_response_to == [0]


def test_an_example_after_a_comma_and_fa_is_an_attack_of_its_own() -> None:
    ev = only(
        "وتذكّر النقابة بأن هذا الاعتداء ليس الأول على الصحفيين، ففي السابع من الشهر الجاري أُصيب مصوّر صحفي "
        "بشظايا قذيفة مدفعية أطلقتها فصائل «الجيش الوطني السوري» على أطراف منبج."
    )
    assert (ev.cls, ev.date, ev.attackers) == ("ArtilleryShelling", date(2024, 2, 7), [ID + "actor/syrian-national-army"])


def test_a_victim_with_his_comrades_counts_them() -> None:
    ev = only("قصفت مسيّرة سيارة قرب القائم أمس، ما أدى إلى مقتل قيادي في الحشد مع ثلاثة من رفاقه.")
    assert killed(ev) == {4}


def test_an_attack_ascribed_to_a_group_in_the_words_of_a_state_is_that_groups() -> None:
    ev = only(
        "وكانت أنقرة قد بدأت موجة ضرباتها بعد هجوم نسبته إلى حزب العمال الكوردستاني على قاعدة عسكرية تركية "
        "في منطقة عمليات «المخلب – القفل» في 12 كانون الثاني."
    )
    assert (ev.date, ev.attackers) == (date(2024, 1, 12), [ID + "actor/pkk"])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day named before «غداة» is the day after the attack
        ("عين الأسد، 5 كانون الثاني 2024: عربات عند المدخل الرئيسي لقاعدة عين الأسد، غداة هجوم بطائرتين مسيّرتين على القاعدة.", date(2024, 1, 4)),
        # a day of the attack's own is its day
        ("وجاء ذلك غداة هجوم شنّه مسلحون مساء الإثنين على حاجز للجيش.", date(2024, 2, 5)),
    ],
)
def test_the_morning_after_an_attack_dates_it_the_day_before(text: str, day: date) -> None:
    assert only(text).date == day


@pytest.mark.parametrize(
    ("toll", "dead"),
    [
        ("ما أدى إلى ارتقاء مؤذّن المسجد", {1}),
        ("ما أدى إلى ارتقاء ثلاثة من المصلين", {3}),
        ("ما أدى إلى مقتل إمام المسجد", {1}),
    ],
)
def test_ascension_and_the_mosques_people_count_the_dead(toll: str, dead: set[int]) -> None:
    assert killed(only(f"انفجرت عبوة ناسفة قرب المسجد فجر أمس، {toll}.")) == dead


def test_unpunctuated_lines_of_subtitles_report_attacks() -> None:
    # Subtitle cues end with no full stop; each is a line of the report, not a headline.
    text = (
        "تقرير مصور: ليالي القواعد في الحسكة\n\n"
        "1\n00:00:01,000 --> 00:00:05,000\nمن ريف الحسكة الجنوبي حيث تتمركز القوات الأمريكية\n\n"
        "2\n00:00:05,100 --> 00:00:09,000\nمساء الثلاثاء، السادس من شباط، سقطت ثلاثة صواريخ قرب قاعدة الشدادي\n\n"
        "3\n00:00:09,100 --> 00:00:13,000\nوقبل ذلك بيومين، الأحد، أسقطت الدفاعات طائرة مسيرة فوق قاعدة خراب الجير"
    )
    found = events(text)
    assert ("RocketAttack", date(2024, 2, 6)) in [(e.cls, e.date) for e in found]
    # «وقبل ذلك بيومين، الأحد»: the Sunday two days before the attack told, not the report's
    assert date(2024, 2, 4) in {e.date for e in found if e.cls == "DroneAttack"}


@pytest.mark.parametrize(
    "text",
    [
        # a short line before punctuated paragraphs is still a headline (adding no event of its own)
        (
            "صواريخ على قاعدة الشدادي\n\n"
            "سقطت ثلاثة صواريخ مساء أمس الثلاثاء قرب قاعدة الشدادي في ريف الحسكة الجنوبي.\n\n"
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن."
        ),
        # a short quoted sentence on a line of its own, its full stop before the closing quote, is none
        "أبرز ما قيل هذا الأسبوع\n\n«سقطت ثلاثة صواريخ مساء أمس الثلاثاء قرب قاعدة الشدادي.»\n– مصدر أمني",
    ],
)
def test_a_short_line_is_a_headline_unless_it_ends_a_sentence(text: str) -> None:
    assert [(e.cls, e.date) for e in events(text)] == [("RocketAttack", date(2024, 2, 6))]


def test_strikes_named_again_by_their_places_in_the_next_days_message_are_those_told() -> None:
    text = (
        "أرشيف الرسائل العاجلة لخدمة الفرات\n\n"
        "رسالة 1 | الاثنين 5/2/2024 – 10:15 م\n"
        "عاجل: انفجارات تهز قضاء القائم وناحية عكاشات إثر غارات أمريكية.\n\n"
        "رسالة 2 | الثلاثاء 6/2/2024 – 01:05 م\n"
        "الناطق العسكري: الضربات الأمريكية على القائم وعكاشات أسفرت عن 16 قتيلاً."
    )
    found = events(text, published=date(2024, 2, 7))
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 5))]
    assert killed(found[0]) == {16}


def test_today_in_a_stamped_message_is_the_messages_day() -> None:
    text = (
        "أرشيف الرسائل العاجلة لخدمة الفرات\n\n"
        "رسالة 1 | الاثنين 5/2/2024 – 10:15 م\n"
        "عاجل: مصدر محلي: طائرات حربية تقصف مواقع للفصائل قرب البوكمال.\n\n"
        "رسالة 2 | الثلاثاء 6/2/2024 – 07:40 ص\n"
        "عاجل: سقوط صواريخ على قاعدة حقل العمر فجر اليوم دون تسجيل إصابات.\n\n"
        "رسالة 3 | الثلاثاء 6/2/2024 – 09:00 م\n"
        "عاجل: مسيرة تستهدف قاعدة الشدادي في وقت متأخر من الليلة الماضية."
    )
    found = [(e.cls, e.date) for e in events(text, published=date(2024, 2, 7))]
    assert ("Airstrike", date(2024, 2, 5)) in found  # under its stamp
    assert ("RocketAttack", date(2024, 2, 6)) in found  # «فجر اليوم» of the message, not of the page
    assert ("DroneAttack", date(2024, 2, 5)) in found  # «الليلة الماضية» of the message


def test_days_in_a_record_count_from_its_date_field() -> None:
    # A catalogue of records, each dated by a field: its weekdays and «فجر اليوم» are of that date.
    text = (
        "فهرس أرشيف الصور – تحديث 10/1/2025\n\n"
        "الرقم: 17\n"
        "تاريخ الالتقاط: 2024/03/14\n"
        "الوصف: سيارة محترقة بعد استهدافها بغارة من طائرة مسيرة أمريكية مساء الثلاثاء قرب البوكمال.\n\n"
        "الرقم: 18\n"
        "تاريخ الالتقاط: 2024/06/20\n"
        "الوصف: صاروخ سقط فجر اليوم في محيط قاعدة حقل العمر دون إصابات.\n"
    )
    assert sorted((e.cls, e.date) for e in events(text, published=date(2025, 1, 10))) == [
        ("Airstrike", date(2024, 3, 12)),  # the Tuesday before the 14th
        ("RocketAttack", date(2024, 6, 20)),
    ]


def test_the_same_day_under_a_stamp_is_the_day_told_before() -> None:
    # «الليلة نفسها» points at the day just told, not at the stamp's.
    text = (
        "رسالة 1 | الخميس 8/2/2024 – 10:00 ص\n"
        "سقطت صواريخ على قاعدة الشدادي مساء الخامس من شباط. وفي الليلة نفسها استهدفت طائرة مسيرة قاعدة حقل العمر.\n\n"
        "رسالة 2 | الجمعة 9/2/2024 – 11:00 ص\n"
        "لا جديد.\n"
    )
    assert sorted((e.cls, e.date) for e in events(text, published=date(2024, 2, 9))) == [
        ("DroneAttack", date(2024, 2, 5)),
        ("RocketAttack", date(2024, 2, 5)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "كان عائداً بسيارته حين استهدفتهما مسيرة تركية على الطريق بين تل تمر والدرداره.",
        "وقصفها الطيران الروسي فجر أمس قرب مدينة الميادين.",
        "عاد الفلاحان إلى أرضهما فأصابتهما طائرة مسيرة تركية قرب عامودا.",
    ],
)
def test_a_striking_verb_with_its_object_as_a_pronoun_reports_an_attack(text: str) -> None:
    assert only(text).cls == "Airstrike"


def test_a_diary_of_days_in_levantine_colloquial() -> None:
    text = (
        "يوميات أسبوع بالقرية\n\n"
        "الاثنين ٥ شباط\n"
        "العصر الطيارة الأمريكية ضربت سيارة ع طريق المطار، وكانوا فيها تنين ماتوا فوراً.\n\n"
        "الثلاثاء ٦ شباط\n"
        "قبل المغرب نزلوا كم قذيفة هاون ع أطراف الجسر. الحمد لله ما حدا انصاب.\n\n"
        "الأربعاء ٧ شباط\n"
        "انتشرت إشاعة إنو في قصف ع السوق وانقتل ناس، طلعت كذب، كان حريق بمحل.\n"
    )
    found = events(text, published=date(2024, 2, 7))
    assert [(e.cls, e.date) for e in found] == [
        ("Airstrike", date(2024, 2, 5)),
        ("ArtilleryShelling", date(2024, 2, 6)),  # no place known, but the day's heading dates it
    ]
    assert killed(found[0]) == {2}  # «تنين ماتوا»


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("قصفت الطائرات التركية محطة كهرباء القحطانية أمس ضمن موجة الغارات التي طالت منشآت الطاقة.", "Airstrike"),
        ("استهدفت مسيرة قاعدة حرير أمس في إطار سلسلة هجمات تتبناها الفصائل.", "DroneAttack"),
        (
            (
                "تعرّضت قاعدة عين الأسد، أمس الثلاثاء، لهجوم بأربعة صواريخ، في أحدث حلقة من سلسلة هجمات تستهدف القوات الأمريكية "
                "منذ منتصف أكتوبر الماضي."
            ),
            "RocketAttack",
        ),
        # tens of strikes carried out by one side on one day: a wave, no tally
        ("أعلنت القيادة المركزية أن قواتها شنّت أمس عشرات الغارات على أكثر من 75 هدفاً لتنظيم داعش في البادية.", "Airstrike"),
    ],
)
def test_an_attack_told_as_part_of_a_wave_is_reported(text: str, cls: str) -> None:
    assert (only(text).cls, only(text).date) == (cls, date(2024, 2, 6))


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # «لا» before a noun is no possibility
        (
            "قال مسؤول إن قاعدة التنف تعرضت أمس لهجوم بطائرتين مسيّرتين، مضيفاً أنه «لا تقارير أولية عن إصابات».",
            "DroneAttack",
        ),
        # the scene set after a comma («وسط استنفار») undoes no report
        ("تعرّضت القاعدة الأمريكية في حقل كونيكو لهجوم صاروخي أمس، وسط استنفار لقوات التحالف في المنطقة.", "RocketAttack"),
    ],
)
def test_words_after_a_report_that_only_comment_on_it_undo_nothing(text: str, cls: str) -> None:
    assert (only(text).cls, only(text).date) == (cls, date(2024, 2, 6))


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # an aircraft answering, on what it struck
        ("ردّت طائرة أمريكية من طراز AC-130 فجر أمس على عربة الإطلاق قرب القائم، ما أدى إلى مقتل عدد من المسلحين.", "Airstrike"),
        # a headline's present tense in a list of cases
        ("قضايا للنقاش:\n١. طائرة مسيّرة تصيب ساحة تدريب داخل قاعدة حقل العمر فجر أمس.", "DroneAttack"),
        ("خبر.\n\nالميليشيات الموالية لإيران تطلق طائرتين مسيّرتين باتجاه قاعدة حقل العمر فجر أمس.", "DroneAttack"),
    ],
)
def test_an_attack_told_in_few_words_is_reported(text: str, cls: str) -> None:
    assert (only(text).cls, only(text).date) == (cls, date(2024, 2, 6))


def test_the_side_before_a_present_tense_launch_is_its_attacker_not_a_group_calling_itself_so() -> None:
    ev = only("خبر.\n\nالميليشيات الموالية لإيران تطلق طائرتين مسيّرتين باتجاه قاعدة حقل العمر فجر أمس.")
    assert ev.attackers == [MILITIAS]
    assert only("تبنت جماعة تطلق على نفسها اسم «سرايا الثأر» الهجوم على قاعدة حرير أمس.").cls == "Attack"


def test_taken_to_hospital_on_a_day_after_an_attack_dates_the_attack() -> None:
    # «نُقل ... إلى» is a patient taken to hospital, not «نقل عن» (a report): its day is the attack's.
    ev = only(
        "نُقل طفل إلى قسم الطوارئ مساء 5 أيلول 2023، بعد سقوط قذيفة مدفعية على منزل أسرته في بلدة الطيانة.",
        published=date(2024, 10, 15),
    )
    assert (ev.cls, ev.date) == ("ArtilleryShelling", date(2023, 9, 5))


@pytest.mark.parametrize(
    ("toll", "dead", "hurt"),
    [
        ("ما أدى إلى مقتل مرافقه وإصابته بكسر في الساق", {1}, {1}),
        ("وقُتلت والدته في الحال", {1}, set()),
    ],
)
def test_a_companion_or_kin_killed_is_counted(toll: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(f"انفجرت عبوة ناسفة بسيارة على طريق الحسكة مساء أمس، {toll}.")
    assert (killed(ev), wounded(ev)) == (dead, hurt)


@pytest.mark.parametrize(
    "told",
    [
        # the leader by his title, the object of an active verb past the strike's words
        "قتلت ضربة أمريكية بطائرة مسيّرة في شرق بغداد أمس القيادي في «حركة النجباء» أبو تقوى السعيدي ومرافقه",
        "ضربة أمريكية بطائرة مسيّرة في شارع فلسطين شرقي بغداد أمس تقتل القيادي في حركة النجباء أبو مهدي ومرافقه",
        # «the one called», a word on him between commas, «a companion of his»
        "نفذت القوات الأمريكية أمس ضربة جوية في دير الزور أسفرت عن مقتل المدعو أبو عبد الله الجبوري، وهو مسؤول بارز في شبكة التمويل، ومرافق له",
        "قتلت ضربة أمريكية أمس في شرق بغداد القيادي مشتاق السعيدي، المعروف بأبي تقوى، ومرافقاً له",
    ],
)
def test_a_leader_killed_with_a_companion_is_two_dead(told: str) -> None:
    assert killed(only(f"{told}.")) == {2}


@pytest.mark.parametrize(
    ("toll", "dead"),
    [
        ("ما أسفر عن استشهاد ثلاثة من عناصر الحاجز ومدني كان يمر بسيارته", {4}),
        ("ما أسفر عن مقتل خمسة عسكريين أمريكيين ومتعاقدين اثنين", {7}),
        ("ما أسفر عن مقتل ثلاثة عناصر ومدنيين", {3}),  # «ومدنيين»: of no number
        ("ما أسفر عن سقوط سبعة قتلى بينهم طفلان وعنصران من الحاجز", {7}),  # among them
        ("ما أسفر عن مقتل ثلاثة عناصر وإصابة مدني", {3}),
    ],
)
def test_one_or_two_more_after_the_victims_counted(toll: str, dead: set[int]) -> None:
    ev = only(f"انفجرت دراجة نارية مفخخة مساء أمس قرب حاجز عند مدخل المدينة، {toll}.")
    assert killed(ev) == dead


@pytest.mark.parametrize("vehicle", ["دراجة مفخخة", "شاحنة مفخخة", "سيارة مفخخة", "صهريج مفخخ"])
def test_a_car_bomb_of_any_kind_is_an_attack(vehicle: str) -> None:
    assert only(f"انفجرت {vehicle} مساء أمس قرب حاجز عند مدخل المدينة.").date == date(2024, 2, 6)


def test_a_joint_force_of_two_sides_is_by_both() -> None:
    ev = only("وفجر أمس نفّذت قوة مشتركة من التحالف الدولي وقسد عملية إنزال جوي في بلدة القورية.")
    assert {"cjtf-oir", "sdf"} <= {a.rsplit("/", 1)[-1] for a in ev.attackers}


def test_a_day_after_the_means_reported_is_the_attacks() -> None:
    # «أفادت الوزارة ... بسقوط طائرة مسيّرة فجر اليوم»: not the day of the report («أفاد مصدر، اليوم، بسقوط»).
    found = events(
        "تعرض حقل خورمالة مساء يوم الاثنين لهجوم بطائرة مسيرة، فيما أفادت الوزارة ذاتها بسقوط طائرة مسيرة ثانية "
        "فجر اليوم الأربعاء في حقل سرسنك.",
        published=date(2024, 2, 7),
    )
    assert sorted(e.date for e in found) == [date(2024, 2, 5), date(2024, 2, 7)]


def test_similar_strikes_and_a_raised_toll_under_message_stamps() -> None:
    text = (
        "رسالة 1 | الجمعة 2/2/2024 – 11:38 م\n"
        "عاجل: مصدر أمني: طائرات أمريكية تقصف مقرات للفصائل في القائم قرب الحدود.\n\n"
        "رسالة 2 | الجمعة 2/2/2024 – 11:57 م\n"
        "عاجل: المرصد السوري: غارات مماثلة تضرب مواقع للميليشيات في الميادين والبوكمال.\n\n"
        "رسالة 3 | السبت 3/2/2024 – 06:40 م\n"
        "المرصد السوري: ارتفاع حصيلة الغارات الأمريكية على الميادين والبوكمال إلى 23 قتيلاً.\n"
    )
    found = events(text, published=date(2024, 2, 4))
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 2)), ("Airstrike", date(2024, 2, 2))]
    assert killed(found[1]) == {23}  # the toll raised is of the strikes told, not an attack of its own day


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("ونفذت الطائرات قصف جوي أمريكي، يوم الأربعاء الماضي، على مواقع للفصائل في منطقة القائم.", "us-forces"),
        ("أدان البيان القصف الجوي الأمريكي الذي استهدف مقراً للفصائل في جرف النصر فجر يوم الأربعاء الماضي.", "us-forces"),
        ("الطيران المسيّر التركي استهدف مساء الأربعاء الماضي محطة ضخ مياه في ريف القامشلي.", "turkish-forces"),
        ("وقصف الطيران الحربي الروسي مساء الأربعاء الماضي مواقع في بادية تدمر.", "russian-forces"),
    ],
)
def test_the_nationality_after_a_masculine_adjective_names_the_attacker(text: str, forces: str) -> None:
    ev = only(text)
    assert (ev.cls, [a.rsplit("/", 1)[-1] for a in ev.attackers]) == ("Airstrike", [forces])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("أعلنت المقاومة الإسلامية في العراق، فجر اليوم الأربعاء، استهداف قاعدة حرير في أربيل بطائرة مسيرة.", date(2024, 2, 7)),
        ("وأعلنت الفصائل مساء أمس قصف قاعدة الشدادي برشقة صواريخ.", date(2024, 2, 6)),
        ("أعلنت يوم 5 شباط الجاري استهداف قاعدة الشدادي بطائرة مسيرة.", date(2024, 2, 5)),
    ],
)
def test_an_operation_announced_on_a_day_is_of_that_day(text: str, day: date) -> None:
    assert only(text).date == day


def test_an_attack_said_on_a_day_but_dated_otherwise_keeps_its_own_day() -> None:
    ev = only("أعلن البنتاغون اليوم الأربعاء أن قاعدة التنف تعرضت لهجوم بطائرة مسيرة يوم الأحد الماضي.")
    assert ev.date == date(2024, 2, 4)


@pytest.mark.parametrize(
    "answer",
    [
        "وردّت القوات التركية على الفور بقصف مدفعي على قرى ريف تل تمر.",
        "وردّت وحدات من الجيش على مصادر إطلاق القذائف في محيط بلدة الكسرة.",
        "وبعد ساعات، ردّت القوات الأمريكية بقصف مدفعي على قرى مراط وحطلة.",
        "وردّت القوات الأمريكية بقصف مدفعي على مصادر الإطلاق قرب بلدة محكان.",
        "وردّت قوات التحالف بقصف مدفعي استهدف مصادر النيران في محيط بلدة محكان.",
    ],
)
def test_fire_returned_at_once_is_of_the_day_of_the_attack(answer: str) -> None:
    found = events(f"سقطت قذائف هاون على قاعدة الشدادي في الخامس من شباط. {answer}", published=date(2024, 2, 10))
    assert [e.date for e in found] == [date(2024, 2, 5), date(2024, 2, 5)]


def test_hours_after_an_announcement_is_no_day_of_the_attack_announced() -> None:
    text = (
        "قصفت طائرات حربية مجهولة فجر اليوم السبت رتلاً للفصائل قرب البوكمال. "
        "وجاءت الضربات بعد ساعات من إعلان جماعة مسلحة مهاجمة قاعدة حرير في أربيل بالطيران المسير."
    )
    found = events(text, published=date(2024, 2, 10))
    assert {e.date for e in found if e.cls == "DroneAttack"} == {None}


@pytest.mark.parametrize(
    "toll",
    ["وأكدت الوزارة أن الاثنين قُتلا", "فاستُشهِدا معاً", "فقُتلا على الفور"],
)
def test_two_told_before_killed_by_a_dual_verb_alone(toll: str) -> None:
    assert killed(only(f"استهدفت مسيرة دراجة نارية تقل عنصرين على طريق الميادين أمس، {toll}.")) == {2}


def test_a_verbal_noun_like_a_dual_verb_counts_no_one() -> None:
    assert killed(only("قصفت مسيرة سيارة على طريق الميادين أمس، وهدد التنظيم أهالي القرية قتلاً وتهجيراً.")) == set()


def test_a_fronted_lapse_of_days_counts_from_the_attack_told() -> None:
    found = events(
        "قصفت مسيرة تركية حاجزاً في الحسكة في الثاني من شباط. وبعد ثلاثة أيام فقط، ضربت الطائرات التركية محطة الكهرباء في الدرباسية."
    )
    assert [e.date for e in found] == [date(2024, 2, 2), date(2024, 2, 5)]


def test_a_claim_by_the_so_called_group_names_it() -> None:
    ev = only("أصابت طائرة مسيرة منشأة تدريب في قاعدة حقل العمر أمس. وقد تبنّت ما تسمّى المقاومة الإسلامية في العراق الهجوم.")
    assert [a.rsplit("/", 1)[-1] for a in ev.attackers] == ["islamic-resistance-in-iraq"]


def test_a_drone_hitting_their_car_is_an_airstrike() -> None:
    assert only("وقُتل رجل أمس عندما استهدفت طائرة مسيّرة سيارتهما على طريق ريفي قرب بلدة الصور.").cls == "Airstrike"


def test_two_who_departed_life_are_killed() -> None:
    ev = only("قصفت مسيرة حاجزاً أمس، ووصلتنا سيارة الإسعاف: شابّان فارقا الحياة وثلاثة جرحى.")
    assert (killed(ev), wounded(ev)) == ({2}, {3})


def test_the_entries_of_a_page_of_the_day_in_years_past_are_of_their_years() -> None:
    page = (
        "حدث في مثل هذا اليوم: 20 كانون الثاني/يناير\n\n"
        "نستعيد في زاويتنا اليومية أبرز ما شهده هذا التاريخ في السنوات الأخيرة.\n\n"
        "2023 – قُتل عنصران من «قسد» في هجوم شنّه مسلحون على حاجز لها في بلدة الكسرة، وتبنّى تنظيم «داعش» الهجوم مساء اليوم ذاته.\n\n"
        "2024 – تعرّضت قاعدة عين الأسد لهجوم بالصواريخ تبنّته «المقاومة الإسلامية في العراق».\n\n"
        "2026 – يحلّ هذا التاريخ وسط هدوء حذر."
    )
    assert sorted(str(e.date) for e in events(page, date(2026, 1, 20))) == ["2023-01-20", "2024-01-20"]


def test_a_day_on_which_someone_performed_something_is_no_result_of_an_attack() -> None:
    ev = only("في اليوم الذي أدّى فيه الرئيس الجديد اليمين، قُتل ثلاثة مدنيين حين استهدفت طائرة مسيّرة سيارتهم قرب البوكمال.")
    assert ev.cls == "Airstrike" and killed(ev) == {3}
    # but «أدّى العدوان إلى استشهاد ثلاثة» leads to its result
    assert killed(only("قصفت طائرات حربية موقعاً في ريف البوكمال أمس، وأدّى العدوان إلى مقتل ثلاثة عسكريين.")) == {3}


def test_a_drone_flown_by_a_side_is_that_sides() -> None:
    ev = only("قُتل ثلاثة مدنيين حين استهدفت طائرة مسيّرة يشغّلها الجيش التركي سيارتهم قرب سد تشرين أمس.")
    assert [a.split("/")[-1] for a in ev.attackers] == ["turkish-forces"]


def test_a_launch_site_named_after_the_area_launched_from_is_not_where_the_rockets_fell() -> None:
    text = (
        "أفاد مصدر أمني، مساء أمس، بسقوط صاروخين في محيط قاعدة فكتوريا الملاصقة لمطار بغداد الدولي. وقال المصدر إن "
        "\"الصاروخين أُطلقا من منطقة زراعية في قضاء أبو غريب غربي العاصمة، وسقط أحدهما في أرض مفتوحة والآخر قرب "
        "السياج الخارجي للقاعدة التي كانت تضم حتى وقت قريب قوات التحالف الدولي\"."
    )
    ev = only(text)
    assert ev.cls == "RocketAttack"


def test_an_assault_by_men_come_by_boat_is_not_the_shelling_of_the_same_town() -> None:
    text = (
        "قُتل مدنيون بعد أن عبر المسلحون نهر الفرات بالزوارق من مناطق سيطرة النظام، وهاجموا مواقع لـ«قسد» في بلدة ذيبان. "
        "وفي وقت لاحق من مساء أمس، قصفت قوات النظام بقذائف الهاون الأحياء السكنية في بلدة ذيبان."
    )
    assert sorted(e.cls for e in events(text)) == ["ArtilleryShelling", "Attack"]


def test_the_attack_a_side_is_held_responsible_for_is_the_one_told() -> None:
    text = (
        "قُتلت طفلة أمس جراء قصف مدفعي لقوات النظام على بلدة ذيبان. وردّاً على القصف، استهدفت «قسد» بالمدفعية الثقيلة "
        "مواقع لقوات النظام في مدينة الميادين. وقال \"مجلس دير الزور العسكري\" التابع لـ\"قسد\"، في بيان، إن قواته "
        "\"ردّت على مصادر النيران بشكل مباشر\"، محمّلاً النظام مسؤولية \"استهداف المدنيين العزل في ذيبان\"."
    )
    assert sorted(e.cls for e in events(text)) == ["ArtilleryShelling", "ArtilleryShelling"]


def test_where_the_attackers_withdrew_to_is_not_where_they_struck() -> None:
    text = (
        "قُتل عناصر من الأمن العام في هجوم على حاجز عند مدخل بلدة الشحيل فجر أمس.\n"
        "- نحو الرابعة فجراً، هاجم مسلحون يستقلون دراجات نارية حاجزاً للأمن العام عند المدخل الشمالي للبلدة، ثم انسحبوا باتجاه البادية."
    )
    ev = only(text)
    assert "https://w3id.org/conflict-kg/id/place/syrian-desert" not in ev.locations


def test_the_lines_under_a_heading_of_tolls_are_the_tolls_of_the_attack_told() -> None:
    text = (
        "قُتل عناصر من الأمن العام في هجوم على حاجز في بلدة الشحيل فجر أمس.\n"
        "ماذا حدث؟\n"
        "- هاجم مسلحون الحاجز بالأسلحة الرشاشة ثم انسحبوا.\n"
        "كم عدد الضحايا؟\n"
        "- وزارة الداخلية: ثلاثة قتلى من عناصر الحاجز وجريحان.\n"
        "- شبكة محلية: خمسة قتلى، بينهم مدنيان.\n"
        "من يقف وراء الهجوم؟\n"
        "- قال سكان إن عشرة مسلحين شاركوا فيه."
    )
    ev = only(text)
    assert killed(ev) == {3, 5}


@pytest.mark.parametrize(
    "text",
    [
        "خلية تابعة لتنظيم داعش هاجمت فجر الثلاثاء دورية من الأمن العام، ما أدى إلى مقتل عنصرين.",
        "خلية لتنظيم داعش هاجمت دورية للأمن العام أمس.",
        "مسلحون تابعون لتنظيم داعش هاجموا دورية للأمن العام أمس.",
        # in quotes, after a line of its own
        "نشرة الأسبوع.\n\n«خلية تابعة لتنظيم داعش هاجمت فجر الثلاثاء دورية على طريق الميادين، ما أدى إلى مقتل عنصرين.»",
    ],
)
def test_a_groups_men_opening_the_text_are_its_attackers(text: str) -> None:
    assert [a.split("/")[-1] for a in only(text).attackers] == ["isis"]


@pytest.mark.parametrize(
    "said",
    [
        "وقال مصدر أمني إن «بقايا عصابات داعش» زرعت العبوة على طريق ترابي.",
        "وقالت مصادر إن خلايا داعش تقف وراء التفجير.",
        # the attack by a pronoun
        "ولم تتبنَّ أي جهة التفجير، لكن مسؤولاً أمنياً اتهم «عصابات داعش» بتنفيذه.",
        # whose positions the fire came from
        "وقالت السلطات المحلية إن مصدر النيران مواقع تنظيم داعش في البادية.",
    ],
)
def test_the_side_said_to_have_done_the_attack_told_is_its_attacker(said: str) -> None:
    ev = only("قُتل ضابط وأُصيب جنديان بانفجار عبوة ناسفة استهدفت عجلتهم في وادي الشاي مساء الأحد. " + said)
    assert [a.split("/")[-1] for a in ev.attackers] == ["isis"]


@pytest.mark.parametrize(
    "text",
    [
        "قُتل مدنيان إثر القصف الجوي لجيش الاحتلال التركي أمس.",
        "خرجت المحطة عن الخدمة إثر القصف الجوي لدولة الاحتلال التركي أمس، والذي أدى إلى مقتل اثنين.",
    ],
)
def test_a_definite_attack_of_a_kind_then_its_doer(text: str) -> None:
    assert [a.split("/")[-1] for a in only(text).attackers] == ["turkish-forces"]


def test_the_side_an_attack_told_is_ascribed_to_is_its_attacker() -> None:
    ev = only(
        "سقطت ثلاثة صواريخ مساء الثلاثاء في محيط قاعدة حقل كونيكو شرقي دير الزور. "
        "نسبت مصادر محلية إطلاقها إلى ميليشيات موالية لإيران تتمركز في بلدة خشام."
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["iran-backed-militias"]
    # attacks in general ascribed to a group are no attack told
    ev = only(
        "انفجرت عبوة ناسفة بسيارة للأمن العام في الميادين أمس. وقُتل 31 عسكرياً بهجمات نُسبت إلى تنظيم داعش "
        "في المحافظة منذ بداية العام."
    )
    assert ev.attackers == []


def test_struck_with_the_sites_struck_after_is_an_attack() -> None:
    ev = only("ضرب الأمريكيون فجر اليوم ثلاثة مقرات لكتائب حزب الله في الحلة.")
    assert str(ev.date) == "2024-02-07"
    assert events("ضربت القوات الأمنية طوقاً حول مواقع الانفجار أمس.") == []


def test_a_records_fields_tell_the_day_the_doer_and_the_dead_of_its_attack() -> None:
    record = (
        "ضبط تحقيق رقم 45/2024 – استهداف سيارة مدنية بطائرة مسيّرة\n\n"
        "تاريخ تنظيم الضبط: الجمعة 2024/6/14 – الساعة 09:30\n"
        "نوع الحادث: استهداف سيارة مدنية بطائرة مسيّرة\n"
        "تاريخ ووقت الحادث: مساء الخميس 2024/6/13 – نحو الساعة 22:40\n\n"
        "وصف الحادث:\n"
        "ورد إلى المركز بلاغ يفيد بتعرّض سيارة من نوع «كيا ريو» لضربة من طائرة مسيّرة.\n\n"
        "الجهة المنفّذة: طائرة مسيّرة تابعة لجيش الاحتلال التركي، بحسب غرفة الرصد.\n\n"
        "الخسائر البشرية:\n"
        "– وفاة كل من: آزاد شيخو (34 عاماً)، ومحمد علي حسين (29 عاماً)، وكلاهما يعمل في ورشة في عامودا.\n"
        "– إصابة: عبد الرحمن يوسف (41 عاماً) بشظايا في الساق."
    )
    ev = only(record, None)
    assert str(ev.date) == "2024-06-13"
    assert [a.split("/")[-1] for a in ev.attackers] == ["turkish-forces"]
    assert killed(ev) == {2} and {c.count for c in ev.claims if c.status == "Wounded"} == {1}


def test_victims_named_with_their_ages_are_counted() -> None:
    ev = only("قُتل كل من آزاد شيخو (34 عاماً)، ومحمد علي حسين (29 عاماً) بقصف مسيّرة تركية على سيارتهما قرب عامودا أمس.")
    assert killed(ev) == {2}


def test_the_attack_an_ordinal_count_explains_is_the_one_before() -> None:
    text = (
        "هاجمت مسيّرتان قاعدة كونيكو فجر اليوم. وهجوم اليوم هو الثاني على القواعد الأمريكية خلال يومين، إذ سقطت "
        "ثلاثة صواريخ ليل الاثنين – الثلاثاء في محيط قاعدة حقل العمر، نسبها المرصد السوري لحقوق الإنسان إلى "
        "ميليشيات موالية لإيران."
    )
    rockets = next(e for e in events(text) if e.cls == "RocketAttack")
    assert str(rockets.date) == "2024-02-05"
    assert [a.split("/")[-1] for a in rockets.attackers] == ["iran-backed-militias"]


def test_a_role_denied_in_an_attack_named_by_its_place_is_in_the_attack_told() -> None:
    text = (
        "قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيّرة على البرج 22 في الأردن الأحد الماضي. "
        "ونفى المتحدث باسم الخارجية الإيرانية أي دور لطهران في هجوم الأردن."
    )
    assert only(text).cls == "DroneAttack"


def test_attacks_counted_by_a_number_on_the_line_above_are_a_tally() -> None:
    text = "سقطت صواريخ على قاعدة كونيكو أمس.\n\n49\nهجوماً على مواقع التحالف في سوريا وثّقها المرصد منذ مطلع العام الجاري."
    assert only(text).cls == "RocketAttack"


def test_victims_listed_one_a_numbered_line_are_counted() -> None:
    order = (
        "أولاً: ترقية المنتسبين المدرجة أسماؤهم أدناه، وهم الذين استُشهدوا إثر الهجوم الإرهابي الذي شنّته عصابات "
        "داعش على نقطة مراقبة في منطقة مطيبيجة بمحافظة صلاح الدين ليلة ٤–٥/٦/٢٠٢٤:\n"
        "١. الملازم أحمد كريم جاسم\n"
        "٢. العريف حيدر عباس ناصر\n"
        "٣. الجندي الأول سجاد فالح مهدي\n\n"
        "ثانياً: يُنفَّذ هذا الأمر اعتباراً من تاريخ صدوره."
    )
    ev = only(order, date(2024, 7, 11))
    assert killed(ev) == {3}
    assert str(ev.date) == "2024-06-04"  # the night of the 4th to the 5th, by its first day


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("سقطت أربع قذائف هاون مساء السبت على بلدة ذيبان، فقتلت طفلاً وأصابت امرأتين.", {1}, {2}),
        ("قتلت غارة امرأة وأصابت طفلة في البوكمال أمس.", {1}, {1}),
    ],
)
def test_victims_an_attack_killed_or_wounded_as_its_object(text: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(text)
    assert killed(ev) == dead and {c.count for c in ev.claims if c.status == "Wounded"} == hurt


@pytest.mark.parametrize(
    ("said", "attackers"),
    [
        ("ونسبه المرصد إلى تنظيم داعش.", ["isis"]),
        ("ونسبته أنقرة إلى تنظيم داعش.", ["isis"]),
        # «نسبة» (a share) is no ascription
        ("وقال محلل إن نسبة كبيرة من الهجمات تعود إلى تنظيم داعش.", []),
    ],
)
def test_an_attack_ascribed_by_a_pronoun_verb(said: str, attackers: list[str]) -> None:
    ev = only("قُتل مدنيان بانفجار عبوة ناسفة في ريف دير الزور أمس. " + said)
    assert [a.split("/")[-1] for a in ev.attackers] == attackers


@pytest.mark.parametrize(
    "text",
    [
        "أربيل: دوي صفارات الإنذار في قاعدة حرير شمال المدينة، دون ورود معلومات عن هجوم.",
        "«كتائب حزب الله» تتوعّد بـ«توسيع دائرة الاستهداف» ضد القوات الأمريكية في العراق وسوريا.",
    ],
)
def test_sirens_without_word_of_an_attack_and_a_present_threat_are_no_attack(text: str) -> None:
    assert events(text) == []


def test_a_rumour_denied_in_the_next_entry_of_a_live_page_is_no_attack() -> None:
    page = (
        "22:35 | الأنبار: أنباء غير مؤكدة عن سقوط صواريخ قرب قاعدة عين الأسد. [حسابات على منصة إكس]\n\n"
        "22:58 | مصدر أمني عراقي ينفي سقوط صواريخ قرب عين الأسد، ويقول إن الأصوات ناجمة عن تفجير مسيطر عليه."
    )
    assert events(page) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("أُصيب أخي بشظية قذيفة هاون نزلت على سوق البلد أمس.", "Wounded"),
        ("انصاب أخي بشظية قذيفة هاون نزلت على سوق البلد أمس.", "Wounded"),
        ("قُتل أخوه في قصف مدفعي على البلدة أمس.", "Killed"),
    ],
)
def test_a_victims_kin_in_the_first_or_third_person_is_one_victim(text: str, status: str) -> None:
    assert {(c.status, c.count) for c in only(text).claims} == {(status, 1)}


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("نفّذت طائرات «إف-١٦» العراقية عصر الأحد ضربتين جويتين على أوكار للتنظيم في وادي زغيتون.", ["iraqi-security-forces"]),
        ("قصفت طائرات «إف-16» الأمريكية مواقع في البوكمال أمس.", ["us-forces"]),
        # Iraqi drones are the militias', not the state's
        ("استهدفت مسيّرات عراقية هدفاً في إيلات أمس.", []),
    ],
)
def test_aircraft_named_by_model_and_nationality(text: str, forces: list[str]) -> None:
    assert [a.split("/")[-1] for a in only(text).attackers] == forces


def test_a_quoted_statement_names_the_attacker_and_the_toll_in_the_accusative() -> None:
    text = (
        "استهدف قصف جوي مجهول فجر اليوم مقراً لكتائب حزب الله قرب العبيدي. وقالت هيئة الحشد الشعبي إن «طيراناً "
        "أمريكياً» نفّذ الضربة التي أسفرت عن «استشهاد مقاتل وإصابة أربعة آخرين»."
    )
    ev = only(text)
    assert [a.split("/")[-1] for a in ev.attackers] == ["us-forces"]
    assert {(c.status, c.count) for c in ev.claims} == {("Killed", 1), ("Wounded", 4)}


def test_a_word_opening_a_quotation_is_read_as_a_word() -> None:
    ev = only("خبر.\n\nوقال ناشطون إن «طائرة للتحالف» قصفت أمس سيارة قرب البوكمال، ما أدى إلى مقتل شخصين.")
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 2, 6))
    assert [a.split("/")[-1] for a in ev.attackers] == ["cjtf-oir", "us-forces"]


def test_an_attack_named_from_among_those_counted_since_long_ago_is_told() -> None:
    ev = only(
        "خبر.\n\nوذكّر البيان بالعمليات التي نفذتها الكتائب منذ تشرين الأول الماضي، ومنها عملية قاعدة حرير في أربيل "
        "في 25 كانون الأول، حين استهدفت الكتائب القاعدة بطائرة مسيّرة."
    )
    assert (ev.cls, ev.date) == ("DroneAttack", date(2023, 12, 25))


def test_evidence_spans_hold_no_space_around_them() -> None:
    text = "خبر.\n\nسقطت قذيفة أمس قرب قاعدة كونيكو، ما أدى إلى مقتل متعاقد أمريكي وإصابة جنديين."
    ev = only(text)
    spans = [*ev.evidence, *(c.span for c in ev.claims)]
    assert len(ev.claims) == 2
    assert [text[s.start : s.end] for s in spans] == [text[s.start : s.end].strip() for s in spans]


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("وأعلنت وزارة الدفاع الأمريكية أن مقاتلتين من طراز إف-15 أغارتا أمس على منشأة لتخزين الأسلحة قرب الميادين.", ["us-forces"]),
        ("وقالت القيادة المركزية الأمريكية إن غارة جوية استهدفت أمس قيادياً في تنظيم داعش قرب الرقة.", ["centcom", "us-forces"]),
        ("أعلنت وزارة الدفاع التركية أن مقاتلاتها دمرت أمس 12 هدفاً في شمال العراق.", ["turkish-forces"]),
        # a ministry of the land struck names the strike, not its striker
        ("وأعلنت وزارة الدفاع السورية أن غارات جوية استهدفت أمس مواقع قرب البوكمال.", []),
    ],
)
def test_an_air_strike_announced_by_a_command_striking_in_the_region_is_its_forces(text: str, forces: list[str]) -> None:
    ev = only("خبر.\n\n" + text)
    assert ev.cls == "Airstrike"
    assert [a.split("/")[-1] for a in ev.attackers] == forces


def test_a_side_denying_it_carried_out_the_strike_is_not_its_attacker() -> None:
    ev = only("خبر.\n\nقصفت طائرات حربية مجهولة أمس مواقع قرب البوكمال، ونفت القيادة المركزية الأمريكية أن تكون قواتها نفذت الغارة.")
    assert ev.attackers == []


def test_two_said_to_have_been_killed_in_the_past_perfect_dual_were_killed_in_an_attack() -> None:
    ev = only(
        "خبر.\n\nوتزامن الحفل مع تشييع جثماني اثنين من منتسبي الحشد الشعبي، كانا قد استُشهدا فجر الخميس الماضي "
        "عندما قصفت طائرة مسيّرة مجهولة عجلة عسكرية تقلّهما قرب قضاء القائم."
    )
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 2, 1))


def test_the_state_held_responsible_by_its_epithet_after_the_accusers_title_is_the_attacker() -> None:
    ev = only(
        "خبر.\n\nقصفت طائرة مسيّرة مجهولة أمس عجلة للحشد الشعبي قرب القائم. وحمّل قائد عمليات الأنبار للحشد الشعبي "
        "«الكيان الصهيوني» مسؤولية الاعتداء."
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["idf"]


def test_the_remnants_of_a_group_attacking_are_the_group() -> None:
    ev = only('خبر.\n\nقُتل جنديان أمس في هجوم شنّته "بقايا عصابات داعش الإرهابية" على نقطة مراقبة في صحراء القائم.')
    assert [a.split("/")[-1] for a in ev.attackers] == ["isis"]


def test_the_day_after_a_toll_announced_is_the_day_of_the_dead() -> None:
    ev = only(
        "خبر.\n\nوكانت قيادة العمليات المشتركة العراقية قد أعلنت مقتل جنديين وإصابة ثالث فجر الأحد الماضي في هجوم "
        "شنّه مسلحون من تنظيم داعش على نقطة مراقبة عسكرية في صحراء القائم."
    )
    assert ev.date == date(2024, 2, 4)


def test_a_correction_telling_the_report_again_with_what_was_wrong_is_no_attack_of_its_own() -> None:
    evs = events(
        "خبر.\n\nقالت القيادة المركزية الأمريكية إن قواتها نفذت ليل الخميس ضربة جوية في محافظة الأنبار.\n\n"
        "تصحيح: ورد في نسخة سابقة من هذا الخبر أن الضربة نُفّذت في محافظة نينوى، والصحيح أنها نُفّذت في محافظة "
        "الأنبار، كما ورد خطأً أن العملية جرت ليل الأربعاء."
    )
    assert [(ev.cls, ev.date) for ev in evs] == [("Airstrike", date(2024, 2, 1))]


@pytest.mark.parametrize(
    "said",
    [
        'وأضاف المسؤول أنه "لا مؤشر على أن تركيا كانت تستهدف القوات الأمريكية عمداً".',
        "وقال المتحدث إنه لا يوجد ما يشير إلى أن الميليشيات استهدفت القاعدة.",
    ],
)
def test_no_sign_of_an_attack_tells_none(said: str) -> None:
    assert events("خبر.\n\n" + said) == []


def test_no_proof_of_who_did_it_after_the_attack_leaves_the_attack() -> None:
    ev = only("خبر.\n\nقتل ثلاثة جنود في هجوم على قاعدة التنف أمس، ولا دليل على أن إيران تقف وراءه.")
    assert (ev.date, ev.attackers) == (date(2024, 2, 6), [])


def test_gunmen_described_at_length_between_the_verb_and_the_fire_open_fire() -> None:
    ev = only("خبر.\n\nوقُتل خمسة عمال مساء أمس حين أطلق مسلحون يُعتقد أنهم من خلايا تنظيم داعش النار على حافلتهم قرب ذيبان.")
    assert (ev.cls, ev.date, {(c.status, c.count) for c in ev.claims}) == ("Attack", date(2024, 2, 6), {("Killed", 5)})


def test_a_states_response_told_by_the_strike_after_it_is_that_states() -> None:
    ev = only(
        "خبر.\n\nأما الرد الأمريكي الأول فجاء فجر الجمعة الماضي، حين أغارت مقاتلتان من طراز \"إف-16\" على منشأتين "
        "قرب البوكمال."
    )
    assert (ev.cls, [a.split("/")[-1] for a in ev.attackers]) == ("Airstrike", ["us-forces"])


def test_the_craft_of_the_attack_just_told_downed_by_its_pronoun_is_intercepted() -> None:
    evs = events(
        "خبر.\n\nوفي اليوم نفسه استهدفت طائرة مسيّرة قاعدة عين الأسد في محافظة الأنبار، لكن القوات الأمريكية "
        "أسقطتها قبل أن تبلغ هدفها."
    )
    assert [ev.cls for ev in evs] == ["DroneAttack", "Interception"]
    assert evs[1].in_response_to == [0]


def test_the_forces_a_spokesman_speaks_for_are_not_what_was_struck() -> None:
    ev = only("خبر.\n\nوقال الناطق باسم القائد العام للقوات المسلحة العراقية إن الغارات الأمريكية استهدفت مساء أمس مواقع في بابل.")
    assert ([a.split("/")[-1] for a in ev.attackers], ev.targets) == (["us-forces"], [])


def test_a_side_described_before_its_verb_of_standing_behind_the_attack_is_the_attacker() -> None:
    ev = only(
        "خبر.\n\nقُتل عنصر من الأسايش برصاص مسلحين داخل مخيم الهول ليل أمس، وقالت الأسايش إن \"خلايا تنظيم داعش النشطة "
        'داخل المخيم" تقف وراء عملية الاغتيال.'
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["isis"]


def test_a_forms_field_dates_the_incident_its_account_tells() -> None:
    ev = only(
        "استمارة إشعار بحادث\n\nتاريخ تقديم الاستمارة: 22/01/2024\n"
        "تاريخ الحادث ووقته: ليلة 15–16/01/2024 حوالي الساعة 23:30\n"
        "مكان الحادث: حي كوران – أربيل\n\n"
        "وصف الحادث: سمعنا انفجارات قوية، وتبيّن أن عدة صواريخ باليستية سقطت على بيت رجل أعمال في أربيل يبعد عن بيتنا 300 متر، "
        "وأعلن الحرس الثوري الإيراني في اليوم التالي أنه هو من أطلقها.",
        published=date(2024, 1, 22),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2024, 1, 15))


def test_the_day_the_wounded_came_in_dates_the_blast_they_came_in_after() -> None:
    ev = only(
        "خبر.\n\nوصل الساعة 21:40 مساء الاثنين بسيارة إسعاف الهلال الأحمر، بعد انفجار عبوة ناسفة بسيارة الدورية "
        "على طريق الميادين – ذيبان.",
        published=date(2026, 2, 17),
    )
    assert ev.date == date(2026, 2, 16)


def test_a_device_said_to_be_the_work_of_a_groups_men_names_the_attacker() -> None:
    ev = only(
        "خبر.\n\nقُتل عنصران من الأمن العام مساء أمس بانفجار عبوة ناسفة بسيارة دوريتهم قرب جسر الميادين. "
        "ويرجّح زملاؤهم أن العبوة من زرع خلايا داعش."
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["isis"]


def test_where_the_shell_came_from_named_by_who_is_there_names_the_attacker() -> None:
    ev = only(
        "خبر.\n\nسقطت قذيفة هاون على سطح بيت في ذيبان مساء أمس، ومصدرها الضفة الثانية من النهر حيث مواقع قوات النظام."
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["syrian-regime-forces"]


def test_the_day_of_a_funeral_is_not_the_day_of_the_attack_its_dead_fell_in() -> None:
    ev = only(
        "خبر.\n\nشيّع أهالي مخيم النيرب للاجئين الفلسطينيين شرقي مدينة حلب، ظهر أمس الثلاثاء، أربعة من أبناء المخيم "
        "سقطوا في كمين نصبه عناصر تنظيم داعش فجر الأحد لموقع في بادية معدان."
    )
    assert (ev.date, [a.split("/")[-1] for a in ev.attackers]) == (date(2024, 2, 4), ["isis"])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day of a mourning gathering
        (
            (
                "خبر.\n\nأقامت الجالية اللبنانية في أبيدجان، مساء أمس الثلاثاء، مجلس عزاء عن روحَي شابين من البلدة "
                "قضيا ليل الأحد-الاثنين في غارة استهدفت منزلاً في حي الجمعيات بمدينة البوكمال."
            ),
            date(2024, 2, 4),
        ),
        # a later day in the clause, after the day written in full beside the weekday
        (
            (
                "خبر.\n\nنفّذت القوات الأمريكية ضربات جوية مساء يوم الجمعة 2/2/2024 على مواقع في القائم، "
                "والتي استدعت الوزارة القائم بالأعمال بشأنها يوم 3/2/2024."
            ),
            date(2024, 2, 2),
        ),
        # the date of a memo about the attack
        (
            (
                "خبر.\n\nتذكّر الوزارة بمذكرتها المرقمة 4/2/57 والمؤرخة في 5/1/2024 بشأن استهداف القوات الأمريكية "
                "مقراً للحشد الشعبي في شارع فلسطين ببغداد يوم الخميس 4/1/2024."
            ),
            date(2024, 1, 4),
        ),
    ],
)
def test_a_day_of_something_else_told_with_the_attack_is_not_its_day(text: str, day: date) -> None:
    assert only(text, published=date(2024, 2, 8)).date == day


def test_since_in_the_sentence_before_bounds_no_day_after_it() -> None:
    ev = only(
        "خبر.\n\nوهذه أعنف الضربات التي تلقّتها القوات الكردية منذ شهور. ولم يكن ذلك جديداً؛ ففي 4 ماي 2025 قُتل خمسة "
        "مقاتلين من قسد حين هاجم مسلحون نقطة لهم على أطراف بلدة البصيرة.",
        published=date(2026, 2, 10),
    )
    assert ev.date == date(2025, 5, 4)


def test_a_state_forces_own_word_on_its_strike_with_no_means_day_or_place_is_the_strike_told() -> None:
    evs = events(
        "خبر.\n\nشنّت طائرات حربية أمريكية ليل الجمعة غارات على مواقع في مدينة الميادين.\n\n"
        "وزعمت القيادة المركزية الأمريكية، في بيان نشرته صباح السبت، أنها استهدفت منشأتين لتخزين الأسلحة يستخدمهما "
        "الحرس الثوري الإيراني.",
        published=date(2024, 9, 14),
    )
    assert [(ev.cls, ev.date) for ev in evs] == [("Airstrike", date(2024, 9, 13))]


def test_a_headline_of_two_parts_is_a_headline() -> None:
    assert events(
        "تركيا تقصف شمال العراق وسوريا بعد مقتل تسعة من جنودها.. وجمعية خيرية من كيب تاون تعلّق عمل عيادتها في مدينة "
        "القامشلي\n\nأعلنت جمعية خيرية تعليق عمل عيادتها في القامشلي حتى إشعار آخر حرصاً على سلامة طاقمها."
    ) == []


def test_the_dead_after_the_attack_told_fell_before_it() -> None:
    ev = only("خبر.\n\nقصفت المقاتلات التركية أمس مواقع لحزب العمال في متينا بعد مقتل تسعة من جنودها.")
    assert ev.claims == []


def test_a_toll_lowered_from_a_figure_takes_that_figure_back() -> None:
    ev = only(
        "خبر.\n\nقتل ثمانية بغارة جوية على مدينة البوكمال أمس.\n\nوكانت وزارة الصحة قد خفّضت صباح اليوم حصيلة القتلى "
        "من 13 إلى 8 قتلى، موضحة أن بعض الأسماء سُجلت مرتين."
    )
    assert {(c.status, c.count) for c in ev.claims} == {("Killed", 8)}


def test_things_counted_before_a_word_of_killing_are_no_dead() -> None:
    ev = only("خبر.\n\nنفذت طائرات «إف-16» العراقية ظهر أمس ضربات على أوكار لداعش في وادي الشاي، مؤكدة تدمير ثلاثة أوكار وقتل من كان بداخلها.")
    assert ev.claims == []


def test_the_snipers_of_a_force_named_right_after_them_are_its_and_two_young_men_wounded_count_two() -> None:
    ev = only(
        "خبر.\n\nكما استقبلنا فجر اليوم حالتي إصابة بطلق ناري لشابين أصيبا برصاص قناصة قوات النظام من الضفة المقابلة "
        "أثناء عملهما في أرض زراعية قرب النهر."
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["syrian-regime-forces"]
    assert {(c.status, c.count) for c in ev.claims} == {("Wounded", 2)}


def test_shells_fired_from_a_groups_ground_in_quotes_are_the_groups() -> None:
    ev = only(
        "خبر.\n\nسقطت قذائف هاون على حي الجورة في مدينة دير الزور أمس.\n\nونقلت سانا عن مصدر في الشرطة أن القذائف "
        'أُطلقت "من مناطق انتشار ميليشيا قسد" على الضفة الشرقية.'
    )
    assert [a.split("/")[-1] for a in ev.attackers] == ["sdf"]


def test_an_attack_in_a_live_pages_headline_and_told_in_an_entry_is_of_the_pages_day() -> None:
    ev = only(
        "مباشر | ضربة أمريكية في بغداد تقتل قيادياً في النجباء\n\n"
        "14:30\nحركة النجباء تنعى أحد قادتها وتتوعد بالرد.\n\n"
        "16:05\nالمتحدث باسم البنتاغون: القوات الأمريكية نفذت ضربة \"دفاعاً عن النفس\" في بغداد أسفرت عن مقتل قيادي في حركة النجباء.",
        published=date(2024, 1, 4),
    )
    assert ev.date == date(2024, 1, 4)


def test_a_response_marker_in_quotes_opens_the_clause_of_the_attack_answered() -> None:
    evs = events(
        "خبر.\n\nوبحسب القيادة المركزية الأمريكية، فقد استهدفت الضربات التي نفّذتها قاذفات \"بي-1\" مساء الجمعة أكثر من "
        "85 هدفاً في العراق وسوريا، وجاءت \"رداً على\" الهجوم بطائرة مسيّرة الذي استهدف الأحد الماضي موقع \"البرج 22\" "
        "العسكري في الأردن.",
        published=date(2024, 2, 3),
    )
    assert sorted((ev.cls, ev.date) for ev in evs) == [("Attack", date(2024, 2, 2)), ("DroneAttack", date(2024, 1, 28))]


def test_fire_returned_in_quotes_is_an_answer_on_the_day_of_the_attack_answered() -> None:
    shelling, answer = events(
        "خبر.\n\nقصفت قوات النظام بالمدفعية قرية ذيبان ليل الإثنين، ما أدى إلى مقتل طفل. وقال مجلس دير الزور العسكري "
        "في بيان إن قواته \"ردّت على مصادر النيران بشكل مباشر\" واستهدفت مواقع للنظام في الميادين."
    )
    assert (shelling.date, answer.date) == (date(2024, 2, 5), date(2024, 2, 5))


def test_fire_returned_told_after_an_attack_past_a_comma_does_not_make_that_attack_an_answer() -> None:
    shelling, rockets = events(
        "خبر.\n\nقصفت قسد بالهاون مدينة الميادين يوم الخميس. وليل الجمعة استُهدفت قاعدة حقل العمر بثلاثة صواريخ.\n\n"
        "وقال متحدث باسم التحالف إن الهجوم الصاروخي على قاعدة حقل العمر ليلة الجمعة لم يسفر عن إصابات، وإن قواته "
        "«ردّت على مصدر النيران دفاعاً عن النفس».",
        published=date(2024, 8, 10),
    )
    assert (shelling.cls, rockets.cls, rockets.in_response_to) == ("ArtilleryShelling", "RocketAttack", [])


def test_a_downed_drones_debris_falling_on_a_car_is_no_strike_on_the_car() -> None:
    found = events("خبر.\n\nمساء الخميس، أسقطت الدفاعات الجوية طائرة مسيّرة فوق المدينة، وسقط جزء من حطامها على سيارة.")
    assert [e.cls for e in found] == ["DroneAttack", "Interception"]


def test_a_group_hastening_to_claim_the_attacks_claims_them() -> None:
    found = events(
        "خبر.\n\nهاجمت طائرتان مسيّرتان قاعدة التنف أمس. وفي اليوم نفسه استهدفت طائرة مسيّرة ثالثة قاعدة عين الأسد. "
        "وسارعت \"المقاومة الإسلامية في العراق\" إلى تبنّي الهجومين في بيانين مقتضبين."
    )
    iri = ID + "actor/islamic-resistance-in-iraq"
    assert [(e.claimed_by, e.attackers) for e in found] == [([iri], [iri]), ([iri], [iri])]


def test_the_same_strikes_somewhere_else_are_those_strikes_not_the_attack_told_last() -> None:
    strikes, drone, elsewhere = events(
        "خبر.\n\nاستهدفت الضربات الأمريكية مساء الجمعة مقرات للحشد الشعبي في القائم، وجاءت رداً على الهجوم بطائرة "
        "مسيّرة الذي استهدف الأحد الماضي موقع البرج 22 في الأردن. وكانت واشنطن قد حمّلت \"المقاومة الإسلامية في العراق\" "
        "مسؤولية ذلك الهجوم.\n\nوفي سوريا، قال المرصد السوري إن الضربات ذاتها طالت مواقع في البوكمال والميادين."
    )
    assert drone.cls == "DroneAttack"
    assert (elsewhere.cls, elsewhere.date, elsewhere.attackers) == (strikes.cls, strikes.date, [US])


def test_what_a_group_is_set_between_commas_does_not_hide_its_claim() -> None:
    ev = only(
        "خبر.\n\nاستهدفت صواريخ قاعدة عين الأسد أمس. وكانت \"المقاومة الإسلامية في العراق\"، وهي تسمية تنضوي تحتها "
        "فصائل مسلحة موالية لطهران، قد أعلنت مسؤوليتها عن الهجوم على عين الأسد."
    )
    assert ev.claimed_by == [ID + "actor/islamic-resistance-in-iraq"]


def test_a_gunman_opening_fire_with_the_day_told_between_fire_and_target_is_an_attack() -> None:
    ev = only("خبر.\n\nوكان مسلّح قد فتح النار يوم السبت 3 شباط الجاري على اجتماع لقوات أمريكية قرب تدمر، ما أدى إلى مقتل جنديين.")
    assert (ev.cls, ev.date, killed(ev)) == ("Attack", date(2024, 2, 3), {2})


def test_firing_into_the_air_is_no_attack() -> None:
    assert events("خبر.\n\nأطلق عناصر الحاجز النار في الهواء لتفريق المحتجين على الطريق أمس.") == []


def test_a_wave_of_strikes_launched_on_a_day_is_one_strike_event() -> None:
    ev = only("خبر.\n\nشنّت القوات الأمريكية مساء أمس الجمعة موجة من الضربات الجوية على مواقع في العراق.", published=date(2024, 2, 3))
    assert (ev.cls, ev.date, ev.attackers) == ("Airstrike", date(2024, 2, 2), [US])


def test_a_wave_of_attacks_talked_of_is_no_event() -> None:
    assert events("خبر.\n\nوتشهد المنطقة موجة من الهجمات على القواعد الأمريكية منذ أشهر.") == []


def test_the_strikes_told_somewhere_apart_by_the_same_strikers_with_no_day_are_of_the_wave_told() -> None:
    iraq, syria = events(
        "خبر.\n\nشنّت القوات الأمريكية مساء أمس الجمعة ضربات جوية على مواقع في منطقة القائم بمحافظة الأنبار.\n\n"
        "وفي سوريا، طالت الغارات مواقع في مدينتي البوكمال والميادين، في حين قالت وزارة الدفاع السورية إن \"العدوان "
        "الأمريكي\" على المنطقة الشرقية أدى إلى سقوط قتلى.",
        published=date(2024, 2, 3),
    )
    assert (syria.cls, syria.date, syria.attackers) == ("Airstrike", iraq.date, [US])


def test_forces_stationed_where_an_air_raid_came_from_are_not_its_target() -> None:
    found = events(
        "خبر.\n\nتصدت وسائط الدفاع الجوي السورية فجر اليوم لعدوان جوي إسرائيلي استهدف موقعاً عسكرياً في محيط البوكمال. "
        "وقالت الوزارة إن الطيران الإسرائيلي نفذ العدوان من اتجاه منطقة التنف التي تنتشر فيها القوات الأمريكية.\n\n"
        "من جهته، ذكر المرصد السوري أن الغارات استهدفت مستودعاً للأسلحة تابعاً لفصائل موالية لإيران جنوب شرقي البوكمال."
    )
    strikes = [e for e in found if e.cls == "Airstrike"]
    assert len(strikes) == 1 and ID + "actor/us-forces" not in strikes[0].targets


def test_the_side_a_state_holds_responsible_after_the_blame_is_the_attacker() -> None:
    ev = only(
        "خبر.\n\nوكان هجوم بطائرة مسيّرة قد استهدف فجر الأحد 28 يناير قاعدة \"البرج 22\" في الأردن، ما أسفر عن مقتل ثلاثة "
        "جنود أمريكيين. وحمّلت واشنطن المسؤولية لـ\"المقاومة الإسلامية في العراق\"، فيما نفت طهران أي صلة لها بالهجوم.",
        published=date(2024, 2, 3),
    )
    assert ev.attackers == [ID + "actor/islamic-resistance-in-iraq"]


def test_the_group_whose_cells_are_held_responsible_is_the_attacker() -> None:
    ev = only(
        "ونقلت سانا عن مصدر عسكري أن \"مجموعة إرهابية\" هاجمت مساء الخميس حافلة عسكرية على طريق الميادين، ما أسفر عن "
        "استشهاد عشرة عسكريين. وحمّل المصدر المسؤولية لـ\"خلايا داعش الإرهابية\" المنتشرة في البادية.",
        published=date(2023, 8, 12),
    )
    assert ev.attackers == [ID + "actor/isis"]


def test_strikes_in_the_morning_and_the_night_after_are_two_even_when_the_morning_precedes_a_date() -> None:
    found = events(
        "خبر.\n\nوكانت طائرة مسيّرة تركية قد استهدفت صباح الخميس 5 تشرين الأول سيارةً عسكرية قرب تل تمر. وفي ليل "
        "الخميس-الجمعة، استهدفت مسيّرات تركية محطة تحويل الكهرباء في مدينة عامودا.",
        published=date(2023, 10, 7),
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2023, 10, 5))] * 2


def test_drones_of_a_states_armed_forces_named_with_the_article_strike_for_it() -> None:
    ev = only("خبر.\n\nاستهدفت طائرات مسيّرة تابعة للقوات المسلحة التركية أمس قافلة مركبات قرب سد تشرين.")
    assert (ev.cls, ev.attackers, ev.targets) == ("Airstrike", [ID + "actor/turkish-forces"], [ID + "place/tishreen-dam"])


def test_no_comment_on_the_strike_is_no_strike_and_the_day_after_it_is_not_its_day() -> None:
    ev = only(
        "خبر.\n\nاستهدفت طائرات مسيّرة تركية أمس قافلة مركبات قرب سد تشرين. ولم تعلّق وزارة الدفاع التركية على الضربة "
        "بشكل مباشر، واكتفت في إحاطتها الأسبوعية بالإعلان عن \"تحييد 32 إرهابياً\" خلال الأسبوع الماضي."
    )
    assert (ev.cls, ev.date) == ("Airstrike", date(2024, 2, 6))


def test_fingers_pointed_at_a_side_with_no_deed_named_accuse_it_of_the_attack_told_last() -> None:
    ev = only(
        "خبر.\n\nسقط صاروخان داخل قاعدة عين الأسد مساء الاثنين، ما أدى إلى إصابة خمسة عسكريين أمريكيين. ولم تعلن أي جهة "
        "مسؤوليتها عن الهجوم، فيما وجّه المسؤول الأمريكي أصابع الاتهام إلى \"جماعات مدعومة من إيران\"."
    )
    assert ev.attackers == [MILITIAS]


def test_the_day_the_dead_were_brought_home_is_not_the_day_of_the_attack_they_died_in() -> None:
    ev = only(
        "خبر.\n\nوصلت إلى مطار المكلا، ظهر أمس الاثنين، جثامين أربعة عمال قضوا في هجوم بطائرة مسيّرة استهدف حقل "
        "كورمور للغاز مساء الجمعة الماضية.",
        published=date(2024, 4, 30),
    )
    assert (ev.cls, ev.date) == ("DroneAttack", date(2024, 4, 26))


def test_an_attack_told_to_show_it_was_not_the_first_is_an_attack_of_its_own() -> None:
    ev = only(
        "خبر.\n\nوليست هذه المرة الأولى التي يُستهدف فيها الحقل، إذ سقط صاروخان في محيطه في 25 يناير الماضي من دون وقوع إصابات.",
        published=date(2024, 4, 30),
    )
    assert (ev.cls, ev.date) == ("RocketAttack", date(2024, 1, 25))


def test_a_house_coming_under_bullets_on_a_night_of_two_numbered_days_is_an_attack_of_the_first() -> None:
    found = events(
        "خبر.\n\nكما تعرّض منزلنا في القرية لإطلاق رصاص من مسلحين مجهولين ليلة ٠٥ على ٠٦/١١/٢٠٢٥ من دون إصابات.",
        published=date(2025, 11, 9),
    )
    assert [(e.cls, e.date) for e in found] == [("Attack", date(2025, 11, 5))]


def test_we_deny_a_ferry_came_under_fire_tells_no_attack() -> None:
    assert events(
        "خبر.\n\nننفي نفياً قاطعاً ما يتم تداوله على بعض الصفحات عن تعرّض إحدى العبّارات لإطلاق نار مساء أمس أثناء عبورها النهر."
    ) == []


def test_those_also_killed_in_the_attack_count_with_the_victim_told_before() -> None:
    ev = only(
        "خبر.\n\nاستشهد والده في الهجوم الذي شنّته خلايا داعش على حاجز قرية الطيانة أمس، والذي استشهد فيه أيضاً أحد "
        "رفاقه وأُصيب مقاتل ثالث."
    )
    assert (max(killed(ev)), wounded(ev)) == (2, {1})


def test_a_logs_entries_are_of_the_day_heading_them_with_who_kept_it() -> None:
    found = events(
        "سجل المناوبات اليومي\n\nالأحد 14/04/2024 – المناوب: المهندس محمود الجاسم\n08:00 استلام المناوبة.\n"
        "22:40 سقوط قذيفتي هاون قرب السور الشمالي للمحطة. لا إصابات.\n\n"
        "الاثنين 15/04/2024 – المناوب: الفني عبد الله المطر\n"
        "10:15 انفجار عبوة ناسفة بدراجة نارية قرب دوار الصبحة، وفاة أحد راكبيها.\n\n"
        "الثلاثاء 16/04/2024 – المناوب: المهندس محمود الجاسم\n11:00 بدء إصلاح السور.\n"
        "ملاحظة رئيس المحطة: يُرفع تقرير بحادثة القصف إلى مديرية الري.",
        published=None,
    )
    assert [(e.cls, e.date) for e in found] == [("ArtilleryShelling", date(2024, 4, 14)), ("Attack", date(2024, 4, 15))]


def test_one_of_two_dead_and_the_other_wounded() -> None:
    ev = only("خبر.\n\nانفجرت عبوة ناسفة بدراجة نارية كان يستقلها شخصان قرب دوار الصبحة أمس، وفاة أحدهما وإصابة الآخر.")
    assert (killed(ev), wounded(ev)) == ({1}, {1})


def test_a_count_raised_by_its_source_is_of_those_it_counted() -> None:
    ev = only(
        "خبر.\n\nقُتل قيادي في كتائب حزب الله بضربة أمريكية استهدفت سيارته في بغداد مساء أمس. وأفاد مصدر في الشرطة "
        "العراقية في البداية بمقتل شخصين كانا في السيارة، قبل أن يؤكد لاحقاً ارتفاع العدد إلى ثلاثة."
    )
    assert 3 in killed(ev)


def test_a_plants_operator_wounded_is_a_casualty() -> None:
    ev = only("خبر.\n\nسقطت قذيفتان صاروخيتان داخل حرم المعمل أمس. الإصابات: إصابة مشغّل الوحدة بحروق من الدرجة الثانية.")
    assert wounded(ev) == {1}


def test_a_strike_a_long_named_service_ascribes_to_a_state_is_that_states() -> None:
    ev = only(
        "خبر.\n\nوفي 23 آب الماضي، قُتلت صحفيتان حين استهدفت طائرة مسيّرة سيارة تقلّ فريقاً إعلامياً قرب ناحية سيد صادق، "
        "وهي ضربة نسبها جهاز مكافحة الإرهاب في السليمانية إلى الجيش التركي.",
        published=date(2024, 9, 30),
    )
    assert ev.attackers == [ID + "actor/turkish-forces"]


def test_a_states_aircraft_downing_a_drone_intercept_it_and_do_not_launch_it() -> None:
    drone, interception = events(
        "خبر.\n\nأسقطت طائرات سلاح الجو الملكي الأردني فجر اليوم طائرة مسيّرة اخترقت الأجواء الأردنية قادمة من جهة "
        "الشرق، وسقط حطامها في مزرعة زيتون على أطراف بلدة الأزرق."
    )
    jordan = ID + "actor/jordanian-armed-forces"
    assert (drone.cls, drone.attackers, interception.cls, interception.interceptors) == ("DroneAttack", [], "Interception", [jordan])


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a man named by his kunya, and one more of his group
        ("نفذت القوات الأمريكية ضربة جوية في الأنبار ليل أمس أسفرت عن مقتل \"أبو خديجة\" وعنصر آخر من التنظيم.", 2),
        # one more, but wounded
        ("سقطت صواريخ على القاعدة أمس، وقتل متعاقد أمريكي وأصيب خمسة جنود ومتعاقد آخر.", 1),
    ],
)
def test_one_more_named_after_a_victim_counts_with_him_unless_wounded(text: str, dead: int) -> None:
    assert max(killed(only("خبر.\n\n" + text))) == dead


def test_the_fighters_a_group_mourns_are_dead() -> None:
    ev = only("خبر.\n\nقصفت طائرات أمريكية مقراً للحركة في جرف النصر أمس، والحركة تنعى ثلاثة من مقاتليها.")
    assert killed(ev) == {3}


def test_a_toll_whose_breakdown_ends_a_clause_before_another_source_is_still_a_toll() -> None:
    ev = only(
        "خبر.\n\nوفي سوريا، طالت غارات أمريكية مواقع في مدينتي البوكمال والميادين أمس. وقال المرصد السوري لحقوق الإنسان "
        "إن ما لا يقل عن 23 عنصراً من الميليشيات الموالية لإيران قُتلوا جراءها، بينهم سوريون وعراقيون، في حين قالت وزارة "
        "الدفاع السورية إن \"العدوان الأمريكي\" على المنطقة الشرقية أدى إلى سقوط عدد من الشهداء المدنيين والعسكريين.",
        published=date(2024, 2, 3),
    )
    assert 23 in killed(ev)


def test_at_least_after_the_people_counted_keeps_the_verb_before_them() -> None:
    ev = only(
        "خبر.\n\nنفّذت القوات الأمريكية ليل الجمعة-السبت ضربات واسعة على مواقع لتنظيم داعش في البادية السورية.\n\n"
        "وبحسب المرصد السوري، قُتل في الضربات خمسة عناصر على الأقل من التنظيم."
    )
    assert killed(ev) == {5}


def test_two_more_named_in_a_dual_after_the_wounded_counted_count_too() -> None:
    ev = only(
        "خبر.\n\nفتح مسلح النار على اجتماع لقوات أمريكية قرب تدمر أمس، ما أدى إلى مقتل جنديين أمريكيين وإصابة ثلاثة "
        "عسكريين أمريكيين آخرين وعنصرين من قوات الأمن السورية."
    )
    assert (killed(ev), wounded(ev)) == ({2}, {5})


def test_a_quoted_day_in_a_word_reported_in_the_present_is_the_reports() -> None:
    ev = only(
        "خبر.\n\n\"المقاومة الإسلامية في العراق\" تعلن في بيان على \"تلغرام\" أنها استهدفت \"فجر اليوم\" قاعدة الاحتلال "
        "الأمريكي في الشدادي بطائرة مسيّرة.",
        published=date(2023, 12, 26),
    )
    assert (ev.cls, ev.date) == ("DroneAttack", date(2023, 12, 26))


def test_the_fighters_a_side_lost_are_dead() -> None:
    ev = only("خبر.\n\nهاجمت خلايا داعش نقطة للجيش قرب مدينة السخنة أمس، وفقدت القوات ثلاثة من مقاتليها.")
    assert killed(ev) == {3}


def test_a_leader_named_by_his_title_in_quotes_and_two_with_him_are_three() -> None:
    ev = only(
        "خبر.\n\nأعلنت القيادة المركزية الأمريكية أن طائراتها نفذت ضربة جوية في بادية البوكمال أمس، أسفرت عن مقتل "
        "\"مسؤول بارز عن العمليات الخارجية\" في التنظيم وعنصرين كانا برفقته."
    )
    assert killed(ev) == {3}


@pytest.mark.parametrize(
    "text",
    [
        "نفّذت قسد، بمساندة من التحالف الدولي، عملية نوعية فجر اليوم في قرية الدشيشة، أسفرت عن مقتل متزعم خلية لداعش.",
        "أعلنت وزارة الداخلية أن قوى الأمن داهمت، يوم الاثنين، وكراً لخلية تابعة للتنظيم في بادية البوكمال، وقتلت اثنين من عناصرها.",
        "نفّذت قسد عملية أمنية في بلدة الشحيل أمس، اشتبكت خلالها مع خلية للتنظيم واعتقلت اثنين من أفرادها.",
    ],
)
def test_a_raid_that_killed_or_fought_is_an_attack(text: str) -> None:
    assert only(text).cls == "Attack"


def test_a_raid_that_only_arrested_is_no_attack() -> None:
    assert events("شنّت قسد مداهمات في قريتي جديد عكيدات وجديد بكارة أمس، واعتقلت عدداً من الشبان، دون وقوع اشتباكات.") == []


def test_the_arrested_are_not_counted_with_the_dead() -> None:
    ev = only("نفّذت القوات الحكومية فجر اليوم عملية أمنية في جبل البشري، أسفرت عن مقتل ثلاثة من عناصر التنظيم واعتقال اثنين آخرين.")
    assert (killed(ev), wounded(ev)) == ({3}, set())


@pytest.mark.parametrize(
    ("victims", "dead", "hurt"),
    [("مقتل متزعم خلية للتنظيم", {1}, set()), ("مقتل الشابين محمد وأحمد، وإصابة والدتهما بجروح", {2}, {1})],
)
def test_one_leader_or_one_mother_is_one_casualty(victims: str, dead: set[int], hurt: set[int]) -> None:
    ev = only(f"سقطت قذيفة هاون على منزل في قرية الطيانة فجر اليوم، ما أدى إلى {victims}.")
    assert (killed(ev), wounded(ev)) == (dead, hurt)


@pytest.mark.parametrize(
    ("victims", "dead"),
    [
        ("استشهاد القيادي في الكتائب أبو باقر (وسام الساعدي) مع اثنين من مرافقيه", {3}),
        ("مقتل ضابط وجنديين", {3}),
        ("استشهاد ضابط وجنديين", {3}),
        ("استشهاد قيادي ومدني", {2}),
        ("استشهاد معاون قائد عمليات حزام بغداد في الهيئة وأحد المنتسبين", {2}),
    ],
)
def test_a_leader_killed_counts_with_those_joined_to_him(victims: str, dead: set[int]) -> None:
    ev = only(f"استهدفت طائرة مسيّرة عجلة في منطقة المشتل شرقي بغداد مساء أمس، ما أسفر عن {victims}.")
    assert killed(ev) == dead


CHAT = (
    "12/11/2023، 9:05 م - الرسائل والمكالمات مشفرة تماماً بين الطرفين.\n"
    "12/11/2023، 11:42 م - أبو سامر: سامعين الطيران؟ فوق الميادين هسّع\n"
    "12/11/2023، 11:47 م - أبو سامر: انضربت المزرعة اللي ورا حي التمو\n"
    "13/11/2023، 12:20 ص - أم خالد: في حدا من أهل البلد صابو شي؟\n"
    "13/11/2023، 12:34 ص - أبو سامر: لا الحمد لله، بيقولوا ٤ قتلى بالمزرعة\n"
    "13/11/2023، 7:05 ص - فراس: المرصد طالع يقول ٨ قتلى بالضربتين\n"
    "13/11/2023، 7:12 ص - عبود: الله يستر\n"
)


def test_a_chat_message_tells_an_attack_on_the_day_stamped_on_its_line() -> None:
    assert [(e.cls, e.date) for e in events(CHAT, published=None)] == [("Attack", date(2023, 11, 12))]


@pytest.mark.parametrize("struck", ["ضربوا المستودعات اللي بحي الحزام", "ضربوا معسكر التدريب اللي بالحزام", "انضربت المزرعة اللي ورا حي التمو"])
def test_colloquial_struck_sites_are_an_attack(struck: str) -> None:
    assert only(f"البارحة بالليل {struck}.").date == date(2024, 2, 6)


def test_a_device_laid_and_then_blowing_up_under_a_vehicle_is_an_attack() -> None:
    ev = only(
        "أولاً: زرع عبوة ناسفة على الطريق الترابي الرابط بين قرية الحورية ومنطقة المطيبيجة، انفجرت بعجلة عسكرية "
        "عائدة للجيش العراقي صباح يوم الاثنين المصادف 2024/2/5، ما أدى إلى استشهاد جنديين."
    )
    assert (ev.cls, ev.date, killed(ev)) == ("Attack", date(2024, 2, 5), {2})


def test_a_count_of_the_dead_with_where_they_fell_between_is_a_toll() -> None:
    ev = only("استهدفت طائرة مسيّرة تركية قافلة مدنية قرب قرية أبو قلقل أمس. وذكر مرافق أحد الجرحى أن عدد القتلى في القافلة أربعة.")
    assert killed(ev) == {4}


@pytest.mark.parametrize("quoted", ['"تجاوز 40"', "«نحو 40»"])
def test_a_figure_quoted_with_its_bound_is_a_toll_not_a_name(quoted: str) -> None:
    ev = only(f"قُتل ثلاثة جنود في هجوم بطائرة مسيّرة على قاعدة التنف فجر أمس. وأعلنت الوزارة أن عدد المصابين {quoted}.")
    assert wounded(ev) == {40}


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("هاجم مسلحون مساء أمس مخيّماً لهواة الصيد في وادي حوران. وقال مصدر أمني إن داعش هاجمت المخيّم بالأسلحة الخفيفة.", "isis"),
        ("وبحسب المصدر، فإن طائرة أمريكية استهدفت فجر اليوم عجلة تقل عناصر من الكتائب قرب أبو غريب.", "us-forces"),
    ],
)
def test_a_side_named_in_the_words_said_is_not_their_speaker(text: str, attacker: str) -> None:
    ev = only(text)
    assert (ev.attackers, ev.reported_by) == ([ID + "actor/" + attacker], [])


def test_a_command_named_with_its_other_name_before_its_verb_is_the_speaker() -> None:
    ev = only("وكانت القيادة المركزية الأمريكية (سنتكوم) قد أعلنت أن مقاتلات أمريكية نفذت فجر أمس ضربة على مخزن أسلحة في القائم.")
    assert ID + "actor/centcom" in ev.reported_by


def test_a_group_with_an_adjective_before_its_verb_is_the_attacker() -> None:
    ev = only('هاجم مسلحون مساء أمس مخيّماً لهواة الصيد في وادي حوران. وقال المصدر إن "بقايا عصابات داعش الإرهابية" هاجمت المخيّم.')
    assert ev.attackers == [ID + "actor/isis"]


def test_the_attack_no_one_claimed_is_the_one_told() -> None:
    found = events(
        "أعلن التحالف الدولي أن دفاعاته الجوية اعترضت مساء أمس ثلاث طائرات مسيّرة كانت متجهة نحو قاعدة التنف. "
        "ولم تتبنَّ أي جهة الهجوم حتى صباح اليوم، غير أن قاعدة التنف كانت خلال الأيام الماضية هدفاً متكرراً "
        "لهجمات تبنّتها فصائل عراقية مسلحة."
    )
    assert sorted(e.cls for e in found) == ["DroneAttack", "Interception"]


@pytest.mark.parametrize(
    "text",
    [
        "11:35 | «المقاومة الإسلامية في العراق»: استهدفنا ظهر اليوم قاعدة عين الأسد الجوية برشقة من الصواريخ.",
        "وقالت المقاومة الإسلامية في العراق في بيان: قصفنا ظهر اليوم قاعدة عين الأسد الجوية برشقة من الصواريخ.",
    ],
)
def test_an_attack_in_the_first_person_is_the_speakers_and_claimed(text: str) -> None:
    ev = only(text)
    assert (ev.attackers, ev.claimed_by) == ([ID + "actor/islamic-resistance-in-iraq"], [ID + "actor/islamic-resistance-in-iraq"])


@pytest.mark.parametrize(
    "suspicion",
    [
        "وإن كانت أصابع الاتهام تتجه إلى خلايا تنظيم داعش",
        "فيما رجّحت مصادر أمنية أن يكون المهاجمون من خلايا تنظيم داعش",
        "فيما رجّحت مصادر أمنية أن يكون من تنفيذ خلايا تنظيم داعش",
        'وقال مسؤول أمني إن "كل المؤشرات تدل على خلايا تنظيم داعش"',
    ],
)
def test_the_side_suspected_of_the_attack_told_is_its_attacker(suspicion: str) -> None:
    ev = only(f"هاجم مسلحون مجهولون ليلة أمس نقطة لقسد على أطراف البصيرة بالأسلحة الرشاشة، ولم تتبنَّ أي جهة الهجوم، {suspicion}.")
    assert ev.attackers == [ID + "actor/isis"]


def test_colloquial_before_it_got_there_is_no_negation() -> None:
    ev = only("فجر اليوم طيارة مسيّرة حاولت تضرب قاعدة الشدادي جنوب الحسكة، بس الدفاعات الجوية طاحت عليها قبل لا توصل.")
    assert (ev.cls, ev.date) == ("DroneAttack", date(2024, 2, 7))


def test_casualties_told_after_a_label_line_are_the_attacks_told_before_it() -> None:
    ev = only(
        "ستوري 2:\nأمس الاثنين بالليل انضربت قاعدة عين الأسد بصاروخين كاتيوشا.\n\n"
        'ستوري 3:\nمصدر أمني عراقي قال إن "ثلاثة من المنتسبين الأمريكان أُصيبوا".'
    )
    assert wounded(ev) == {3}


def test_colloquial_no_one_claimed_names_the_attack_told() -> None:
    found = events(
        "أمس بالليل انضربت قاعدة عين الأسد بصاروخين كاتيوشا. "
        'لين الحين محد تبنّى الضربة، بس المسؤول الأمريكي قال إن "كل المؤشرات تدل على فصائل مدعومة من إيران".'
    )
    assert [(e.cls, e.attackers) for e in found] == [("RocketAttack", [ID + "actor/iran-backed-militias"])]


def test_the_side_a_president_named_in_full_holds_responsible_is_the_attacker() -> None:
    ev = only(
        'قُتل ثلاثة جنود أمريكيين فجر أمس في هجوم بطائرة مسيّرة استهدف موقع "البرج 22" في شمال شرق الأردن. '
        'وحمّل الرئيس الأمريكي جو بايدن المسؤولية لـ"جماعات مسلحة متطرفة مدعومة من إيران تعمل في سوريا والعراق".'
    )
    assert ev.attackers == [ID + "actor/iran-backed-militias"]


def test_a_dash_joining_two_nations_does_not_end_the_sentence() -> None:
    ev = only(
        "وكان مسلح قد فتح النار، يوم السبت 3 شباط، على دورية مشتركة أميركية - عراقية قرب مدينة القائم، "
        "ما أسفر عن مقتل جنديين أميركيين وإصابة ثلاثة آخرين."
    )
    assert (ev.date, killed(ev), wounded(ev)) == (date(2024, 2, 3), {2}, {3})
    assert ID + "place/al-qaim" in ev.targets + ev.locations


def test_fire_opened_is_the_attack_and_the_attack_named_after_it_the_same() -> None:
    found = events(
        "هاجم مسلحون من تنظيم داعش حاجزاً لقسد عند مدخل بلدة البصيرة، ما أسفر عن مقتل أربعة من عناصرها.\n\n"
        "وفي حادثة أخرى، أطلق عنصر أمني النار على دورية مشتركة قرب مدينة تدمر، فقتل جنديين، "
        "ونسبت واشنطن الهجوم إلى تنظيم داعش."
    )
    assert [(e.attackers, killed(e)) for e in found] == [([ID + "actor/isis"], {4}), ([ID + "actor/isis"], {2})]


def test_an_attack_named_in_passing_within_a_span_is_the_one_told_later_on_a_day_of_it() -> None:
    found = events(
        "نفّذت القوات الأميركية، فجر اليوم، ضربات جوية على مواقع لتنظيم داعش في البادية، بعد الهجوم الذي "
        "أودى بحياة جنديين أميركيين قرب تدمر الأسبوع الماضي. وكان مسلح قد فتح النار، يوم السبت 3 شباط، "
        "على دورية أميركية قرب مدينة تدمر، ما أسفر عن مقتل جنديين أميركيين.",
        published=date(2024, 2, 8),
    )
    assert [(e.cls, e.date) for e in found] == [("Airstrike", date(2024, 2, 8)), ("Attack", date(2024, 2, 3))]


def test_the_dead_counted_since_a_period_began_are_no_toll_of_the_attack_told() -> None:
    found = events(
        "قصفت المدفعية التركية فجر اليوم قرى ريف صرين. ويعتصم آلاف المدنيين عند السد منذ أسبوعين رفضاً للهجمات "
        "التركية، وقد قُتل منذ بدء الاعتصام أكثر من 20 مدنياً وأُصيب ما يزيد على 200 آخرين."
    )
    assert [(e.cls, e.claims) for e in found] == [("ArtilleryShelling", [])]


def test_the_wounded_who_died_since_are_no_count_of_wounded() -> None:
    ev = only(
        "استهدفت طائرة مسيّرة تركية أمس قافلة من المدنيين قرب سد تشرين. وكانت الهيئة قد أعلنت حصيلة أولية تحدثت "
        "عن مقتل ثلاثة مدنيين وإصابة 12 آخرين، قبل أن يفارق اثنان من الجرحى الحياة."
    )
    assert (killed(ev), wounded(ev)) == ({3}, {12})


def test_the_aircraft_backing_a_ground_attack_give_it_no_class_and_the_clashes_toll_is_its() -> None:
    found = events(
        "قصفت طائرة مسيّرة تركية أمس الاثنين سيارة مدنية قرب صرين، ما أدى إلى مقتل مدنيين اثنين. "
        "ويأتي القصف بعد ساعات من تصدّي قوات سوريا الديمقراطية لهجوم واسع شنّته فصائل موالية لتركيا بإسناد من "
        "المسيّرات التركية على محور سد تشرين ليل السبت – الأحد. وذكرت قسد أن 14 مسلحاً قُتلوا خلال الاشتباكات.",
    )
    assert [(e.cls, killed(e)) for e in found] == [("Airstrike", {2}), ("Attack", {14})]


def test_rockets_launched_from_near_a_border_named_by_its_adjective_are_the_attack_told() -> None:
    found = events(
        "استهدف هجوم صاروخي قاعدة عين الأسد الجوية في محافظة الأنبار مساء السبت. وتتباين الروايات بشأن حجم "
        "الهجوم، فبينما تحدثت سنتكوم عن «عدة صواريخ باليستية»، قال مصدر أمني عراقي إن 17 صاروخاً أُطلقت من "
        "منطقة قريبة من الحدود السورية."
    )
    assert [(e.cls, e.date) for e in found] == [("RocketAttack", date(2024, 2, 3))]


def test_weapons_that_fighters_are_trained_to_use_give_the_strikes_no_class() -> None:
    found = events(
        "نفّذت القوات الأمريكية فجر اليوم ضربات على ثلاث منشآت لكتائب حزب الله في العراق. وقال أوستن إن الضربات "
        "طالت مقرات ومواقع لتدريب عناصر الميليشيا على استخدام الصواريخ في منطقتي جرف الصخر والقائم."
    )
    assert [e.cls for e in found] == ["Airstrike"]


def test_a_feminine_speakers_it_is_the_attack_not_the_speaker() -> None:
    ev = only(
        "تبنّت فصائل المقاومة الإسلامية في العراق الهجوم على قاعدة عين الأسد أمس، الذي قالت القيادة المركزية "
        "الأمريكية (سنتكوم) إنه نُفّذ بصواريخ باليستية."
    )
    assert ev.attackers == [ID + "actor/islamic-resistance-in-iraq"]


def test_a_victim_added_beside_those_counted() -> None:
    ev = only(
        "سقطت صواريخ على قاعدة عين الأسد مساء أمس، وقال مسؤول في البنتاغون إن أربعة جنود أمريكيين أُصيبوا، "
        "إلى جانب عنصر من القوات الأمنية العراقية."
    )
    assert wounded(ev) == {5}


def test_a_statement_going_on_tells_its_fighters_attacks_later_that_day() -> None:
    found = events(
        "أعلنت المقاومة الإسلامية في العراق، في بيان على تلغرام، أن مجاهديها استهدفوا صباح اليوم قاعدة حقل "
        "كونيكو بطائرة مسيّرة. وأضاف البيان أن المجاهدين عادوا ظهراً فاستهدفوا قاعدة الشدادي بطائرتين "
        "مسيّرتين، قبل أن يدكّوا عند الغروب قاعدة عين الأسد برشقة من الصواريخ."
    )
    irii = [ID + "actor/islamic-resistance-in-iraq"]
    assert [(e.cls, e.date, e.attackers, e.claimed_by) for e in found] == [
        ("DroneAttack", date(2024, 2, 7), irii, irii),
        ("DroneAttack", date(2024, 2, 7), irii, irii),
        ("RocketAttack", date(2024, 2, 7), irii, irii),
    ]


def test_an_hour_alone_in_a_background_paragraph_takes_no_day() -> None:
    found = events(
        "استهدفت طائرة مسيّرة صباح اليوم قاعدة حقل كونيكو.\n\n"
        "وفي حادثة منفصلة، سقطت قذائف صاروخية ظهراً على قاعدة عين الأسد."
    )
    assert [(e.cls, e.date) for e in found] == [("DroneAttack", date(2024, 2, 7)), ("RocketAttack", None)]


def test_days_before_what_came_on_a_day_named_date_the_attack_told_again() -> None:
    found = events(
        "سقط صاروخا كاتيوشا ليل الاثنين إلى الثلاثاء قرب قاعدة «فيكتوري» المحاذية لمطار بغداد الدولي. "
        "وجاء الهجوم، الذي لم تتبنّه أي جهة، قبل يومين من وصول الرئيس الإيراني اليوم الأربعاء إلى بغداد.",
        published=date(2024, 9, 11),
    )
    assert [(e.cls, e.date) for e in found] == [("RocketAttack", date(2024, 9, 9))]


def test_another_sources_dawn_after_the_night_told_is_the_same_attack() -> None:
    ev = only(
        "قُتل ستة عناصر من قسد في هجوم بطائرة مسيّرة استهدف قاعدة حقل العمر قرابة الساعة 11:40 من ليل الأحد. "
        "لكن المرصد السوري لحقوق الإنسان أفاد بأن الهجوم نُفّذ بطائرتين مسيّرتين فجر الاثنين، وأن حصيلته بلغت "
        "سبعة قتلى وخمسة جرحى.",
        published=date(2024, 2, 5),
    )
    assert (ev.date, killed(ev), wounded(ev)) == (date(2024, 2, 4), {6, 7}, {5})


def test_a_source_speaking_of_the_strikes_just_named_gives_their_toll() -> None:
    found = events(
        "ويأتي الهجوم بعد أقل من 72 ساعة على الضربات الأمريكية التي استهدفت مساء الجمعة 2 فبراير مواقع في "
        "الميادين والبوكمال، وقال المرصد إنها أودت بحياة 18 مسلحاً موالياً لإيران.",
        published=date(2024, 2, 5),
    )
    assert [(e.cls, e.date, killed(e)) for e in found] == [("Airstrike", date(2024, 2, 2), {18})]


def test_the_side_accused_with_its_adjective_is_the_attacker() -> None:
    found = events(
        "نفّذت القوات الأمريكية مساء الجمعة ضربات على مواقع في الميادين. وقالت وزارة الدفاع الأمريكية إن تلك "
        "الضربات جاءت رداً على الهجوم على «البرج 22» في شمال شرقي الأردن يوم الأحد 28 يناير، الذي قُتل فيه "
        "ثلاثة جنود أمريكيين، واتهمت كتائب حزب الله العراقية بالوقوف وراءه.",
        published=date(2024, 2, 5),
    )
    assert [e.attackers for e in found] == [[US], [ID + "actor/kataib-hezbollah"]]


def test_the_last_of_a_run_of_attacks_reckoned_from_strikes_told() -> None:
    found = events(
        "نفّذت القوات الأمريكية مساء الجمعة 2 فبراير ضربات على مواقع في الميادين. وسبق أن تعرّضت قاعدة حقل العمر "
        "لهجمات متكررة بالصواريخ منذ منتصف أكتوبر، كان آخرها قبل الضربات الأمريكية بيومين، حين سقطت قذيفتان "
        "صاروخيتان قرب مهبط الطائرات في القاعدة.",
        published=date(2024, 2, 5),
    )
    assert [(e.cls, e.date, e.attackers) for e in found] == [
        ("Airstrike", date(2024, 2, 2), [US]),
        ("RocketAttack", date(2024, 1, 31), []),
    ]


def test_fighting_that_lasted_until_noon_and_fire_covering_it_are_the_attack_told() -> None:
    ev = only(
        "صدّت قوات سوريا الديمقراطية هجوماً واسعاً شنّه مسلحون تابعون لقوات حكومة دمشق، عبروا نهر الفرات فجر "
        "الأربعاء باتجاه بلدة ذيبان. وقال البيان إن المهاجمين تسللوا على متن قوارب تحت غطاء مدفعي كثيف من مواقع "
        "قوات النظام في الميادين والقورية، وإن الاشتباكات استمرت حتى ظهر اليوم نفسه.",
        published=date(2024, 8, 9),
    )
    assert (ev.cls, ev.date) == ("Attack", date(2024, 8, 7))


def test_shelling_of_a_force_reaching_a_town_in_a_headline_is_the_forces() -> None:
    ev = only(
        "قسد تصدّ هجوماً.. وقصف لقوات النظام يطال ذيبان\n\n"
        "وفي صباح الخميس، سقطت قذائف مدفعية على الأحياء السكنية في بلدة ذيبان.",
        published=date(2024, 8, 9),
    )
    assert (ev.cls, ev.attackers, ev.date) == ("ArtilleryShelling", [ID + "actor/syrian-regime-forces"], date(2024, 8, 8))


def test_the_same_day_in_a_quoted_statement_is_the_day_told_before() -> None:
    found = events(
        "وفي صباح الخميس، استهدفت قوات النظام بالمدفعية الثقيلة الأحياء السكنية في بلدة ذيبان. وأضاف البيان: "
        "«ردّاً على القصف الذي طال ذيبان، استهدفت قواتنا بعد ظهر اليوم ذاته بالأسلحة الثقيلة مواقع قوات النظام "
        "في بلدة بقرص».",
        published=date(2024, 8, 9),
    )
    assert [e.date for e in found] == [date(2024, 8, 8), date(2024, 8, 8)]


def test_a_speaker_going_on_with_a_quotation_names_no_victim_of_the_toll() -> None:
    ev = only(
        "أكد الناطق العسكري، اليوم الخميس، أن الضربة التي نفذتها طائرة مسيّرة أمريكية مساء أمس الأربعاء في حي "
        "المشتل شرقي بغداد تمثل «اعتداءً على السيادة». وقال الناطق في بيان إن الطائرة استهدفت عجلة مدنية في شارع "
        "رئيسي، ما أسفر عن استشهاد ثلاثة أشخاص، مبيناً أن «التحالف الدولي بات يتجاوز الأهداف التي وُجد من أجلها».",
        published=date(2024, 2, 8),
    )
    assert (ev.date, killed(ev)) == (date(2024, 2, 7), {3})
    assert all(c.victim is None for c in ev.claims)


def test_the_most_painful_of_a_tally_of_attacks_is_one_told() -> None:
    found = events(
        "وكانت الفصائل قد شنّت أكثر من 170 هجوماً على القواعد الأمريكية في العراق وسوريا منذ 17 أكتوبر، كان "
        "أكثرها إيلاماً الهجوم بطائرة مسيّرة على قاعدة حرير في أربيل في 25 كانون الأول/ديسمبر 2023، الذي أُصيب "
        "فيه ثلاثة عسكريين أمريكيين."
    )
    assert [(e.cls, e.date, wounded(e)) for e in found] == [("DroneAttack", date(2023, 12, 25), {3})]


def test_the_next_attack_announced_after_then_is_the_same_groups() -> None:
    found = events(
        "أعلنت «المقاومة الإسلامية في العراق»، في بيانين منفصلين، استهدافَ قاعدة التنف بطائرتين مسيّرتين مساء "
        "أمس، ثم استهدافَ قاعدة تل بيدر في ريف الحسكة برشقة من الصواريخ فجر اليوم."
    )
    irii = [ID + "actor/islamic-resistance-in-iraq"]
    assert [(e.cls, e.date, e.attackers, e.claimed_by) for e in found] == [
        ("DroneAttack", date(2024, 2, 6), irii, irii),
        ("RocketAttack", date(2024, 2, 7), irii, irii),
    ]


def test_an_answer_set_between_the_strike_and_its_object_is_a_hole_in_the_strike() -> None:
    text = (
        "سقط صاروخ باليستي على قاعدة عين الأسد مساء أمس. وقال البنتاغون إن طائرة أمريكية من طراز AC-130 قصفت في "
        "رد فوري على الهجوم العربة التي أُطلق منها الصاروخ، ما أسفر عن مقتل ثلاثة من عناصر كتائب حزب الله."
    )
    found = events(text)
    assert "قصفت" in text[found[1].evidence[0].start : found[1].evidence[0].end]
    assert any("العربة" in text[s.start : s.end] for s in found[1].evidence)
    assert [(e.cls, e.date, killed(e), e.in_response_to) for e in found] == [
        ("RocketAttack", date(2024, 2, 6), set(), []),
        ("Airstrike", date(2024, 2, 6), {3}, [0]),
    ]


def test_a_year_before_the_attack_verb_is_no_count_of_attacks() -> None:
    ev = only("في شباط/فبراير 2018، هاجمت قوات موالية للحكومة السورية، بينها متعاقدون روس، موقعاً لقسد قرب حقل كونيكو.")
    assert (ev.cls, ev.earliest, ev.latest) == ("Attack", date(2018, 2, 1), date(2018, 2, 28))
    assert ID + "actor/sdf" in ev.targets


def test_an_attack_told_when_a_night_of_two_days_joined_by_a_dash_was_is_one_sentence() -> None:
    ev = only(
        "كان أبناء البلدة لا يزالون يتحدثون عن ليل السبت - الأحد، حين هاجم مقاتلون من العشائر العربية نقاطاً "
        "لـ«قسد» عند الأطراف الشمالية للبلدة.",
        published=date(2023, 9, 5),
    )
    assert (ev.cls, ev.date, ev.attackers) == ("Attack", date(2023, 9, 2), [ID + "actor/arab-tribal-forces"])


def test_the_statement_telling_the_airport_attack_again_names_its_hands_and_kind() -> None:
    found = events(
        "قُتل ثلاثة من منتسبي جهاز مكافحة الإرهاب، عصر اليوم، بقصف نفّذته طائرة مسيّرة على مدرج مطار عربت الزراعي "
        "جنوب شرقي السليمانية. وأوضح البيان أن «طائرة مسيّرة تابعة للجيش التركي استهدفت مجموعة من منتسبينا داخل "
        "المطار». ويأتي القصف بعد أيام من غارة مماثلة؛ إذ استهدفت مسيّرة قبل ثلاثة أيام سيارة مدنية على طريق "
        "قلعة دزه، وسط اتهامات من مسؤولين محليين للجيش التركي بالوقوف وراءها."
    )
    turkish = [ID + "actor/turkish-forces"]
    assert [(e.cls, e.date, e.attackers) for e in found] == [
        ("Airstrike", date(2024, 2, 7), turkish),
        ("Airstrike", date(2024, 2, 4), turkish),
    ]


def test_a_bulletins_days_and_provinces_date_its_entries() -> None:
    found = events(
        "النشرة الأمنية الأسبوعية | العراق: الشمال والغرب\n\n"
        "الأحد 8/9 – صلاح الدين: انفجرت عبوة ناسفة بدورية للجيش العراقي على الطريق الرابط بين قرى مطيبيجة، ما أدى إلى "
        "مقتل جندي. ونسبت قيادة العمليات المشتركة الهجوم إلى \"خلايا داعش الإرهابية\".\n\n"
        "الأربعاء 11/9 – ديالى/ صلاح الدين: نفّذ جهاز مكافحة الإرهاب، بإسناد جوي من التحالف الدولي، عملية إنزال في "
        "تلال حمرين أسفرت عن مقتل ثلاثة قياديين في التنظيم.",
        published=date(2024, 9, 14),
    )
    assert [(e.date, e.attackers[:1]) for e in found] == [
        (date(2024, 9, 8), [ID + "actor/isis"]),
        (date(2024, 9, 11), [ID + "actor/iraqi-security-forces"]),
    ]


def test_attacks_in_general_ascribed_to_a_groups_cells_name_no_attacker() -> None:
    ev = only(
        "انفجرت عبوة ناسفة بسيارة مدنية على طريق دير الزور – الميادين أمس. ويشهد الطريق بين حين وآخر هجمات تستهدف "
        "المدنيين، يُنسب بعضها إلى خلايا تنظيم «داعش» وبعضها إلى عصابات السرقة."
    )
    assert ev.attackers == []


def test_the_side_right_after_an_ascribing_verb_ascribes_the_strike() -> None:
    ev = only(
        "قُتلت صحفيتان حين استهدفت طائرة مسيّرة سيارة تقلّ فريقاً إعلامياً قرب ناحية سيد صادق في محافظة السليمانية، "
        "وهي ضربة نسبها جهاز مكافحة الإرهاب في السليمانية إلى الجيش التركي."
    )
    assert ev.attackers == [ID + "actor/turkish-forces"]


def test_a_sweep_launched_in_the_wake_of_the_attack_is_no_attack_and_its_layers_are_isis() -> None:
    found = events(
        "وكانت عبوة ناسفة زرعها الدواعش قد انفجرت فجر أمس على عجلة تابعة للحشد على الطريق المؤدي إلى وادي حوران، "
        "ما أدى إلى إصابة اثنين. وعلى إثر الهجوم، انطلقت صباح اليوم عملية أمنية واسعة بمشاركة ثلاثة ألوية من الحشد "
        "لتفتيش مساحة تقدّر بنحو 40 كيلومتراً مربعاً."
    )
    assert [(e.cls, e.date, e.attackers, wounded(e)) for e in found] == [("Attack", date(2024, 2, 6), [ID + "actor/isis"], {2})]


def test_drones_downed_then_claimed_later_are_one_attack_of_the_downings_day() -> None:
    found = events(
        "أفاد مراسلنا في أربيل، فجر اليوم السبت، بأن الدفاعات الجوية التابعة للتحالف الدولي أسقطت ثلاث طائرات مسيّرة "
        "كانت تحلّق باتجاه مطار أربيل الدولي. وفي وقت لاحق، تبنّت \"المقاومة الإسلامية في العراق\"، في منشور على "
        "تليغرام، \"استهداف قاعدة الاحتلال الأميركي في مطار أربيل بثلاث طائرات مسيّرة\".",
        published=date(2023, 12, 9),
    )
    irii = [ID + "actor/islamic-resistance-in-iraq"]
    assert [(e.cls, e.date, e.claimed_by, e.in_response_to) for e in found] == [
        ("DroneAttack", date(2023, 12, 9), irii, []),
        ("Interception", date(2023, 12, 9), [], [0]),
    ]


def test_an_aggression_told_in_full_with_its_reach_and_night_is_an_attack_of_its_own() -> None:
    found = events(
        "لم يكن العدوان الأميركي الذي طاول مقارّ لألوية الحشد الشعبي في القائم وعكاشات غربي الأنبار، ليل الجمعة – "
        "السبت، مفاجئاً لقادة الفصائل.",
        published=date(2024, 2, 5),
    )
    assert [(e.date, e.attackers) for e in found] == [(date(2024, 2, 2), [US])]


def test_the_side_held_responsible_for_it_is_the_attacker_of_the_attack_answered() -> None:
    found = events(
        "أعلنت القيادة المركزية الأميركية أن الضربات استهدفت أكثر من 85 هدفاً في العراق وسوريا، «رداً على الهجوم "
        "بطائرة مسيّرة على موقع البرج 22» في الأردن، فجر الأحد 28 كانون الثاني، الذي أدّى إلى مقتل ثلاثة جنود "
        "أميركيين، وحمّلت واشنطن «كتائب حزب الله» مسؤوليته.",
        published=date(2024, 2, 5),
    )
    assert [(e.cls, e.attackers) for e in found if e.date == date(2024, 1, 28)] == [("DroneAttack", [ID + "actor/kataib-hezbollah"])]


def test_a_statement_going_on_keeps_the_day_it_was_made_for_its_quoted_today() -> None:
    found = events(
        "أعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل إرهابيين في ضربات جوية. وذكرت الخلية، في بيان، أن \"طائرات "
        "F-16 العراقية نفّذت أمس الأول ضربة جوية استهدفت وكراً لعصابات داعش في سلسلة تلال حمرين\". وأضاف البيان أن "
        "\"طيران الجيش نفّذ فجر اليوم ضربة دقيقة على كهف يتحصّن فيه عدد من الإرهابيين في وادي الشاي جنوب غرب كركوك\".",
        published=date(2025, 3, 12),
    )
    assert [e.date for e in found] == [date(2025, 3, 10), date(2025, 3, 12)]


def test_losses_not_disclosed_after_an_answer_are_neither_none_nor_the_answered_attacks() -> None:
    found = events(
        "شنّت مقاتلات أمريكية ليل الجمعة – السبت غارات على مواقع في القائم. وأعلنت «المقاومة الإسلامية في العراق»، "
        "أمس الأحد، استهداف قاعدة عين الأسد بطائرتين مسيّرتين «رداً على العدوان الأميركي على القائم»، من دون أن "
        "تعلّق واشنطن على الهجوم أو تكشف عن أي خسائر.",
        published=date(2024, 2, 5),
    )
    assert [(e.cls, e.claims) for e in found] == [("Airstrike", []), ("DroneAttack", [])]
    assert events("سقط صاروخان على قاعدة عين الأسد أمس، من دون أن يسفر الهجوم عن أي خسائر.")[0].claims != []


def test_an_air_operation_is_an_airstrike_and_a_base_to_launch_attacks_from_is_none() -> None:
    found = events(
        "وقالت الوزارة، في بيان، إن القوات المسلحة التركية نفّذت أمس عملية جوية في منطقتي غارا ومتينا الجبليتين "
        "بمحافظة دهوك. وتقول أنقرة إن تنظيم \"بي كي كي\" يستخدم مناطق جبلية في شمال العراق قاعدةً لشن هجمات على "
        "أراضيها."
    )
    assert [(e.cls, e.date, e.attackers) for e in found] == [("Airstrike", date(2024, 2, 6), [ID + "actor/turkish-forces"])]


def test_a_group_of_the_gangs_right_after_the_verb_is_its_subject_and_an_ambush_to_catch_men_no_attack() -> None:
    found = events(
        "أقدمت مجموعة من عصابات داعش الإرهابية ليلة الأحد على الاثنين على مهاجمة نقطة عسكرية في منطقة مطيبيجة، ما "
        "أدى إلى استشهاد جنديين. كما تمكّنت قوة من الاستخبارات من إلقاء القبض على ثلاثة متهمين بدعم المجموعة، بعد "
        "نصب كمين محكم لهم قرب القرية.",
        published=date(2024, 5, 20),
    )
    assert [(e.date, e.attackers) for e in found] == [(date(2024, 5, 19), [ISIS])]


def test_the_colloquial_verb_of_attacking_has_its_subject_after_it() -> None:
    found = only("ليلة الخميس على الجمعة، هجموا الدواعش على نقطة للشرطة الاتحادية قرب ناحية الرشاد.", published=date(2025, 12, 6))
    assert (found.date, found.attackers) == (date(2025, 12, 4), [ISIS])


def test_a_claim_names_the_blast_by_the_town_a_hashtag_named_with_its_head_word() -> None:
    found = only(
        "وكانت خلايا التنظيم قد فجّرت عبوة ناسفة بسيارة عسكرية تابعة لـ #قسد في بلدة #الصور مساء أمس السبت. "
        "وتبنّى #داعش عبر معرّفاته تفجير الصور.",
        published=date(2026, 1, 19),
    )
    assert (found.date, found.attackers, found.claimed_by, found.locations) == (date(2026, 1, 17), [ISIS], [ISIS], [ID + "place/al-sur"])


def test_fire_returned_at_the_launch_sites_is_no_drone_attack_however_long_its_subject() -> None:
    found = only("ردّت وحدات الجيش العربي السوري فجر اليوم على مصادر إطلاق المسيّرات في محيط بلدة دير حافر.", published=date(2026, 1, 19))
    assert (found.cls, found.date) == ("Attack", date(2026, 1, 19))


def test_a_ministrys_artillery_answering_is_the_shelling_told_next_south_of_the_town() -> None:
    found = events(
        "وأضافت وزارة الدفاع أن مدفعيتها ردّت على مصادر إطلاق المسيّرات في محيط مدينة الطبقة. وقالت مصادر طبية إن "
        "قذائف مدفعية مصدرها مواقع القوات الحكومية جنوبي الطبقة سقطت أمس الأحد على حي سكني.",
        published=date(2026, 1, 19),
    )
    assert [(e.cls, e.date, e.locations) for e in found] == [("ArtilleryShelling", date(2026, 1, 18), [ID + "place/al-tabqa"])]


def test_the_day_an_agreement_is_known_by_is_no_attacks_day() -> None:
    found = only(
        "وقالت الوزارة في بيان: \"في خرق جديد لاتفاق العاشر من آذار، أقدمت ميليشيا قسد على استهداف مواقع جيشنا "
        "بمسيّرات انتحارية في محيط قرية الكيارية\".",
        published=date(2025, 8, 12),
    )
    assert (found.cls, found.date) == ("DroneAttack", None)


def test_the_syrian_arab_army_after_december_2024_is_the_new_governments() -> None:
    doc = extract("قصف الجيش العربي السوري قرية في ريف حلب.", published=date(2025, 8, 12))
    assert ID + "actor/syrian-government-forces" in [e.iri for e in doc.entities]
    doc = extract("قصف الجيش العربي السوري قرية في ريف حلب.", published=date(2023, 5, 1))
    assert ID + "actor/syrian-arab-army" in [e.iri for e in doc.entities]


def test_a_ceasefire_is_no_fire_opened() -> None:
    assert events(
        "وتأتي هذه الاشتباكات رغم الاتفاق الموقّع بين الحكومة السورية و\"قسد\" في العاشر من آذار الفائت، والذي نصّ "
        "على وقف إطلاق النار على كامل الجغرافيا السورية."
    ) == []


def test_the_early_hours_an_attack_going_on_began_give_its_day() -> None:
    found = only(
        "منذ ساعات الصباح الأولى من اليوم السبت، تشنّ فصائل تابعة لحكومة دمشق هجوماً واسعاً على مواقع قواتنا على "
        "محور دير حافر – مسكنة.",
        published=date(2026, 1, 17),
    )
    assert (found.date, found.attackers) == (date(2026, 1, 17), [ID + "actor/syrian-government-forces"])


def test_the_strikes_a_period_began_with_are_none_told() -> None:
    assert events(
        "وقال مسؤول أمريكي إن القوات الأمريكية «في حالة تأهب قصوى» منذ بدء الضربات الإسرائيلية على إيران في 13 "
        "حزيران الجاري.",
        published=date(2025, 6, 23),
    ) == []


def test_the_side_an_attack_is_in_support_of_is_no_place_of_it() -> None:
    found = only(
        "وتبنّت مجموعة تطلق على نفسها اسم «سرايا أولياء الدم» الهجوم على قاعدة قسرك، وقالت إنه يأتي «نصرةً "
        "للجمهورية الإسلامية في إيران»."
    )
    assert ID + "place/iran" not in found.locations


def test_strikes_named_again_are_the_strikes_not_the_attack_they_answered_told_in_full_nine_days_back() -> None:
    found = events(
        "شنّت الطائرات الحربية الأمريكية، ليلة الجمعة إلى السبت 19 ديسمبر، سلسلة غارات على مواقع لتنظيم داعش في "
        "البادية السورية، رداً على الهجوم الذي أودى بحياة جنديين أمريكيين قرب مدينة تدمر الأسبوع الماضي. وأفاد "
        "المرصد السوري بأن الغارات أسفرت عن مقتل 5 عناصر من التنظيم. وكان جنديان أمريكيان قد قُتلا يوم السبت 13 "
        "ديسمبر، عندما فتح مسلح النار على دورية قرب تدمر.",
        published=date(2025, 12, 22),
    )
    assert [(e.cls, e.date, killed(e)) for e in found] == [("Airstrike", date(2025, 12, 19), {5}), ("Attack", date(2025, 12, 13), {2})]


def test_a_note_on_what_was_hit_says_nothing_of_the_attack() -> None:
    found = only(
        "وقبل يومين، استهدفت مسيّرة تركية أخرى فرناً آلياً في قرية تل حميس، ما أدّى إلى إصابة ثلاثة مدنيين، علماً أنه "
        "كان يغطي حاجة أكثر من 6000 نسمة من الخبز يومياً.",
        published=date(2025, 2, 8),
    )
    assert (found.cls, found.date) == ("Airstrike", date(2025, 2, 6))


def test_a_drone_named_before_the_verb_of_killing_struck() -> None:
    found = only("وكانت مسيّرة أمريكية قد قتلت في 11 حزيران الماضي قيادياً في التنظيم قرب مدينة الباب.", published=date(2025, 10, 22))
    assert (found.cls, found.date, found.attackers) == ("Airstrike", date(2025, 6, 11), [US])


def test_the_governments_factions_shelling_are_its_forces_of_the_day() -> None:
    found = only("قصف مدفعي لفصائل الحكومة استهدف الأحياء السكنية في مدينة دير حافر منذ الظهر.", published=date(2026, 1, 13))
    assert found.attackers == [ID + "actor/syrian-government-forces"]
    assert ID + "actor/syrian-government-forces" not in [e.iri for e in extract("وانتقدت فصائل الحكومة العراقية القرار.").entities]


def test_drones_downed_on_their_way_to_another_town_are_not_the_attack_a_response_named() -> None:
    found = events(
        "وزارة الدفاع السورية: الطيران المسيّر التابع للجيش استهدف منصة لإطلاق المسيّرات في قرية رسم الكروم، رداً على "
        "استهداف المدنيين في بلدة الخفسة صباح اليوم.\n\n"
        "الدفاعات الجوية للجيش السوري تسقط مسيّرتين انتحاريتين أطلقتهما \"قسد\" باتجاه مدينة الباب.\n\n"
        "هيئة العمليات في الجيش السوري: تنظيم \"قسد\" استهدف بمسيّرات انتحارية منازل المدنيين في بلدة الخفسة فجر اليوم.",
        published=date(2026, 1, 13),
    )
    downed = [e for e in found if e.cls == "Interception"]
    assert len(downed) == 1
    answered = found[downed[0].in_response_to[0]]
    assert (answered.cls, answered.attackers, answered.locations) == ("DroneAttack", [SDF], [ID + "place/al-bab"])


def test_a_second_one_wounded_in_the_colloquial_is_one_wounded() -> None:
    found = only(
        "وعصر اليوم، مسلحين مجهولين على موتور فتحوا النار على سيارة للأمن العام عالطريق بين الميادين والعشارة، وقُتل "
        "عنصر وانصاب تاني.",
        published=date(2025, 7, 3),
    )
    assert (killed(found), wounded(found)) == ({1}, {1})


@pytest.mark.parametrize(
    "said",
    [
        "وقالت واشنطن إن المهاجم \"ينتمي لتنظيم داعش\".",
        "وقال وزير الداخلية إن هذا العمل الجبان يحمل بصمات تنظيم داعش الإرهابي.",
    ],
)
def test_the_attacker_said_to_belong_to_a_group_or_to_bear_its_marks(said: str) -> None:
    found = only("وقُتل جنديان يوم السبت 13 ديسمبر، عندما فتح مسلح النار على دورية قرب تدمر. " + said, published=date(2025, 12, 22))
    assert found.attackers == [ISIS]


def test_an_accusation_naming_its_accuser_at_length_names_the_attacker_of_the_attacks_told() -> None:
    found = only(
        "هاجمت طائرتان مسيّرتان فجر اليوم حقل سرسنك. وحمّل المتحدث باسم وزارة الداخلية في الإقليم، ريبوار عزيز، "
        "«فصائل مسلحة منضوية في هيئة الحشد الشعبي» مسؤولية الهجمات الثلاث.",
        published=date(2025, 7, 16),
    )
    assert found.attackers == [PMF]


def test_an_attempt_on_a_mans_life_is_an_attack() -> None:
    found = only("في 9 آذار 2024، نجا الساعدي من محاولة اغتيال بعبوة ناسفة زُرعت على جانب طريق في أطراف مدينة الحلة.", published=date(2025, 2, 22))
    assert (found.cls, found.date) == ("Attack", date(2024, 3, 9))


def test_drones_exploding_inside_a_base_attacked_it() -> None:
    found = only("قاعدة عين الأسد – السبت 18/11 – طائرتان مسيّرتان انفجرتا داخل القاعدة.", published=date(2023, 11, 20))
    assert (found.cls, found.date) == ("DroneAttack", date(2023, 11, 18))


@pytest.mark.parametrize(
    "text",
    [
        "فرض مكتب مراقبة الأصول الأجنبية، اليوم، عقوبات على فردين لدورهم في تمويل وتسهيل الهجمات التي تشنّها كتائب حزب الله.",
        "ويستهدف إجراء اليوم كلاً من سلمان العبودي، المسؤول عن شبكة تحويلات مالية.",
    ],
)
def test_sanctions_for_financing_attacks_tell_none(text: str) -> None:
    assert events(text, published=date(2024, 6, 10)) == []


def test_a_blast_shaking_a_military_site_is_an_attack() -> None:
    found = only(
        "ليل الجمعة – السبت 19–20 أبريل، هزّ انفجار عنيف مقر اللواء الذي يشغله «الحشد الشعبي» داخل قاعدة كالسو.",
        published=date(2024, 4, 24),
    )
    assert (found.cls, found.date) == ("Attack", date(2024, 4, 19))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وكان مسلحون مجهولون قد قتلوا مختار القرية أمام منزله مساء أمس.", 1),
        ("مسا امبارح مسلحين على موتور قتلوا شب من قسد قدام بيته.", 1),
        ("وقال المرصد إن خمسة مسلحين قُتلوا في الغارة، بينهم قيادي.", 0),
    ],
)
def test_unknown_gunmen_killing_is_an_attack_gunmen_killed_are_not(text: str, count: int) -> None:
    assert len(events(text, published=date(2025, 2, 22))) == count


def test_a_group_announcing_its_first_operation_with_two_drones_claims_it() -> None:
    found = only(
        "أعلنت «المقاومة الإسلامية في العراق» أولى عملياتها بطائرتين مسيّرتين أطلقتهما على قاعدة عين الأسد في 18 "
        "تشرين الأول 2023.",
        published=date(2024, 2, 22),
    )
    assert (found.cls, found.date, found.claimed_by) == ("DroneAttack", date(2023, 10, 18), [IRI])
    suspended = "حين أعلنت فصائل عراقية مسلحة تعليق عملياتها ضد القوات الأمريكية، ثم قصفت صواريخ قاعدة عين الأسد أمس."
    assert [e.claimed_by for e in events(suspended)] == [[]]


@pytest.mark.parametrize(
    "text",
    [
        "نعت العشيرة مختارها الذي قتله مسلحون مجهولون كانوا يستقلّون دراجة نارية أمام منزله في الخامس من الشهر الجاري.",
        "مسلحون مجهولون يطلقون النار على سيارة لقوى الأمن الداخلي في حي المشلب شرقي مدينة الرقة مساء أمس.",
    ],
)
def test_unknown_gunmen_killing_a_man_or_opening_fire_attack(text: str) -> None:
    assert [e.cls for e in events(text, published=date(2025, 2, 22))] == ["Attack"]


def test_a_group_saying_it_pounded_a_base_claims_it() -> None:
    found = only(
        "وفي بيان ثانٍ، أعلنت المقاومة الإسلامية في العراق أنها دكّت فجر أمس الجمعة قاعدة عين الأسد الجوية بعشرة صواريخ.",
        published=date(2023, 10, 21),
    )
    assert (found.cls, found.date, found.attackers, found.claimed_by) == ("RocketAttack", date(2023, 10, 20), [IRI], [IRI])


def test_wounded_without_anyone_killed_is_none_killed() -> None:
    found = only("وقال البنتاغون إن 19 عسكرياً أمريكياً أُصيبوا بجروح طفيفة في الهجوم على قاعدة التنف أمس، من دون أن يُقتل أحد.")
    assert (killed(found), wounded(found)) == ({0}, {19})
