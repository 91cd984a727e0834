"""kg.temporal: dates and time expressions in normalised Arabic text."""

from __future__ import annotations

import doctest
import itertools
from datetime import date

import pytest

import kg.temporal
from kg.arabic import normalize
from kg.temporal import TimeExpr, find_dates, infer_publication_date

MON = date(2023, 11, 13)  # a Monday


def dates(raw: str, published: date | None) -> tuple[str, list[TimeExpr]]:
    text = normalize(raw).text
    found = find_dates(text, published)
    for t in found:
        assert t.text == text[t.start : t.end]
        assert t.text == t.text.strip()
    return text, found


def only(raw: str, published: date | None) -> TimeExpr:
    _text, found = dates(raw, published)
    assert len(found) == 1, [(t.text, t.date) for t in found]
    return found[0]


def test_doctests() -> None:
    result = doctest.testmod(kg.temporal)
    assert result.attempted > 0 and result.failed == 0


# --- absolute dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "day", "span"),
    [
        ("ارتفع السبت 25 مارس/آذار 2023، عدد القتلى", date(2023, 3, 25), "السبت 25 مارس/اذار 2023"),
        ("يوم الخميس 23 مارس/آذار 2023، منشأة", date(2023, 3, 23), "يوم الخميس 23 مارس/اذار 2023"),
        ("نقلت السبت، 25 مارس/آذار 2023، عن", date(2023, 3, 25), "السبت، 25 مارس/اذار 2023"),
        ("في 25 مارس 2023", date(2023, 3, 25), "25 مارس 2023"),
        ("في ٢٥ مارس ٢٠٢٣", date(2023, 3, 25), "25 مارس 2023"),
        ("صباح الاثنين (23 أيلول 2024)، استنفار", date(2024, 9, 23), "الاثنين (23 ايلول 2024)"),
        ("(23 أيلول 2024)", date(2024, 9, 23), "(23 ايلول 2024)"),
        ("في 20 كانون الثاني/ يناير 2023", date(2023, 1, 20), "20 كانون الثاني/ يناير 2023"),
        ("منذ 17 أكتوبر/ تشرين أول 2023", date(2023, 10, 17), "منذ 17 اكتوبر/ تشرين اول 2023"),
        ("في 3 تشرين الأول 2023", date(2023, 10, 3), "3 تشرين الاول 2023"),
        ("في 3 تشرين ثاني 2023", date(2023, 11, 3), "3 تشرين ثاني 2023"),
        ("في 5 كانون الأول 2023", date(2023, 12, 5), "5 كانون الاول 2023"),
        ("في 5 كانون اول 2023", date(2023, 12, 5), "5 كانون اول 2023"),
        ("في 5 كانون ثاني 2024", date(2024, 1, 5), "5 كانون ثاني 2024"),
        ("3 شباط 2024", date(2024, 2, 3), "3 شباط 2024"),
        ("9 نيسان 2024", date(2024, 4, 9), "9 نيسان 2024"),
        ("4 أيار 2024", date(2024, 5, 4), "4 ايار 2024"),
        ("6 حزيران 2024", date(2024, 6, 6), "6 حزيران 2024"),
        ("7 تموز 2024", date(2024, 7, 7), "7 تموز 2024"),
        ("15 آب 2024", date(2024, 8, 15), "15 اب 2024"),
        ("1 فبراير 2024", date(2024, 2, 1), "1 فبراير 2024"),
        ("2 أبريل 2024", date(2024, 4, 2), "2 ابريل 2024"),
        ("2 إبريل 2024", date(2024, 4, 2), "2 ابريل 2024"),
        ("8 مايو 2024", date(2024, 5, 8), "8 مايو 2024"),
        ("10 يونيو 2024", date(2024, 6, 10), "10 يونيو 2024"),
        ("10 يونيه 2024", date(2024, 6, 10), "10 يونيه 2024"),
        ("11 يوليو 2024", date(2024, 7, 11), "11 يوليو 2024"),
        ("11 يوليه 2024", date(2024, 7, 11), "11 يوليه 2024"),
        ("12 أغسطس 2024", date(2024, 8, 12), "12 اغسطس 2024"),
        ("13 سبتمبر 2024", date(2024, 9, 13), "13 سبتمبر 2024"),
        ("14 أكتوبر 2024", date(2024, 10, 14), "14 اكتوبر 2024"),
        ("15 نوفمبر 2024", date(2024, 11, 15), "15 نوفمبر 2024"),
        ("16 ديسمبر 2024", date(2024, 12, 16), "16 ديسمبر 2024"),
        ("3 جانفي 2024", date(2024, 1, 3), "3 جانفي 2024"),
        ("4 فيفري 2024", date(2024, 2, 4), "4 فيفري 2024"),
        ("5 أفريل 2024", date(2024, 4, 5), "5 افريل 2024"),
        ("6 ماي 2024", date(2024, 5, 6), "6 ماي 2024"),
        ("7 جوان 2024", date(2024, 6, 7), "7 جوان 2024"),
        ("8 جويلية 2024", date(2024, 7, 8), "8 جويليه 2024"),
        ("9 أوت 2024", date(2024, 8, 9), "9 اوت 2024"),
        ("السبت 30 من كانون الأول 2023", date(2023, 12, 30), "السبت 30 من كانون الاول 2023"),
        ("في الرابع من مارس 2023", date(2023, 3, 4), "الرابع من مارس 2023"),
        ("في الحادي والعشرين من أيلول 2024", date(2024, 9, 21), "الحادي والعشرين من ايلول 2024"),
        ("الخامس عشر من شهر آب 2024", date(2024, 8, 15), "الخامس عشر من شهر اب 2024"),
        ("25 مارس 2023م", date(2023, 3, 25), "25 مارس 2023م"),
        ("25 مارس من عام 2023", date(2023, 3, 25), "25 مارس من عام 2023"),
        ("في 28 يناير كانون الثاني 2024، حين", date(2024, 1, 28), "28 يناير كانون الثاني 2024"),
        ("— Austin (@SecDef) December 26, 2023", date(2023, 12, 26), "december 26, 2023"),
    ],
)
def test_absolute_day(raw: str, day: date, span: str) -> None:
    for published in (None, MON):
        t = only(raw, published)
        assert (t.date, t.earliest, t.latest) == (day, day, day)
        assert t.relative is False
        assert t.text == span


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2023.11.13 | 06:43 دمشق", date(2023, 11, 13)),
        ("نشر في 13/11/2023", date(2023, 11, 13)),
        ("نشر في ١٣/١١/٢٠٢٣", date(2023, 11, 13)),
        ("2023-11-13", date(2023, 11, 13)),
        ("13-11-2023", date(2023, 11, 13)),
        ("13.11.2023", date(2023, 11, 13)),
        ("2023/11/13", date(2023, 11, 13)),
    ],
)
def test_numeric_day(raw: str, day: date) -> None:
    t = only(raw, None)
    assert t.date == day and t.relative is False
    assert t.text.replace(".", "").replace("/", "").replace("-", "").isdigit()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("في ليلة 2 شباط من العام الماضي", ("2 شباط من العام الماضي", date(2024, 2, 2), None)),
        ("في الثاني من شباط العام الماضي", ("الثاني من شباط العام الماضي", date(2024, 2, 2), None)),
        ("ليل 3 و4 آذار من العام الماضي", ("ليل 3 و4 اذار من العام الماضي", date(2024, 3, 3), None)),
        ("في شهر آب من السنة الماضية", ("شهر اب من السنه الماضيه", None, (date(2024, 8, 1), date(2024, 8, 31)))),
        ("في 9 شباط من هذا العام", ("9 شباط من هذا العام", date(2025, 2, 9), None)),
    ],
)
def test_a_day_of_last_year_or_this_one_is_of_that_year(raw: str, expected: tuple[str, date | None, tuple[date, date] | None]) -> None:
    _, found = dates(raw, date(2025, 2, 18))
    t = found[-1]
    assert (t.text, t.date, None if t.date else (t.earliest, t.latest)) == expected


@pytest.mark.parametrize(
    ("raw", "days"),
    [
        # a date only readable month first («01/28/2024»): the text writes them all so
        ("في صباح يوم 01/28/2024 أطلقت مسيّرة. وفي 11/09/2023 سقطت صواريخ.", [date(2024, 1, 28), date(2023, 11, 9)]),
        # one only readable day first too: each as it reads, the others day first
        ("في 01/28/2024 وفي 13/11/2023 وفي 11/09/2023", [date(2024, 1, 28), date(2023, 11, 13), date(2023, 9, 11)]),
        ("في 11/09/2023 وفي 02/02/2024", [date(2023, 9, 11), date(2024, 2, 2)]),
    ],
)
def test_numeric_dates_are_read_month_first_in_a_text_that_writes_them_so(raw: str, days: list[date]) -> None:
    assert [t.date for t in dates(raw, None)[1]] == days


@pytest.mark.parametrize(
    "raw", ["30 فبراير", "2023.13.45", "45/11/2023", "1:38", "الساعة 06:43", "في 2023"]
)
def test_impossible_or_not_a_date(raw: str) -> None:
    assert dates(raw, MON)[1] == []


def test_impossible_day_leaves_only_the_month() -> None:
    t = only("31 شباط 2024", MON)
    assert (t.text, t.date, t.earliest) == ("شباط 2024", None, date(2024, 2, 1))


@pytest.mark.parametrize(
    ("raw", "published", "day"),
    [
        # no year: the nearest occurrence not after publication
        ("الخميس 23 مارس", date(2023, 3, 25), date(2023, 3, 23)),
        ("في 23 ديسمبر", date(2024, 1, 5), date(2023, 12, 23)),
        ("في 5 يناير", date(2024, 1, 5), date(2024, 1, 5)),
        ("السبت 30 من كانون الأول", date(2023, 12, 30), date(2023, 12, 30)),
        ("الرابع من مارس", date(2023, 3, 25), date(2023, 3, 4)),
        ("9 مارس", date(2026, 3, 8), date(2025, 3, 9)),
        # a weekday picks the year it fits: on a live page of Sunday 8 March past midnight, the
        # Monday after it, not 9 March 2025 (a Sunday)
        ("00:20 (الاثنين 9 مارس)", date(2026, 3, 8), date(2026, 3, 9)),
        ("الاثنين 9 مارس", date(2026, 3, 20), date(2026, 3, 9)),
        # الماضي: the latest such day before publication
        ("في 20 كانون الثاني/ يناير الماضي", date(2023, 10, 19), date(2023, 1, 20)),
        ("في 20 يناير الماضي", date(2024, 1, 25), date(2024, 1, 20)),
        ("في 20 يناير الماضي", date(2024, 1, 10), date(2023, 1, 20)),
        # الجاري / الحالي: in the publication's month and year
        ("في 1 كانون الأول الجاري", date(2023, 12, 10), date(2023, 12, 1)),
        ("وفي 12 تشرين الثاني الجاري", date(2023, 11, 20), date(2023, 11, 12)),
        ("في 3 نوفمبر الحالي", date(2023, 11, 20), date(2023, 11, 3)),
        # المقبل: the next one
        ("في 5 يناير المقبل", date(2023, 12, 20), date(2024, 1, 5)),
    ],
)
def test_day_without_year(raw: str, published: date, day: date) -> None:
    t = only(raw, published)
    assert t.date == day and t.relative is True
    t = only(raw, None)
    assert (t.date, t.earliest, t.latest) == (None, None, None)


@pytest.mark.parametrize("published", [date(2025, 2, 3), None])
def test_a_day_without_year_shares_the_year_of_the_full_date_told_just_before(published: date | None) -> None:
    _text, found = dates("ففي 15 آب/أغسطس 2022 استهدفت خمس طائرات القاعدة. وبعد ثمانية أيام، في 23 آب/أغسطس، قصفت مقاتلات", published)
    assert [(t.text, t.date, t.relative) for t in found] == [
        ("15 اب/اغسطس 2022", date(2022, 8, 15), False),
        ("23 اب/اغسطس", date(2022, 8, 23), False),
    ]


@pytest.mark.parametrize("published", [date(2025, 2, 3), None])
def test_a_day_without_year_under_a_months_heading_is_of_that_month_and_year(published: date | None) -> None:
    text = (
        "الجدول الزمني\n\nأكتوبر 2023[عدل]\n\nفي 17 أكتوبر، استُهدفت قاعدة عين الأسد.\n\n"
        "في 19 أكتوبر، أُطلقت صواريخ على كونيكو.\n\n## نوفمبر 2023\n\nفي 8 نوفمبر، أغارت مقاتلتان قرب الميادين."
    )
    _text, found = dates(text, published)
    assert [t.date for t in found if t.date] == [date(2023, 10, 17), date(2023, 10, 19), date(2023, 11, 8)]


def test_a_day_without_year_paragraphs_later_shares_the_year_of_a_full_date_days_before_it() -> None:
    text = (
        "تعود الكاتبة إلى الهجوم الذي هزّ المنطقة فجر الثامن والعشرين من كانون الثاني/يناير 2024.\n\n"
        "وتتوقف طويلاً عند الأرقام.\n\nوتروي كيف ردّت الولايات المتحدة على الهجوم في الثاني من شباط/فبراير بضربات جوية."
    )
    _text, found = dates(text, date(2025, 5, 10))
    assert [t.date for t in found] == [date(2024, 1, 28), date(2024, 2, 2)]


def test_days_of_a_month_without_a_year_share_the_year_of_a_full_date_before_them() -> None:
    text = "في ليلة 27–28 آب/أغسطس 2023 هاجم مقاتلون حواجز قسد. وفي ليلة 2–3 أيلول أطلقت قوات النظام قذائف على الصبحة."
    _text, found = dates(text, date(2025, 11, 20))
    assert [(t.date, t.earliest, t.latest) for t in found] == [
        (date(2023, 8, 27), date(2023, 8, 27), date(2023, 8, 28)),
        (date(2023, 9, 2), date(2023, 9, 2), date(2023, 9, 3)),
    ]


def test_a_month_and_year_inside_a_sentence_is_no_heading() -> None:
    _text, found = dates("قُتل ثلاثة في أكتوبر 2023.\nوفي 17 نوفمبر قصفت مقاتلات", None)
    assert found[-1].date is None


@pytest.mark.parametrize(("published", "day"), [(None, date(2025, 3, 11)), (date(2026, 4, 2), date(2026, 3, 11))])
def test_a_day_of_a_month_named_with_its_year_before_is_of_that_year_when_nothing_else_places_it(
    published: date | None, day: date
) -> None:
    text = (
        "التقرير الشهري لعمليات الإزالة – آذار/ مارس 2025\n\nواصلت الفرق خلال شهر آذار/ مارس 2025 أعمال المسح.\n\n"
        "في 11 آذار، قُتل راعٍ بانفجار لغم أرضي قرب معدان."
    )
    _text, found = dates(text, published)
    assert found[-1].date == day


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        # a day that would fall before the full date is another year's,
        ("اندلعت الحرب في 7 أكتوبر 2023، وفي 20 كانون الثاني قُتل ثلاثة جنود", date(2025, 1, 20)),
        # and so is one in another paragraph.
        ("اندلعت الحرب في 7 أكتوبر 2023.\nوفي 20 كانون الأول قُتل ثلاثة جنود", date(2024, 12, 20)),
    ],
)
def test_a_day_without_year_keeps_its_own_year_when_the_full_date_cannot_lend_one(raw: str, day: date) -> None:
    _text, found = dates(raw, date(2025, 2, 3))
    assert found[-1].date == day


# --- months and years ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "published", "earliest", "latest", "span"),
    [
        ("في أغسطس / آب 2022، أمر", None, date(2022, 8, 1), date(2022, 8, 31), "اغسطس / اب 2022"),
        ("في أغسطس/آب 2022", MON, date(2022, 8, 1), date(2022, 8, 31), "اغسطس/اب 2022"),
        ("خلال نوفمبر 2023", None, date(2023, 11, 1), date(2023, 11, 30), "خلال نوفمبر 2023"),
        ("في شباط 2024", None, date(2024, 2, 1), date(2024, 2, 29), "شباط 2024"),
        ("2023-12 قالت", None, date(2023, 12, 1), date(2023, 12, 31), "2023-12"),
        ("أواخر آب 2022", None, date(2022, 8, 21), date(2022, 8, 31), "اواخر اب 2022"),
        (
            "مطلع كانون الثاني/يناير 2024",
            None,
            date(2024, 1, 1),
            date(2024, 1, 10),
            "مطلع كانون الثاني/يناير 2024",
        ),
        (
            "منذ أكتوبر الماضي",
            date(2024, 2, 5),
            date(2023, 10, 1),
            date(2023, 10, 31),
            "منذ اكتوبر الماضي",
        ),
        (
            "منذ أوائل فبراير",
            date(2024, 4, 21),
            date(2024, 2, 1),
            date(2024, 2, 10),
            "منذ اوايل فبراير",
        ),
        ("في منتصف يناير", date(2024, 4, 21), date(2024, 1, 11), date(2024, 1, 20), "منتصف يناير"),
        ("أواخر ديسمبر", date(2024, 1, 10), date(2023, 12, 21), date(2023, 12, 31), "اواخر ديسمبر"),
        ("في يناير", date(2024, 3, 1), date(2024, 1, 1), date(2024, 1, 31), "يناير"),
        ("في نوفمبر", MON, date(2023, 11, 1), MON, "نوفمبر"),
        ("في شهر آب", date(2024, 9, 1), date(2024, 8, 1), date(2024, 8, 31), "شهر اب"),
        ("الشهر الماضي", MON, date(2023, 10, 1), date(2023, 10, 31), "الشهر الماضي"),
        ("الشهر الفائت", date(2024, 1, 5), date(2023, 12, 1), date(2023, 12, 31), "الشهر الفايت"),
        ("خلال الشهر الجاري", MON, date(2023, 11, 1), MON, "خلال الشهر الجاري"),
        ("هذا الشهر", MON, date(2023, 11, 1), MON, "هذا الشهر"),
        ("مطلع الشهر الحالي", MON, date(2023, 11, 1), date(2023, 11, 10), "مطلع الشهر الحالي"),
        ("الشهر المقبل", MON, date(2023, 12, 1), date(2023, 12, 31), "الشهر المقبل"),
        ("عام 2019", None, date(2019, 1, 1), date(2019, 12, 31), "عام 2019"),
        ("منذ عام 2014", None, date(2014, 1, 1), date(2014, 12, 31), "منذ عام 2014"),
        ("العام الماضي", MON, date(2022, 1, 1), date(2022, 12, 31), "العام الماضي"),
        ("العام الجاري", MON, date(2023, 1, 1), MON, "العام الجاري"),
        ("هذا العام", MON, date(2023, 1, 1), MON, "هذا العام"),
        ("بين عامي 2022 و2023", None, date(2022, 1, 1), date(2023, 12, 31), "عامي 2022 و2023"),
    ],
)
def test_month_and_year(
    raw: str, published: date | None, earliest: date, latest: date, span: str
) -> None:
    t = only(raw, published)
    assert t.date is None
    assert (t.earliest, t.latest) == (earliest, latest)
    assert t.text == span


@pytest.mark.parametrize(
    ("raw", "published", "day", "span"),
    [
        ("ونفذت في الـ 26 من الشهر الماضي ضربات", MON, date(2023, 10, 26), "ال 26 من الشهر الماضي"),
        ("في الـ26 من الشهر الماضي", MON, date(2023, 10, 26), "ال26 من الشهر الماضي"),
        ("في 26 من الشهر الماضي", date(2024, 1, 3), date(2023, 12, 26), "26 من الشهر الماضي"),
        ("في الخامس من الشهر الجاري", MON, date(2023, 11, 5), "الخامس من الشهر الجاري"),
        ("في 5 من هذا الشهر", MON, date(2023, 11, 5), "5 من هذا الشهر"),
    ],
)
def test_day_of_relative_month(raw: str, published: date, day: date, span: str) -> None:
    t = only(raw, published)
    assert (t.date, t.relative, t.text) == (day, True, span)


@pytest.mark.parametrize(
    "raw",
    [
        "مارس الضغط على الحكومة",
        "مارس الجيش ضغوطا",
        "أب لثلاثة أطفال",
        "في أب",
        "سيارة نيسان",
        "مكافحة الإرهاب 2023",
        "ماي فريند",
        "الشهر",
    ],
)
def test_month_words_that_are_not_months(raw: str) -> None:
    assert dates(raw, MON)[1] == []


# --- relative days --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "delta", "span"),
    [
        ("شهدت المنطقة اليوم تبادلا للقصف", 0, "اليوم"),
        ("فجر اليوم", 0, "فجر اليوم"),
        ("صباح اليوم", 0, "صباح اليوم"),
        ("مساء اليوم", 0, "مساء اليوم"),
        ("شن الجيش مطلع اليوم الإثنين ضربات", 0, "مطلع اليوم الاثنين"),
        ("فجر اليوم (الإثنين)", 0, "فجر اليوم (الاثنين)"),
        ("في وقت سابق من اليوم", 0, "اليوم"),
        ("حتى اليوم", 0, "اليوم"),
        ("هجوم اليوم", 0, "اليوم"),
        ("أمس", -1, "امس"),
        ("أمس الأحد", -1, "امس الاحد"),
        ("يوم أمس", -1, "يوم امس"),
        ("يوم أمس الأحد", -1, "يوم امس الاحد"),
        ("ليل أمس", -1, "ليل امس"),
        ("ليلة أمس", -1, "ليله امس"),
        ("مساء البارحة", -1, "مساء البارحه"),
        ("بالأمس", -1, "الامس"),
        ("الليلة الماضية", -1, "الليله الماضيه"),
        ("الليلة البارحة", -1, "الليله البارحه"),
        ("أول أمس", -2, "اول امس"),
        ("أول من أمس", -2, "اول من امس"),
        ("أمس الأول", -2, "امس الاول"),
        ("وامبارح الصبح انفجر لغم", -1, "امبارح"),  # Levantine
        ("القصف صار أول امبارح العصر", -2, "اول امبارح"),
        ("مسا مبارح", -1, "مسا مبارح"),
        ("الليلة قبل الماضية", -2, "الليله قبل الماضيه"),
        ("ضربات جوية دقيقة الليلة في شرق سوريا", 0, "الليله"),
        ("هذه الليلة", 0, "هذه الليله"),
    ],
)
def test_relative_days(raw: str, delta: int, span: str) -> None:
    from datetime import timedelta

    t = only(raw, MON)
    assert t.date == MON + timedelta(days=delta)
    assert (t.earliest, t.latest) == (t.date, t.date)
    assert t.relative is True
    assert t.text == span


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        # the weekday contradicts "yesterday": trust the weekday
        ("أمس السبت", date(2023, 11, 11)),
        ("أمس الاثنين", date(2023, 11, 6)),
        # the weekday contradicts "today": the nearest such weekday
        ("اليوم الثلاثاء", date(2023, 11, 14)),
        ("اليوم الأحد", date(2023, 11, 12)),
    ],
)
def test_weekday_beats_a_contradicting_relative_day(raw: str, day: date) -> None:
    assert only(raw, MON).date == day


@pytest.mark.parametrize(
    "raw",
    [
        "وجاء الهجوم في اليوم الذي أعلنت فيه",
        "في اليوم التالي",
        "في وقت سابق من اليوم نفسه",
        "اليوم ذاته",
        "في ذلك اليوم",
        "في تلك الليلة",
        "الليلة نفسها",
        "في الليلة الأولى",
        "اليوم العالمي",
    ],
)
def test_today_and_tonight_with_a_qualifier_are_not_today(raw: str) -> None:
    assert dates(raw, MON)[1] == []


@pytest.mark.parametrize(
    "raw",
    [
        "نفذ الجيش ضربات أمس الأحد بعد هجوم في وقت سابق من اليوم نفسه",
        "قصفت الطائرات مواقع أمس الأحد، وفي ذات اليوم سقطت صواريخ",
        "سقطت صواريخ ليل الأحد، وتصدت الدفاعات الجوية في الليلة نفسها",
    ],
)
def test_the_same_day_is_the_day_named_just_before(raw: str) -> None:
    _text, found = dates(raw, MON)
    assert [t.date for t in found] == [date(2023, 11, 12), date(2023, 11, 12)]


# --- weekdays -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "day", "span"),
    [
        ("ثلاث هجمات جديدة يوم الخميس", date(2023, 11, 9), "يوم الخميس"),
        ("الخميس", date(2023, 11, 9), "الخميس"),
        ("في بيان الأحد", date(2023, 11, 12), "الاحد"),
        ("مساء الثلاثاء", date(2023, 11, 7), "مساء الثلاثاء"),
        ("فجر (الأربعاء)", date(2023, 11, 8), "فجر (الاربعاء)"),
        ("(الأربعاء)", date(2023, 11, 8), "(الاربعاء)"),
        ("الإثنين", MON, "الاثنين"),
        ("في وقت متأخر من ليلة الأحد", date(2023, 11, 12), "في وقت متاخر من ليله الاحد"),
        ("في وقت مبكر من يوم الجمعة", date(2023, 11, 10), "في وقت مبكر من يوم الجمعه"),
        ("في ساعة متأخرة من مساء السبت", date(2023, 11, 11), "في ساعه متاخره من مساء السبت"),
        ("والجمعة، أعلن المتحدث", date(2023, 11, 10), "الجمعه"),
        ("الاثنين الماضي", date(2023, 11, 6), "الاثنين الماضي"),
        ("الجمعة الماضية", date(2023, 11, 10), "الجمعه الماضيه"),
        ("الخميس المقبل", date(2023, 11, 16), "الخميس المقبل"),
        ("الاثنين القادم", date(2023, 11, 20), "الاثنين القادم"),
        ("الجمعة المقبلة", date(2023, 11, 17), "الجمعه المقبله"),
        ("صباح يوم الأحد", date(2023, 11, 12), "صباح يوم الاحد"),
        ("نهار السبت", date(2023, 11, 11), "نهار السبت"),
        ("في الساعات الأولى من صباح الأحد", date(2023, 11, 12), "في الساعات الاولي من صباح الاحد"),
        ("أمس (الأحد)", date(2023, 11, 12), "امس (الاحد)"),
    ],
)
def test_weekday(raw: str, day: date, span: str) -> None:
    t = only(raw, MON)
    assert (t.date, t.relative, t.text) == (day, True, span)


@pytest.mark.parametrize(
    ("raw", "published", "first", "span"),
    [
        ("غارات ليل الخميس والجمعة", date(2023, 3, 24), date(2023, 3, 23), "ليل الخميس والجمعه"),
        ("ليل الخميس والجمعة", date(2023, 3, 25), date(2023, 3, 23), "ليل الخميس والجمعه"),
        ("ليل الاثنين وفجر الثلاثاء", date(2023, 11, 14), MON, "ليل الاثنين وفجر الثلاثاء"),
        ("ليلة الخميس - الجمعة", date(2023, 3, 24), date(2023, 3, 23), "ليله الخميس - الجمعه"),
        ("ليل الخميس/الجمعة", date(2023, 3, 24), date(2023, 3, 23), "ليل الخميس/الجمعه"),
        ("ليل السبت على الأحد", MON, date(2023, 11, 11), "ليل السبت علي الاحد"),
        ("يومي الخميس والجمعة", date(2023, 3, 25), date(2023, 3, 23), "يومي الخميس والجمعه"),
        ("منتصف ليل السبت - الأحد", MON, date(2023, 11, 11), "منتصف ليل السبت - الاحد"),
        # its days and month in numbers, no year: the latest such night before the report
        ("ليلة 18–19/1: قصف مدفعي", date(2025, 1, 27), date(2025, 1, 18), "ليله 18–19/1"),
        ("ليل 30-31/12: قصف", date(2025, 1, 27), date(2024, 12, 30), "ليل 30-31/12"),
    ],
)
def test_night_spanning_two_days(raw: str, published: date, first: date, span: str) -> None:
    from datetime import timedelta

    t = only(raw, published)
    assert (t.date, t.earliest, t.latest) == (first, first, first + timedelta(days=1))
    assert t.text == span


@pytest.mark.parametrize(
    ("raw", "published", "bounds", "span"),
    [
        ("حصاد الأسبوع (٢ – ٨ كانون الأول ٢٠٢٣)", date(2023, 12, 9), (date(2023, 12, 2), date(2023, 12, 8)), "2 – 8 كانون الاول 2023"),
        ("بين 2 و8 آذار الماضي", date(2023, 12, 9), (date(2023, 3, 2), date(2023, 3, 8)), "بين 2 و8 اذار الماضي"),
        ("من 5 إلى 9 تموز", date(2023, 12, 9), (date(2023, 7, 5), date(2023, 7, 9)), "من 5 الي 9 تموز"),
        ("خلال يومي 3 و4 آذار", date(2023, 12, 9), (date(2023, 3, 3), date(2023, 3, 4)), "3 و4 اذار"),
        ("بين 14-16/4/2026 وقعت هجمات", date(2026, 4, 20), (date(2026, 4, 14), date(2026, 4, 16)), "14-16/4/2026"),
    ],
)
def test_days_of_one_month_make_a_range(raw: str, published: date, bounds: tuple[date, date], span: str) -> None:
    t = only(raw, published)
    assert (t.date, (t.earliest, t.latest), t.text) == (None, bounds, span)


@pytest.mark.parametrize(
    ("raw", "span"),
    [
        ("قصف ليل 3-4 آذار", "ليل 3-4 اذار"),
        ("اعترضت ليلة 3-4/3/2023 طائرة مسيّرة", "3-4/3/2023"),
        # the weekdays of the night before its days
        ("ففي ليلة الجمعة - السبت 3 - 4 آذار، استهدفت الطائرات", "ليله الجمعه - السبت 3 - 4 اذار"),
        # «على»: from one day on to the next
        ("ليلة ٣ على ٤ آذار: إطلاق صاروخ على القاعدة", "ليله 3 علي 4 اذار"),
        # a slash between the days, the month named after them
        ("ليلة 3/4 آذار سقطت قذائف", "ليله 3/4 اذار"),
        # the days in ordinal words
        ("وفي ليلة الثالث على الرابع من آذار، قصفت الفصائل", "ليله الثالث علي الرابع من اذار"),
    ],
)
def test_a_night_between_two_days_of_a_month_is_dated_by_the_first(raw: str, span: str) -> None:
    t = only(raw, date(2023, 12, 9))
    assert (t.date, t.earliest, t.latest, t.text) == (date(2023, 3, 3), date(2023, 3, 3), date(2023, 3, 4), span)


def test_days_out_of_order_are_no_range() -> None:
    _, found = dates("في 8 – 2 آذار", date(2023, 12, 9))
    assert [(t.text, t.date) for t in found] == [("2 اذار", date(2023, 3, 2))]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ففي 22 يناير اتهمت الوزارة قسد. وفي اليوم التالي قصفت القوات مواقع", ("اليوم التالي", date(2026, 1, 23))),
        # the weekday tells which day before is meant: the operation's, not the bombing's
        (
            (
                "عملية يوم الاثنين 6 تشرين الثاني 2023. وكان جنديان قتلا يوم الأحد 5 تشرين الثاني بانفجار عبوة. "
                "وفي اليوم التالي للعملية، الثلاثاء، قصف الجيش"
            ),
            ("اليوم التالي للعمليه، الثلاثاء", date(2023, 11, 7)),
        ),
        # the night after a morning is that day's; after a night, the next
        ("أصابت مسيّرة القاعدة فجر الجمعة 30 كانون الثاني. وفي الليلة التالية قصفت الطائرات", ("الليله التاليه", date(2026, 1, 30))),
        ("قصفت الطائرات ليل الجمعة 30 كانون الثاني. وفي الليلة التالية قصفت الطائرات", ("الليله التاليه", date(2026, 1, 31))),
    ],
)
def test_the_next_day_follows_the_day_told_before(raw: str, expected: tuple[str, date]) -> None:
    _, found = dates(raw, date(2026, 2, 3))
    assert (found[-1].text, found[-1].date) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قصفت الطائرات صباح الأحد 3 آذار 2024. وفي المساء سقطت قذيفة", ("في المساء", date(2024, 3, 3))),
        # the morning after a night tells what the night brought: dated as the night is
        (
            "وفي ليلة 25 على 26 تشرين الأول، سمعنا انفجارين. وفي الصباح أعلنت المديرية أن مسيّرتين استهدفتا القاعدة",
            ("في الصباح", date(2023, 10, 25)),
        ),
        # pointed at
        ("سمع الأهالي صباح الأحد 3 آذار 2024 صوتاً قوياً. في ذلك الصباح اقتربت طائرة", ("في ذلك الصباح", date(2024, 3, 3))),
    ],
)
def test_a_part_of_the_day_with_no_day_is_of_the_day_told_before(raw: str, expected: tuple[str, date]) -> None:
    _, found = dates(raw, date(2024, 3, 5))
    assert (found[-1].text, found[-1].date) == expected


def test_a_part_of_the_day_with_its_own_day_is_not_the_day_told_before() -> None:
    _, found = dates("قصفت الطائرات الأحد 3 آذار. وفي الصباح الباكر من يوم الثلاثاء سقطت قذيفة", date(2024, 3, 7))
    assert [(t.text, t.date) for t in found][-1] == ("يوم الثلاثاء", date(2024, 3, 5))


def test_a_next_day_whose_weekday_fits_no_day_told_is_left_to_the_weekday() -> None:
    _, found = dates("الاثنين 6 تشرين الثاني 2023. وفي اليوم التالي، الأربعاء، قصف", date(2023, 11, 9))
    assert [(t.text, t.date) for t in found][-1] == ("الاربعاء", date(2023, 11, 8))


def test_two_unrelated_weekdays_are_two_expressions() -> None:
    _, found = dates("الاثنين والخميس", MON)
    assert [(t.text, t.date) for t in found] == [
        ("الاثنين", MON),
        ("الخميس", date(2023, 11, 9)),
    ]


def test_the_eleven_is_not_sunday() -> None:
    assert dates("القتلى الأحد عشر", MON)[1] == []


# --- periods ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "earliest", "latest", "span"),
    [
        ("الأسبوع الماضي", date(2023, 11, 4), date(2023, 11, 12), "الاسبوع الماضي"),
        ("قتلوا خلال الأسبوع الفائت", date(2023, 11, 4), date(2023, 11, 12), "خلال الاسبوع الفايت"),
        ("في الأسبوع الماضي", date(2023, 11, 4), date(2023, 11, 12), "الاسبوع الماضي"),
        ("الأسبوعين الماضيين", date(2023, 10, 30), date(2023, 11, 12), "الاسبوعين الماضيين"),
        ("الأسبوع الجاري", date(2023, 11, 7), MON, "الاسبوع الجاري"),
        ("هذا الأسبوع", date(2023, 11, 7), MON, "هذا الاسبوع"),
        ("خلال الأيام الأخيرة", date(2023, 11, 3), MON, "خلال الايام الاخيره"),
        ("خلال الأيام القليلة الماضية", date(2023, 11, 3), MON, "خلال الايام القليله الماضيه"),
        ("وقبل أيام نفذ الجيش", date(2023, 11, 3), date(2023, 11, 12), "قبل ايام"),
        ("منذ أيام", date(2023, 11, 3), date(2023, 11, 12), "منذ ايام"),
        ("قبل أيام قليلة", date(2023, 11, 3), date(2023, 11, 12), "قبل ايام قليله"),
        ("قبل بضعة أيام", date(2023, 11, 3), date(2023, 11, 12), "قبل بضعه ايام"),
        ("قبل عدة أيام", date(2023, 11, 3), date(2023, 11, 12), "قبل عده ايام"),
    ],
)
def test_periods(raw: str, earliest: date, latest: date, span: str) -> None:
    t = only(raw, MON)
    assert (t.date, t.earliest, t.latest, t.text) == (None, earliest, latest, span)
    assert only(raw, None).earliest is None


def test_last_week_is_the_seven_days_before_or_the_calendar_week_before() -> None:
    # «الأسبوع الماضي» of Monday 13 November may be the week from Saturday 4 November; of a Saturday, the seven days before.
    assert (only("الأسبوع الماضي", MON).earliest, only("الأسبوع الماضي", MON).latest) == (date(2023, 11, 4), date(2023, 11, 12))
    saturday = date(2023, 11, 18)
    assert (only("الأسبوع الماضي", saturday).earliest, only("الأسبوع الماضي", saturday).latest) == (date(2023, 11, 11), date(2023, 11, 17))


@pytest.mark.parametrize(
    ("raw", "earliest", "span"),
    [
        (
            "وثق المرصد خلال الـ 24 ساعة الماضية مقتل 5",
            date(2023, 11, 12),
            "خلال ال 24 ساعه الماضيه",
        ),
        ("خلال الساعات الـ48 الماضية", date(2023, 11, 11), "خلال الساعات ال48 الماضيه"),
        ("في الساعات الأخيرة", date(2023, 11, 12), "الساعات الاخيره"),
        ("خلال الساعات القليلة الماضية", date(2023, 11, 12), "خلال الساعات القليله الماضيه"),
    ],
)
def test_last_hours(raw: str, earliest: date, span: str) -> None:
    _, found = dates(raw, MON)
    t = found[0]
    assert (t.date, t.earliest, t.latest, t.text) == (None, earliest, MON, span)


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("قبل يومين", date(2023, 11, 11)),
        ("منذ يومين", date(2023, 11, 11)),
        ("قبل يوم", date(2023, 11, 12)),
        ("قبل يوم واحد", date(2023, 11, 12)),
        ("قبل 3 أيام", date(2023, 11, 10)),
        ("قبل ثلاثة أيام", date(2023, 11, 10)),
        ("قبل ١٠ أيام", date(2023, 11, 3)),
        ("قبل 12 يوما", date(2023, 11, 1)),
        ("قبل أسبوع", date(2023, 11, 6)),
        ("قبل أسبوعين", date(2023, 10, 30)),
        ("قبل ثلاثة أسابيع", date(2023, 10, 23)),
        # a moment before the report: its day
        ("قبل قليل", date(2023, 11, 13)),
        ("قبل لحظات", date(2023, 11, 13)),
        # an hour or two before the report: its day
        ("قبل ساعة", date(2023, 11, 13)),
        ("قبل نحو ساعة", date(2023, 11, 13)),
        ("قبل ساعتين", date(2023, 11, 13)),
        # a count of days, the verb's object after it
        ("استهدفت قبل ثلاثة أيام القاعدة", date(2023, 11, 10)),
        ("قصفت قبل يومين البلدة", date(2023, 11, 11)),
    ],
)
def test_days_ago(raw: str, day: date) -> None:
    t = only(raw, MON)
    assert t.date == day and t.relative is True


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قبل يومين من الهجوم", []),
        ("قبل يوم من الانتخابات", []),
        ("قبل أيام العيد", []),
        ("قبل يوم الجمعة", [("يوم الجمعه", date(2023, 11, 10))]),
        ("منذ يوم الجمعة", [("منذ يوم الجمعه", date(2023, 11, 10))]),
        ("قبل 12 عاما", []),
        ("قبل قليل من الهجوم", []),
        ("قبل ساعة من الهجوم", []),
        # some hours, and «نحو» before a count of weeks: not read
        ("قبل ساعات", []),
        ("قبل نحو ثلاثة أسابيع", []),
    ],
)
def test_before_another_event_is_not_days_ago(raw: str, expected: list[tuple[str, date]]) -> None:
    _, found = dates(raw, MON)
    assert [(t.text, t.date) for t in found] == expected


# --- since -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "published", "day", "span"),
    [
        (
            "منذ 17 أكتوبر/ تشرين أول، بما في ذلك",
            date(2023, 10, 27),
            date(2023, 10, 17),
            "منذ 17 اكتوبر/ تشرين اول",
        ),
        ("ومنذ السبت", MON, date(2023, 11, 11), "منذ السبت"),
        ("منذ مطلع الشهر الجاري", MON, None, "منذ مطلع الشهر الجاري"),
        ("منذ أمس", MON, date(2023, 11, 12), "منذ امس"),
        (
            "منذ السابع من تشرين الأول/أكتوبر",
            date(2024, 2, 5),
            date(2023, 10, 7),
            "منذ السابع من تشرين الاول/اكتوبر",
        ),
    ],
)
def test_since_keeps_the_date_and_shows_in_the_span(
    raw: str, published: date, day: date | None, span: str
) -> None:
    t = only(raw, published)
    assert t.text == span and t.text.startswith("منذ")
    assert t.date == day


# --- without a publication date ----------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "اليوم",
        "أمس الثلاثاء",
        "الليلة الماضية",
        "ليل الاثنين وفجر الثلاثاء",
        "الخميس",
        "في الـ 26 من الشهر الماضي",
        "1 كانون الأول الجاري",
        "قبل أيام",
        "قبل يومين",
        "الأسبوع الماضي",
        "الشهر الماضي",
        "منذ أكتوبر الماضي",
        "23 مارس",
        "العام الماضي",
    ],
)
def test_relative_without_publication_date_is_unresolved(raw: str) -> None:
    t = only(raw, None)
    assert (t.date, t.earliest, t.latest, t.relative) == (None, None, None, True)


# --- several expressions -------------------------------------------------------------------


def test_longest_match_wins_and_the_rest_is_kept() -> None:
    _, found = dates(
        "ذكرت الوكالة أن غارات جرت فجر اليوم، السبت 30 من كانون الأول، قرب البوكمال",
        date(2023, 12, 30),
    )
    assert [(t.text, t.date) for t in found] == [
        ("فجر اليوم", date(2023, 12, 30)),
        ("السبت 30 من كانون الاول", date(2023, 12, 30)),
    ]


def test_today_before_an_absolute_date() -> None:
    _, found = dates("وقعت اليوم السبت 25 مارس 2023 غارات", date(2023, 3, 25))
    assert [t.text for t in found] == ["اليوم", "السبت 25 مارس 2023"]
    assert all(t.date == date(2023, 3, 25) for t in found)


def test_article_in_text_order_without_overlap() -> None:
    raw = (
        "واستهدفت أمسِ الثُّلاثاءِ طائراتٌ مسيّرةٌ قاعدةَ خراب الجير. "
        "واستهدفت القواتُ الأميركية، ليل الاثنين وفجرَ الثلاثاء، مواقع. "
        "وكان خمسة ضباط قتلوا خلال الأسبوع الفائت. "
        "وفي 12 تشرين الثاني الجاري أعلنت القيادة، ومنذ 17 أكتوبر/ تشرين أول وقع 19 هجوما. "
        "وفي أغسطس / آب 2022 أمر الرئيس بضربات، وقبل أيام نفذ الجيش ضربة."
    )
    published = date(2023, 11, 15)  # a Wednesday
    _text, found = dates(raw, published)
    assert [(t.text, t.date) for t in found] == [
        ("امس الثلاثاء", date(2023, 11, 14)),
        ("ليل الاثنين وفجر الثلاثاء", date(2023, 11, 13)),
        ("خلال الاسبوع الفايت", None),
        ("12 تشرين الثاني الجاري", date(2023, 11, 12)),
        ("منذ 17 اكتوبر/ تشرين اول", date(2023, 10, 17)),
        ("اغسطس / اب 2022", None),
        ("قبل ايام", None),
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_a_numeric_date_with_spaced_slashes() -> None:
    found = find_dates(normalize("الاثنين ٨ / ١ / ٢٠٢٤").text, None)
    assert [t.date for t in found if t.date] == [date(2024, 1, 8)]
    assert [t.date for t in find_dates("بين 3 / 4 من المقاتلين", None)] == []


# --- infer_publication_date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            (
                "icon\nالتغطية الحية\n\n8 قتلى في أعنف قصف متبادل بين القوات في سوريا\n\n"
                "2023.11.13 | 06:43 دمشق\n\nشن الجيش ضربات"
            ),
            date(2023, 11, 13),
        ),
        ("الاثنين 13 نوفمبر 2023\nشن الجيش ضربات", date(2023, 11, 13)),
        ("نشر في ١٣/١١/٢٠٢٣\nنص", date(2023, 11, 13)),
        (
            (
                "ارتفع السبت 25 مارس/آذار 2023، عدد قتلى الضربات الجوية التي شنتها أمريكا على مواقع "
                "لقوات موالية لإيران في سوريا، ووصل إلى 19 قتيلاً."
            ),
            date(2023, 3, 25),
        ),
        (
            (
                "عنوان قصير\nتشهد قواعد الجيش الأمريكي في شمال شرق سوريا، صباح الاثنين (23 أيلول 2024)، "
                "استنفاراً أمنياً مع تحليق مسيرات فوق سماء المنطقة."
            ),
            date(2024, 9, 23),
        ),
        # not full dates, or not at the top
        ("(بيروت) قُتل 11 مقاتلاً في غارات ليل الخميس والجمعة", None),
        ("ذكرت الوكالة أن غارات جرت فجر اليوم، السبت 30 من كانون الأول، قرب البوكمال", None),
        ("قتل 5 امس في قصف", None),
        ("منذ 17 أكتوبر 2023 وقعت هجمات كثيرة على القواعد الأمريكية في العراق وسوريا", None),
        ("في أغسطس 2022 أمر الرئيس بضربات", None),
        ("سطر\n" * 6 + "13/11/2023\nسطر\nسطر", None),
        # a statement signed and dated at its foot
        ("بيان صادر عن المقاومة\nاستهدف مجاهدونا أمس القاعدة\nالمقاومة الإسلامية في العراق\nالاثنين ٨ / ١ / ٢٠٢٤", date(2024, 1, 8)),
        ("سطر\n" * 6 + "13/11/2023", date(2023, 11, 13)),
        ("سطر\n" * 6 + "وكانت القوات قد تعرضت في 13/11/2023 لهجوم بطائرة مسيرة على قاعدة التنف قرب الحدود الأردنية", None),
        (
            (
                "أعلنت القيادة المركزية الأمريكية في بيان مطول عن تنفيذ ضربات جوية استهدفت تسعة مواقع "
                "مرتبطة بجماعات مدعومة من إيران في سوريا ردا على الهجمات. وفي 12 نوفمبر 2023 قالت"
            ),
            None,
        ),
        (
            (
                "أعلنت القيادة المركزية الأمريكية في بيان مطول عن تنفيذ ضربات جوية استهدفت تسعة مواقع "
                "مرتبطة بجماعات مدعومة من إيران في سوريا ردا على الهجمات التي وقعت في 12 نوفمبر 2023"
            ),
            None,
        ),
        ("", None),
        # a live page under day separators: last updated on the latest
        ("عاجل | هجوم على قاعدة عين الأسد\n— الاثنين 5 أغسطس 2024 —\n\n[19:48] سقوط صاروخين\n\n— الثلاثاء 6 أغسطس 2024 —\n\n[01:16] إسقاط مسيرة", date(2024, 8, 6)),
        # a page of a few days: written on the last
        ("أرشيف الرسائل العاجلة | 5 – 7 آذار 2024\nرسالة 1: سقوط صواريخ", date(2024, 3, 7)),
        ("حصاد الأسبوع (2 – 8 كانون الأول 2023)\nنص", date(2023, 12, 8)),
        ("تقرير شهر آذار 2024\nنص", None),  # a month is no day
        # the day a report was issued, under the period it covers
        ("التقرير اليومي للعمليات\nالفترة: من يوم السبت 06/01/2024 حتى يوم الأحد 07/01/2024\nتاريخ الإصدار: الأحد 07/01/2024\nنص", date(2024, 1, 7)),
    ],
)
def test_infer_publication_date(raw: str, expected: date | None) -> None:
    assert infer_publication_date(normalize(raw).text) == expected


# --- invariants -----------------------------------------------------------------------

_VOCAB = [
    "في",
    "من",
    "منذ",
    "قبل",
    "خلال",
    "اليوم",
    "امس",
    "الليله",
    "الماضي",
    "الجاري",
    "الماضيه",
    "الشهر",
    "الاسبوع",
    "الايام",
    "ايام",
    "يومين",
    "عام",
    "العام",
    "ال",
    "و",
    "ب",
    "(",
    ")",
    "/",
    "-",
    ".",
    "،",
    ":",
    "1",
    "12",
    "26",
    "31",
    "32",
    "2023",
    "2100",
    "2023-11-13",
    "13/11/2023",
    "ليل",
    "فجر",
    "يوم",
    "الاحد",
    "الاثنين",
    "الخميس",
    "الجمعه",
    "السبت",
    "عشر",
    "مارس",
    "اذار",
    "اب",
    "تشرين",
    "الاول",
    "كانون",
    "الثاني",
    "ايلول",
    "اكتوبر",
    "الرابع",
    "الحادي",
    "والعشرين",
]


def test_expressions_are_ordered_and_well_formed_on_arbitrary_text() -> None:
    import random

    rng = random.Random(5)
    for _ in range(400):
        words = [rng.choice(_VOCAB) for _ in range(rng.randint(1, 14))]
        text = "".join(w + rng.choice([" ", " ", "", "\n", "، "]) for w in words)
        for published in (None, date(2024, 2, 29), date(2023, 1, 1)):
            found = find_dates(text, published)
            for a, b in itertools.pairwise(found):
                assert a.end <= b.start, text
            for t in found:
                assert 0 <= t.start < t.end <= len(text) and t.text == text[t.start : t.end]
                if t.earliest is not None:
                    assert t.latest is not None and t.earliest <= t.latest
                if t.date is not None:
                    assert t.earliest == t.date or t.earliest is not None and t.earliest <= t.date
                if published is None and t.relative:
                    assert (t.date, t.earliest, t.latest) == (None, None, None)
        infer_publication_date(text)


def test_a_long_article_is_fast() -> None:
    import time

    sentence = normalize(
        "واستهدفت أمس الثلاثاء طائرات مسيرة قاعدة خراب الجير، بعد قصف ليل الاثنين وفجر الثلاثاء، "
        "وكان خمسة ضباط قتلوا خلال الأسبوع الفائت، وفي 12 تشرين الثاني الجاري أعلنت القيادة. "
    ).text
    text = (sentence * 60)[:5000]
    start = time.perf_counter()
    find_dates(text, MON)
    # Normally a few ms; the bound is loose so a busy machine does not fail it: it only
    # guards against a pattern backtracking without end.
    assert time.perf_counter() - start < 1.0


def test_a_day_of_the_same_month_is_of_the_month_named_before() -> None:
    _text, found = dates("وهذه ثالث ضربة منذ مطلع آب/أغسطس الجاري؛ ففي الـ ٥ من الشهر نفسه قُتل عنصران", date(2023, 8, 17))
    assert [t.date for t in found][-1] == date(2023, 8, 5)
    assert dates("ففي الـ 5 من الشهر نفسه قُتل عنصران", date(2023, 8, 17))[1] == []
    _text, found = dates("شنّت أنقرة حملة في أكتوبر 2023 رداً على هجوم استهدف مديرية الأمن في الأول من ذلك الشهر", date(2024, 10, 24))
    assert [t.date for t in found][-1] == date(2023, 10, 1)
    # «في ٢٨ منه»: the month a report is on
    _text, found = dates("التقرير الشهري لشهر كانون الأول ٢٠٢٥\n- في ٢٨ منه، اغتال مسلحون مختار بلدة الطيانة.", date(2026, 1, 5))
    assert [t.date for t in found][-1] == date(2025, 12, 28)
    assert dates("ودمّرت الغارة 3 منه.", date(2026, 1, 5))[1] == []  # a count «of it», no «في»


def test_a_day_of_the_month_in_a_report_on_that_month_is_of_that_month() -> None:
    report = (
        "يرصد هذا التقرير أبرز هجمات تشرين الثاني/نوفمبر 2023، ليرتفع العدد منذ 17 تشرين الأول/أكتوبر إلى 73 هجوماً.\n"
        "- في التاسع من الشهر، ضربت طائرة مسيّرة قاعدة حقل العمر.\n"
        "- في العشرين من الشهر، سقط صاروخ على قاعدة عين الأسد.\n"
        "- في الليلة ذاتها، ردّت طائرة حربية باستهداف عجلة قرب أبو غريب.\n"
        "- في 26 من الشهر، هاجمت طائرتان مسيّرتان قاعدة حرير."
    )
    _text, found = dates(report, date(2023, 12, 1))
    assert [t.date for t in found][-4:] == [date(2023, 11, 9), date(2023, 11, 20), date(2023, 11, 20), date(2023, 11, 26)]
    # without a month told, or with the month named after it, it is no day
    assert dates("في التاسع من الشهر ضربت طائرة مسيّرة قاعدة حقل العمر", date(2023, 12, 1))[1] == []
    assert [t.date for t in dates("في 26 من الشهر الماضي هاجمت طائرتان قاعدة حرير", date(2023, 12, 1))[1]] == [date(2023, 11, 26)]


@pytest.mark.parametrize(
    ("raw", "expected", "day"),
    [
        ("قبل عام بالتمام، في مثل هذا اليوم، هاجمت الفصائل", "قبل عام بالتمام، في مثل هذا اليوم", date(2024, 12, 10)),
        ("في مثل هذا اليوم من العام الماضي هاجمت الفصائل", "في مثل هذا اليوم من العام الماضي", date(2024, 12, 10)),
        ("في مثل هذا اليوم قبل ثلاث سنوات", "في مثل هذا اليوم قبل ثلاث سنوات", date(2022, 12, 10)),
        ("في مثل هذا اليوم من عام 2023 قصفت", "في مثل هذا اليوم من عام 2023", date(2023, 12, 10)),
        # of no year: no day at all, not the report's
        ("في مثل هذا اليوم قصفت الطائرات", "في مثل هذا اليوم", None),
    ],
)
def test_on_this_day_is_that_day_of_the_year_named(raw: str, expected: str, day: date | None) -> None:
    found = find_dates(normalize(raw).text, date(2025, 12, 10))
    assert [(t.text, t.date) for t in found] == [(normalize(expected).text, day)]


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("صبيحة السبت السابع من تشرين الأول، قصفت", date(2023, 10, 7)),  # 7 October 2024 was a Monday
        ("يوم الاثنين 7 تشرين الأول قصفت", date(2024, 10, 7)),
        ("يوم الثلاثاء 7 تشرين الأول قصفت", date(2024, 10, 7)),  # no year near it: the nearest
    ],
)
def test_a_weekday_settles_the_year_of_a_day_without_one(raw: str, day: date) -> None:
    assert [t.date for t in find_dates(normalize(raw).text, date(2025, 8, 16))] == [day]


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("الساعة 02:15 من يوم الأحد 07/01: رُصدت طائرة مسيّرة", date(2024, 1, 7)),  # a Sunday in 2024 alone
        ("السبت، 30/12 قصفت", date(2023, 12, 30)),
        ("الاثنين 3/5 قصفت", date(2024, 1, 1)),  # 3 May was no Monday: the weekday alone
    ],
)
def test_a_weekday_before_a_day_and_month_in_numbers_gives_their_day(raw: str, day: date) -> None:
    assert [t.date for t in find_dates(normalize(raw).text, date(2024, 1, 7))] == [day]


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("بهجوم على نقطة مراقبة مساء يوم 18/3.", date(2024, 3, 18)),
        ("سقطت قذيفة بتاريخ 5/11 على المدرسة", date(2023, 11, 5)),  # after the report's day: the year before
    ],
)
def test_the_day_and_month_in_numbers_after_the_word_for_day_is_the_last_such_day(raw: str, day: date) -> None:
    assert [t.date for t in find_dates(normalize(raw).text, date(2024, 3, 23))] == [day]


@pytest.mark.parametrize(
    ("raw", "published", "day", "relative"),
    [
        ("الثلاثاء ٢١ جمادى الأولى ١٤٤٥هـ", date(2023, 12, 5), date(2023, 12, 5), False),
        ("ارتقوا شهداء مساء يوم الأحد ١٩ جمادى الأولى، إثر استهداف", date(2023, 12, 5), date(2023, 12, 3), True),
        ("عصر أمس السبت (٢٢ رمضان)", date(2025, 3, 23), date(2025, 3, 22), True),
        ("في 25 رمضان قصفت", date(2025, 3, 23), date(2024, 4, 4), True),  # not yet this year's: last year's
    ],
)
def test_a_day_of_a_hijri_month_is_its_day_of_the_gregorian_calendar(raw: str, published: date, day: date, relative: bool) -> None:
    hijri = [t for t in find_dates(normalize(raw).text, published) if "جمادي" in t.text or "رمضان" in t.text]
    assert [(t.date, t.relative) for t in hijri] == [(day, relative)]


def test_a_hijri_month_alone_is_a_name_not_a_day() -> None:
    assert find_dates(normalize("وصل رجب طيب أردوغان إلى بغداد في زيارة رسمية").text, date(2024, 4, 22)) == []


@pytest.mark.parametrize("raw", ["بنسبة 3/4 من الأصوات", "الفصل 18/3 من القانون"])
def test_a_fraction_is_no_day(raw: str) -> None:
    assert find_dates(normalize(raw).text, date(2024, 3, 23)) == []


def test_the_years_of_a_page_of_the_day_in_years_past_are_that_day_of_each_year() -> None:
    page = (
        "في مثل هذا اليوم: 3 آذار\n"
        "2022 – سقطت قذائف على بلدة في ريف دير الزور.\n"
        "2024 أيضاً – قصفت طائرة مسيّرة سيارة، وتبنّى تنظيم الهجوم مساء اليوم ذاته."
    )
    _text, found = dates(page, date(2025, 3, 3))
    assert [(t.text, t.date) for t in found][-3:] == [
        ("2022", date(2022, 3, 3)),
        ("2024", date(2024, 3, 3)),
        ("اليوم ذاته", date(2024, 3, 3)),
    ]
    # a year opening a line of any other page is no day, nor is one entry alone
    assert [t.text for t in dates(page.replace("في مثل هذا اليوم", "أبرز الأحداث"), date(2025, 3, 3))[1]] == ["3 اذار", "اليوم ذاته"]
    assert "2022" not in [t.text for t in dates(page.rsplit("\n", 1)[0], date(2025, 3, 3))[1]]


@pytest.mark.parametrize("dash", ["–", "-", " – "])
def test_a_numeric_night_range_with_any_dash_is_dated_by_its_first_day(dash: str) -> None:
    _text, found = dates(f"ليلة ٤{dash}٥/٦/٢٠٢٤:", date(2024, 7, 11))
    assert [(t.date, t.latest) for t in found] == [(date(2024, 6, 4), date(2024, 6, 5))]


def test_a_page_of_the_day_in_years_past_takes_the_day_its_heading_names() -> None:
    page = "حدث في مثل هذا اليوم: 20 كانون الثاني\n2023 – قصفت طائرة سيارة.\n2024 – سقطت صواريخ على قاعدة."
    _text, found = dates(page, date(2024, 6, 1))  # published on another day
    assert [t.date for t in found if t.entry] == [date(2023, 1, 20), date(2024, 1, 20)]
    # «في مثل هذا اليوم» in a paragraph of prose heads no page
    prose = "وقال إنه في مثل هذا اليوم قبل عام كانت القاعدة هادئة، ثم عدّد الهجمات:\n2023 – قصف.\n2024 – صواريخ."
    assert not [t for t in dates(prose, date(2024, 6, 1))[1] if t.entry]


def test_the_part_of_the_day_named_before_a_date_is_kept() -> None:
    _, found = dates("استهدفت مسيّرة صباح الخميس 5 تشرين الأول سيارة", date(2023, 10, 7))
    assert [(t.text, t.part_of_day) for t in found] == [("الخميس 5 تشرين الاول", "صباح")]


def test_two_numbered_days_joined_by_a_word_are_a_night_from_one_to_the_next() -> None:
    _, found = dates("ليلة ٠٥ على ٠٦/١١/٢٠٢٥ من دون إصابات", date(2025, 11, 9))
    assert [(t.date, t.earliest, t.latest) for t in found] == [(date(2025, 11, 5), date(2025, 11, 5), date(2025, 11, 6))]


@pytest.mark.parametrize("joined", ["إلى", "على"])
def test_a_night_of_weekdays_joined_by_a_word_then_its_days_is_dated_by_its_first_day(joined: str) -> None:
    _, found = dates(f"وكانت الدفاعات قد أسقطت ليلة الثلاثاء {joined} الأربعاء 1 و2 جويلية طائرتين", date(2025, 7, 19))
    assert [(t.date, t.earliest, t.latest) for t in found] == [(date(2025, 7, 1), date(2025, 7, 1), date(2025, 7, 2))]


def test_a_numeric_night_range_after_the_nights_weekdays_is_dated_by_its_first_day() -> None:
    _, found = dates("في ليلة الأحد على الاثنين ١١–١٢/٨/٢٠٢٤ سقطت عدة قذائف", date(2024, 8, 26))
    assert (found[-1].text, found[-1].date) == ("11–12/8/2024", date(2024, 8, 11))


@pytest.mark.parametrize(
    ("raw", "night"),
    [
        # the last night told, past a morning after it
        ("استُهدفت سيارة مساء الأربعاء الماضي، وأقمنا الجناز صباح الجمعة. وفي الليلة نفسها طالت الغارات محطة كهرباء", date(2024, 10, 23)),
        # a dawn's night is the one before it
        ("أعلن الحرس الثوري فجر اليوم أنه استهدف أربيل، وقال إنه أطلق في الليلة ذاتها صواريخ على إدلب", date(2024, 1, 15)),
    ],
)
def test_the_same_night_is_the_last_night_told(raw: str, night: date) -> None:
    published = date(2024, 10, 27) if "الأربعاء" in raw else date(2024, 1, 16)
    _, found = dates(raw, published)
    assert [t.date for t in found if t.text.startswith("الليله")] == [night]
